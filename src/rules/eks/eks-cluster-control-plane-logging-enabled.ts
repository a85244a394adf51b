import { builtinRule } from '../declarative/builtin.js'

const LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] as const

export const eksClusterControlPlaneLoggingEnabled = builtinRule({
  id: 'eks-cluster-control-plane-logging-enabled',
  title: 'EKS cluster sends every control plane log type to CloudWatch Logs',
  severity: 'medium',
  description: 'Checks that the cluster enables all five control plane log types: api, audit, authenticator, controllerManager and scheduler.',
  risk: 'Without the audit and authenticator logs there is no record of who did what through the Kubernetes API; without the others, control plane failures cannot be diagnosed.',
  remediation: {
    text: 'List every log type in enabled_cluster_log_types.',
    terraform: `resource "aws_eks_cluster" "this" {
  name                      = "app"
  role_arn                  = aws_iam_role.cluster.arn
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  vpc_config {
    subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
  }
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::EKS::Cluster'],
  aliases: { checkov: ['CKV_AWS_37'], prowler: ['eks_control_plane_logging_all_types_enabled'] },
  notes: 'Stricter than FSBP EKS.8, which asks for the audit log only: like Checkov and Prowler, every log type is required.',
  condition: {
    'all-of': LOG_TYPES.map((type) => ({ property: 'Logging.ClusterLogging.EnabledTypes', some: { property: 'Type', equals: type } }))
  },
  messages: {
    pass: 'Cluster {name} sends every control plane log type to CloudWatch Logs',
    fail: 'Cluster {name} does not send every control plane log type (api, audit, authenticator, controllerManager, scheduler) to CloudWatch Logs',
    unknown: 'the list of control plane log types'
  }
})
