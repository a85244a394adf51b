import { builtinRule } from '../declarative/builtin.js'

export const iamCustomerPolicyNoWildcardMarketplaceSubscribe = builtinRule({
  id: 'iam-customer-policy-no-wildcard-marketplace-subscribe',
  title: 'Customer-managed IAM policy does not allow aws-marketplace:Subscribe on all resources',
  severity: 'medium',
  description: 'Checks that no statement of the customer-managed policy allows aws-marketplace:Subscribe on Resource "*".',
  risk: 'Subscribing to any AWS Marketplace product can run up charges and bring unvetted software into the account.',
  remediation: {
    text: 'Give Marketplace subscriptions to a small procurement role, or limit them with a condition on aws-marketplace:ProductId.',
    terraform: `resource "aws_iam_policy" "this" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["aws-marketplace:ViewSubscriptions"], Resource = ["*"] }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::ManagedPolicy'],
  aliases: { checkov: [], prowler: ['iam_policy_no_wildcard_marketplace_subscribe'] },
  notes:
    'Fails an Allow on Resource "*" whose Action takes in aws-marketplace:Subscribe (the action itself, aws-marketplace:*, "*", or a NotAction that does not name it). Conditions are ignored; an unconditional Deny of it on Resource "*" takes it away. Judged whether or not the policy is attached.',
  // AWS-managed policies and AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: { predicate: 'policy-allows-none-of', property: 'PolicyDocument', actions: 'marketplace-subscribe' },
  messages: {
    pass: 'Policy {name} does not allow aws-marketplace:Subscribe on all resources',
    unknown: 'the policy document'
  }
})
