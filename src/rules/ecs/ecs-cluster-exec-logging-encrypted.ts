import { builtinRule } from '../declarative/builtin.js'

export const ecsClusterExecLoggingEncrypted = builtinRule({
  id: 'ecs-cluster-exec-logging-encrypted',
  title: 'ECS cluster encrypts ECS Exec sessions and their logs with a KMS key',
  severity: 'low',
  description:
    'Checks that the cluster\'s ExecuteCommandConfiguration names a KMS key and that its log configuration encrypts the session logs (CloudWatchEncryptionEnabled or S3EncryptionEnabled).',
  risk: 'ECS Exec session logs hold whatever was typed and printed in production containers; unencrypted, anyone who can read the log group or bucket reads them.',
  remediation: {
    text: 'Set kms_key_id in execute_command_configuration and turn on encryption for the CloudWatch Logs or S3 destination of its log_configuration.',
    terraform: `resource "aws_ecs_cluster" "this" {
  name = "app"
  configuration {
    execute_command_configuration {
      kms_key_id = aws_kms_key.exec.arn
      logging    = "OVERRIDE"
      log_configuration {
        cloud_watch_encryption_enabled = true
        cloud_watch_log_group_name     = aws_cloudwatch_log_group.exec.name
      }
    }
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::ECS::Cluster'],
  aliases: { checkov: ['CKV_AWS_224'], prowler: [] },
  notes: 'As in Checkov, only clusters that configure ECS Exec (Configuration.ExecuteCommandConfiguration) are judged; the others get no verdict.',
  'applies-when': { property: 'Configuration.ExecuteCommandConfiguration', exists: true },
  condition: {
    'all-of': [
      { property: 'Configuration.ExecuteCommandConfiguration.KmsKeyId', matches: '\\S' },
      {
        'any-of': [
          { property: 'Configuration.ExecuteCommandConfiguration.LogConfiguration.CloudWatchEncryptionEnabled', equals: true },
          { property: 'Configuration.ExecuteCommandConfiguration.LogConfiguration.S3EncryptionEnabled', equals: true }
        ]
      }
    ]
  },
  messages: {
    pass: 'Cluster {name} encrypts ECS Exec sessions and their logs',
    fail: {
      'Configuration.ExecuteCommandConfiguration.KmsKeyId': 'Cluster {name} configures ECS Exec without a KMS key',
      'Configuration.ExecuteCommandConfiguration.LogConfiguration.CloudWatchEncryptionEnabled': 'Cluster {name} does not encrypt its ECS Exec session logs',
      'Configuration.ExecuteCommandConfiguration.LogConfiguration.S3EncryptionEnabled': 'Cluster {name} does not encrypt its ECS Exec session logs'
    },
    unknown: 'the ECS Exec encryption setting'
  }
})
