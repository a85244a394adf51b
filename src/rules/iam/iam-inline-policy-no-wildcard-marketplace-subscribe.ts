import { builtinRule } from '../declarative/builtin.js'

export const iamInlinePolicyNoWildcardMarketplaceSubscribe = builtinRule({
  id: 'iam-inline-policy-no-wildcard-marketplace-subscribe',
  title: 'Inline IAM policies do not allow aws-marketplace:Subscribe on all resources',
  severity: 'medium',
  description: 'Checks that no inline policy of a role, user or group allows aws-marketplace:Subscribe on Resource "*".',
  risk: 'Subscribing to any AWS Marketplace product can run up charges and bring unvetted software into the account.',
  remediation: {
    text: 'Give Marketplace subscriptions to a small procurement role, or limit them with a condition on aws-marketplace:ProductId.',
    terraform: `resource "aws_iam_role_policy" "this" {
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["aws-marketplace:ViewSubscriptions"], Resource = ["*"] }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
  aliases: { checkov: [], prowler: ['iam_inline_policy_no_wildcard_marketplace_subscribe'] },
  notes:
    'Fails an Allow on Resource "*" whose Action takes in aws-marketplace:Subscribe (the action itself, aws-marketplace:*, "*", or a NotAction that does not name it). Conditions are ignored; an unconditional Deny of it on Resource "*" takes it away. AWS-created roles (isDefault) are skipped.',
  // AWS-managed policies and AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: {
    'all-of': [
      { 'for-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'], condition: { predicate: 'policy-allows-none-of', property: 'Policies[*].PolicyDocument', actions: 'marketplace-subscribe' } },
      { 'for-types': ['AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'], condition: { predicate: 'policy-allows-none-of', property: 'PolicyDocument', actions: 'marketplace-subscribe' } }
    ]
  },
  messages: {
    pass: '{name} has no inline policy allowing aws-marketplace:Subscribe on all resources',
    unknown: { Policies: 'the inline policies', PolicyDocument: 'the inline policy' }
  }
})
