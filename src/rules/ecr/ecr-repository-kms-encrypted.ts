import { builtinRule } from '../declarative/builtin.js'

export const ecrRepositoryKmsEncrypted = builtinRule({
  id: 'ecr-repository-kms-encrypted',
  title: 'ECR repository encrypts images with a KMS key',
  severity: 'low',
  description: 'Checks that the repository encrypts its images with AWS KMS (EncryptionConfiguration.EncryptionType KMS or KMS_DSSE) rather than S3-managed AES256 keys.',
  risk: 'With AES256 (S3-managed keys) access to the images cannot be limited or audited through a key policy, nor cut off by disabling the key.',
  remediation: {
    text: 'Create the repository with encryption_type KMS and a customer managed key (the encryption of an existing repository cannot be changed: recreate it).',
    terraform: `resource "aws_ecr_repository" "this" {
  name = "app"
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::ECR::Repository'],
  aliases: { checkov: ['CKV_AWS_136'], prowler: [] },
  notes: 'EncryptionType defaults to AES256, which fails. KMS without a key (the AWS managed key aws/ecr) passes, as in Checkov.',
  condition: { property: 'EncryptionConfiguration.EncryptionType', in: ['KMS', 'KMS_DSSE'], default: 'AES256' },
  messages: {
    pass: 'Repository {name} encrypts images with KMS ({value})',
    fail: 'Repository {name} encrypts images with {value}, not a KMS key',
    unknown: 'the encryption type'
  }
})
