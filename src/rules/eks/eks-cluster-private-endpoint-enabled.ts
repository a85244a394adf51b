import { builtinRule } from '../declarative/builtin.js'

export const eksClusterPrivateEndpointEnabled = builtinRule({
  id: 'eks-cluster-private-endpoint-enabled',
  title: 'EKS cluster has its private API endpoint enabled',
  severity: 'medium',
  description: 'Checks that the cluster enables private access to its Kubernetes API endpoint (ResourcesVpcConfig.EndpointPrivateAccess true).',
  risk: 'Without the private endpoint, nodes and pods reach the API server through the public endpoint: their traffic leaves the VPC and the public endpoint must stay open for them.',
  remediation: {
    text: 'Set endpoint_private_access = true (and then restrict or turn off the public endpoint).',
    terraform: `resource "aws_eks_cluster" "this" {
  name     = "app"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids              = [aws_subnet.a.id, aws_subnet.b.id]
    endpoint_private_access = true
  }
}`
  },
  categories: ['network'],
  'resource-types': ['AWS::EKS::Cluster'],
  aliases: { checkov: [], prowler: ['eks_cluster_private_nodes_enabled'] },
  notes: 'EndpointPrivateAccess defaults to false: a cluster that does not set it fails.',
  condition: { property: 'ResourcesVpcConfig.EndpointPrivateAccess', equals: true, default: false },
  messages: {
    pass: 'Cluster {name} has its private API endpoint enabled',
    fail: 'Cluster {name} does not enable its private API endpoint',
    unknown: 'whether the private API endpoint is enabled'
  }
})
