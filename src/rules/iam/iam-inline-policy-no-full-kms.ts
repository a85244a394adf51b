import { builtinRule } from '../declarative/builtin.js'

export const iamInlinePolicyNoFullKms = builtinRule({
  id: 'iam-inline-policy-no-full-kms',
  title: 'Inline IAM policies do not allow full KMS access (kms:*)',
  severity: 'medium',
  description: 'Checks that no inline policy of a role, user or group allows every KMS action (kms:*) on Resource "*".',
  risk: 'Full KMS access lets the holder schedule keys for deletion, disable them or change their policies: data encrypted under them becomes unreadable, or readable by others.',
  remediation: {
    text: 'List the KMS actions the principal needs, on the resources it needs them on.',
    terraform: `resource "aws_iam_role_policy" "this" {
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["kms:Decrypt", "kms:GenerateDataKey"], Resource = [aws_kms_key.app.arn] }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
  aliases: { checkov: [], prowler: ['iam_inline_policy_no_full_access_to_kms'] },
  notes:
    'Fails a statement on Resource "*" that allows every kms action: Action kms:* (or a wildcard covering it: "*", "*:*"), or NotAction that names no kms action. Prowler counts Action "kms:*" literally, so Action "*" fails here and passes there (its admin checks report it instead). An unconditional Deny of any kms action on Resource "*" leaves the service not fully allowed; conditions on the Allow are ignored. AWS-created roles (isDefault) are skipped.',
  // AWS-managed policies and AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: {
    'all-of': [
      { 'for-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'], condition: { predicate: 'policy-allows-none-of', property: 'Policies[*].PolicyDocument', actions: 'full-kms' } },
      { 'for-types': ['AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'], condition: { predicate: 'policy-allows-none-of', property: 'PolicyDocument', actions: 'full-kms' } }
    ]
  },
  messages: {
    pass: '{name} has no inline policy allowing full KMS access',
    unknown: { Policies: 'the inline policies', PolicyDocument: 'the inline policy' }
  }
})
