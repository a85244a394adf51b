import { builtinRule } from '../declarative/builtin.js'
import { AURORA_MEMBER } from './aurora.js'
import { DEFAULT_ADMIN_USERNAMES } from './defaults.js'

export const rdsInstanceCustomAdminUsername = builtinRule({
  id: 'rds-instance-custom-admin-username',
  title: 'RDS DB instance does not use a default administrator name',
  severity: 'medium',
  description: `Checks that the DB instance's master user name is not one of the well-known defaults (${DEFAULT_ADMIN_USERNAMES.join(', ')}).`,
  risk: 'A default administrator name is the first guess of every password-spraying tool: the attacker then only has the password to find.',
  remediation: {
    text: 'Choose an administrator name of your own (the name cannot be changed: create the instance anew or restore a snapshot under a new name).',
    terraform: `resource "aws_db_instance" "this" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app_owner"
  manage_master_user_password = true
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::RDS::DBInstance'],
  aliases: { checkov: [], prowler: ['rds_instance_default_admin'] },
  notes:
    'Names compare without case. Aurora members are skipped: the master user is the cluster\'s (rds-cluster-custom-admin-username). A read replica in code states no user name and passes; live it reports its source\'s and is judged on it. Prowler flags admin and postgres; we add the other console defaults (root, sa, master...).',
  'applies-when': { not: AURORA_MEMBER },
  condition: { property: 'MasterUsername', 'not-in': [...DEFAULT_ADMIN_USERNAMES], 'ignore-case': true },
  messages: {
    pass: 'DB instance {name} has its own administrator name',
    fail: 'DB instance {name} uses the default administrator name {value}',
    unknown: 'the master user name'
  }
})
