import { builtinRule } from '../declarative/builtin.js'

export const iamRoleTrustNoWholeAccount = builtinRule({
  id: 'iam-role-trust-no-whole-account',
  title: 'IAM role trust policy does not trust every principal of an account',
  severity: 'medium',
  description: 'Checks that no Allow statement of the role\'s trust policy names a whole account (its 12-digit id or arn:aws:iam::ACCOUNT:root) as principal without an sts:ExternalId condition or an aws:PrincipalArn condition naming the principals meant.',
  risk: 'Every user and role of that account that is allowed sts:AssumeRole on "*" can assume the role: the account\'s weakest principal decides who gets its permissions.',
  remediation: {
    text: 'Name the roles or users that may assume the role, or add an aws:PrincipalArn condition (an sts:ExternalId condition for a third party).',
    terraform: `resource "aws_iam_role" "this" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::210987654321:role/ci" }
    }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::Role'],
  aliases: { checkov: ['CKV_AWS_61'], prowler: [] },
  notes:
    'As Checkov CKV_AWS_61, an sts:AssumeRole statement with an sts:ExternalId condition passes; an aws:PrincipalArn condition that pins the principals (a value without a wildcard account) passes here and fails in Checkov. Principals are matched whole (a 12-digit id or the account\'s :root ARN, in any partition).',
  // AWS service-linked and other AWS-created roles: their trust policies are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: { predicate: 'trust-policy-limits', principals: 'account' },
  messages: {
    unknown: 'the trust policy'
  }
})
