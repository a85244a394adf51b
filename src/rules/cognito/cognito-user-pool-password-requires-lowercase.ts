import { characterClassRule } from './password-policy.js'

export const cognitoUserPoolPasswordRequiresLowercase = characterClassRule({
  id: 'cognito-user-pool-password-requires-lowercase',
  field: 'RequireLowercase',
  named: 'a lowercase letter',
  prowler: 'cognito_user_pool_password_policy_lowercase'
})
