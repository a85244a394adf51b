import { builtinRule } from '../declarative/builtin.js'

export const docdbClusterDeletionProtection = builtinRule({
  id: 'docdb-cluster-deletion-protection',
  title: 'DocumentDB cluster has deletion protection enabled',
  severity: 'medium',
  description: 'Checks that the DocumentDB cluster cannot be deleted until deletion protection is turned off (DeletionProtection).',
  risk: 'A mistaken terraform destroy, console click or script can delete the cluster, and its automated backups with it.',
  remediation: {
    text: 'Set deletion_protection = true on the cluster.',
    terraform: `resource "aws_docdb_cluster" "this" {
  cluster_identifier          = "docs"
  engine                      = "docdb"
  master_username             = "app_owner"
  manage_master_user_password = true
  storage_encrypted           = true
  deletion_protection         = true
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::DocDB::DBCluster'],
  aliases: { checkov: [], prowler: ['documentdb_cluster_deletion_protection'] },
  notes: 'An absent DeletionProtection fails: the default is off.',
  condition: { property: 'DeletionProtection', equals: true, default: false },
  messages: {
    pass: 'DocumentDB cluster {name} has deletion protection',
    fail: 'DocumentDB cluster {name} has no deletion protection',
    unknown: 'the deletion protection'
  }
})
