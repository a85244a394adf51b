import { builtinRule } from '../declarative/builtin.js'

export const ecsTaskDefinitionLoggingNonBlocking = builtinRule({
  id: 'ecs-task-definition-logging-non-blocking',
  title: 'ECS task definition sends container logs in non-blocking mode',
  severity: 'low',
  description: 'Checks that every container with a log configuration sets its log driver option "mode" to "non-blocking".',
  risk: 'In the default blocking mode, a container whose logs cannot be delivered (a CloudWatch Logs outage, throttling) stops at its next write to stdout or stderr: a logging problem becomes an outage.',
  remediation: {
    text: 'Add mode = "non-blocking" (and a max-buffer-size) to the options of every container\'s logConfiguration.',
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
        mode                  = "non-blocking"
        max-buffer-size       = "25m"
      }
    }
  }])
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::ECS::TaskDefinition'],
  aliases: { checkov: [], prowler: ['ecs_task_definitions_logging_block_mode'] },
  notes:
    'Containers without a log configuration are not judged here (ecs-task-definition-logging-enabled fails them); a task definition none of whose containers has one gets no verdict. A container that does not set the option gets the mode of the account\'s ECS settings, which the task definition does not show: it fails here, as in Prowler.',
  'applies-when': { property: 'ContainerDefinitions', some: { property: 'LogConfiguration', exists: true } },
  condition: {
    property: 'ContainerDefinitions',
    every: { 'any-of': [{ property: 'LogConfiguration', exists: false }, { property: 'LogConfiguration.Options.mode', equals: 'non-blocking' }] }
  },
  messages: {
    pass: 'Every container of task definition {name} logs in non-blocking mode',
    fail: 'Task definition {name} has a container whose log options do not set mode non-blocking',
    unknown: 'the log delivery mode of a container'
  }
})
