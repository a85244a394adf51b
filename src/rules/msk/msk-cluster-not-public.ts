import { builtinRule } from '../declarative/builtin.js'

export const mskClusterNotPublic = builtinRule({
  id: 'msk-cluster-not-public',
  title: 'MSK cluster brokers are not reachable from the internet',
  severity: 'critical',
  description: 'Checks that the cluster does not give its brokers public IP addresses (BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type other than SERVICE_PROVIDED_EIPS).',
  risk: 'Brokers with public addresses can be reached from the internet; only authentication and security groups stand between them and anyone.',
  remediation: {
    text: 'Turn public access off (Type DISABLED) and reach the cluster through the VPC, private connectivity or a VPN.',
    terraform: `resource "aws_msk_cluster" "this" {
  # ...
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = var.subnet_ids
    security_groups = [aws_security_group.kafka.id]
    connectivity_info {
      public_access {
        type = "DISABLED"
      }
    }
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::MSK::Cluster'],
  aliases: { checkov: ['CKV_AWS_291'], prowler: ['kafka_cluster_is_public'] },
  condition: { property: 'BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type', 'not-equals': 'SERVICE_PROVIDED_EIPS', default: 'DISABLED' },
  messages: {
    pass: 'Cluster {name} has no public broker addresses',
    fail: 'Cluster {name} gives its brokers public IP addresses',
    unknown: 'the public access setting'
  }
})
