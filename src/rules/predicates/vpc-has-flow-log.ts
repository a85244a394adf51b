// vpc-has-flow-log: a join, not a property: an AWS::EC2::FlowLog of the inventory with ResourceType VPC names the
// VPC (ResourceId = VpcId, or a Terraform ResourceId expression that refers to it).
import type { PredicateDefinition } from '../declarative/predicates.js'
import { joinOn } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { holds, read } from '../support/read.js'

export const vpcHasFlowLog: PredicateDefinition = {
  name: 'vpc-has-flow-log',
  description:
    'An AWS::EC2::FlowLog of the inventory (ResourceType VPC) logs the VPC, joined on ResourceId = VpcId or a Terraform reference; a flow log whose ResourceId is open and refers to no known resource makes the answer unknown.',
  parameters: {},
  reads: ['VpcId'],
  judge(resource, view) {
    const isVpcLog = (log: Parameters<typeof read>[0]) => holds(read(log, 'ResourceType'), (t) => t === 'VPC')
    const { matches, undecided } = joinOn(view, 'AWS::EC2::FlowLog', 'ResourceId', resource, 'VpcId', isVpcLog)
    if (matches.length > 0) return pass(`VPC ${nameOf(resource)} has ${matches.length} flow log(s)`)
    if (undecided.length > 0) return unknownAt(resource, 'VpcId', 'which flow log belongs to the VPC')
    return fail(`VPC ${nameOf(resource)} has no flow logs`)
  }
}
