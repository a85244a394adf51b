import { builtinRule } from '../declarative/builtin.js'
import { AURORA_MEMBER } from './aurora.js'

export const rdsInstanceMultiAz = builtinRule({
  id: 'rds-instance-multi-az',
  title: 'RDS DB instance is deployed in multiple Availability Zones',
  severity: 'medium',
  description: 'Checks that the DB instance has a standby in another Availability Zone (MultiAZ is true).',
  risk: 'A single-AZ database goes down with its zone or host, and maintenance causes downtime.',
  remediation: {
    text: 'Set multi_az = true.',
    terraform: `resource "aws_db_instance" "this" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  multi_az          = true
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_157'], prowler: ['rds_instance_multi_az'] },
  notes: 'Aurora members are skipped: availability is a property of the cluster and its instances together.',
  'applies-when': { not: AURORA_MEMBER },
  condition: { property: 'MultiAZ', equals: true },
  messages: {
    pass: 'DB instance {name} is Multi-AZ',
    fail: 'DB instance {name} runs in a single Availability Zone',
    unknown: 'the Multi-AZ setting'
  }
})
