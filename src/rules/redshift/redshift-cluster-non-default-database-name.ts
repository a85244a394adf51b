import { builtinRule } from '../declarative/builtin.js'

export const redshiftClusterNonDefaultDatabaseName = builtinRule({
  id: 'redshift-cluster-non-default-database-name',
  title: 'Redshift cluster does not use the default database name',
  severity: 'low',
  description: 'Checks that the Redshift cluster\'s first database is not named dev (DBName), the name a cluster gets when none is given.',
  risk: 'A well-known database name is one guess fewer for an attacker who reaches the cluster.',
  remediation: {
    text: 'Name the first database yourself (the name cannot be changed later: create a new database and move the data).',
    terraform: `resource "aws_redshift_cluster" "this" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.large"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  database_name          = "warehouse"
}`
  },
  categories: ['access-control'],
  'resource-types': ['AWS::Redshift::Cluster'],
  aliases: { checkov: ['CKV_AWS_320'], prowler: ['redshift_cluster_non_default_database_name'] },
  notes: 'A cluster that does not set DBName has the database dev (the service\'s and the AWS provider\'s default).',
  condition: { property: 'DBName', 'not-equals': 'dev', default: 'dev' },
  messages: {
    pass: 'Redshift cluster {name} has a database name of its own ({value})',
    fail: 'Redshift cluster {name} uses the default database name dev',
    unknown: 'the database name'
  }
})
