import { builtinRule } from '../declarative/builtin.js'

export const iamInlinePolicyNoAdmin = builtinRule({
  id: 'iam-inline-policy-no-admin',
  title: 'Inline IAM policies do not allow full administrative privileges ("*:*")',
  severity: 'critical',
  description:
    'Checks that no inline policy of a role, user or group has a statement allowing Action "*" (or "*:*") on Resource "*".',
  risk: 'The principal can do anything in the account; inline grants are also easy to miss in reviews of attached policies.',
  remediation: {
    text: 'Replace the inline statement with the specific actions and resources needed.',
    terraform: `resource "aws_iam_role_policy" "this" {
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sqs:SendMessage"], Resource = [aws_sqs_queue.this.arn] }]
  })
}`
  },
  categories: ['identity-access'],
  // The standalone forms: an aws_iam_role_policy whose role is managed elsewhere is judged on its own.
  'resource-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
  aliases: { checkov: ['CKV_AWS_62'], prowler: ['iam_inline_policy_no_administrative_privileges'] },
  notes: 'NotAction statements are not counted as admin; Action "*" with a NotResource other than "*" is; conditions are ignored. AWS-created roles (isDefault) are skipped.',
  // AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: {
    'all-of': [
      { 'for-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'], condition: { predicate: 'policy-grants-no-admin', property: 'Policies[*].PolicyDocument' } },
      { 'for-types': ['AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'], condition: { predicate: 'policy-grants-no-admin', property: 'PolicyDocument' } }
    ]
  },
  messages: {
    pass: '{name} has no inline policy with full administrative privileges',
    unknown: { Policies: 'the inline policies', PolicyDocument: 'the inline policy' }
  }
})
