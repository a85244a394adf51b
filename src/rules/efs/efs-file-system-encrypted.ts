import { builtinRule } from '../declarative/builtin.js'

export const efsFileSystemEncrypted = builtinRule({
  id: 'efs-file-system-encrypted',
  title: 'EFS file system is encrypted at rest',
  severity: 'medium',
  description: 'Checks that the EFS file system encrypts its data at rest (Encrypted is true).',
  risk: 'Unencrypted file data and backups are readable by anyone who obtains the underlying storage.',
  remediation: {
    text: 'Create the file system with encryption (it cannot be turned on later; migrate the data to a new file system).',
    terraform: `resource "aws_efs_file_system" "this" {
  encrypted  = true
  kms_key_id = aws_kms_key.this.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::EFS::FileSystem'],
  aliases: { checkov: ['CKV_AWS_42'], prowler: ['efs_encryption_at_rest_enabled'] },
  notes: 'An absent Encrypted fails: the CloudFormation and Terraform default is unencrypted.',
  condition: { property: 'Encrypted', equals: true },
  messages: {
    pass: 'File system {name} is encrypted at rest',
    fail: 'File system {name} is not encrypted at rest',
    unknown: 'the encryption setting'
  }
})
