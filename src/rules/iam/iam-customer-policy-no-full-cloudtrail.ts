import { builtinRule } from '../declarative/builtin.js'

export const iamCustomerPolicyNoFullCloudtrail = builtinRule({
  id: 'iam-customer-policy-no-full-cloudtrail',
  title: 'Customer-managed IAM policy does not allow full CloudTrail access (cloudtrail:*)',
  severity: 'high',
  description: 'Checks that no statement of the customer-managed policy allows every CloudTrail action (cloudtrail:*) on Resource "*".',
  risk: 'Full CloudTrail access lets the holder stop or delete the trails that record what it and others do in the account.',
  remediation: {
    text: 'List the CloudTrail actions the principals need, on the resources they need them on.',
    terraform: `resource "aws_iam_policy" "this" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["cloudtrail:LookupEvents", "cloudtrail:DescribeTrails"], Resource = ["*"] }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::ManagedPolicy'],
  aliases: { checkov: [], prowler: ['iam_policy_no_full_access_to_cloudtrail'] },
  notes:
    'Fails a statement on Resource "*" that allows every cloudtrail action: Action cloudtrail:* (or a wildcard covering it: "*", "*:*"), or NotAction that names no cloudtrail action. Prowler counts Action "cloudtrail:*" literally, so Action "*" fails here and passes there (its admin checks report it instead). An unconditional Deny of any cloudtrail action on Resource "*" leaves the service not fully allowed; conditions on the Allow are ignored. Judged whether or not the policy is attached.',
  // AWS-managed policies and AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: { predicate: 'policy-allows-none-of', property: 'PolicyDocument', actions: 'full-cloudtrail' },
  messages: {
    pass: 'Policy {name} does not allow full CloudTrail access',
    unknown: 'the policy document'
  }
})
