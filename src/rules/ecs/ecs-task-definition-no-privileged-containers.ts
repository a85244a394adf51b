import { builtinRule } from '../declarative/builtin.js'

export const ecsTaskDefinitionNoPrivilegedContainers = builtinRule({
  id: 'ecs-task-definition-no-privileged-containers',
  title: 'ECS task definition runs no privileged container',
  severity: 'high',
  description: 'Checks that no container of the task definition sets Privileged to true.',
  risk: 'A privileged container has root rights on the container instance: a compromise of the container is a compromise of the host and of every task on it.',
  remediation: {
    text: 'Remove "privileged": true from the container definitions; grant only the Linux capabilities the container needs (linuxParameters.capabilities.add).',
    terraform: `resource "aws_ecs_task_definition" "this" {
  family = "app"
  container_definitions = jsonencode([{
    name       = "app"
    image      = "public.ecr.aws/docker/library/nginx:1.27"
    essential  = true
    privileged = false
  }])
}`
  },
  categories: ['least-privilege'],
  'resource-types': ['AWS::ECS::TaskDefinition'],
  aliases: { checkov: ['CKV_AWS_334'], prowler: ['ecs_task_definitions_no_privileged_containers'] },
  notes: 'Privileged defaults to false; Fargate refuses privileged containers, so only EC2 and external launch types can fail in practice.',
  'applies-when': { property: 'ContainerDefinitions', empty: false },
  condition: { property: 'ContainerDefinitions', none: { property: 'Privileged', equals: true } },
  messages: {
    pass: 'Task definition {name} runs no privileged container',
    fail: 'Task definition {name} runs a privileged container ({property})',
    unknown: 'whether a container is privileged'
  }
})
