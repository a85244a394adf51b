import { builtinRule } from '../declarative/builtin.js'
import { UNSUPPORTED_EKS_VERSIONS, VERSION_LIST_TAKEN } from './versions.js'

export const eksClusterSupportedVersion = builtinRule({
  id: 'eks-cluster-supported-version',
  title: 'EKS cluster runs a Kubernetes version AWS still supports',
  severity: 'high',
  description: `Checks that the cluster's Kubernetes version has not passed the end of EKS extended support (as of ${VERSION_LIST_TAKEN}: 1.32 or later).`,
  risk: 'A version out of support gets no security patches; AWS upgrades such clusters on its own schedule, which can break workloads at a time nobody chose.',
  remediation: {
    text: 'Upgrade the control plane one minor version at a time to a supported version, then the node groups and add-ons.',
    terraform: `resource "aws_eks_cluster" "this" {
  name     = "app"
  role_arn = aws_iam_role.cluster.arn
  version  = "1.34"
  vpc_config {
    subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
  }
}`
  },
  categories: ['vulnerabilities'],
  'resource-types': ['AWS::EKS::Cluster'],
  aliases: { checkov: ['CKV_AWS_339'], prowler: ['eks_cluster_uses_a_supported_version'] },
  notes:
    'Versions in extended support pass (AWS still patches them, at a cost). The list is dated in src/rules/eks/versions.ts; Prowler compares with a configurable oldest version (1.28 by default) and Checkov with its own list, so either may differ on a version near the edge. In .tf code a cluster without Version passes (EKS creates it with the latest version); in a plan the provider may leave that version known only after apply, and the answer is then unknown.',
  condition: { property: 'Version', 'not-in': [...UNSUPPORTED_EKS_VERSIONS] },
  messages: {
    pass: 'Cluster {name} runs a supported Kubernetes version',
    fail: 'Cluster {name} runs Kubernetes {value}, past the end of EKS support',
    unknown: 'the Kubernetes version'
  }
})
