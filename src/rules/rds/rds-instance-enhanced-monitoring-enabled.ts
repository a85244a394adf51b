import { builtinRule } from '../declarative/builtin.js'

export const rdsInstanceEnhancedMonitoringEnabled = builtinRule({
  id: 'rds-instance-enhanced-monitoring-enabled',
  title: 'RDS DB instance has Enhanced Monitoring',
  severity: 'low',
  description:
    'Checks that the DB instance collects Enhanced Monitoring metrics (operating-system CPU, memory, file system and process figures), that is a MonitoringInterval greater than 0.',
  risk: 'Without operating-system metrics, resource exhaustion, runaway processes and some attacks (crypto-mining through a compromised database user) go unseen until the database fails.',
  remediation: {
    text: 'Set monitoring_interval (1, 5, 10, 15, 30 or 60 seconds) and a monitoring_role_arn whose role has the AmazonRDSEnhancedMonitoringRole policy.',
    terraform: `resource "aws_db_instance" "this" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  monitoring_interval = 60
  monitoring_role_arn = aws_iam_role.rds_monitoring.arn
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_118'], prowler: ['rds_instance_enhanced_monitoring_enabled'] },
  notes: 'Aurora members are judged too: Enhanced Monitoring is set per instance. An absent MonitoringInterval fails: the default, 0, turns it off.',
  condition: { property: 'MonitoringInterval', 'greater-than': 0, default: 0 },
  messages: {
    pass: 'DB instance {name} collects Enhanced Monitoring metrics every {value} s',
    fail: 'DB instance {name} has Enhanced Monitoring off (MonitoringInterval {value})',
    unknown: 'the monitoring interval'
  }
})
