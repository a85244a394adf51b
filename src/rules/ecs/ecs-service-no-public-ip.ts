import { builtinRule } from '../declarative/builtin.js'

export const ecsServiceNoPublicIp = builtinRule({
  id: 'ecs-service-no-public-ip',
  title: 'ECS service does not assign public IP addresses to its tasks',
  severity: 'high',
  description: 'Checks that the service\'s awsvpc network configuration does not set AssignPublicIp to ENABLED.',
  risk: 'Tasks with a public IP address are reachable from the internet through whatever their security groups allow, and bypass the private network\'s controls.',
  remediation: {
    text: 'Set assign_public_ip = false, run the tasks in private subnets, and reach the internet through a NAT gateway or VPC endpoints.',
    terraform: `resource "aws_ecs_service" "this" {
  name            = "app"
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.this.arn
  launch_type     = "FARGATE"
  network_configuration {
    subnets          = [aws_subnet.private.id]
    security_groups  = [aws_security_group.app.id]
    assign_public_ip = false
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::ECS::Service'],
  aliases: { checkov: ['CKV_AWS_333'], prowler: ['ecs_service_no_assign_public_ip'] },
  notes: 'AssignPublicIp defaults to DISABLED; a service without an awsvpc configuration (bridge or host networking) gets no public address from ECS and passes.',
  condition: { property: 'NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp', 'not-equals': 'ENABLED' },
  messages: {
    pass: 'Service {name} does not assign public IP addresses',
    fail: 'Service {name} assigns public IP addresses to its tasks (AssignPublicIp ENABLED)',
    unknown: 'whether a public IP address is assigned'
  }
})
