import { builtinRule } from '../declarative/builtin.js'

export const dmsReplicationInstanceAutoMinorUpgrade = builtinRule({
  id: 'dms-replication-instance-auto-minor-upgrade',
  title: 'DMS replication instance applies minor engine upgrades automatically',
  severity: 'medium',
  description:
    'Checks that the replication instance takes minor engine versions in its maintenance window (AutoMinorVersionUpgrade is true; DMS\'s default when not set).',
  risk: 'An instance that skips minor versions keeps the security fixes it lacks until someone upgrades it by hand.',
  remediation: {
    text: 'Turn on automatic minor version upgrades.',
    terraform: `resource "aws_dms_replication_instance" "this" {
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
  auto_minor_version_upgrade = true
}`
  },
  categories: ['vulnerabilities'],
  'resource-types': ['AWS::DMS::ReplicationInstance'],
  aliases: { checkov: ['CKV_AWS_222'], prowler: ['dms_instance_minor_version_upgrade_enabled'] },
  notes: 'Unlike Checkov, an instance that does not set the flag passes: the DMS API turns automatic minor upgrades on by default.',
  condition: { property: 'AutoMinorVersionUpgrade', equals: true, default: true },
  messages: {
    pass: 'Replication instance {name} applies minor engine upgrades automatically',
    fail: 'Replication instance {name} does not apply minor engine upgrades automatically (AutoMinorVersionUpgrade is {value})',
    unknown: 'whether automatic minor version upgrades are on'
  }
})
