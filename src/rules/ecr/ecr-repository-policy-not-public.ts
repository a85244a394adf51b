import { builtinRule } from '../declarative/builtin.js'

export const ecrRepositoryPolicyNotPublic = builtinRule({
  id: 'ecr-repository-policy-not-public',
  title: 'ECR repository policy does not grant access to everyone',
  severity: 'critical',
  description:
    'Checks that no Allow statement of the repository policy names Principal "*" (or uses NotPrincipal) unless a condition confines it to an account, organisation, network or source.',
  risk: 'Anyone with an AWS account can pull the images (and read the code, configuration and secrets baked into them), or, with push actions granted, replace them.',
  remediation: {
    text: 'Name the accounts or roles that need the repository in the policy\'s Principal, or confine "*" with aws:PrincipalOrgID.',
    terraform: `resource "aws_ecr_repository_policy" "this" {
  repository = aws_ecr_repository.this.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PullFromTheOrganization"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::ECR::Repository'],
  aliases: { checkov: ['CKV_AWS_32'], prowler: ['ecr_repositories_not_publicly_accessible'] },
  notes:
    'In Terraform the policy is aws_ecr_repository_policy, folded into its repository. A repository without a policy passes. A "*" confined by a condition on the caller (aws:PrincipalOrgID, aws:SourceAccount, aws:SourceVpce...) is not public here; Prowler and older Checkov versions fail any Principal "*".',
  condition: { predicate: 'policy-not-public', property: 'RepositoryPolicyText' }
})
