import { builtinRule } from '../declarative/builtin.js'

export const autoscalingGroupElbHealthCheck = builtinRule({
  id: 'autoscaling-group-elb-health-check',
  title: 'Auto Scaling group behind a load balancer uses the load balancer\'s health checks',
  severity: 'low',
  description:
    'Checks that an Auto Scaling group attached to a Classic Load Balancer or a target group (LoadBalancerNames or TargetGroupARNs) replaces instances that fail the load balancer\'s health checks (HealthCheckType ELB), not only those whose EC2 status checks fail.',
  risk: 'With EC2 health checks only, an instance whose application has stopped answering stays in service: the load balancer stops sending it traffic, but the group never replaces it and capacity quietly shrinks.',
  remediation: {
    text: 'Set health_check_type = "ELB" (and a health_check_grace_period long enough for the instances to start).',
    terraform: `resource "aws_autoscaling_group" "this" {
  min_size                  = 2
  max_size                  = 4
  vpc_zone_identifier       = [aws_subnet.private_a.id, aws_subnet.private_b.id]
  target_group_arns         = [aws_lb_target_group.app.arn]
  health_check_type         = "ELB"
  health_check_grace_period = 300
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::AutoScaling::AutoScalingGroup'],
  aliases: { checkov: ['CKV2_AWS_15'], prowler: ['autoscaling_group_elb_health_check_enabled'] },
  notes:
    'Groups with no load balancer or target group of their own get no verdict, as with Prowler. A load balancer attached through a separate aws_autoscaling_attachment or aws_autoscaling_traffic_source_attachment is not seen on the group, so such a group gets no verdict either (Checkov\'s graph check follows those attachments). An absent HealthCheckType is EC2 (the AWS default).',
  'applies-when': { 'any-of': [{ property: 'LoadBalancerNames', empty: false }, { property: 'TargetGroupARNs', empty: false }] },
  condition: { property: 'HealthCheckType', equals: 'ELB', default: 'EC2' },
  messages: {
    pass: 'Auto Scaling group {name} replaces instances that fail the load balancer\'s health checks',
    fail: 'Auto Scaling group {name} is behind a load balancer but uses EC2 health checks only',
    unknown: 'the health check type'
  }
})
