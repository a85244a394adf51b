import { builtinRule } from '../declarative/builtin.js'

export const ecsTaskSetNoPublicIp = builtinRule({
  id: 'ecs-task-set-no-public-ip',
  title: 'ECS task set does not assign public IP addresses to its tasks',
  severity: 'high',
  description: 'Checks that the task set\'s awsvpc network configuration does not set AssignPublicIp to ENABLED.',
  risk: 'Tasks with a public IP address are reachable from the internet through whatever their security groups allow, and bypass the private network\'s controls.',
  remediation: {
    text: 'Set assign_public_ip = false, run the tasks in private subnets, and reach the internet through a NAT gateway or VPC endpoints.',
    terraform: `resource "aws_ecs_task_set" "this" {
  service         = aws_ecs_service.this.id
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
  'resource-types': ['AWS::ECS::TaskSet'],
  aliases: { checkov: [], prowler: ['ecs_task_set_no_assign_public_ip'] },
  notes:
    'Task sets belong to services with an EXTERNAL deployment controller; ecs-service-no-public-ip judges the services themselves. AssignPublicIp defaults to DISABLED. Cloud Control has no list handler for task sets, so a live scan does not read them: the rule judges Terraform and saved inventories.',
  condition: { property: 'NetworkConfiguration.AwsVpcConfiguration.AssignPublicIp', 'not-equals': 'ENABLED' },
  messages: {
    pass: 'Task set {name} does not assign public IP addresses',
    fail: 'Task set {name} assigns public IP addresses to its tasks (AssignPublicIp ENABLED)',
    unknown: 'whether a public IP address is assigned'
  }
})
