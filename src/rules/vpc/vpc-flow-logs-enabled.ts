import { builtinRule } from '../declarative/builtin.js'

export const vpcFlowLogsEnabled = builtinRule({
  id: 'vpc-flow-logs-enabled',
  title: 'VPC has flow logs enabled',
  severity: 'medium',
  description: 'Checks that at least one flow log (AWS::EC2::FlowLog with ResourceType VPC) records the traffic of the VPC.',
  risk: 'Without flow logs there is no record of network connections to investigate an intrusion or data exfiltration.',
  remediation: {
    text: 'Add a flow log for the VPC (traffic type ALL or at least REJECT) to CloudWatch Logs or S3.',
    terraform: `resource "aws_flow_log" "this" {
  vpc_id               = aws_vpc.this.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow_logs.arn
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::EC2::VPC'],
  aliases: { checkov: ['CKV2_AWS_11'], prowler: ['vpc_flow_logs_enabled'] },
  notes:
    'Joins AWS::EC2::FlowLog on ResourceType VPC and ResourceId = VpcId, or, in Terraform, on a ResourceId expression referring to the VPC (Resource.references). A VPC the plan creates has no id yet: a flow log whose ResourceId is unknown and refers to no known resource, or to several VPCs (`cond ? aws_vpc.a.id : aws_vpc.b.id` names one of them), makes the answer unknown; without such a log the VPC fails. Any traffic type counts. Prowler only reports VPCs in use; we judge every VPC.',
  condition: { predicate: 'vpc-has-flow-log' }
})
