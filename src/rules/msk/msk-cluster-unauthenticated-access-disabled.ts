import { builtinRule } from '../declarative/builtin.js'

export const mskClusterUnauthenticatedAccessDisabled = builtinRule({
  id: 'msk-cluster-unauthenticated-access-disabled',
  title: 'MSK cluster does not accept unauthenticated clients',
  severity: 'high',
  description: 'Checks that the cluster requires clients to authenticate (IAM, SASL/SCRAM or TLS certificates) and does not also allow unauthenticated access (ClientAuthentication.Unauthenticated.Enabled).',
  risk: 'Any client that can reach the brokers can read and write every topic without proving who it is.',
  remediation: {
    text: 'Configure IAM, SASL/SCRAM or mutual TLS authentication and turn unauthenticated access off.',
    terraform: `resource "aws_msk_cluster" "this" {
  # ...
  client_authentication {
    unauthenticated = false
    sasl {
      iam = true
    }
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::MSK::Cluster'],
  aliases: { checkov: [], prowler: ['kafka_cluster_unrestricted_access_disabled'] },
  notes: 'A cluster without ClientAuthentication allows unauthenticated access (MSK\'s default) and fails; one that configures an authentication method without mentioning unauthenticated access passes.',
  condition: {
    'any-of': [
      { property: 'ClientAuthentication.Unauthenticated.Enabled', equals: false },
      { 'all-of': [{ property: 'ClientAuthentication', exists: true }, { property: 'ClientAuthentication.Unauthenticated.Enabled', exists: false }] }
    ]
  },
  messages: {
    pass: 'Cluster {name} requires clients to authenticate',
    fail: 'Cluster {name} accepts unauthenticated clients',
    unknown: 'the client authentication settings'
  }
})
