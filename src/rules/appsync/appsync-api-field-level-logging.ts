import { builtinRule } from '../declarative/builtin.js'

export const appsyncApiFieldLevelLogging = builtinRule({
  id: 'appsync-api-field-level-logging',
  title: 'AppSync GraphQL API logs resolver errors at field level',
  severity: 'medium',
  description:
    'Checks that the API\'s field-level log level records at least resolver errors (LogConfig.FieldLogLevel is ERROR, INFO, DEBUG or ALL; NONE when not set).',
  risk: 'Without field-level logs, failing or abused resolvers cannot be traced: request-level logs say that a query failed, not where or why.',
  remediation: {
    text: 'Set the field log level to ERROR (or ALL while investigating).',
    terraform: `resource "aws_appsync_graphql_api" "this" {
  name                = "app"
  authentication_type = "AWS_IAM"
  log_config {
    cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
    field_log_level          = "ERROR"
  }
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::AppSync::GraphQLApi'],
  aliases: { checkov: ['CKV_AWS_194'], prowler: ['appsync_field_level_logging_enabled'] },
  notes: 'INFO and DEBUG (levels AppSync added later, both recording errors) pass; Checkov and Prowler know only ERROR and ALL.',
  condition: { property: 'LogConfig.FieldLogLevel', in: ['ERROR', 'INFO', 'DEBUG', 'ALL'] },
  messages: {
    pass: 'API {name} logs resolver errors at field level ({value})',
    fail: 'API {name} has no field-level logging (FieldLogLevel is {value})',
    unknown: 'the field log level'
  }
})
