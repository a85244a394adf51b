import { builtinRule } from '../declarative/builtin.js'

export const neptuneClusterIamAuthenticationEnabled = builtinRule({
  id: 'neptune-cluster-iam-authentication-enabled',
  title: 'Neptune DB cluster requires IAM database authentication',
  severity: 'medium',
  description: 'Checks that the Neptune cluster has IAM database authentication turned on (IamAuthEnabled), so every request is signed with IAM credentials.',
  risk: 'Without IAM authentication anyone who reaches the cluster endpoint in the VPC can query and change the graph: the network is the only control.',
  remediation: {
    text: 'Set iam_database_authentication_enabled = true and grant neptune-db:* actions to the roles that need the graph.',
    terraform: `resource "aws_neptune_cluster" "this" {
  cluster_identifier                  = "graph"
  engine                              = "neptune"
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::Neptune::DBCluster'],
  aliases: { checkov: ['CKV_AWS_359'], prowler: ['neptune_cluster_iam_authentication_enabled'] },
  notes: 'An absent IamAuthEnabled fails: the default is off.',
  condition: { property: 'IamAuthEnabled', equals: true, default: false },
  messages: {
    pass: 'Neptune cluster {name} requires IAM authentication',
    fail: 'Neptune cluster {name} does not require IAM authentication',
    unknown: 'the IAM authentication setting'
  }
})
