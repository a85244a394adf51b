import { builtinRule } from '../declarative/builtin.js'

export const athenaWorkgroupMetricsEnabled = builtinRule({
  id: 'athena-workgroup-metrics-enabled',
  title: 'Athena workgroup publishes query metrics to CloudWatch',
  severity: 'low',
  description:
    'Checks that the workgroup publishes its query metrics to CloudWatch (WorkGroupConfiguration.PublishCloudWatchMetricsEnabled is true).',
  risk: 'Without metrics, unusual query volume or data scanned (a runaway job, data being pulled out) goes unnoticed and cannot be alarmed on.',
  remediation: {
    text: 'Enable CloudWatch metrics on the workgroup.',
    terraform: `resource "aws_athena_workgroup" "this" {
  name = "analysts"
  configuration {
    publish_cloudwatch_metrics_enabled = true
  }
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::Athena::WorkGroup'],
  aliases: { checkov: [], prowler: ['athena_workgroup_logging_enabled'] },
  notes:
    'A workgroup whose CloudFormation template leaves the flag out fails (the schema states no default); Terraform\'s provider turns it on when not set, and a live read returns the effective value.',
  condition: { property: 'WorkGroupConfiguration.PublishCloudWatchMetricsEnabled', equals: true },
  messages: {
    pass: 'Workgroup {name} publishes query metrics to CloudWatch',
    fail: 'Workgroup {name} does not publish query metrics to CloudWatch',
    unknown: 'whether CloudWatch metrics are published'
  }
})
