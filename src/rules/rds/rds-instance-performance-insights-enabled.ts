import { builtinRule } from '../declarative/builtin.js'

export const rdsInstancePerformanceInsightsEnabled = builtinRule({
  id: 'rds-instance-performance-insights-enabled',
  title: 'RDS DB instance has Performance Insights enabled',
  severity: 'low',
  description: 'Checks that the DB instance records database load and top queries with Performance Insights (EnablePerformanceInsights).',
  risk: 'Without a record of database load and its queries, abusive or runaway queries (data scraping through a stolen account, a denial of service) are hard to see and to trace afterwards.',
  remediation: {
    text: 'Set performance_insights_enabled = true (7 days of history are free); a customer managed key may encrypt the data.',
    terraform: `resource "aws_db_instance" "this" {
  identifier                   = "app"
  engine                       = "postgres"
  instance_class               = "db.t4g.medium"
  allocated_storage            = 20
  performance_insights_enabled = true
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_353'], prowler: [] },
  notes:
    'Aurora members are judged too: Performance Insights is set per instance, and Checkov judges aws_rds_cluster_instance as well. An absent setting fails: it is off by default. A few small classes (db.t2/db.t3 micro and small) do not support it and fail.',
  condition: { property: 'EnablePerformanceInsights', equals: true, default: false },
  messages: {
    pass: 'DB instance {name} has Performance Insights enabled',
    fail: 'DB instance {name} has Performance Insights off',
    unknown: 'the Performance Insights setting'
  }
})
