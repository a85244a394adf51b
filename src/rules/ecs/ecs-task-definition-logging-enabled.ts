import { builtinRule } from '../declarative/builtin.js'

export const ecsTaskDefinitionLoggingEnabled = builtinRule({
  id: 'ecs-task-definition-logging-enabled',
  title: 'ECS task definition configures logging for every container',
  severity: 'medium',
  description: 'Checks that every container of the task definition has a LogConfiguration with a LogDriver.',
  risk: 'A container without a log driver leaves no record of what it did: incidents cannot be investigated and failures go unseen.',
  remediation: {
    text: 'Give every container a logConfiguration (the awslogs driver to CloudWatch Logs, or awsfirelens).',
    terraform: `resource "aws_ecs_task_definition" "this" {
  family = "app"
  container_definitions = jsonencode([{
    name      = "app"
    image     = "public.ecr.aws/docker/library/nginx:1.27"
    essential = true
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = "/ecs/app"
        awslogs-region        = "eu-west-1"
        awslogs-stream-prefix = "app"
      }
    }
  }])
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::ECS::TaskDefinition'],
  aliases: { checkov: [], prowler: ['ecs_task_definitions_logging_enabled'] },
  notes: 'Judges the container definitions only; whether the log driver\'s destination exists is not checked.',
  'applies-when': { property: 'ContainerDefinitions', empty: false },
  condition: { property: 'ContainerDefinitions', every: { property: 'LogConfiguration.LogDriver', matches: '\\S' } },
  messages: {
    pass: 'Every container of task definition {name} has a log driver',
    fail: 'Task definition {name} has a container without a log configuration ({property})',
    unknown: 'the log configuration of a container'
  }
})
