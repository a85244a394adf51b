import { builtinRule } from '../declarative/builtin.js'

export const rdsClusterBacktrackEnabled = builtinRule({
  id: 'rds-cluster-backtrack-enabled',
  title: 'Aurora MySQL DB cluster has backtracking enabled',
  severity: 'low',
  description: 'Checks that an Aurora MySQL cluster keeps a backtrack window (BacktrackWindow greater than 0), so it can be rewound in place to a point in time.',
  risk: 'Without backtracking, undoing a bad migration or a destructive query means restoring a new cluster from backups, which takes hours and changes endpoints.',
  remediation: {
    text: 'Set backtrack_window (in seconds, up to 259200 = 72 hours). Backtracking can only be turned on when the cluster is created or restored.',
    terraform: `resource "aws_rds_cluster" "this" {
  cluster_identifier          = "app"
  engine                      = "aurora-mysql"
  master_username             = "app_owner"
  manage_master_user_password = true
  backtrack_window            = 86400
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::RDS::DBCluster'],
  aliases: { checkov: ['CKV_AWS_326'], prowler: ['rds_cluster_backtrack_enabled'] },
  notes:
    'Only Aurora MySQL (engine aurora or aurora-mysql) supports backtracking; other clusters get no verdict. An absent BacktrackWindow fails: the default, 0, turns it off.',
  'applies-when': { property: 'Engine', in: ['aurora', 'aurora-mysql'] },
  condition: { property: 'BacktrackWindow', 'greater-than': 0, default: 0 },
  messages: {
    pass: 'DB cluster {name} can backtrack {value} seconds',
    fail: 'DB cluster {name} has backtracking off (BacktrackWindow {value})',
    unknown: 'the backtrack window'
  }
})
