import { builtinRule } from '../declarative/builtin.js'

export const ecsTaskDefinitionHostNetworkNonRoot = builtinRule({
  id: 'ecs-task-definition-host-network-non-root',
  title: 'ECS task definition in host network mode runs its containers as a non-root user',
  severity: 'high',
  description:
    'Checks that, when the task definition uses the host network mode, every container either names a non-root User or is explicitly Privileged (an elevation chosen on purpose).',
  risk: "In host network mode a container shares the instance's network stack; running it as root lets a compromised process bind any port and reach the instance's network interfaces as root.",
  remediation: {
    text: 'Use the awsvpc network mode, or set "user" to a non-root user (a name or UID other than root/0) on every container of a host-mode task.',
    terraform: `resource "aws_ecs_task_definition" "this" {
  family       = "app"
  network_mode = "host"
  container_definitions = jsonencode([{
    name      = "app"
    image     = "public.ecr.aws/docker/library/nginx:1.27"
    essential = true
    user      = "1000:1000"
  }])
}`
  },
  categories: ['least-privilege'],
  'resource-types': ['AWS::ECS::TaskDefinition'],
  aliases: { checkov: [], prowler: ['ecs_task_definitions_host_networking_mode_users'] },
  notes:
    'Task definitions in another network mode get no verdict. As in AWS Config\'s check, a privileged container passes (its elevation is judged by ecs-task-definition-no-privileged-containers); a container without User runs as the image\'s user, root unless the image says otherwise, and fails.',
  'applies-when': {
    'all-of': [
      { property: 'NetworkMode', equals: 'host' },
      { property: 'ContainerDefinitions', empty: false }
    ]
  },
  condition: {
    property: 'ContainerDefinitions',
    every: {
      'any-of': [
        { property: 'Privileged', equals: true },
        {
          'all-of': [
            { property: 'User', exists: true },
            // root by name or UID, alone or with a group (root:root, 0:0).
            { not: { property: 'User', matches: '^(root|0)(:.*)?$' } }
          ]
        }
      ]
    }
  },
  messages: {
    pass: 'Every container of host-mode task definition {name} runs as a non-root user or is explicitly privileged',
    fail: 'Task definition {name} uses the host network mode with a container that sets no non-root User and is not Privileged, so it runs as root unless its image says otherwise',
    unknown: 'the user a container runs as'
  }
})
