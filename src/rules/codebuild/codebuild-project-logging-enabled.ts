import { builtinRule } from '../declarative/builtin.js'

export const codebuildProjectLoggingEnabled = builtinRule({
  id: 'codebuild-project-logging-enabled',
  title: 'CodeBuild project sends its build logs to CloudWatch Logs or S3',
  severity: 'medium',
  description:
    'Checks that the project keeps build logs in CloudWatch Logs (LogsConfig.CloudWatchLogs.Status ENABLED, CodeBuild\'s default when not set) or in S3 (LogsConfig.S3Logs.Status ENABLED).',
  risk: 'Without build logs there is no record of what a build ran, fetched or printed: a tampered build or a leaked credential cannot be investigated.',
  remediation: {
    text: 'Enable CloudWatch Logs (or S3 logs) in the project\'s logs configuration.',
    terraform: `resource "aws_codebuild_project" "this" {
  # ...
  logs_config {
    cloudwatch_logs {
      status     = "ENABLED"
      group_name = "/codebuild/app"
    }
  }
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::CodeBuild::Project'],
  aliases: { checkov: ['CKV_AWS_314'], prowler: ['codebuild_project_logging_enabled'] },
  notes:
    'A project without a logs configuration passes: CodeBuild then logs to CloudWatch Logs (Prowler, reading the live project, agrees). Checkov fails it because it asks for an explicit logs_config block.',
  condition: {
    'any-of': [
      { property: 'LogsConfig.CloudWatchLogs.Status', equals: 'ENABLED', default: 'ENABLED' },
      { property: 'LogsConfig.S3Logs.Status', equals: 'ENABLED' }
    ]
  },
  messages: {
    pass: {
      'LogsConfig.CloudWatchLogs.Status': 'Project {name} sends its build logs to CloudWatch Logs',
      'LogsConfig.S3Logs.Status': 'Project {name} sends its build logs to S3'
    },
    fail: 'Project {name} keeps no build logs (CloudWatch Logs and S3 logs are both disabled)',
    unknown: 'the logs configuration'
  }
})
