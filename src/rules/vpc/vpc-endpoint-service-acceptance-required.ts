import { builtinRule } from '../declarative/builtin.js'

export const vpcEndpointServiceAcceptanceRequired = builtinRule({
  id: 'vpc-endpoint-service-acceptance-required',
  title: 'VPC endpoint service requires acceptance of endpoint connections',
  severity: 'medium',
  description:
    'Checks that the endpoint service (PrivateLink) waits for each connection request to be accepted (AcceptanceRequired is true).',
  risk: 'Without acceptance, any principal the service allows connects straight away; a too-broad allowed-principals list (or a mistake in it) opens the service to unreviewed consumers.',
  remediation: {
    text: 'Set acceptance_required = true and accept connections explicitly (aws_vpc_endpoint_connection_accepter).',
    terraform: `resource "aws_vpc_endpoint_service" "this" {
  acceptance_required        = true
  network_load_balancer_arns = [aws_lb.internal.arn]
}`
  },
  categories: ['trust-boundaries'],
  'resource-types': ['AWS::EC2::VPCEndpointService'],
  aliases: { checkov: ['CKV_AWS_123'], prowler: [] },
  notes:
    'As with Checkov, acceptance_required must be true; the CloudFormation default (absent) is false and fails. Prowler has no check of this setting (its vpc_endpoint_services_allowed_principals_trust_boundaries judges who is allowed, not whether they are reviewed).',
  condition: { property: 'AcceptanceRequired', equals: true, default: false },
  messages: {
    pass: 'Endpoint service {name} requires each connection to be accepted',
    fail: 'Endpoint service {name} accepts endpoint connections automatically',
    unknown: 'the acceptance setting'
  }
})
