import { builtinRule } from '../declarative/builtin.js'

export const iamPolicyNoWildcardAction = builtinRule({
  id: 'iam-policy-no-wildcard-action',
  title: 'IAM policies do not allow Action "*"',
  severity: 'high',
  description: 'Checks that no statement of a customer-managed or inline policy allows Action "*" (or "*:*"), whatever its resources.',
  risk: 'Every action of every service, today\'s and those AWS adds later, is granted on the resources named: on a bucket, that includes deleting it and rewriting its policy.',
  remediation: {
    text: 'List the actions needed instead of "*".',
    terraform: `resource "aws_iam_policy" "this" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = ["\${aws_s3_bucket.app.arn}/*"] }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
  aliases: { checkov: ['CKV_AWS_63'], prowler: [] },
  notes:
    'Fails an Allow statement whose Action holds "*" or "*:*" on any resource (iam-customer-policy-no-admin and iam-inline-policy-no-admin judge "*" on Resource "*"); NotAction statements are not counted. Judged on customer-managed policies (attached or not) and on every inline policy (of roles, users and groups, or standalone), as Checkov judges aws_iam_policy and aws_iam_*_policy alike; AWS-managed policies and AWS-created roles are skipped. Conditions are ignored; an unconditional Deny on Resource "*" takes the actions it names away.',
  // AWS-managed policies and AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: {
    'all-of': [
      { 'for-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'], condition: { predicate: 'policy-allows-none-of', property: 'Policies[*].PolicyDocument', actions: 'every-action' } },
      {
        'for-types': ['AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
        condition: { predicate: 'policy-allows-none-of', property: 'PolicyDocument', actions: 'every-action' }
      }
    ]
  },
  messages: {
    pass: '{name}: no policy allows Action "*"',
    unknown: { Policies: 'the inline policies', PolicyDocument: 'the policy document' }
  }
})
