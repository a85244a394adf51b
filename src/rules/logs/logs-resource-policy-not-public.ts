import { builtinRule } from '../declarative/builtin.js'

export const logsResourcePolicyNotPublic = builtinRule({
  id: 'logs-resource-policy-not-public',
  title: 'CloudWatch Logs resource policy does not grant access to everyone',
  severity: 'high',
  description: 'Checks that no Allow statement of a CloudWatch Logs resource policy names Principal "*" (or uses NotPrincipal) without a condition confining it to an account, organisation, network or source.',
  risk: 'Anyone with an AWS account could write forged events into the log groups the policy covers, or read them, depending on the actions granted.',
  remediation: {
    text: 'Grant the policy to the AWS service that delivers logs (delivery.logs.amazonaws.com, events.amazonaws.com...) and confine it with aws:SourceAccount or aws:SourceArn.',
    terraform: `resource "aws_cloudwatch_log_resource_policy" "this" {
  policy_name = "route53-query-logging"
  policy_document = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "route53.amazonaws.com" }
      Action    = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource  = "arn:aws:logs:*:123456789012:log-group:/aws/route53/*"
      Condition = { StringEquals = { "aws:SourceAccount" = "123456789012" } }
    }]
  })
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::Logs::ResourcePolicy'],
  aliases: { checkov: [], prowler: ['cloudwatch_log_group_not_publicly_accessible'] },
  notes: 'Judges each of the account\'s CloudWatch Logs resource policies, where public grants to log groups live; Prowler reports the log groups such a policy covers.',
  condition: { predicate: 'resource-policy-not-public', property: 'PolicyDocument', what: 'the log resource policy' }
})
