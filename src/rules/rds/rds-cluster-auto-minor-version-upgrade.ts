import { builtinRule } from '../declarative/builtin.js'

export const rdsClusterAutoMinorVersionUpgrade = builtinRule({
  id: 'rds-cluster-auto-minor-version-upgrade',
  title: 'RDS DB cluster applies minor engine upgrades automatically',
  severity: 'medium',
  description: 'Checks that the DB cluster receives minor engine versions (security fixes) in its maintenance window (AutoMinorVersionUpgrade).',
  risk: 'Without automatic minor upgrades known database engine vulnerabilities stay unpatched until someone acts.',
  remediation: {
    text: 'Remove auto_minor_version_upgrade = false from the cluster (the default is true), and keep it on for the cluster\'s instances too.',
    terraform: `resource "aws_rds_cluster" "this" {
  cluster_identifier          = "app"
  engine                      = "postgres"
  db_cluster_instance_class   = "db.m6gd.large"
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 1000
  master_username             = "app_owner"
  manage_master_user_password = true
  auto_minor_version_upgrade  = true
}`
  },
  categories: ['vulnerabilities'],
  'resource-types': ['AWS::RDS::DBCluster'],
  aliases: { checkov: [], prowler: ['rds_cluster_minor_version_upgrade_enabled'] },
  notes:
    'Prowler judges Multi-AZ clusters only; RDS now takes the setting on Aurora clusters too, so every cluster is judged here. An absent AutoMinorVersionUpgrade passes: the RDS default is true. Instances have their own setting (rds-instance-auto-minor-version-upgrade).',
  condition: { property: 'AutoMinorVersionUpgrade', 'not-equals': false },
  messages: {
    pass: 'DB cluster {name} applies minor version upgrades automatically',
    fail: 'DB cluster {name} does not apply minor version upgrades automatically',
    unknown: 'the automatic minor version upgrade setting'
  }
})
