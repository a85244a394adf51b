import { builtinRule } from '../declarative/builtin.js'

export const redshiftClusterNonDefaultAdminUsername = builtinRule({
  id: 'redshift-cluster-non-default-admin-username',
  title: 'Redshift cluster does not use the default admin user name',
  severity: 'medium',
  description: 'Checks that the Redshift cluster\'s admin user is not named awsuser, the name the console suggests.',
  risk: 'A well-known admin name leaves only the password to guess in a brute-force or credential-stuffing attack.',
  remediation: {
    text: 'Create the cluster with an admin user name of your own (the name cannot be changed later: restore a snapshot into a new cluster).',
    terraform: `resource "aws_redshift_cluster" "this" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.large"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  master_username        = "warehouse_admin"
}`
  },
  categories: ['access-control'],
  'resource-types': ['AWS::Redshift::Cluster'],
  aliases: { checkov: [], prowler: ['redshift_cluster_non_default_username'] },
  condition: { property: 'MasterUsername', 'not-equals': 'awsuser', 'ignore-case': true },
  messages: {
    pass: 'Redshift cluster {name} has a non-default admin user name',
    fail: 'Redshift cluster {name} uses the default admin user name awsuser',
    unknown: 'the admin user name'
  }
})
