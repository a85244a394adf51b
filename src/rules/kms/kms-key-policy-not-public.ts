import { builtinRule } from '../declarative/builtin.js'

export const kmsKeyPolicyNotPublic = builtinRule({
  id: 'kms-key-policy-not-public',
  title: 'KMS key policy does not grant access to everyone',
  severity: 'critical',
  description:
    'Checks that no Allow statement of the key policy names Principal "*" (or uses NotPrincipal) without a condition confining it to an account, organisation, network or source.',
  risk: 'Anyone with an AWS account can use the key (decrypt what it protects) or manage it, depending on the actions granted.',
  remediation: {
    text: 'Grant the key to the account root and named roles, or confine "*" with aws:PrincipalOrgID, aws:PrincipalAccount or kms:CallerAccount.',
    terraform: `resource "aws_kms_key" "this" {
  description         = "app data"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AccountAdmin"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::KMS::Key'],
  aliases: { checkov: ['CKV_AWS_33'], prowler: ['kms_key_not_publicly_accessible'] },
  notes:
    'AWS-managed keys are skipped (their policies are AWS\'s). Checkov\'s CKV_AWS_33 fails any Allow to "*"; a statement confined by kms:CallerAccount, aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceArn or a similar condition passes here, as in Prowler. kms:ViaService alone confines nothing (any account can call through the service). A key without a policy in the code gets the default key policy, which names only the account.',
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: { predicate: 'resource-policy-not-public', property: 'KeyPolicy', what: 'the key policy' }
})
