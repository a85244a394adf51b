import { builtinRule } from '../declarative/builtin.js'

export const daxClusterTlsEndpoint = builtinRule({
  id: 'dax-cluster-tls-endpoint',
  title: 'DAX cluster encrypts traffic to its endpoint with TLS',
  severity: 'medium',
  description: 'Checks that the DynamoDB Accelerator (DAX) cluster\'s endpoint accepts only TLS connections (ClusterEndpointEncryptionType TLS).',
  risk: 'Without TLS, requests and cached items cross the network between applications and the cluster in clear text.',
  remediation: {
    text: 'Create the cluster with TLS endpoint encryption (it cannot be changed later: replace the cluster) and connect with a TLS-capable client.',
    terraform: `resource "aws_dax_cluster" "this" {
  cluster_name       = "orders-cache"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.t3.small"
  replication_factor = 3
  cluster_endpoint_encryption_type = "TLS"
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::DAX::Cluster'],
  aliases: { checkov: ['CKV_AWS_239'], prowler: ['dynamodb_accelerator_cluster_in_transit_encryption_enabled'] },
  notes: 'A cluster without the setting has no endpoint encryption (NONE, the service\'s and the AWS provider\'s default).',
  condition: { property: 'ClusterEndpointEncryptionType', equals: 'TLS', default: 'NONE' },
  messages: {
    pass: 'DAX cluster {name} requires TLS',
    fail: 'DAX cluster {name} accepts unencrypted connections (endpoint encryption {value})',
    unknown: 'the endpoint encryption type'
  }
})
