import { builtinRule } from '../declarative/builtin.js'

export const ecrRepositoryLifecyclePolicy = builtinRule({
  id: 'ecr-repository-lifecycle-policy',
  title: 'ECR repository has a lifecycle policy',
  severity: 'low',
  description: 'Checks that the repository has a lifecycle policy (LifecyclePolicy.LifecyclePolicyText) that expires old images.',
  risk: 'Without a lifecycle policy old images accumulate: storage costs grow, and images with known vulnerabilities stay available to be deployed.',
  remediation: {
    text: 'Attach a lifecycle policy that expires untagged images and keeps a bounded number of tagged ones.',
    terraform: `resource "aws_ecr_lifecycle_policy" "this" {
  repository = aws_ecr_repository.this.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Expire untagged images after 14 days"
      selection = {
        tagStatus   = "untagged"
        countType   = "sinceImagePushed"
        countUnit   = "days"
        countNumber = 14
      }
      action = { type = "expire" }
    }]
  })
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::ECR::Repository'],
  aliases: { checkov: [], prowler: ['ecr_repositories_lifecycle_policy_enabled'] },
  notes:
    'In Terraform the policy is aws_ecr_lifecycle_policy, folded into its repository; a repository whose lifecycle policy is managed in another configuration fails in this one. The policy\'s rules are not judged.',
  condition: { property: 'LifecyclePolicy.LifecyclePolicyText', matches: '\\S' },
  messages: {
    pass: 'Repository {name} has a lifecycle policy',
    fail: 'Repository {name} has no lifecycle policy',
    unknown: 'the lifecycle policy'
  }
})
