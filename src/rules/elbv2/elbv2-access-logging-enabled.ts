import { builtinRule } from '../declarative/builtin.js'
import { attributeIs } from './attributes.js'

export const elbv2AccessLoggingEnabled = builtinRule({
  id: 'elbv2-access-logging-enabled',
  title: 'Application or Network Load Balancer writes access logs',
  severity: 'medium',
  description: 'Checks that the Application or Network Load Balancer delivers access logs to S3 (attribute access_logs.s3.enabled is true).',
  risk: 'Without access logs there is no record of who sent which requests: attacks, abuse and errors cannot be traced or investigated afterwards.',
  remediation: {
    text: 'Enable access logs to an S3 bucket whose policy lets the Elastic Load Balancing log delivery write to it.',
    terraform: `resource "aws_lb" "this" {
  name    = "app"
  subnets = var.public_subnet_ids
  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    enabled = true
  }
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  aliases: { checkov: ['CKV_AWS_91'], prowler: ['elbv2_logging_enabled'] },
  notes: 'Gateway Load Balancers get no verdict: they have no access logs. Without the attribute AWS\'s default, off, holds.',
  'applies-when': { property: 'Type', in: ['application', 'network'], default: 'application' },
  condition: attributeIs('access_logs.s3.enabled', { equals: true }),
  messages: {
    pass: 'Load balancer {name} writes access logs to S3',
    fail: 'Load balancer {name} does not write access logs (access_logs.s3.enabled is not true)',
    unknown: 'the load balancer attributes'
  }
})
