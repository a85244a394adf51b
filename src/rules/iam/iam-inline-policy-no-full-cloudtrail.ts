import { builtinRule } from '../declarative/builtin.js'

export const iamInlinePolicyNoFullCloudtrail = builtinRule({
  id: 'iam-inline-policy-no-full-cloudtrail',
  title: 'Inline IAM policies do not allow full CloudTrail access (cloudtrail:*)',
  severity: 'high',
  description: 'Checks that no inline policy of a role, user or group allows every CloudTrail action (cloudtrail:*) on Resource "*".',
  risk: 'Full CloudTrail access lets the holder stop or delete the trails that record what it and others do in the account.',
  remediation: {
    text: 'List the CloudTrail actions the principal needs, on the resources it needs them on.',
    terraform: `resource "aws_iam_role_policy" "this" {
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["cloudtrail:LookupEvents", "cloudtrail:DescribeTrails"], Resource = ["*"] }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
  aliases: { checkov: [], prowler: ['iam_inline_policy_no_full_access_to_cloudtrail'] },
  notes:
    'Fails a statement on Resource "*" that allows every cloudtrail action: Action cloudtrail:* (or a wildcard covering it: "*", "*:*"), or NotAction that names no cloudtrail action. Prowler counts Action "cloudtrail:*" literally, so Action "*" fails here and passes there (its admin checks report it instead). An unconditional Deny of any cloudtrail action on Resource "*" leaves the service not fully allowed; conditions on the Allow are ignored. AWS-created roles (isDefault) are skipped.',
  // AWS-managed policies and AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: {
    'all-of': [
      { 'for-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'], condition: { predicate: 'policy-allows-none-of', property: 'Policies[*].PolicyDocument', actions: 'full-cloudtrail' } },
      { 'for-types': ['AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'], condition: { predicate: 'policy-allows-none-of', property: 'PolicyDocument', actions: 'full-cloudtrail' } }
    ]
  },
  messages: {
    pass: '{name} has no inline policy allowing full CloudTrail access',
    unknown: { Policies: 'the inline policies', PolicyDocument: 'the inline policy' }
  }
})
