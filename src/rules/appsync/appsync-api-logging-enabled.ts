import { builtinRule } from '../declarative/builtin.js'

export const appsyncApiLoggingEnabled = builtinRule({
  id: 'appsync-api-logging-enabled',
  title: 'AppSync GraphQL API sends logs to CloudWatch Logs',
  severity: 'medium',
  description: 'Checks that the API has a logging configuration with a role AppSync uses to write to CloudWatch Logs (LogConfig.CloudWatchLogsRoleArn).',
  risk: 'Without logs, requests to the API (who called, which resolvers failed) leave no record to investigate an incident or abuse.',
  remediation: {
    text: 'Configure logging with a CloudWatch Logs role and a field log level.',
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
  aliases: { checkov: ['CKV_AWS_193'], prowler: [] },
  condition: {
    'any-of': [
      // A known role ARN, or (in a plan) a reference to a role the configuration creates. Terraform records the
      // references of a nested block on the block (log_config), and the role is the only resource it can name.
      { property: 'LogConfig.CloudWatchLogsRoleArn', matches: '.' },
      { predicate: 'refers-to', property: 'LogConfig', type: 'AWS::IAM::Role', attribute: 'Arn' }
    ]
  },
  messages: {
    pass: 'API {name} sends logs to CloudWatch Logs',
    fail: 'API {name} has no logging configuration',
    unknown: 'the logging configuration'
  }
})
