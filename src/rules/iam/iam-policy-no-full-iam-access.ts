import { builtinRule } from '../declarative/builtin.js'

export const iamPolicyNoFullIamAccess = builtinRule({
  id: 'iam-policy-no-full-iam-access',
  title: 'IAM policies do not allow full IAM access (iam:*)',
  severity: 'high',
  description: 'Checks that no customer-managed or inline policy allows every IAM action (iam:*, or "*") on Resource "*".',
  risk: 'Full IAM access lets the holder create users, keys and policies: it is administrator access one step removed.',
  remediation: {
    text: 'List the IAM actions the principal needs, on the roles, users or policies it manages (a path such as role/app/*).',
    terraform: `resource "aws_iam_policy" "this" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:GetRole", "iam:ListRoles"], Resource = ["*"] }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
  aliases: { checkov: ['CKV2_AWS_40'], prowler: [] },
  notes:
    'Fails a statement on Resource "*" that allows every IAM action: Action iam:* or a wildcard covering it ("*"), or a NotAction naming no IAM action. Judged on customer-managed policies (attached or not) and on every inline policy (of roles, users and groups, or standalone), as Checkov judges aws_iam_policy and aws_iam_*_policy alike; AWS-managed policies and AWS-created roles are skipped. Conditions are ignored; an unconditional Deny on Resource "*" takes the actions it names away.',
  // AWS-managed policies and AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: {
    'all-of': [
      { 'for-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'], condition: { predicate: 'policy-allows-none-of', property: 'Policies[*].PolicyDocument', actions: 'full-iam' } },
      {
        'for-types': ['AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
        condition: { predicate: 'policy-allows-none-of', property: 'PolicyDocument', actions: 'full-iam' }
      }
    ]
  },
  messages: {
    pass: '{name}: no policy allows full IAM access',
    unknown: { Policies: 'the inline policies', PolicyDocument: 'the policy document' }
  }
})
