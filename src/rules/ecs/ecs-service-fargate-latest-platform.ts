import { builtinRule } from '../declarative/builtin.js'

export const ecsServiceFargateLatestPlatform = builtinRule({
  id: 'ecs-service-fargate-latest-platform',
  title: 'ECS Fargate service runs on the latest Fargate platform version',
  severity: 'medium',
  description: 'Checks that a service with launch type FARGATE uses PlatformVersion LATEST (the default) or 1.4.0, the latest Linux platform version.',
  risk: 'Older platform versions miss the security fixes and features of the current one (1.4.0 brought, among others, encrypted ephemeral storage and a network path to secrets).',
  remediation: {
    text: 'Leave platform_version unset, or set it to "LATEST".',
    terraform: `resource "aws_ecs_service" "this" {
  name             = "app"
  cluster          = aws_ecs_cluster.this.id
  task_definition  = aws_ecs_task_definition.this.arn
  launch_type      = "FARGATE"
  platform_version = "LATEST"
}`
  },
  categories: ['vulnerabilities'],
  'resource-types': ['AWS::ECS::Service'],
  aliases: { checkov: ['CKV_AWS_332'], prowler: ['ecs_service_fargate_latest_platform_version'] },
  notes:
    'Judges services whose LaunchType is FARGATE; services placed on Fargate through a capacity provider strategy get no verdict. 1.4.0 is accepted as well as LATEST (Prowler accepts the latest numbered version, Checkov only LATEST); Windows services pinned to 1.0.0 (the latest Windows version) fail here and need a suppression.',
  'applies-when': { property: 'LaunchType', equals: 'FARGATE' },
  condition: { property: 'PlatformVersion', in: ['LATEST', '1.4.0'], default: 'LATEST' },
  messages: {
    pass: 'Fargate service {name} uses platform version {value}',
    fail: 'Fargate service {name} is pinned to platform version {value}, not the latest',
    unknown: 'the platform version'
  }
})
