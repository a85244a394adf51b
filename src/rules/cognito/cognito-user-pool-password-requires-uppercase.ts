import { characterClassRule } from './password-policy.js'

export const cognitoUserPoolPasswordRequiresUppercase = characterClassRule({
  id: 'cognito-user-pool-password-requires-uppercase',
  field: 'RequireUppercase',
  named: 'an uppercase letter',
  prowler: 'cognito_user_pool_password_policy_uppercase'
})
