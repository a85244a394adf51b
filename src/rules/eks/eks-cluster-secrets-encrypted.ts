import { builtinRule } from '../declarative/builtin.js'

export const eksClusterSecretsEncrypted = builtinRule({
  id: 'eks-cluster-secrets-encrypted',
  title: 'EKS cluster encrypts Kubernetes secrets with a KMS key',
  severity: 'medium',
  description: 'Checks that the cluster has an EncryptionConfig whose Resources include "secrets" (envelope encryption with a KMS key).',
  risk: 'Without envelope encryption, Kubernetes secrets are protected in etcd only by EBS-level encryption: anyone who can read etcd or its backups reads them.',
  remediation: {
    text: 'Add an encryption_config for "secrets" with a customer managed KMS key.',
    terraform: `resource "aws_eks_cluster" "this" {
  name     = "app"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::EKS::Cluster'],
  aliases: { checkov: ['CKV_AWS_58'], prowler: ['eks_cluster_kms_cmk_encryption_in_secrets_enabled'] },
  notes: 'Since Kubernetes 1.28 EKS encrypts all API data with an AWS owned key by default; this rule asks, as FSBP EKS.3 does, for envelope encryption of secrets with a KMS key the account controls.',
  condition: { property: 'EncryptionConfig', some: { property: 'Resources', contains: 'secrets' } },
  messages: {
    pass: 'Cluster {name} encrypts Kubernetes secrets with a KMS key',
    fail: 'Cluster {name} does not encrypt Kubernetes secrets with a KMS key',
    unknown: 'the secrets encryption configuration'
  }
})
