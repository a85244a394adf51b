// The user pool has no password policy at all, so Cognito's default one applies (8 characters, every character class
// required, temporary passwords valid 7 days). Every field must be known to be absent: a policy whose fields are all
// known only after apply leaves no PasswordPolicy object in a plan, only unknown paths below it, and that is not
// "no policy".
import { builtinRule, type ConditionDocument } from '../declarative/builtin.js'
import type { RuleDefinition } from '../support/outcome.js'

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

/** One character class a password policy can require, and how its rule names it. */
export interface CharacterClass {
  id: string
  /** The PasswordPolicy field that requires it. */
  field: 'RequireLowercase' | 'RequireNumbers' | 'RequireSymbols' | 'RequireUppercase'
  /** 'a number', 'an uppercase letter': as the title and messages say it. */
  named: string
  prowler: string
}

/** The four character-class rules differ only in the class: one rule each, made here. */
export function characterClassRule({ id, field, named, prowler }: CharacterClass): RuleDefinition {
  return builtinRule({
    id,
    title: `Cognito user pool passwords must contain ${named}`,
    severity: 'medium',
    description: `Checks that the user pool's password policy requires ${named} (Policies.PasswordPolicy.${field}). A pool without a password policy has Cognito's default one, which requires it.`,
    risk: 'Each character class a policy drops shrinks the space an attacker must search, and lets users pick the common passwords that guessing and stuffing attacks try first.',
    remediation: {
      text: `Require ${named} in the password policy.`,
      terraform: `resource "aws_cognito_user_pool" "this" {
  name = "users"
  password_policy {
    minimum_length    = 14
    require_lowercase = true
    require_uppercase = true
    require_numbers   = true
    require_symbols   = true
  }
}`
    },
    categories: ['identity-access'],
    'resource-types': ['AWS::Cognito::UserPool'],
    aliases: { checkov: [], prowler: [prowler] },
    notes: `A password policy that leaves ${field} out does not require it (Cognito takes it as false); only a pool with no password policy at all gets the default that requires it.`,
    condition: {
      'any-of': [
        { property: `Policies.PasswordPolicy.${field}`, equals: true },
        // No password policy at all: Cognito's default policy requires every character class.
        NO_PASSWORD_POLICY
      ]
    },
    messages: {
      pass: `User pool {name} passwords must contain ${named}`,
      fail: `User pool {name} passwords need not contain ${named} (${field} is {value})`,
      unknown: 'the password policy'
    }
  })
}
