import { builtinRule } from '../declarative/builtin.js'

export const redshiftClusterVersionUpgrade = builtinRule({
  id: 'redshift-cluster-version-upgrade',
  title: 'Redshift cluster takes engine version upgrades automatically',
  severity: 'medium',
  description: 'Checks that the Redshift cluster allows major version upgrades during its maintenance window (AllowVersionUpgrade).',
  risk: 'A cluster that refuses upgrades keeps running an engine version without the latest security fixes.',
  remediation: {
    text: 'Allow version upgrades (the default), and choose a maintenance window that suits the workload.',
    terraform: `resource "aws_redshift_cluster" "this" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.large"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  allow_version_upgrade  = true
}`
  },
  categories: ['vulnerabilities'],
  'resource-types': ['AWS::Redshift::Cluster'],
  aliases: { checkov: ['CKV_AWS_141'], prowler: ['redshift_cluster_automatic_upgrades'] },
  notes: 'A cluster that does not set AllowVersionUpgrade takes upgrades (the service\'s and the AWS provider\'s default).',
  condition: { property: 'AllowVersionUpgrade', equals: true, default: true },
  messages: {
    pass: 'Redshift cluster {name} takes version upgrades',
    fail: 'Redshift cluster {name} refuses version upgrades',
    unknown: 'the version upgrade setting'
  }
})
