// The user pool has no password policy at all, so Cognito's default one applies (8 characters, every character class
// required, temporary passwords valid 7 days). Every field must be known to be absent: a policy whose fields are all
// known only after apply leaves no PasswordPolicy object in a plan, only unknown paths below it, and that is not
// "no policy".
import type { ConditionDocument } from '../declarative/builtin.js'

const PASSWORD_POLICY_FIELDS = [
  'MinimumLength',
  'PasswordHistorySize',
  'RequireLowercase',
  'RequireNumbers',
  'RequireSymbols',
  'RequireUppercase',
  'TemporaryPasswordValidityDays'
] as const

export const NO_PASSWORD_POLICY: ConditionDocument = {
  'all-of': [
    { property: 'Policies.PasswordPolicy', exists: false },
    ...PASSWORD_POLICY_FIELDS.map((field) => ({ property: `Policies.PasswordPolicy.${field}`, exists: false }))
  ]
}
