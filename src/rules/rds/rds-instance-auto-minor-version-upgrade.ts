import { builtinRule } from '../declarative/builtin.js'

export const rdsInstanceAutoMinorVersionUpgrade = builtinRule({
  id: 'rds-instance-auto-minor-version-upgrade',
  title: 'RDS DB instance applies minor engine upgrades automatically',
  severity: 'medium',
  description: 'Checks that the DB instance receives minor engine versions (security fixes) in its maintenance window.',
  risk: 'Without automatic minor upgrades known database engine vulnerabilities stay unpatched until someone acts.',
  remediation: {
    text: 'Set auto_minor_version_upgrade = true (the default).',
    terraform: `resource "aws_db_instance" "this" {
  identifier                 = "app"
  engine                     = "postgres"
  instance_class             = "db.t4g.micro"
  allocated_storage          = 20
  auto_minor_version_upgrade = true
}`
  },
  categories: ['vulnerabilities'],
  'resource-types': ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_226'], prowler: ['rds_instance_minor_version_upgrade_enabled'] },
  notes: 'An absent AutoMinorVersionUpgrade passes: the RDS default is true.',
  condition: { property: 'AutoMinorVersionUpgrade', 'not-equals': false },
  messages: {
    pass: 'DB instance {name} applies minor version upgrades automatically',
    fail: 'DB instance {name} does not apply minor version upgrades automatically',
    unknown: 'the automatic minor version upgrade setting'
  }
})
