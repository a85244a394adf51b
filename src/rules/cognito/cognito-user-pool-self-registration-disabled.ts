import { builtinRule } from '../declarative/builtin.js'

export const cognitoUserPoolSelfRegistrationDisabled = builtinRule({
  id: 'cognito-user-pool-self-registration-disabled',
  title: 'Cognito user pool lets only administrators create users',
  severity: 'low',
  description: 'Checks that users cannot sign themselves up (AdminCreateUserConfig.AllowAdminCreateUserOnly is true; false when not set).',
  risk: 'With self sign-up, anyone on the internet can create an account and get whatever the pool\'s users are given: the identity pool\'s authenticated role, an application\'s logged-in features.',
  remediation: {
    text: 'Allow only administrators to create users, unless the application is meant for public sign-up (then suppress with that reason).',
    terraform: `resource "aws_cognito_user_pool" "this" {
  name = "users"
  admin_create_user_config {
    allow_admin_create_user_only = true
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::Cognito::UserPool'],
  aliases: { checkov: [], prowler: ['cognito_user_pool_self_registration_disabled'] },
  condition: { property: 'AdminCreateUserConfig.AllowAdminCreateUserOnly', equals: true, default: false },
  messages: {
    pass: 'User pool {name} lets only administrators create users',
    fail: 'User pool {name} lets users sign themselves up',
    unknown: 'whether self sign-up is allowed'
  }
})
