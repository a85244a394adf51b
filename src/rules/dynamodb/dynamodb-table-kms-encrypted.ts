import { builtinRule } from '../declarative/builtin.js'

export const dynamodbTableKmsEncrypted = builtinRule({
  id: 'dynamodb-table-kms-encrypted',
  title: 'DynamoDB table is encrypted with a KMS key',
  severity: 'low',
  description: 'Checks that the DynamoDB table is encrypted with a KMS key (SSESpecification.SSEEnabled: the AWS managed key aws/dynamodb or a customer managed key) rather than the AWS owned key.',
  risk: 'With the AWS owned key, use of the key is not recorded in the account\'s CloudTrail and access to the table\'s data cannot be cut off through a key policy.',
  remediation: {
    text: 'Enable server-side encryption with KMS, preferably with a customer managed key.',
    terraform: `resource "aws_dynamodb_table" "this" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.orders.arn
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::DynamoDB::Table'],
  aliases: { checkov: [], prowler: ['dynamodb_tables_kms_cmk_encryption_enabled'] },
  notes: 'Every DynamoDB table is encrypted at rest; this asks for a KMS key the account can see (as Prowler does, the AWS managed key passes). dynamodb-table-kms-cmk asks for a customer managed key.',
  condition: { property: 'SSESpecification.SSEEnabled', equals: true, default: false },
  messages: {
    pass: 'Table {name} is encrypted with a KMS key',
    fail: 'Table {name} is encrypted with the AWS owned key, not a KMS key in the account',
    unknown: 'the server-side encryption setting'
  }
})
