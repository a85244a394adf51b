import { builtinRule } from '../declarative/builtin.js'

export const cognitoUserPoolDeletionProtection = builtinRule({
  id: 'cognito-user-pool-deletion-protection',
  title: 'Cognito user pool has deletion protection',
  severity: 'medium',
  description: 'Checks that the user pool cannot be deleted until protection is turned off (DeletionProtection is ACTIVE; INACTIVE when not set).',
  risk: 'Deleting a user pool deletes every user in it, with no way back: every user must sign up again.',
  remediation: {
    text: 'Set deletion protection to ACTIVE.',
    terraform: `resource "aws_cognito_user_pool" "this" {
  name                = "users"
  deletion_protection = "ACTIVE"
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::Cognito::UserPool'],
  aliases: { checkov: [], prowler: ['cognito_user_pool_deletion_protection_enabled'] },
  condition: { property: 'DeletionProtection', equals: 'ACTIVE', default: 'INACTIVE' },
  messages: {
    pass: 'User pool {name} has deletion protection',
    fail: 'User pool {name} has no deletion protection (DeletionProtection is {value})',
    unknown: 'the deletion protection setting'
  }
})
