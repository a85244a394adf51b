import { builtinRule } from '../declarative/builtin.js'

export const neptuneClusterDeletionProtection = builtinRule({
  id: 'neptune-cluster-deletion-protection',
  title: 'Neptune DB cluster has deletion protection enabled',
  severity: 'medium',
  description: 'Checks that the Neptune cluster cannot be deleted until deletion protection is turned off (DeletionProtection).',
  risk: 'A mistaken terraform destroy, console click or script can delete the cluster, and its automated backups with it.',
  remediation: {
    text: 'Set deletion_protection = true on the cluster.',
    terraform: `resource "aws_neptune_cluster" "this" {
  cluster_identifier  = "graph"
  engine              = "neptune"
  storage_encrypted   = true
  deletion_protection = true
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::Neptune::DBCluster'],
  aliases: { checkov: ['CKV2_AWS_58'], prowler: ['neptune_cluster_deletion_protection'] },
  notes: 'An absent DeletionProtection fails: the default is off.',
  condition: { property: 'DeletionProtection', equals: true, default: false },
  messages: {
    pass: 'Neptune cluster {name} has deletion protection',
    fail: 'Neptune cluster {name} has no deletion protection',
    unknown: 'the deletion protection'
  }
})
