import { builtinRule } from '../declarative/builtin.js'

export const dmsReplicationInstanceMultiAz = builtinRule({
  id: 'dms-replication-instance-multi-az',
  title: 'DMS replication instance is deployed in multiple Availability Zones',
  severity: 'medium',
  description: 'Checks that the replication instance keeps a standby in a second Availability Zone (MultiAZ is true; false when not set).',
  risk: 'A single-AZ replication instance stops every migration and ongoing replication task on it when its zone or host fails.',
  remediation: {
    text: 'Enable Multi-AZ on the replication instance.',
    terraform: `resource "aws_dms_replication_instance" "this" {
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
  multi_az                   = true
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::DMS::ReplicationInstance'],
  aliases: { checkov: [], prowler: ['dms_instance_multi_az_enabled'] },
  condition: { property: 'MultiAZ', equals: true, default: false },
  messages: {
    pass: 'Replication instance {name} is Multi-AZ',
    fail: 'Replication instance {name} is in a single Availability Zone (MultiAZ is {value})',
    unknown: 'whether the instance is Multi-AZ'
  }
})
