import { builtinRule } from '../declarative/builtin.js'

export const ec2TransitGatewayNoAutoAccept = builtinRule({
  id: 'ec2-transit-gateway-no-auto-accept',
  title: 'Transit gateway does not automatically accept shared VPC attachments',
  severity: 'high',
  description:
    'Checks that the transit gateway does not accept cross-account attachment requests by itself (AutoAcceptSharedAttachments is disable, the default).',
  risk: 'With automatic acceptance, any account the gateway is shared with can attach its VPC and route into every network on the gateway without anyone reviewing it.',
  remediation: {
    text: 'Set auto_accept_shared_attachments = "disable" and accept each attachment explicitly (aws_ec2_transit_gateway_vpc_attachment_accepter).',
    terraform: `resource "aws_ec2_transit_gateway" "this" {
  description                    = "core"
  auto_accept_shared_attachments = "disable"
}`
  },
  categories: ['trust-boundaries'],
  'resource-types': ['AWS::EC2::TransitGateway'],
  aliases: { checkov: ['CKV_AWS_331'], prowler: ['ec2_transitgateway_auto_accept_vpc_attachments'] },
  notes:
    'An absent AutoAcceptSharedAttachments is disable (the AWS default), as with Checkov and Prowler.',
  condition: { property: 'AutoAcceptSharedAttachments', equals: 'disable', default: 'disable' },
  messages: {
    pass: 'Transit gateway {name} does not accept shared attachments automatically',
    fail: 'Transit gateway {name} accepts shared VPC attachments automatically',
    unknown: 'the automatic acceptance setting'
  }
})
