import { builtinRule } from '../declarative/builtin.js'

export const wafv2WebaclLoggingEnabled = builtinRule({
  id: 'wafv2-webacl-logging-enabled',
  title: 'WAF web ACL logs the requests it inspects',
  severity: 'medium',
  description:
    'Checks that a logging configuration (AWS::WAFv2::LoggingConfiguration) names the WAFv2 web ACL (ResourceArn = the ACL\'s Arn, or a Terraform reference to it).',
  risk: 'Without WAF logs there is no record of which requests were blocked or allowed and why: attacks cannot be investigated and false positives cannot be found.',
  remediation: {
    text: 'Send the web ACL\'s logs to CloudWatch Logs (a log group named aws-waf-logs-*), S3 or Firehose.',
    terraform: `resource "aws_wafv2_web_acl_logging_configuration" "this" {
  resource_arn            = aws_wafv2_web_acl.this.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::WAFv2::WebACL'],
  aliases: { checkov: ['CKV2_AWS_31'], prowler: ['wafv2_webacl_logging_enabled'] },
  notes:
    'Joins AWS::WAFv2::LoggingConfiguration on ResourceArn. A logging configuration whose ResourceArn is open and refers to no known resource makes the answer unknown. Live, the scan reads the logging configurations of the account with the web ACLs.',
  condition: { predicate: 'has-companion', type: 'AWS::WAFv2::LoggingConfiguration', key: 'ResourceArn', 'own-key': 'Arn', what: 'a logging configuration' },
  messages: {
    pass: 'Web ACL {name} logs the requests it inspects',
    fail: 'Web ACL {name} has no logging configuration'
  }
})
