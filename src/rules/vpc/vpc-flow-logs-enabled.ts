import { joinOn } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { holds, read } from '../support/read.js'

export const vpcFlowLogsEnabled: RuleDefinition = {
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
  resourceTypes: ['AWS::EC2::VPC'],
  aliases: { checkov: ['CKV2_AWS_11'], prowler: ['vpc_flow_logs_enabled'] },
  notes:
    'Joins AWS::EC2::FlowLog on ResourceType VPC and ResourceId = VpcId, or, in Terraform, on a ResourceId expression referring to the VPC (Resource.references). A VPC the plan creates has no id yet: a flow log whose ResourceId is unknown and refers to no known resource makes the answer unknown; without such a log the VPC fails. Any traffic type counts. Prowler only reports VPCs in use; we judge every VPC.',
  check(resource, view) {
    const isVpcLog = (log: Parameters<typeof read>[0]) => holds(read(log, 'ResourceType'), (t) => t === 'VPC')
    const { matches, undecided } = joinOn(view, 'AWS::EC2::FlowLog', 'ResourceId', resource, 'VpcId', isVpcLog)
    if (matches.length > 0) {
      return pass(`VPC ${nameOf(resource)} has ${matches.length} flow log(s)`)
    }
    if (undecided.length > 0) return unknownAt(resource, 'VpcId', 'which flow log belongs to the VPC')
    return fail(`VPC ${nameOf(resource)} has no flow logs`)
  }
}
