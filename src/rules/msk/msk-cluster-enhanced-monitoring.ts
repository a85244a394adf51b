import { builtinRule } from '../declarative/builtin.js'

export const mskClusterEnhancedMonitoring = builtinRule({
  id: 'msk-cluster-enhanced-monitoring',
  title: 'MSK cluster has enhanced monitoring',
  severity: 'low',
  description: 'Checks that the cluster collects more than the default level of CloudWatch metrics (EnhancedMonitoring PER_BROKER or finer).',
  risk: 'At the default level, per-broker and per-topic metrics that reveal a failing or overloaded broker are not collected.',
  remediation: {
    text: 'Set enhanced monitoring to PER_BROKER, PER_TOPIC_PER_BROKER or PER_TOPIC_PER_PARTITION.',
    terraform: `resource "aws_msk_cluster" "this" {
  # ...
  enhanced_monitoring = "PER_BROKER"
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::MSK::Cluster'],
  aliases: { checkov: [], prowler: ['kafka_cluster_enhanced_monitoring_enabled'] },
  condition: { property: 'EnhancedMonitoring', 'not-equals': 'DEFAULT', default: 'DEFAULT' },
  messages: {
    pass: 'Cluster {name} has enhanced monitoring ({value})',
    fail: 'Cluster {name} has only the default monitoring level',
    unknown: 'the monitoring level'
  }
})
