// EC2's write events (eventSource ec2.amazonaws.com). Shapes: CloudTrail log file examples
// (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-examples.html: StartInstances with
// requestParameters.instancesSet.items[].instanceId and responseElements.instancesSet.items[]), the EC2 API's
// Query names in lowerCamelCase (groupId, vpcId, subnetId, volumeId, snapshotId, imageId), EC2's list shape `{ items }`.
// Quirks, named:
// - The newer EC2 actions wrap their request: ModifySecurityGroupRules as
//   requestParameters.ModifySecurityGroupRulesRequest.GroupId, AssociateIamInstanceProfile as
//   AssociateIamInstanceProfileRequest.InstanceId (as recorded events show), CreateFlowLogs/DeleteFlowLogs and
//   ModifyVolume likewise: for those the identifiers are found by their shape (fl-…, vol-…) wherever they sit.
// - A security-group rule call may name a default-VPC group by groupName only: the group type is re-listed.
// - RunInstances makes root volumes and TerminateInstances usually deletes them, without naming them: volumes are
//   re-listed. CreateVpc and CreateDefaultVpc make the VPC's default security group (and the default VPC its
//   subnets); DeleteVpc deletes the default group: those types are re-listed.
// - The Plumbline account facts (EBS encryption by default) have the account id as id (src/model/facts.ts).
import { EBS_ENCRYPTION_BY_DEFAULT_TYPE, EBS_SNAPSHOT_TYPE, AMI_TYPE } from '../../../../model/facts.js'
import { accountFact, ec2Items, findIds, obj, relist, str, touch, touchEach, type EventContext, type ServiceTable, type Touch } from '../table.js'

const SG = 'AWS::EC2::SecurityGroup'
const INSTANCE = 'AWS::EC2::Instance'
const VPC = 'AWS::EC2::VPC'
const SUBNET = 'AWS::EC2::Subnet'
const VOLUME = 'AWS::EC2::Volume'
const FLOW_LOG = 'AWS::EC2::FlowLog'
const SNAPSHOT_BPA = 'AWS::EC2::SnapshotBlockPublicAccess'

/** The CloudFormation type of an EC2 resource id, by its prefix (CreateTags names any of them). */
const ID_PREFIXES: ReadonlyArray<[RegExp, string]> = [
  [/^sg-/, SG],
  [/^i-/, INSTANCE],
  [/^vpc-/, VPC],
  [/^subnet-/, SUBNET],
  [/^vol-/, VOLUME],
  [/^fl-/, FLOW_LOG],
  [/^snap-/, EBS_SNAPSHOT_TYPE],
  [/^ami-/, AMI_TYPE]
]

function byPrefix(id: string): Touch | undefined {
  const hit = ID_PREFIXES.find(([prefix]) => prefix.test(id))
  return hit ? { type: hit[1], id } : undefined
}

/** instancesSet.items[].instanceId of the request (Stop/Start/Terminate) or the response (RunInstances). */
function instanceIds(set: unknown): unknown[] {
  return ec2Items(set).map((i) => i.instanceId)
}

function groupId(ctx: EventContext): Touch {
  return touch(SG, ctx.req.groupId)
}

