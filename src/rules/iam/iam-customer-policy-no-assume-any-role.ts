import { builtinRule } from '../declarative/builtin.js'

export const iamCustomerPolicyNoAssumeAnyRole = builtinRule({
  id: 'iam-customer-policy-no-assume-any-role',
  title: 'Customer-managed IAM policy does not allow sts:AssumeRole on all resources',
  severity: 'high',
  description: 'Checks that no statement of the customer-managed policy allows sts:AssumeRole on Resource "*".',
  risk: 'The holder can assume every role whose trust policy admits its account, including roles meant for other teams or for administration.',
  remediation: {
    text: 'Name the roles the principals may assume in Resource.',
    terraform: `resource "aws_iam_policy" "this" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sts:AssumeRole"], Resource = [aws_iam_role.deploy.arn] }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::ManagedPolicy'],
  aliases: { checkov: [], prowler: ['iam_no_custom_policy_permissive_role_assumption'] },
  notes:
    'Fails an Allow on Resource "*" whose Action takes in sts:AssumeRole (the action itself, sts:*, "*", or a NotAction that does not name it); conditions are ignored, an unconditional Deny on Resource "*" takes it away. Judged whether or not the policy is attached.',
  // AWS-managed policies and AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: { predicate: 'policy-allows-none-of', property: 'PolicyDocument', actions: 'role-assumption' },
  messages: {
    pass: 'Policy {name} does not allow sts:AssumeRole on all resources',
    unknown: 'the policy document'
  }
})
