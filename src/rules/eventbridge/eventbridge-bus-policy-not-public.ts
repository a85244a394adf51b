import { builtinRule } from '../declarative/builtin.js'

export const eventbridgeBusPolicyNotPublic = builtinRule({
  id: 'eventbridge-bus-policy-not-public',
  title: 'EventBridge event bus policy does not grant access to everyone',
  severity: 'high',
  description: 'Checks that no Allow statement of the event bus\'s resource policy names Principal "*" (or uses NotPrincipal) without a condition confining it to an account, organisation, network or source.',
  risk: 'Anyone with an AWS account can put events on the bus, triggering the rules and targets behind it with forged events.',
  remediation: {
    text: 'Grant the bus to named accounts, or confine "*" with aws:PrincipalOrgID.',
    terraform: `resource "aws_cloudwatch_event_bus_policy" "this" {
  event_bus_name = aws_cloudwatch_event_bus.this.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "events:PutEvents"
      Resource  = aws_cloudwatch_event_bus.this.arn
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abcdef1234" } }
    }]
  })
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::Events::EventBus'],
  aliases: { checkov: [], prowler: ['eventbridge_bus_exposed'] },
  notes: 'Judges the bus\'s Policy (aws_cloudwatch_event_bus_policy folds into its bus); single statements added with aws_cloudwatch_event_permission (AWS::Events::EventBusPolicy) are not judged yet. A bus without a policy passes.',
  condition: { predicate: 'resource-policy-not-public', property: 'Policy', what: 'the event bus policy' }
})
