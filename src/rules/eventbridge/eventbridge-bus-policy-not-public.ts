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
  'resource-types': ['AWS::Events::EventBus', 'AWS::Events::EventBusPolicy'],
  aliases: { checkov: [], prowler: ['eventbridge_bus_exposed'] },
  notes:
    'Judges the bus\'s Policy (aws_cloudwatch_event_bus_policy folds into its bus; a bus without a policy passes) and each statement added on its own (AWS::Events::EventBusPolicy, aws_cloudwatch_event_permission): Principal "*" fails unless its Condition (aws:PrincipalOrgID, the only one EventBridge accepts there) confines it. A standalone statement written as a whole Statement object is not judged yet. Cloud Control has no handlers for AWS::Events::EventBusPolicy: the standalone statements are judged on Terraform and saved inventories (a live bus\'s Policy holds them all).',
  condition: {
    'all-of': [
      { 'for-types': ['AWS::Events::EventBus'], condition: { predicate: 'resource-policy-not-public', property: 'Policy', what: 'the event bus policy' } },
      {
        'for-types': ['AWS::Events::EventBusPolicy'],
        condition: { 'any-of': [{ property: 'Principal', 'not-equals': '*' }, { property: 'Condition.Value', matches: '.' }] }
      }
    ]
  }
})
