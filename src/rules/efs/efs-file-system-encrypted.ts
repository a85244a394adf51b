import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { isTrue, read, UNKNOWN } from '../support/read.js'

export const efsFileSystemEncrypted: RuleDefinition = {
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
  resourceTypes: ['AWS::EFS::FileSystem'],
  aliases: { checkov: ['CKV_AWS_42'], prowler: ['efs_encryption_at_rest_enabled'] },
  notes: 'An absent Encrypted fails: the CloudFormation and Terraform default is unencrypted.',
  check(resource) {
    const path = 'Encrypted'
    const encrypted = read(resource, path)
    if (encrypted === UNKNOWN) return unknownAt(resource, path, 'the encryption setting')
    if (isTrue(encrypted)) return pass(`File system ${nameOf(resource)} is encrypted at rest`, path)
    return fail(`File system ${nameOf(resource)} is not encrypted at rest`, path)
  }
}
