import { builtinRule } from '../declarative/builtin.js'
import { DEFAULT_ADMIN_USERNAMES } from './defaults.js'

export const rdsClusterCustomAdminUsername = builtinRule({
  id: 'rds-cluster-custom-admin-username',
  title: 'RDS DB cluster does not use a default administrator name',
  severity: 'medium',
  description: `Checks that the DB cluster's master user name is not one of the well-known defaults (${DEFAULT_ADMIN_USERNAMES.join(', ')}).`,
  risk: 'A default administrator name is the first guess of every password-spraying tool: the attacker then only has the password to find.',
  remediation: {
    text: 'Choose an administrator name of your own (the name cannot be changed: restore a snapshot into a new cluster with another name).',
    terraform: `resource "aws_rds_cluster" "this" {
  cluster_identifier          = "app"
  engine                      = "aurora-postgresql"
  master_username             = "app_owner"
  manage_master_user_password = true
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::RDS::DBCluster'],
  aliases: { checkov: [], prowler: ['rds_cluster_default_admin'] },
  notes:
    'Names compare without case. Prowler flags admin and postgres; we add the other console defaults (root, sa, master...). A cluster that states no user name (a secondary of a global cluster, a restore) passes.',
  condition: { property: 'MasterUsername', 'not-in': [...DEFAULT_ADMIN_USERNAMES], 'ignore-case': true },
  messages: {
    pass: 'DB cluster {name} has its own administrator name',
    fail: 'DB cluster {name} uses the default administrator name {value}',
    unknown: 'the master user name'
  }
})
