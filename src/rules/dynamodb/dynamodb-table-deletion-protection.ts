import { builtinRule } from '../declarative/builtin.js'

export const dynamodbTableDeletionProtection = builtinRule({
  id: 'dynamodb-table-deletion-protection',
  title: 'DynamoDB table has deletion protection',
  severity: 'medium',
  description: 'Checks that the DynamoDB table cannot be deleted until its deletion protection is turned off (DeletionProtectionEnabled).',
  risk: 'A table without deletion protection is lost, with its data, to one mistaken or malicious DeleteTable call or a destroy.',
  remediation: {
    text: 'Enable deletion protection on tables that hold data worth keeping.',
    terraform: `resource "aws_dynamodb_table" "this" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  deletion_protection_enabled = true
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::DynamoDB::Table'],
  aliases: { checkov: [], prowler: ['dynamodb_table_deletion_protection_enabled'] },
  condition: { property: 'DeletionProtectionEnabled', equals: true, default: false },
  messages: {
    pass: 'Table {name} has deletion protection',
    fail: 'Table {name} has no deletion protection',
    unknown: 'the deletion protection setting'
  }
})
