import { builtinRule } from '../declarative/builtin.js'

export const secretsmanagerSecretPolicyNotPublic = builtinRule({
  id: 'secretsmanager-secret-policy-not-public',
  title: 'Secrets Manager secret policy does not grant access to everyone',
  severity: 'critical',
  description: 'Checks that no Allow statement of the secret\'s resource policy names Principal "*" (or uses NotPrincipal) without a condition confining it to an account, organisation, network or source.',
  risk: 'Anyone with an AWS account could read the secret\'s value: passwords, keys and tokens in the open.',
  remediation: {
    text: 'Grant the secret to named roles, or confine "*" with aws:PrincipalOrgID or aws:PrincipalAccount; keep block_public_policy on.',
    terraform: `resource "aws_secretsmanager_secret_policy" "this" {
  secret_arn          = aws_secretsmanager_secret.this.arn
  block_public_policy = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.app.arn }
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::SecretsManager::ResourcePolicy'],
  aliases: { checkov: [], prowler: ['secretsmanager_not_publicly_accessible'] },
  notes: 'Judges the policy (AWS::SecretsManager::ResourcePolicy, aws_secretsmanager_secret_policy); a policy written inline in aws_secretsmanager_secret is not read yet.',
  condition: { predicate: 'resource-policy-not-public', property: 'ResourcePolicy', what: 'the secret policy' }
})
