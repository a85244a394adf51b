import { builtinRule } from '../declarative/builtin.js'

export const dynamodbTableKmsCmk = builtinRule({
  id: 'dynamodb-table-kms-cmk',
  title: 'DynamoDB table is encrypted with a customer managed KMS key',
  severity: 'low',
  description: 'Checks that the DynamoDB table is encrypted with a KMS key it names (SSESpecification.KMSMasterKeyId), not the AWS owned or AWS managed key.',
  risk: 'With an AWS owned or managed key, the key policy cannot be restricted and the data cannot be cut off by disabling the key.',
  remediation: {
    text: 'Encrypt the table with a customer managed KMS key.',
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
  aliases: { checkov: ['CKV_AWS_119'], prowler: [] },
  notes: 'Live, a table on the AWS managed key may report that key\'s ARN, which cannot be told from a customer key by the ARN alone: it passes, as Checkov passes any kms_key_arn.',
  condition: {
    'all-of': [
      { property: 'SSESpecification.SSEEnabled', equals: true, default: false },
      { property: 'SSESpecification.KMSMasterKeyId', exists: true }
    ]
  },
  messages: {
    pass: 'Table {name} is encrypted with the KMS key it names',
    fail: 'Table {name} is not encrypted with a customer managed KMS key',
    unknown: 'the encryption key'
  }
})
