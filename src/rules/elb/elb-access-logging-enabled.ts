import { builtinRule } from '../declarative/builtin.js'

export const elbAccessLoggingEnabled = builtinRule({
  id: 'elb-access-logging-enabled',
  title: 'Classic Load Balancer writes access logs',
  severity: 'medium',
  description: 'Checks that the Classic Load Balancer delivers access logs to S3 (AccessLoggingPolicy.Enabled).',
  risk: 'Without access logs there is no record of who sent which requests: attacks, abuse and errors cannot be traced afterwards.',
  remediation: {
    text: 'Enable access logs to an S3 bucket whose policy lets Elastic Load Balancing write to it.',
    terraform: `resource "aws_elb" "this" {
  # ...
  access_logs {
    bucket   = aws_s3_bucket.lb_logs.id
    interval = 60
    enabled  = true
  }
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::ElasticLoadBalancing::LoadBalancer'],
  aliases: { checkov: ['CKV_AWS_92'], prowler: ['elb_logging_enabled'] },
  notes: 'Cloud Control cannot read Classic Load Balancers: the type is judged from Terraform (and from inventories that hold it), not by a live scan.',
  condition: { property: 'AccessLoggingPolicy.Enabled', equals: true },
  messages: {
    pass: 'Load balancer {name} writes access logs',
    fail: 'Load balancer {name} does not write access logs',
    unknown: 'the access logging setting'
  }
})
