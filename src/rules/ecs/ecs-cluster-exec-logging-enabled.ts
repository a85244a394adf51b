import { builtinRule } from '../declarative/builtin.js'

export const ecsClusterExecLoggingEnabled = builtinRule({
  id: 'ecs-cluster-exec-logging-enabled',
  title: 'ECS cluster does not turn off the logging of ECS Exec sessions',
  severity: 'low',
  description: 'Checks that the cluster\'s ExecuteCommandConfiguration.Logging is not NONE.',
  risk: 'With logging NONE, the commands run in containers through ECS Exec (an interactive shell in production) leave no record.',
  remediation: {
    text: 'Set execute_command_configuration logging to DEFAULT (the task definition\'s awslogs configuration) or OVERRIDE with a log_configuration.',
    terraform: `resource "aws_ecs_cluster" "this" {
  name = "app"
  configuration {
    execute_command_configuration {
      logging = "OVERRIDE"
      log_configuration {
        cloud_watch_log_group_name = aws_cloudwatch_log_group.exec.name
      }
    }
  }
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::ECS::Cluster'],
  aliases: { checkov: ['CKV_AWS_223'], prowler: [] },
  notes: 'Like Checkov, only an explicit NONE fails: without a configuration ECS uses DEFAULT, which logs through the task definition\'s awslogs configuration when it has one.',
  condition: { property: 'Configuration.ExecuteCommandConfiguration.Logging', 'not-equals': 'NONE' },
  messages: {
    pass: 'Cluster {name} does not turn off ECS Exec logging',
    fail: 'Cluster {name} turns off the logging of ECS Exec sessions (Logging NONE)',
    unknown: 'the ECS Exec logging setting'
  }
})
