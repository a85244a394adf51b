import { characterClassRule } from './password-policy.js'

export const cognitoUserPoolPasswordRequiresNumber = characterClassRule({
  id: 'cognito-user-pool-password-requires-number',
  field: 'RequireNumbers',
  named: 'a number',
  prowler: 'cognito_user_pool_password_policy_number'
})
