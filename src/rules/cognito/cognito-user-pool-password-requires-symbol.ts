import { characterClassRule } from './password-policy.js'

export const cognitoUserPoolPasswordRequiresSymbol = characterClassRule({
  id: 'cognito-user-pool-password-requires-symbol',
  field: 'RequireSymbols',
  named: 'a symbol',
  prowler: 'cognito_user_pool_password_policy_symbol'
})
