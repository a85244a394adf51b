import { builtinRule } from '../declarative/builtin.js'

export const ec2InstanceDetailedMonitoringEnabled = builtinRule({
  id: 'ec2-instance-detailed-monitoring-enabled',
  title: 'EC2 instance has detailed monitoring enabled',
  severity: 'low',
  description:
    'Checks that detailed CloudWatch monitoring is on for the instance (Monitoring is true), so its metrics are published every minute instead of every five.',
  risk: 'With five-minute metrics, alarms and Auto Scaling react late and short spikes (a runaway process, a burst of traffic or crypto-mining) are averaged away.',
  remediation: {
    text: 'Set monitoring = true on the instance (or in its launch template).',
    terraform: `resource "aws_instance" "this" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  monitoring    = true
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::EC2::Instance'],
  aliases: { checkov: ['CKV_AWS_126'], prowler: ['ec2_instance_detailed_monitoring_enabled'] },
  notes:
    'An absent Monitoring is false (the AWS default: basic monitoring), as with Checkov. An instance launched from a launch template that turns monitoring on, without saying so itself, fails in Terraform code: the instance\'s own setting is judged. Detailed monitoring is billed per metric.',
  condition: { property: 'Monitoring', equals: true, default: false },
  messages: {
    pass: 'Instance {name} has detailed monitoring enabled',
    fail: 'Instance {name} has only basic (five-minute) monitoring',
    unknown: 'the monitoring setting'
  }
})
