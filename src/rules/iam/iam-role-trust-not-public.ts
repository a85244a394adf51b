import { builtinRule } from '../declarative/builtin.js'

export const iamRoleTrustNotPublic = builtinRule({
  id: 'iam-role-trust-not-public',
  title: 'IAM role trust policy does not let anyone assume the role',
  severity: 'critical',
  description: 'Checks that no Allow statement of the role\'s trust policy names Principal "*" (or {"AWS": "*"}, or uses NotPrincipal) without a condition confining it to an account, organisation or principal.',
  risk: 'Any AWS principal of any account can assume the role and act with its permissions.',
  remediation: {
    text: 'Name the accounts, roles or services that may assume the role in Principal, or confine "*" with aws:PrincipalOrgID or aws:PrincipalAccount.',
    terraform: `resource "aws_iam_role" "this" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::123456789012:role/deploy" }
    }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::Role'],
  aliases: { checkov: ['CKV_AWS_60'], prowler: [] },
  notes:
    'Principal "*" confined by a condition on aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:SourceAccount... (with a value that is not itself a wildcard) passes: Checkov CKV_AWS_60 fails {"AWS": "*"} whatever its conditions. Principal "*" as a plain string, which Checkov does not read, fails here too.',
  // AWS service-linked and other AWS-created roles: their trust policies are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: { predicate: 'trust-policy-limits', principals: 'anyone' },
  messages: {
    unknown: 'the trust policy'
  }
})
