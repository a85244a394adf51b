import { builtinRule } from '../declarative/builtin.js'

export const ecsClusterContainerInsightsEnabled = builtinRule({
  id: 'ecs-cluster-container-insights-enabled',
  title: 'ECS cluster has Container Insights enabled',
  severity: 'medium',
  description: 'Checks that the cluster setting containerInsights is enabled or enhanced.',
  risk: 'Without Container Insights the cluster\'s tasks and services leave no CPU, memory, network or restart metrics: failures and abuse (a crypto miner in a task) go unnoticed.',
  remediation: {
    text: 'Add the cluster setting containerInsights with the value enabled (or enhanced).',
    terraform: `resource "aws_ecs_cluster" "this" {
  name = "app"
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::ECS::Cluster'],
  aliases: { checkov: ['CKV_AWS_65'], prowler: ['ecs_cluster_container_insights_enabled'] },
  notes:
    'A cluster without the setting fails, even where the account default (aws ecs put-account-setting containerInsights) would turn it on: the account setting is not part of the cluster\'s configuration. Checkov accepts only "enabled"; "enhanced" (Container Insights with enhanced observability) passes here, as in Prowler.',
  condition: {
    property: 'ClusterSettings',
    some: { 'all-of': [{ property: 'Name', equals: 'containerInsights' }, { property: 'Value', in: ['enabled', 'enhanced'] }] }
  },
  messages: {
    pass: 'Cluster {name} has Container Insights enabled',
    fail: 'Cluster {name} does not have Container Insights enabled',
    unknown: 'the containerInsights setting'
  }
})
