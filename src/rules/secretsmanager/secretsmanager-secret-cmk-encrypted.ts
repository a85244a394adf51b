import { builtinRule } from '../declarative/builtin.js'

export const secretsmanagerSecretCmkEncrypted = builtinRule({
  id: 'secretsmanager-secret-cmk-encrypted',
  title: 'Secrets Manager secret is encrypted with a customer-managed KMS key',
  severity: 'medium',
  description: 'Checks that the secret is encrypted with a KMS key of the account (KmsKeyId), not the AWS-managed aws/secretsmanager key.',
  risk: 'Anyone in the account allowed to read secrets can decrypt one under the AWS-managed key; a key of your own adds a key policy, cross-account sharing and separate audit.',
  remediation: {
    text: 'Set a customer-managed KMS key on the secret.',
    terraform: `resource "aws_secretsmanager_secret" "this" {
  name       = "app/db"
  kms_key_id = aws_kms_key.secrets.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::SecretsManager::Secret'],
  aliases: { checkov: ['CKV_AWS_149'], prowler: [] },
  notes: 'Naming alias/aws/secretsmanager explicitly fails too: it is the AWS-managed key (Checkov\'s CKV_AWS_149 passes any kms_key_id).',
  condition: {
    'all-of': [
      { property: 'KmsKeyId', matches: '.' },
      { property: 'KmsKeyId', 'not-in': ['alias/aws/secretsmanager', 'aws/secretsmanager'] }
    ]
  },
  messages: {
    pass: 'Secret {name} is encrypted with KMS key {value}',
    fail: 'Secret {name} is encrypted with the AWS-managed key',
    unknown: 'the secret\'s KMS key'
  }
})
