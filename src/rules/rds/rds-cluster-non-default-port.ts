import { builtinRule } from '../declarative/builtin.js'

// Each engine family's default port; an absent Port is the default (CloudFormation: "Default: 3306 for MySQL, 5432 for PostgreSQL").
const MYSQL_FAMILY = ['aurora', 'aurora-mysql', 'mysql']
const POSTGRES_FAMILY = ['aurora-postgresql', 'postgres']

export const rdsClusterNonDefaultPort = builtinRule({
  id: 'rds-cluster-non-default-port',
  title: 'RDS DB cluster listens on a port other than its engine\'s default',
  severity: 'low',
  description: 'Checks that a MySQL-family cluster does not listen on 3306 and a PostgreSQL-family cluster not on 5432 (Port).',
  risk: 'Scanners look for databases on their default ports first; a custom port removes the cluster from the cheapest sweeps. It is no defence on its own.',
  remediation: {
    text: 'Set port to an unused port of your choice and open it in the cluster\'s security group (changing it restarts the cluster\'s endpoints).',
    terraform: `resource "aws_rds_cluster" "this" {
  cluster_identifier          = "app"
  engine                      = "aurora-postgresql"
  master_username             = "app_owner"
  manage_master_user_password = true
  port                        = 6543
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::RDS::DBCluster'],
  aliases: { checkov: [], prowler: ['rds_cluster_non_default_port'] },
  notes: 'Clusters of other engines get no verdict. An absent Port fails: the engine\'s default port is used.',
  'applies-when': { property: 'Engine', in: [...MYSQL_FAMILY, ...POSTGRES_FAMILY] },
  condition: {
    'all-of': [
      { 'any-of': [{ property: 'Engine', 'not-in': MYSQL_FAMILY }, { property: 'Port', 'not-equals': 3306, default: 3306 }] },
      { 'any-of': [{ property: 'Engine', 'not-in': POSTGRES_FAMILY }, { property: 'Port', 'not-equals': 5432, default: 5432 }] }
    ]
  },
  messages: {
    pass: 'DB cluster {name} listens on a port other than its engine\'s default',
    fail: 'DB cluster {name} listens on its engine\'s default port ({value})',
    unknown: { Engine: 'the engine', Port: 'the port' }
  }
})
