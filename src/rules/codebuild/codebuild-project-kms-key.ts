import { builtinRule } from '../declarative/builtin.js'

export const codebuildProjectKmsKey = builtinRule({
  id: 'codebuild-project-kms-key',
  title: 'CodeBuild project encrypts its build output with a customer managed KMS key',
  severity: 'low',
  description:
    'Checks that the project names a KMS key of yours for its build output (EncryptionKey), not the AWS managed key for S3 (alias/aws/s3) CodeBuild uses when none is set.',
  risk: 'Under the AWS managed key, anyone allowed to read the artifact bucket can decrypt the build output: no key policy of yours stands between them.',
  remediation: {
    text: 'Set the project\'s encryption key to a customer managed KMS key.',
    terraform: `resource "aws_codebuild_project" "this" {
  # ...
  encryption_key = aws_kms_key.builds.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::CodeBuild::Project'],
  aliases: { checkov: ['CKV_AWS_147'], prowler: [] },
  notes: 'Stricter than Checkov, which passes any encryption key: naming the AWS managed key alias/aws/s3 fails here, since it is what CodeBuild uses anyway.',
  condition: {
    'any-of': [
      // A known key other than the AWS managed one, or (in a plan) a reference to a key the configuration creates.
      { 'all-of': [{ property: 'EncryptionKey', matches: '.' }, { property: 'EncryptionKey', 'not-contains': 'alias/aws/s3' }] },
      { predicate: 'refers-to', property: 'EncryptionKey', type: 'AWS::KMS::Key', attribute: 'Arn' }
    ]
  },
  messages: {
    pass: 'Project {name} encrypts its build output with a customer managed key',
    fail: 'Project {name} encrypts its build output with the AWS managed key for S3',
    unknown: 'the encryption key'
  }
})
