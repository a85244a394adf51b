import { builtinRule } from '../declarative/builtin.js'

export const cognitoIdentityPoolNoGuestAccess = builtinRule({
  id: 'cognito-identity-pool-no-guest-access',
  title: 'Cognito identity pool gives no credentials to unauthenticated guests',
  severity: 'medium',
  description: 'Checks that the identity pool does not hand AWS credentials to unauthenticated identities (AllowUnauthenticatedIdentities is false).',
  risk: 'Guest access gives anyone on the internet temporary AWS credentials for the pool\'s unauthenticated role; a role broader than intended becomes public access to those resources.',
  remediation: {
    text: 'Disallow unauthenticated identities, unless the application needs guests (then keep the guest role minimal and suppress with that reason).',
    terraform: `resource "aws_cognito_identity_pool" "this" {
  identity_pool_name               = "app"
  allow_unauthenticated_identities = false
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::Cognito::IdentityPool'],
  aliases: { checkov: ['CKV_AWS_366'], prowler: ['cognito_identity_pool_guest_access_disabled'] },
  condition: { property: 'AllowUnauthenticatedIdentities', equals: false, default: false },
  messages: {
    pass: 'Identity pool {name} gives no credentials to guests',
    fail: 'Identity pool {name} gives AWS credentials to unauthenticated guests',
    unknown: 'whether guest access is allowed'
  }
})
