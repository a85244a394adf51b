import { builtinRule } from '../declarative/builtin.js'

export const codebuildProjectArtifactsEncrypted = builtinRule({
  id: 'codebuild-project-artifacts-encrypted',
  title: 'CodeBuild project encrypts its build artifacts',
  severity: 'medium',
  description:
    'Checks that neither the project\'s artifacts nor any secondary artifacts have encryption disabled (Artifacts.EncryptionDisabled and SecondaryArtifacts[*].EncryptionDisabled are not true).',
  risk: 'Unencrypted build artifacts in S3 are readable by anyone who can read the bucket, with no key policy between them and the build output.',
  remediation: {
    text: 'Remove encryption_disabled (or set it to false) on the artifacts.',
    terraform: `resource "aws_codebuild_project" "this" {
  # ...
  artifacts {
    type                = "S3"
    location            = aws_s3_bucket.artifacts.bucket
    encryption_disabled = false
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::CodeBuild::Project'],
  aliases: { checkov: ['CKV_AWS_78'], prowler: [] },
  notes: 'Artifacts of type NO_ARTIFACTS or CODEPIPELINE are not judged (CodePipeline encrypts its own artifact store).',
  condition: {
    'all-of': [
      {
        'any-of': [
          { property: 'Artifacts.Type', in: ['NO_ARTIFACTS', 'CODEPIPELINE'] },
          { property: 'Artifacts.EncryptionDisabled', equals: false, default: false }
        ]
      },
      {
        property: 'SecondaryArtifacts',
        every: {
          'any-of': [
            { property: 'Type', in: ['NO_ARTIFACTS', 'CODEPIPELINE'] },
            { property: 'EncryptionDisabled', equals: false, default: false }
          ]
        }
      }
    ]
  },
  messages: {
    pass: 'Project {name} encrypts its build artifacts',
    fail: 'Project {name} has artifacts with encryption disabled ({property})',
    unknown: 'whether artifact encryption is disabled'
  }
})