export const ec2Table: ServiceTable = {
  service: 'EC2',
  eventSource: 'ec2.amazonaws.com',
  entries: [
    // Security groups
    { names: ['CreateSecurityGroup'], touches: (ctx) => [touch(SG, ctx.res.groupId)] },
    {
      names: [
        'AuthorizeSecurityGroupIngress',
        'AuthorizeSecurityGroupEgress',
        'RevokeSecurityGroupIngress',
        'RevokeSecurityGroupEgress',
        'UpdateSecurityGroupRuleDescriptionsIngress',
        'UpdateSecurityGroupRuleDescriptionsEgress',
        'DeleteSecurityGroup'
      ],
      touches: (ctx) => [groupId(ctx)]
    },
    { names: ['ModifySecurityGroupRules'], touches: (ctx) => [touch(SG, obj(ctx.req.ModifySecurityGroupRulesRequest).GroupId)] },
    // Instances
    { names: ['RunInstances'], touches: (ctx) => [...touchEach(INSTANCE, instanceIds(ctx.res.instancesSet)), relist(VOLUME)] },
    { names: ['TerminateInstances'], touches: (ctx) => [...touchEach(INSTANCE, instanceIds(ctx.req.instancesSet)), relist(VOLUME)] },
    {
      names: ['StartInstances', 'StopInstances', 'MonitorInstances', 'UnmonitorInstances'],
      touches: (ctx) => touchEach(INSTANCE, instanceIds(ctx.req.instancesSet))
    },
    {
      names: ['ModifyInstanceAttribute', 'ModifyInstanceMetadataOptions', 'ModifyInstanceMaintenanceOptions', 'ResetInstanceAttribute'],
      touches: (ctx) => [touch(INSTANCE, ctx.req.instanceId)]
    },
    {
      names: ['AssociateIamInstanceProfile'],
      touches: (ctx) => [touch(INSTANCE, obj(ctx.req.AssociateIamInstanceProfileRequest).InstanceId ?? ctx.req.instanceId)]
    },
    // These name the association (iip-assoc-…), not the instance.
    { names: ['ReplaceIamInstanceProfileAssociation', 'DisassociateIamInstanceProfile'], touches: () => [relist(INSTANCE)] },
    // VPCs and subnets
    { names: ['CreateVpc'], touches: (ctx) => [touch(VPC, obj(ctx.res.vpc).vpcId), relist(SG)] },
    { names: ['CreateDefaultVpc'], touches: (ctx) => [touch(VPC, obj(ctx.res.vpc).vpcId), relist(SG), relist(SUBNET)] },
    { names: ['DeleteVpc'], touches: (ctx) => [touch(VPC, ctx.req.vpcId), relist(SG)] },
    { names: ['ModifyVpcAttribute'], touches: (ctx) => [touch(VPC, ctx.req.vpcId)] },
    { names: ['CreateSubnet', 'CreateDefaultSubnet'], touches: (ctx) => [touch(SUBNET, obj(ctx.res.subnet).subnetId)] },
    { names: ['DeleteSubnet', 'ModifySubnetAttribute'], touches: (ctx) => [touch(SUBNET, ctx.req.subnetId)] },
    // EBS volumes
    { names: ['CreateVolume'], touches: (ctx) => [touch(VOLUME, ctx.res.volumeId)] },
    { names: ['DeleteVolume'], touches: (ctx) => [touch(VOLUME, ctx.req.volumeId)] },
    { names: ['ModifyVolume'], touches: (ctx) => touchEach(VOLUME, findIds(ctx.req, /^vol-[0-9a-f]+$/)) },
    {
      // The volume's Attachments and the instance's BlockDeviceMappings both change.
      names: ['AttachVolume', 'DetachVolume'],
      touches: (ctx) => [touch(VOLUME, ctx.req.volumeId), ...(str(ctx.req.instanceId) ? [touch(INSTANCE, ctx.req.instanceId)] : [])]
    },
    // EBS snapshots (no CloudFormation type: the Plumbline::EC2::Snapshot fact, id the snapshot id)
    { names: ['CreateSnapshot', 'CopySnapshot'], touches: (ctx) => [touch(EBS_SNAPSHOT_TYPE, ctx.res.snapshotId)] },
    { names: ['CreateSnapshots'], touches: (ctx) => touchEach(EBS_SNAPSHOT_TYPE, ec2Items(ctx.res.snapshotSet).map((s) => s.snapshotId)) },
    {
      names: ['DeleteSnapshot', 'ModifySnapshotAttribute', 'ResetSnapshotAttribute'],
      touches: (ctx) => [touch(EBS_SNAPSHOT_TYPE, ctx.req.snapshotId)]
    },
    { names: ['EnableSnapshotBlockPublicAccess', 'DisableSnapshotBlockPublicAccess'], touches: (ctx) => [accountFact(SNAPSHOT_BPA, ctx)] },
    {
      names: ['EnableEbsEncryptionByDefault', 'DisableEbsEncryptionByDefault', 'ModifyEbsDefaultKmsKeyId', 'ResetEbsDefaultKmsKeyId'],
      touches: (ctx) => [accountFact(EBS_ENCRYPTION_BY_DEFAULT_TYPE, ctx)]
    },
    // AMIs (the Plumbline::EC2::Image fact, id the image id)
    { names: ['CreateImage', 'RegisterImage', 'CopyImage'], touches: (ctx) => [touch(AMI_TYPE, ctx.res.imageId)] },
    { names: ['DeregisterImage', 'ModifyImageAttribute', 'ResetImageAttribute'], touches: (ctx) => [touch(AMI_TYPE, ctx.req.imageId)] },
    // Flow logs
    { names: ['CreateFlowLogs'], touches: (ctx) => touchEach(FLOW_LOG, findIds(ctx.res, /^fl-[0-9a-f]+$/)) },
    { names: ['DeleteFlowLogs'], touches: (ctx) => touchEach(FLOW_LOG, findIds(ctx.req, /^fl-[0-9a-f]+$/)) },
    // Tags, on any EC2 resource: requestParameters.resourcesSet.items[].resourceId
    {
      names: ['CreateTags', 'DeleteTags'],
      touches: (ctx) =>
        ec2Items(ctx.req.resourcesSet)
          .map((r) => str(r.resourceId))
          .filter((id): id is string => id !== undefined)
          .map(byPrefix)
          .filter((t): t is Touch => t !== undefined)
    }
  ],
  // Changes nothing the scan reads (a reboot keeps every property).
  noChange: ['RebootInstances'],
  trailResourceNames: {
    // CloudTrail indexes EC2 events under the resource ids themselves.
    [SG]: (id) => id,
    [INSTANCE]: (id) => id,
    [VPC]: (id) => id,
    [SUBNET]: (id) => id,
    [VOLUME]: (id) => id,
    [FLOW_LOG]: (id) => id,
    [EBS_SNAPSHOT_TYPE]: (id) => id,
    [AMI_TYPE]: (id) => id
  }
}
