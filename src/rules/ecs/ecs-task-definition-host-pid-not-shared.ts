import { builtinRule } from '../declarative/builtin.js'

export const ecsTaskDefinitionHostPidNotShared = builtinRule({
  id: 'ecs-task-definition-host-pid-not-shared',
  title: "ECS task definition does not share the host's process namespace",
  severity: 'high',
  description: 'Checks that the task definition\'s PidMode is not "host".',
  risk: "With the host's process namespace, the containers see every process of the container instance and can signal or trace them, which breaks the isolation between tasks.",
  remediation: {
    text: 'Remove pid_mode = "host" (or use "task" to share the namespace among the task\'s own containers only).',
    terraform: `resource "aws_ecs_task_definition" "this" {
  family   = "app"
  pid_mode = "task"
  container_definitions = jsonencode([{
    name      = "app"
    image     = "public.ecr.aws/docker/library/nginx:1.27"
    essential = true
  }])
}`
  },
  categories: ['least-privilege'],
  'resource-types': ['AWS::ECS::TaskDefinition'],
  aliases: { checkov: ['CKV_AWS_335'], prowler: ['ecs_task_definitions_host_namespace_not_shared'] },
  notes: 'Without PidMode each container has its own namespace, which passes.',
  condition: { property: 'PidMode', 'not-equals': 'host' },
  messages: {
    pass: "Task definition {name} does not share the host's process namespace",
    fail: "Task definition {name} shares the host's process namespace (PidMode host)",
    unknown: 'the PID mode'
  }
})
