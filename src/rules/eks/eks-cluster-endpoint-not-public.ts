import { builtinRule } from '../declarative/builtin.js'

export const eksClusterEndpointNotPublic = builtinRule({
  id: 'eks-cluster-endpoint-not-public',
  title: 'EKS cluster API endpoint is not publicly accessible',
  severity: 'high',
  description: 'Checks that the cluster turns its public Kubernetes API endpoint off (ResourcesVpcConfig.EndpointPublicAccess false).',
  risk: 'A public API server endpoint can be reached from the internet: a leaked credential or an API server vulnerability is exploitable from anywhere.',
  remediation: {
    text: 'Turn the public endpoint off and the private one on; reach the API from inside the VPC (a bastion, a VPN or Direct Connect).',
    terraform: `resource "aws_eks_cluster" "this" {
  name     = "app"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids              = [aws_subnet.a.id, aws_subnet.b.id]
    endpoint_public_access  = false
    endpoint_private_access = true
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EKS::Cluster'],
  aliases: { checkov: ['CKV_AWS_39'], prowler: [] },
  notes:
    'EndpointPublicAccess defaults to true: a cluster that does not set it fails. A public endpoint confined to a few CIDR ranges still fails here; eks-cluster-endpoint-not-open-to-internet judges that weaker requirement (Prowler\'s eks_cluster_not_publicly_accessible). FSBP EKS.1 is this check (Prowler maps it to a check it has since renamed).',
  condition: { property: 'ResourcesVpcConfig.EndpointPublicAccess', equals: false, default: true },
  messages: {
    pass: 'Cluster {name} has no public API endpoint',
    fail: 'Cluster {name} has a public API endpoint',
    unknown: 'whether the API endpoint is public'
  }
})
