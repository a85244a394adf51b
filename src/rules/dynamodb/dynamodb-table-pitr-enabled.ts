import { builtinRule } from '../declarative/builtin.js'

export const dynamodbTablePitrEnabled = builtinRule({
  id: 'dynamodb-table-pitr-enabled',
  title: 'DynamoDB table has point-in-time recovery',
  severity: 'medium',
  description: 'Checks that the DynamoDB table keeps continuous backups for point-in-time recovery (PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled).',
  risk: 'Without point-in-time recovery, items deleted or overwritten by mistake, by a bad deployment or by an attacker cannot be restored.',
  remediation: {
    text: 'Enable point-in-time recovery (restores to any second of the last 35 days, or of the recovery period set).',
    terraform: `resource "aws_dynamodb_table" "this" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = true
  }
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::DynamoDB::Table'],
  aliases: { checkov: ['CKV_AWS_28'], prowler: ['dynamodb_tables_pitr_enabled'] },
  notes: 'A table without the setting has no point-in-time recovery (the service\'s and the AWS provider\'s default).',
  condition: {
    property: 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled',
    equals: true,
    default: false
  },
  messages: {
    pass: 'Table {name} has point-in-time recovery',
    fail: 'Table {name} has no point-in-time recovery',
    unknown: 'the point-in-time recovery setting'
  }
})
