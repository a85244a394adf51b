import { builtinRule } from '../declarative/builtin.js'
import { attributeIs } from './attributes.js'

export const elbv2DeletionProtectionEnabled = builtinRule({
  id: 'elbv2-deletion-protection-enabled',
  title: 'Load balancer has deletion protection enabled',
  severity: 'medium',
  description: 'Checks that the Application, Network or Gateway Load Balancer cannot be deleted until deletion protection is turned off (attribute deletion_protection.enabled is true).',
  risk: 'One mistaken API call, console click or Terraform destroy removes the load balancer and its DNS name, taking the service behind it offline.',
  remediation: {
    text: 'Turn on deletion protection (enable_deletion_protection); turn it off on purpose before deleting the load balancer.',
    terraform: `resource "aws_lb" "this" {
  name                       = "app"
  subnets                    = var.public_subnet_ids
  enable_deletion_protection = true
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  aliases: { checkov: ['CKV_AWS_150'], prowler: ['elbv2_deletion_protection'] },
  notes: 'Without the attribute AWS\'s default, false, holds.',
  condition: attributeIs('deletion_protection.enabled', { equals: true }),
  messages: {
    pass: 'Load balancer {name} has deletion protection enabled',
    fail: 'Load balancer {name} does not have deletion protection enabled',
    unknown: 'the load balancer attributes'
  }
})
