import { builtinRule } from '../declarative/builtin.js'

export const iamPolicyNoCredentialsExposure = builtinRule({
  id: 'iam-policy-no-credentials-exposure',
  title: 'IAM policies do not allow actions that return credentials on all resources',
  severity: 'high',
  description: 'Checks that no customer-managed or inline policy allows, on Resource "*", an action whose answer carries credentials (iam:CreateAccessKey, sts:AssumeRole, ecr:GetAuthorizationToken, ec2:GetPasswordData, redshift:GetClusterCredentials...).',
  risk: 'Credentials handed out by such actions work outside the account\'s controls and outlive the session that asked for them.',
  remediation: {
    text: 'Scope credential-returning actions to the resources they are needed on (one role, one cluster, the user\'s own keys).',
    terraform: `resource "aws_iam_policy" "this" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:CreateAccessKey"], Resource = ["arn:aws:iam::*:user/$\${aws:username}"] }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
  aliases: { checkov: ['CKV_AWS_287'], prowler: [] },
  notes:
    'Only statements on Resource "*" (or NotResource) count, as in Checkov (cloudsplaining\'s list of credential-returning actions). Judged on customer-managed policies (attached or not) and on every inline policy (of roles, users and groups, or standalone), as Checkov judges aws_iam_policy and aws_iam_*_policy alike; AWS-managed policies and AWS-created roles are skipped. Conditions are ignored; an unconditional Deny on Resource "*" takes the actions it names away.',
  // AWS-managed policies and AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: {
    'all-of': [
      { 'for-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'], condition: { predicate: 'policy-allows-none-of', property: 'Policies[*].PolicyDocument', actions: 'credentials-exposure' } },
      {
        'for-types': ['AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
        condition: { predicate: 'policy-allows-none-of', property: 'PolicyDocument', actions: 'credentials-exposure' }
      }
    ]
  },
  messages: {
    pass: '{name}: no policy allows actions that return credentials on all resources',
    unknown: { Policies: 'the inline policies', PolicyDocument: 'the policy document' }
  }
})
