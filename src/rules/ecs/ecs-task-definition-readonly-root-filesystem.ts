import { builtinRule } from '../declarative/builtin.js'

export const ecsTaskDefinitionReadonlyRootFilesystem = builtinRule({
  id: 'ecs-task-definition-readonly-root-filesystem',
  title: 'ECS task definition gives every container a read-only root filesystem',
  severity: 'high',
  description: 'Checks that every container of the task definition sets ReadonlyRootFilesystem to true.',
  risk: 'A writable root filesystem lets an attacker who gets into the container change its binaries and configuration, and persist tools there.',
  remediation: {
    text: 'Set "readonlyRootFilesystem": true on every container, and mount a volume for the paths the application must write to.',
    terraform: `resource "aws_ecs_task_definition" "this" {
  family = "app"
  container_definitions = jsonencode([{
    name                   = "app"
    image                  = "public.ecr.aws/docker/library/nginx:1.27"
    essential              = true
    readonlyRootFilesystem = true
  }])
}`
  },
  categories: ['least-privilege'],
  'resource-types': ['AWS::ECS::TaskDefinition'],
  aliases: { checkov: ['CKV_AWS_336'], prowler: ['ecs_task_definitions_containers_readonly_access'] },
  notes: 'ReadonlyRootFilesystem defaults to false: a container that does not set it fails.',
  'applies-when': { property: 'ContainerDefinitions', empty: false },
  condition: { property: 'ContainerDefinitions', every: { property: 'ReadonlyRootFilesystem', equals: true, default: false } },
  messages: {
    pass: 'Every container of task definition {name} has a read-only root filesystem',
    fail: 'Task definition {name} has a container with a writable root filesystem ({property} is not true)',
    unknown: 'whether every container has a read-only root filesystem'
  }
})
