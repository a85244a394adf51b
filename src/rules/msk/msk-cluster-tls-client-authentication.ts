import { builtinRule } from '../declarative/builtin.js'

export const mskClusterTlsClientAuthentication = builtinRule({
  id: 'msk-cluster-tls-client-authentication',
  title: 'MSK cluster authenticates clients with TLS certificates',
  severity: 'low',
  description: 'Checks that the cluster authenticates clients with certificates from an AWS Private CA (ClientAuthentication.Tls.CertificateAuthorityArnList).',
  risk: 'Without mutual TLS, a client\'s identity rests on passwords or IAM alone, and brokers accept connections from any certificate-less client allowed otherwise.',
  remediation: {
    text: 'Configure TLS client authentication with one or more AWS Private CA certificate authorities.',
    terraform: `resource "aws_msk_cluster" "this" {
  # ...
  client_authentication {
    tls {
      certificate_authority_arns = [aws_acmpca_certificate_authority.kafka.arn]
    }
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::MSK::Cluster'],
  aliases: { checkov: [], prowler: ['kafka_cluster_mutual_tls_authentication_enabled'] },
  condition: { property: 'ClientAuthentication.Tls.CertificateAuthorityArnList', empty: false },
  messages: {
    pass: 'Cluster {name} authenticates clients with TLS certificates',
    fail: 'Cluster {name} does not authenticate clients with TLS certificates',
    unknown: 'the TLS client authentication'
  }
})
