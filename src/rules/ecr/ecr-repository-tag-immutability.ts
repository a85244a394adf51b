import { builtinRule } from '../declarative/builtin.js'

export const ecrRepositoryTagImmutability = builtinRule({
  id: 'ecr-repository-tag-immutability',
  title: 'ECR repository has immutable image tags',
  severity: 'medium',
  description: 'Checks that the repository refuses to overwrite an existing image tag (ImageTagMutability IMMUTABLE).',
  risk: 'With mutable tags, whoever can push can replace the image a deployment refers to by tag (app:1.4.2) with another one, silently.',
  remediation: {
    text: 'Set image_tag_mutability = "IMMUTABLE" and push a new tag for every build.',
    terraform: `resource "aws_ecr_repository" "this" {
  name                 = "app"
  image_tag_mutability = "IMMUTABLE"
}`
  },
  categories: ['trust-boundaries'],
  'resource-types': ['AWS::ECR::Repository'],
  aliases: { checkov: ['CKV_AWS_51'], prowler: ['ecr_repositories_tag_immutability'] },
  notes:
    'ImageTagMutability defaults to MUTABLE. IMMUTABLE_WITH_EXCLUSION (immutable except for tags matching a filter, newer than the CloudFormation schema shipped) passes too: the tags it spares are chosen on purpose.',
  condition: { property: 'ImageTagMutability', in: ['IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION'], default: 'MUTABLE' },
  messages: {
    pass: 'Repository {name} has immutable tags ({value})',
    fail: 'Repository {name} lets image tags be overwritten ({value})',
    unknown: 'the tag mutability setting'
  }
})
