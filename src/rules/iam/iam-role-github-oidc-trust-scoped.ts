import { builtinRule } from '../declarative/builtin.js'

export const iamRoleGithubOidcTrustScoped = builtinRule({
  id: 'iam-role-github-oidc-trust-scoped',
  title: 'IAM role trusting GitHub Actions names the repositories that may assume it',
  severity: 'high',
  description: 'Checks that every Allow statement of the role\'s trust policy that trusts GitHub\'s OIDC provider (token.actions.githubusercontent.com) has a token.actions.githubusercontent.com:sub condition whose every value starts with repo:OWNER/ (an owner without wildcards).',
  risk: 'Without a sub condition pinning the owner, a workflow in any GitHub repository, anyone\'s, can assume the role.',
  remediation: {
    text: 'Add a StringLike condition on token.actions.githubusercontent.com:sub naming your repository (and branch or environment), such as repo:my-org/my-repo:ref:refs/heads/main.',
    terraform: `resource "aws_iam_role" "this" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        StringLike   = { "token.actions.githubusercontent.com:sub" = "repo:my-org/my-repo:ref:refs/heads/main" }
      }
    }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::Role'],
  aliases: { checkov: ['CKV_AWS_393'], prowler: [] },
  notes:
    'Every sub value must start with repo:OWNER/ (Checkov CKV_AWS_393 stops at the first value it can classify, so a safe value followed by "*" passes there and fails here; first claims other than repo, such as environment: or workflow:, fail in both). In Terraform, a trust policy naming the provider only through a reference (aws_iam_openid_connect_provider.github.arn) is known after apply in a plan.',
  // AWS service-linked and other AWS-created roles: their trust policies are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: { predicate: 'trust-policy-limits', principals: 'github' },
  messages: {
    unknown: 'the trust policy'
  }
})
