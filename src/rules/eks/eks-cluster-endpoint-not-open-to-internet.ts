import { builtinRule } from '../declarative/builtin.js'

export const eksClusterEndpointNotOpenToInternet = builtinRule({
  id: 'eks-cluster-endpoint-not-open-to-internet',
  title: 'EKS cluster public API endpoint is not open to the whole internet',
  severity: 'high',
  description:
    'Checks that the cluster either has no public API endpoint, or limits it to CIDR ranges that do not include 0.0.0.0/0 (ResourcesVpcConfig.PublicAccessCidrs).',
  risk: 'A public API endpoint open to 0.0.0.0/0 lets anyone on the internet try credentials and exploits against the Kubernetes API server.',
  remediation: {
    text: 'Turn the public endpoint off, or list only your own ranges in public_access_cidrs.',
    terraform: `resource "aws_eks_cluster" "this" {
  name     = "app"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids              = [aws_subnet.a.id, aws_subnet.b.id]
    endpoint_public_access  = true
    endpoint_private_access = true
    public_access_cidrs     = ["203.0.113.0/24"]
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EKS::Cluster'],
  aliases: { checkov: ['CKV_AWS_38'], prowler: ['eks_cluster_not_publicly_accessible'] },
  notes:
    'EndpointPublicAccess defaults to true and PublicAccessCidrs to 0.0.0.0/0: a cluster that sets neither fails. In a plan, public_access_cidrs left unset is known only after apply (the provider computes it), so such a cluster is unknown there rather than failing.',
  condition: {
    'any-of': [
      { property: 'ResourcesVpcConfig.EndpointPublicAccess', equals: false, default: true },
      {
        'all-of': [
          { property: 'ResourcesVpcConfig.PublicAccessCidrs', empty: false },
          { property: 'ResourcesVpcConfig.PublicAccessCidrs', none: { equals: '0.0.0.0/0' } }
        ]
      }
    ]
  },
  messages: {
    pass: {
      'ResourcesVpcConfig.EndpointPublicAccess': 'Cluster {name} has no public API endpoint',
      'ResourcesVpcConfig.PublicAccessCidrs': 'Cluster {name} limits its public API endpoint to chosen CIDR ranges'
    },
    fail: 'Cluster {name} has a public API endpoint open to 0.0.0.0/0',
    unknown: {
      'ResourcesVpcConfig.EndpointPublicAccess': 'whether the API endpoint is public',
      'ResourcesVpcConfig.PublicAccessCidrs': 'the list of CIDR ranges the public API endpoint allows'
    }
  }
})
