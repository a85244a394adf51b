// The CIS AWS monitoring controls (v3.0 section 4, v4.0 4.1) are one check on fifteen kinds of events: one document,
// written once, for the fifteen rule files cloudwatch-alarm-<events>.ts.
import { builtinRule } from '../declarative/builtin.js'
import { MONITORED_EVENTS } from '../predicates/trail-events-alarmed.js'

/** Each kind of events: its Prowler check (the CIS references follow from it). */
const PROWLER: Readonly<Record<string, string>> = {
  'unauthorized-api-calls': 'cloudwatch_log_metric_filter_unauthorized_api_calls',
  'console-sign-in-without-mfa': 'cloudwatch_log_metric_filter_sign_in_without_mfa',
  'root-usage': 'cloudwatch_log_metric_filter_root_usage',
  'iam-policy-changes': 'cloudwatch_log_metric_filter_policy_changes',
  'cloudtrail-changes': 'cloudwatch_log_metric_filter_and_alarm_for_cloudtrail_configuration_changes_enabled',
  'console-authentication-failures': 'cloudwatch_log_metric_filter_authentication_failures',
  'cmk-disable-or-deletion': 'cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk',
  's3-bucket-policy-changes': 'cloudwatch_log_metric_filter_for_s3_bucket_policy_changes',
  'config-changes': 'cloudwatch_log_metric_filter_and_alarm_for_aws_config_configuration_changes_enabled',
  'security-group-changes': 'cloudwatch_log_metric_filter_security_group_changes',
  'network-acl-changes': 'cloudwatch_changes_to_network_acls_alarm_configured',
  'network-gateway-changes': 'cloudwatch_changes_to_network_gateways_alarm_configured',
  'route-table-changes': 'cloudwatch_changes_to_network_route_tables_alarm_configured',
  'vpc-changes': 'cloudwatch_changes_to_vpcs_alarm_configured',
  'organizations-changes': 'cloudwatch_log_metric_filter_aws_organizations_changes'
}

export function eventsAlarmedRule(events: keyof typeof MONITORED_EVENTS & string) {
  const { what, terms } = MONITORED_EVENTS[events]
  return builtinRule({
    id: `cloudwatch-alarm-${events}`,
    title: `An alarm watches ${what}`,
    severity: 'medium',
    description: `Checks that a multi-region CloudTrail trail sends its events to CloudWatch Logs, that a metric filter on that log group matches ${what} (the terms of the CIS filter pattern: ${terms.join(', ')}), and that an alarm with an action watches the filter's metric.`,
    risk: `Without an alarm, ${what} go unnoticed until someone reads the logs: the time to respond to a mistake or an intrusion grows from minutes to days.`,
    remediation: {
      text: "Send the trail's events to a CloudWatch Logs group, add a metric filter with the CIS pattern, and an alarm on its metric that notifies an SNS topic someone reads.",
      terraform: `resource "aws_cloudwatch_log_metric_filter" "${events.replace(/-/g, '_')}" {
  name           = "${events}"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ ${terms.slice(0, 2).map((t) => t.replace(/^(\$\.[A-Za-z.]+)(!?=)(.*)$/, '($1 $2 "$3")')).join(' || ')} }"

  metric_transformation {
    name      = "${events}"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "${events.replace(/-/g, '_')}" {
  alarm_name          = "${events}"
  metric_name         = "${events}"
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.security.arn]
}`
    },
    categories: ['logging', 'forensics-ready'],
    'resource-types': ['AWS::CloudTrail::Trail'],
    aliases: { checkov: [], prowler: [PROWLER[events]] },
    notes:
      "Judged per multi-region trail (single-region ones are cloudtrail-multi-region-enabled's), as CIS's audit goes: trail, log group, metric filter, alarm. A filter passes when its pattern names every term of CIS's pattern (spaces and quotes aside), as Prowler's regular expressions check; a broader pattern passes too. Whether the alarm's SNS topic has a subscriber is not checked (CIS asks it in prose). Outside a live scan a trail is judged only when the configuration manages a metric filter: monitoring often lives in a stack of its own.",
    condition: { predicate: 'trail-events-alarmed', events }
  })
}
