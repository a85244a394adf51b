import { builtinRule } from '../declarative/builtin.js'

export const iamPolicyNoDataExfiltration = builtinRule({
  id: 'iam-policy-no-data-exfiltration',
  title: 'IAM policies do not allow reading data or secrets out of all resources',
  severity: 'medium',
  description: 'Checks that no customer-managed or inline policy allows s3:GetObject, ssm:GetParameter(s/ByPath) or secretsmanager:GetSecretValue on Resource "*".',
  risk: 'The holder can read every object, parameter and secret in the account, not just those of its own workload.',
  remediation: {
    text: 'Name the buckets, parameters and secrets the principal reads in Resource.',
    terraform: `resource "aws_iam_policy" "this" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = ["\${aws_s3_bucket.app.arn}/*"] }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
  aliases: { checkov: ['CKV_AWS_288'], prowler: [] },
  notes:
    'Only statements on Resource "*" (or NotResource) count, as in Checkov (cloudsplaining\'s data exfiltration actions). Judged on customer-managed policies (attached or not) and on every inline policy (of roles, users and groups, or standalone), as Checkov judges aws_iam_policy and aws_iam_*_policy alike; AWS-managed policies and AWS-created roles are skipped. Conditions are ignored; an unconditional Deny on Resource "*" takes the actions it names away.',
  // AWS-managed policies and AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: {
    'all-of': [
      { 'for-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'], condition: { predicate: 'policy-allows-none-of', property: 'Policies[*].PolicyDocument', actions: 'data-exfiltration' } },
      {
        'for-types': ['AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
        condition: { predicate: 'policy-allows-none-of', property: 'PolicyDocument', actions: 'data-exfiltration' }
      }
    ]
  },
  messages: {
    pass: '{name}: no policy allows reading data or secrets out of all resources',
    unknown: { Policies: 'the inline policies', PolicyDocument: 'the policy document' }
  }
})
