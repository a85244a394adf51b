import { builtinRule } from '../declarative/builtin.js'

export const mskClusterInTransitEncryption = builtinRule({
  id: 'msk-cluster-in-transit-encryption',
  title: 'MSK cluster encrypts data in transit',
  severity: 'high',
  description: 'Checks that the cluster accepts only TLS between clients and brokers (EncryptionInfo.EncryptionInTransit.ClientBroker TLS) and encrypts traffic between its brokers (InCluster).',
  risk: 'Plaintext Kafka traffic can be read or altered by anyone on the network path between clients and brokers, or between brokers.',
  remediation: {
    text: 'Set client-broker encryption to TLS and keep in-cluster encryption on (changing InCluster replaces the cluster).',
    terraform: `resource "aws_msk_cluster" "this" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = var.subnet_ids
    security_groups = [aws_security_group.kafka.id]
  }
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::MSK::Cluster'],
  aliases: { checkov: ['CKV_AWS_81'], prowler: ['kafka_cluster_in_transit_encryption_enabled'] },
  notes: 'A cluster without encryption settings gets AWS\'s defaults (TLS, in-cluster encryption on) and passes. Checkov\'s CKV_AWS_81 fails a cluster without an encryption_info block; MSK always encrypts data at rest and defaults to TLS in transit, so such a cluster passes here. A customer-managed key at rest is msk-cluster-cmk-encrypted\'s concern.',
  condition: {
    'all-of': [
      { property: 'EncryptionInfo.EncryptionInTransit.ClientBroker', equals: 'TLS', default: 'TLS' },
      { property: 'EncryptionInfo.EncryptionInTransit.InCluster', equals: true, default: true }
    ]
  },
  messages: {
    pass: 'Cluster {name} encrypts traffic in transit with TLS',
    fail: { 'EncryptionInfo.EncryptionInTransit.ClientBroker': 'Cluster {name} accepts client traffic that is not TLS (ClientBroker: {value})', 'EncryptionInfo.EncryptionInTransit.InCluster': 'Cluster {name} does not encrypt traffic between its brokers' },
    unknown: { 'EncryptionInfo.EncryptionInTransit.ClientBroker': 'the client-broker encryption', 'EncryptionInfo.EncryptionInTransit.InCluster': 'the in-cluster encryption' }
  }
})
