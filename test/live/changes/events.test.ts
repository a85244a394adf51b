// The event table of the "changes since the last scan" mode: which resources one CloudTrail write event touched.
// Records are built in CloudTrail's documented shapes (the full record, userIdentity included, serialized and parsed
// back as LookupEvents' CloudTrailEvent string is) and each entry of each service's table is exercised with its
// exact expected touches.
import {
  KNOWN_EVENT_SOURCES,
  SERVICE_TABLES,
  principalOf,
  resourcesTouchedBy,
  trailResourceName,
  type Touch,
  type TrailRecord
} from '../../../src/sources/live/changes/events.js'
import { schemaFacts } from '../../../src/model/schemas.js'
import { FACT_TYPES } from '../../../src/model/facts.js'

const ACCOUNT = '111122223333'
const REGION = 'eu-west-1'

/** An assumed-role session as CloudTrail records it (cloudtrail-event-reference-user-identity, "temporary security credentials"). */
const ASSUMED_ROLE = {
  type: 'AssumedRole',
  principalId: 'AROAIDPPEZS35WEXAMPLE:alice@example.com',
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/PlatformAdmin/alice@example.com`,
  accountId: ACCOUNT,
  accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  sessionContext: {
    sessionIssuer: {
      type: 'Role',
      principalId: 'AROAIDPPEZS35WEXAMPLE',
      arn: `arn:aws:iam::${ACCOUNT}:role/PlatformAdmin`,
      accountId: ACCOUNT,
      userName: 'PlatformAdmin'
    },
    webIdFederationData: {},
    attributes: { creationDate: '2026-12-04T08:12:40Z', mfaAuthenticated: 'false' }
  }
}

let counter = 0

/** A full record as CloudTrail delivers it, round-tripped through JSON as LookupEvents' CloudTrailEvent string. */
function record(
  eventSource: string,
  eventName: string,
  requestParameters: Record<string, unknown> | null,
  responseElements: Record<string, unknown> | null = null,
  extra: Record<string, unknown> = {}
): TrailRecord {
  counter++
  const full = {
    eventVersion: '1.09',
    userIdentity: ASSUMED_ROLE,
    eventTime: '2026-12-04T09:15:02Z',
    eventSource,
    eventName,
    awsRegion: REGION,
    sourceIPAddress: '198.51.100.23',
    userAgent: 'aws-cli/2.22.4 md/awscrt#0.23.4 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.6',
    requestParameters,
    responseElements,
    requestID: `6c1e2b1f-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    eventID: `a9b8c7d6-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    readOnly: false,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: 'Management',
    tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: `${eventSource.split('.')[0]}.${REGION}.amazonaws.com` },
    ...extra
  }
  return JSON.parse(JSON.stringify(full)) as TrailRecord
}

const id = (type: string, value: string): Touch => ({ type, id: value })
const relist = (type: string): Touch => ({ type, relist: true })

const SG = 'AWS::EC2::SecurityGroup'
const INSTANCE = 'AWS::EC2::Instance'
const VPC = 'AWS::EC2::VPC'
const SUBNET = 'AWS::EC2::Subnet'
const VOLUME = 'AWS::EC2::Volume'
const SNAP = 'Plumbline::EC2::Snapshot'
const AMI = 'Plumbline::EC2::Image'
const FLOW_LOG = 'AWS::EC2::FlowLog'
const BUCKET = 'AWS::S3::Bucket'
const BUCKET_POLICY = 'AWS::S3::BucketPolicy'
const VERSIONING = 'Plumbline::S3::BucketVersioning'
const ROLE = 'AWS::IAM::Role'
const USER = 'AWS::IAM::User'
const GROUP = 'AWS::IAM::Group'
const POLICY = 'AWS::IAM::ManagedPolicy'
const CRED = 'Plumbline::IAM::CredentialReport'
const SUMMARY = 'Plumbline::IAM::AccountSummary'
const KEY = 'AWS::KMS::Key'
const DB = 'AWS::RDS::DBInstance'
const DB_CLUSTER = 'AWS::RDS::DBCluster'
const NEPTUNE = 'AWS::Neptune::DBCluster'
const FN = 'AWS::Lambda::Function'
const PERMISSION = 'AWS::Lambda::Permission'
const URL = 'AWS::Lambda::Url'
const TRAIL = 'AWS::CloudTrail::Trail'
const TOPIC = 'AWS::SNS::Topic'
const QUEUE = 'AWS::SQS::Queue'
const LOG_GROUP = 'AWS::Logs::LogGroup'
const FILTER = 'AWS::Logs::MetricFilter'
const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer'
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener'
const REPO = 'AWS::ECR::Repository'
const TABLE = 'AWS::DynamoDB::Table'
const CLUSTER = 'AWS::EKS::Cluster'
const NODEGROUP = 'AWS::EKS::Nodegroup'
const SECRET = 'AWS::SecretsManager::Secret'
const SECRET_POLICY = 'AWS::SecretsManager::ResourcePolicy'
const RECORDER = 'AWS::Config::ConfigurationRecorder'
const RECORDER_STATUS = 'Plumbline::Config::RecorderStatus'

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab'
const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/${KEY_ID}`
const LB_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/web/50dc6c495c0c9188`
const LISTENER_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2`
const SECRET_ARN = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/db-AbCdEf`
const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:alerts`
const QUEUE_URL = `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/orders`

interface Case {
  what: string
  record: TrailRecord
  touches: Touch[]
}

const EC2 = 'ec2.amazonaws.com'
const S3 = 's3.amazonaws.com'
const IAM = 'iam.amazonaws.com'

const CASES: Case[] = [
  // ---- EC2 security groups
  {
    what: 'CreateSecurityGroup: responseElements.groupId',
    record: record(EC2, 'CreateSecurityGroup', { groupName: 'web', groupDescription: 'web tier', vpcId: 'vpc-0a1b2c3d4e5f60718' }, { requestId: 'r', _return: true, groupId: 'sg-0123456789abcdef0' }),
    touches: [id(SG, 'sg-0123456789abcdef0')]
  },
  {
    what: 'AuthorizeSecurityGroupIngress: requestParameters.groupId',
    record: record(
      EC2,
      'AuthorizeSecurityGroupIngress',
      { groupId: 'sg-0123456789abcdef0', ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, groups: {}, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] }, ipv6Ranges: {}, prefixListIds: {} }] } },
      { requestId: 'r', _return: true, securityGroupRuleSet: { items: [{ groupOwnerId: ACCOUNT, groupId: 'sg-0123456789abcdef0', securityGroupRuleId: 'sgr-0a1b2c3d4e5f60718', isEgress: false, ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '0.0.0.0/0' }] } }
    ),
    touches: [id(SG, 'sg-0123456789abcdef0')]
  },
  {
    what: 'AuthorizeSecurityGroupIngress on a default-VPC group named only by groupName: the type is re-listed',
    record: record(EC2, 'AuthorizeSecurityGroupIngress', { groupName: 'default', ipPermissions: { items: [] } }, { _return: true }),
    touches: [relist(SG)]
  },
  {
    what: 'ModifySecurityGroupRules: requestParameters.ModifySecurityGroupRulesRequest.GroupId',
    record: record(
      EC2,
      'ModifySecurityGroupRules',
      { ModifySecurityGroupRulesRequest: { GroupId: 'sg-0fedcba9876543210', SecurityGroupRule: { SecurityGroupRuleId: 'sgr-0a1b2c3d4e5f60718', SecurityGroupRule: { IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, CidrIpv4: '0.0.0.0/0' } } } },
      { ModifySecurityGroupRulesResponse: { xmlns: 'http://ec2.amazonaws.com/doc/2016-11-15/', requestId: 'r', return: true } }
    ),
    touches: [id(SG, 'sg-0fedcba9876543210')]
  },
  // ---- EC2 instances
  {
    what: 'RunInstances: responseElements.instancesSet.items[].instanceId, and the root volumes it made',
    record: record(
      EC2,
      'RunInstances',
      { instancesSet: { items: [{ imageId: 'ami-0abcdef1234567890', minCount: 2, maxCount: 2 }] }, instanceType: 't3.micro', disableApiTermination: false },
      { requestId: 'r', reservationId: 'r-0a1b2c3d4e5f60718', ownerId: ACCOUNT, instancesSet: { items: [{ instanceId: 'i-0aaaaaaaaaaaaaaa1', imageId: 'ami-0abcdef1234567890', currentInstanceBootMode: 'uefi' }, { instanceId: 'i-0aaaaaaaaaaaaaaa2', imageId: 'ami-0abcdef1234567890' }] } }
    ),
    touches: [id(INSTANCE, 'i-0aaaaaaaaaaaaaaa1'), id(INSTANCE, 'i-0aaaaaaaaaaaaaaa2'), relist(VOLUME)]
  },
  {
    what: 'TerminateInstances: requestParameters.instancesSet, and the volumes deleted with them',
    record: record(EC2, 'TerminateInstances', { instancesSet: { items: [{ instanceId: 'i-0aaaaaaaaaaaaaaa1' }] } }, { instancesSet: { items: [{ instanceId: 'i-0aaaaaaaaaaaaaaa1', currentState: { code: 32, name: 'shutting-down' } }] } }),
    touches: [id(INSTANCE, 'i-0aaaaaaaaaaaaaaa1'), relist(VOLUME)]
  },
  {
    what: 'StartInstances (the CloudTrail log file example: two instances)',
    record: record(EC2, 'StartInstances', { instancesSet: { items: [{ instanceId: 'i-EXAMPLE56126103cb' }, { instanceId: 'i-EXAMPLEaff4840c22' }] } }, { instancesSet: { items: [] } }),
    touches: [id(INSTANCE, 'i-EXAMPLE56126103cb'), id(INSTANCE, 'i-EXAMPLEaff4840c22')]
  },
  {
    what: 'ModifyInstanceAttribute: requestParameters.instanceId',
    record: record(EC2, 'ModifyInstanceAttribute', { instanceId: 'i-0aaaaaaaaaaaaaaa1', disableApiTermination: { value: true } }, { _return: true }),
    touches: [id(INSTANCE, 'i-0aaaaaaaaaaaaaaa1')]
  },
  {
    what: 'AssociateIamInstanceProfile: requestParameters.AssociateIamInstanceProfileRequest.InstanceId',
    record: record(EC2, 'AssociateIamInstanceProfile', { AssociateIamInstanceProfileRequest: { InstanceId: 'i-0aaaaaaaaaaaaaaa1', IamInstanceProfile: { Name: 'app' } } }, { AssociateIamInstanceProfileResponse: { iamInstanceProfileAssociation: { associationId: 'iip-assoc-0a1b2c3d4e5f60718' } } }),
    touches: [id(INSTANCE, 'i-0aaaaaaaaaaaaaaa1')]
  },
  {
    what: 'ReplaceIamInstanceProfileAssociation names the association only: instances re-listed',
    record: record(EC2, 'ReplaceIamInstanceProfileAssociation', { ReplaceIamInstanceProfileAssociationRequest: { AssociationId: 'iip-assoc-0a1b2c3d4e5f60718', IamInstanceProfile: { Name: 'admin' } } }),
    touches: [relist(INSTANCE)]
  },
  // ---- VPCs, subnets
  {
    what: 'CreateVpc: responseElements.vpc.vpcId, and its default security group',
    record: record(EC2, 'CreateVpc', { cidrBlock: '10.0.0.0/16' }, { vpc: { vpcId: 'vpc-0a1b2c3d4e5f60718', state: 'pending', cidrBlock: '10.0.0.0/16' } }),
    touches: [id(VPC, 'vpc-0a1b2c3d4e5f60718'), relist(SG)]
  },
  {
    what: 'CreateDefaultVpc: the VPC, its default group and subnets',
    record: record(EC2, 'CreateDefaultVpc', {}, { vpc: { vpcId: 'vpc-0d0d0d0d0d0d0d0d0', isDefault: true } }),
    touches: [id(VPC, 'vpc-0d0d0d0d0d0d0d0d0'), relist(SG), relist(SUBNET)]
  },
  {
    what: 'DeleteVpc: requestParameters.vpcId (its default group goes with it)',
    record: record(EC2, 'DeleteVpc', { vpcId: 'vpc-0a1b2c3d4e5f60718' }, { _return: true }),
    touches: [id(VPC, 'vpc-0a1b2c3d4e5f60718'), relist(SG)]
  },
  {
    what: 'ModifyVpcAttribute',
    record: record(EC2, 'ModifyVpcAttribute', { vpcId: 'vpc-0a1b2c3d4e5f60718', enableDnsHostnames: { value: true } }, { _return: true }),
    touches: [id(VPC, 'vpc-0a1b2c3d4e5f60718')]
  },
  {
    what: 'CreateSubnet: responseElements.subnet.subnetId',
    record: record(EC2, 'CreateSubnet', { vpcId: 'vpc-0a1b2c3d4e5f60718', cidrBlock: '10.0.1.0/24' }, { subnet: { subnetId: 'subnet-0a1b2c3d4e5f60718', vpcId: 'vpc-0a1b2c3d4e5f60718' } }),
    touches: [id(SUBNET, 'subnet-0a1b2c3d4e5f60718')]
  },
  {
    what: 'ModifySubnetAttribute: requestParameters.subnetId',
    record: record(EC2, 'ModifySubnetAttribute', { subnetId: 'subnet-0a1b2c3d4e5f60718', mapPublicIpOnLaunch: { value: true } }, { _return: true }),
    touches: [id(SUBNET, 'subnet-0a1b2c3d4e5f60718')]
  },
  // ---- EBS volumes, snapshots, AMIs, account settings
  {
    what: 'CreateVolume: responseElements.volumeId',
    record: record(EC2, 'CreateVolume', { size: 100, zone: 'eu-west-1a', volumeType: 'gp3', encrypted: false }, { volumeId: 'vol-0a1b2c3d4e5f60718', size: '100', status: 'creating' }),
    touches: [id(VOLUME, 'vol-0a1b2c3d4e5f60718')]
  },
  {
    what: 'DeleteVolume: requestParameters.volumeId',
    record: record(EC2, 'DeleteVolume', { volumeId: 'vol-0a1b2c3d4e5f60718' }, { _return: true }),
    touches: [id(VOLUME, 'vol-0a1b2c3d4e5f60718')]
  },
  {
    what: 'ModifyVolume: the wrapped request, found by the volume id shape',
    record: record(EC2, 'ModifyVolume', { ModifyVolumeRequest: { VolumeId: 'vol-0a1b2c3d4e5f60718', Size: 200 } }, { ModifyVolumeResponse: { volumeModification: { volumeId: 'vol-0a1b2c3d4e5f60718' } } }),
    touches: [id(VOLUME, 'vol-0a1b2c3d4e5f60718')]
  },
  {
    what: 'AttachVolume: the volume and the instance',
    record: record(EC2, 'AttachVolume', { volumeId: 'vol-0a1b2c3d4e5f60718', instanceId: 'i-0aaaaaaaaaaaaaaa1', device: '/dev/sdf' }, { volumeId: 'vol-0a1b2c3d4e5f60718', status: 'attaching' }),
    touches: [id(VOLUME, 'vol-0a1b2c3d4e5f60718'), id(INSTANCE, 'i-0aaaaaaaaaaaaaaa1')]
  },
  {
    what: 'CreateSnapshot: responseElements.snapshotId (the Plumbline::EC2::Snapshot fact)',
    record: record(EC2, 'CreateSnapshot', { volumeId: 'vol-0a1b2c3d4e5f60718' }, { snapshotId: 'snap-0a1b2c3d4e5f60718', volumeId: 'vol-0a1b2c3d4e5f60718', status: 'pending' }),
    touches: [id(SNAP, 'snap-0a1b2c3d4e5f60718')]
  },
  {
    what: 'CreateSnapshots (multi-volume): responseElements.snapshotSet.items[].snapshotId',
    record: record(EC2, 'CreateSnapshots', { instanceSpecification: { instanceId: 'i-0aaaaaaaaaaaaaaa1' } }, { snapshotSet: { items: [{ snapshotId: 'snap-0aaaaaaaaaaaaaaa1' }, { snapshotId: 'snap-0aaaaaaaaaaaaaaa2' }] } }),
    touches: [id(SNAP, 'snap-0aaaaaaaaaaaaaaa1'), id(SNAP, 'snap-0aaaaaaaaaaaaaaa2')]
  },
  {
    what: 'ModifySnapshotAttribute (made public): requestParameters.snapshotId',
    record: record(EC2, 'ModifySnapshotAttribute', { snapshotId: 'snap-0a1b2c3d4e5f60718', createVolumePermission: { add: { items: [{ group: 'all' }] } }, attributeType: 'CREATE_VOLUME_PERMISSION' }, { _return: true }),
    touches: [id(SNAP, 'snap-0a1b2c3d4e5f60718')]
  },
  {
    what: 'DisableSnapshotBlockPublicAccess: the account-level type, id the account',
    record: record(EC2, 'DisableSnapshotBlockPublicAccess', {}, { state: 'unblocked' }),
    touches: [id('AWS::EC2::SnapshotBlockPublicAccess', ACCOUNT)]
  },
  {
    what: 'DisableEbsEncryptionByDefault: the account fact',
    record: record(EC2, 'DisableEbsEncryptionByDefault', {}, { ebsEncryptionByDefault: false }),
    touches: [id('Plumbline::EC2::EbsEncryptionByDefault', ACCOUNT)]
  },
  {
    what: 'CreateImage: responseElements.imageId',
    record: record(EC2, 'CreateImage', { instanceId: 'i-0aaaaaaaaaaaaaaa1', name: 'golden' }, { imageId: 'ami-0abcdef1234567890' }),
    touches: [id(AMI, 'ami-0abcdef1234567890')]
  },
  {
    what: 'ModifyImageAttribute: requestParameters.imageId',
    record: record(EC2, 'ModifyImageAttribute', { imageId: 'ami-0abcdef1234567890', launchPermission: { add: { items: [{ group: 'all' }] } } }, { _return: true }),
    touches: [id(AMI, 'ami-0abcdef1234567890')]
  },
  {
    what: 'CreateFlowLogs: the flow log ids in the wrapped response',
    record: record(EC2, 'CreateFlowLogs', { CreateFlowLogsRequest: { ResourceId: { content: 'vpc-0a1b2c3d4e5f60718', tag: 1 }, ResourceType: 'VPC', TrafficType: 'ALL' } }, { CreateFlowLogsResponse: { flowLogIdSet: { item: 'fl-0a1b2c3d4e5f60718' }, unsuccessful: '' } }),
    touches: [id(FLOW_LOG, 'fl-0a1b2c3d4e5f60718')]
  },
  {
    what: 'DeleteFlowLogs: the flow log ids in the wrapped request',
    record: record(EC2, 'DeleteFlowLogs', { DeleteFlowLogsRequest: { FlowLogId: { content: 'fl-0a1b2c3d4e5f60718', tag: 1 } } }, { DeleteFlowLogsResponse: { unsuccessful: '' } }),
    touches: [id(FLOW_LOG, 'fl-0a1b2c3d4e5f60718')]
  },
  {
    what: 'CreateTags: each resource by its id prefix (an unknown prefix is no scanned type)',
    record: record(EC2, 'CreateTags', { resourcesSet: { items: [{ resourceId: 'sg-0123456789abcdef0' }, { resourceId: 'i-0aaaaaaaaaaaaaaa1' }, { resourceId: 'rtb-0a1b2c3d4e5f60718' }] }, tagSet: { items: [{ key: 'owner', value: 'platform' }] } }, { _return: true }),
    touches: [id(SG, 'sg-0123456789abcdef0'), id(INSTANCE, 'i-0aaaaaaaaaaaaaaa1')]
  },
  // ---- S3
  {
    what: 'CreateBucket: requestParameters.bucketName, with its versioning fact',
    record: record(S3, 'CreateBucket', { bucketName: 'example-app-data', Host: 'example-app-data.s3.eu-west-1.amazonaws.com', CreateBucketConfiguration: { LocationConstraint: REGION } }, null, { resources: [{ type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::example-app-data' }] }),
    touches: [id(BUCKET, 'example-app-data'), id(VERSIONING, 'example-app-data')]
  },
  {
    what: 'DeleteBucket: the bucket, its policy and its versioning fact',
    record: record(S3, 'DeleteBucket', { bucketName: 'example-app-data', Host: 's3.eu-west-1.amazonaws.com' }),
    touches: [id(BUCKET, 'example-app-data'), id(BUCKET_POLICY, 'example-app-data'), id(VERSIONING, 'example-app-data')]
  },
  {
    what: 'PutBucketPolicy: the bucket policy (its own type), id the bucket name',
    record: record(S3, 'PutBucketPolicy', { bucketName: 'example-app-data', Host: 's3.eu-west-1.amazonaws.com', bucketPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-app-data/*' }] }, policy: '' }),
    touches: [id(BUCKET_POLICY, 'example-app-data')]
  },
  {
    what: 'PutBucketVersioning: the bucket and the versioning fact',
    record: record(S3, 'PutBucketVersioning', { bucketName: 'example-app-data', Host: 's3.eu-west-1.amazonaws.com', versioning: '', VersioningConfiguration: { Status: 'Suspended', xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' } }),
    touches: [id(BUCKET, 'example-app-data'), id(VERSIONING, 'example-app-data')]
  },
  {
    what: 'PutBucketPublicAccessBlock (the Put/DeleteBucket* pattern)',
    record: record(S3, 'PutBucketPublicAccessBlock', { bucketName: 'example-app-data', Host: 's3.eu-west-1.amazonaws.com', publicAccessBlock: '', PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false } }),
    touches: [id(BUCKET, 'example-app-data')]
  },
  {
    what: 'PutBucketEncryption, bucket named by the record\'s resources only',
    record: record(S3, 'PutBucketEncryption', { Host: 's3.eu-west-1.amazonaws.com', encryption: '' }, null, { resources: [{ accountId: ACCOUNT, type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::example-logs' }] }),
    touches: [id(BUCKET, 'example-logs')]
  },
  {
    what: 'PutObjectLockConfiguration',
    record: record(S3, 'PutObjectLockConfiguration', { bucketName: 'example-app-data', Host: 's3.eu-west-1.amazonaws.com', 'object-lock': '' }),
    touches: [id(BUCKET, 'example-app-data')]
  },
  {
    what: 'PutAccountPublicAccessBlock (S3 Control): the account fact',
    record: record(S3, 'PutAccountPublicAccessBlock', { 'x-amz-account-id': ACCOUNT, PublicAccessBlockConfiguration: { BlockPublicAcls: true } }),
    touches: [id('Plumbline::S3::AccountPublicAccessBlock', ACCOUNT)]
  },
  {
    what: 'CreateAccessPoint (S3 Control): requestParameters.name',
    record: record(S3, 'CreateAccessPoint', { name: 'analytics', 'x-amz-account-id': ACCOUNT, CreateAccessPointRequest: { Bucket: 'example-app-data' } }),
    touches: [id('AWS::S3::AccessPoint', 'analytics')]
  },
  // ---- IAM
  {
    what: 'CreateRole: responseElements.role.roleName',
    record: record(IAM, 'CreateRole', { roleName: 'deploy', assumeRolePolicyDocument: '{"Version":"2012-10-17"}' }, { role: { path: '/', roleName: 'deploy', roleId: 'AROAEXAMPLEID0000001', arn: `arn:aws:iam::${ACCOUNT}:role/deploy`, createDate: 'Dec 4, 2026, 9:15:02 AM' } }),
    touches: [id(ROLE, 'deploy')]
  },
  {
    what: 'UpdateAssumeRolePolicy: requestParameters.roleName',
    record: record(IAM, 'UpdateAssumeRolePolicy', { roleName: 'deploy', policyDocument: '{"Version":"2012-10-17","Statement":[]}' }),
    touches: [id(ROLE, 'deploy')]
  },
  {
    what: 'AttachRolePolicy: the role and the managed policy (its ARN)',
    record: record(IAM, 'AttachRolePolicy', { roleName: 'deploy', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }),
    touches: [id(ROLE, 'deploy'), id(POLICY, 'arn:aws:iam::aws:policy/AdministratorAccess')]
  },
  {
    what: 'CreateUser (the CloudTrail log file example): responseElements.user.userName, and the credential report',
    record: record(IAM, 'CreateUser', { userName: 'Juan' }, { user: { createDate: 'Mar 24, 2014 6:19:08 PM', userName: 'Juan', arn: `arn:aws:iam::${ACCOUNT}:user/Juan`, path: '/', userId: 'AIDAJ2HIFDAM6JEXAMPLE' } }),
    touches: [id(USER, 'Juan'), id(CRED, ACCOUNT)]
  },
  {
    what: 'DeleteUser',
    record: record(IAM, 'DeleteUser', { userName: 'Juan' }),
    touches: [id(USER, 'Juan'), id(CRED, ACCOUNT)]
  },
  {
    what: 'UpdateUser with newUserName: the old name and the new',
    record: record(IAM, 'UpdateUser', { userName: 'Juan', newUserName: 'juan.perez' }),
    touches: [id(USER, 'Juan'), id(USER, 'juan.perez')]
  },
  {
    what: 'PutUserPolicy: requestParameters.userName',
    record: record(IAM, 'PutUserPolicy', { userName: 'Juan', policyName: 'inline', policyDocument: '{}' }),
    touches: [id(USER, 'Juan')]
  },
  {
    what: 'DetachUserPolicy: the user and the policy',
    record: record(IAM, 'DetachUserPolicy', { userName: 'Juan', policyArn: `arn:aws:iam::${ACCOUNT}:policy/ci` }),
    touches: [id(USER, 'Juan'), id(POLICY, `arn:aws:iam::${ACCOUNT}:policy/ci`)]
  },
  {
    what: 'AddUserToGroup: the user (its Groups)',
    record: record(IAM, 'AddUserToGroup', { groupName: 'admins', userName: 'Juan' }),
    touches: [id(USER, 'Juan')]
  },
  {
    what: 'CreateLoginProfile: the user and the credential report',
    record: record(IAM, 'CreateLoginProfile', { userName: 'Juan', passwordResetRequired: true }, { loginProfile: { userName: 'Juan', createDate: 'Dec 4, 2026, 9:15:02 AM', passwordResetRequired: true } }),
    touches: [id(USER, 'Juan'), id(CRED, ACCOUNT)]
  },
  {
    what: 'CreateAccessKey: the credential report and the account summary',
    record: record(IAM, 'CreateAccessKey', { userName: 'Juan' }, { accessKey: { userName: 'Juan', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', status: 'Active', createDate: 'Dec 4, 2026, 9:15:02 AM' } }),
    touches: [id(CRED, ACCOUNT), id(SUMMARY, ACCOUNT)]
  },
  {
    what: 'EnableMFADevice: the MFA devices, the credential report, the account summary',
    record: record(IAM, 'EnableMFADevice', { userName: 'Juan', serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/juan` }),
    touches: [id('Plumbline::IAM::VirtualMfaDevices', ACCOUNT), id(CRED, ACCOUNT), id(SUMMARY, ACCOUNT)]
  },
  {
    what: 'UpdateAccountPasswordPolicy: the password policy fact',
    record: record(IAM, 'UpdateAccountPasswordPolicy', { minimumPasswordLength: 8, requireSymbols: false }),
    touches: [id('Plumbline::IAM::PasswordPolicy', ACCOUNT)]
  },
  {
    what: 'UploadServerCertificate: the server certificates fact',
    record: record(IAM, 'UploadServerCertificate', { serverCertificateName: 'legacy-elb', certificateBody: '-----BEGIN CERTIFICATE-----' }),
    touches: [id('Plumbline::IAM::ServerCertificates', ACCOUNT)]
  },
  {
    what: 'CreateGroup: responseElements.group.groupName',
    record: record(IAM, 'CreateGroup', { groupName: 'admins' }, { group: { path: '/', groupName: 'admins', groupId: 'AGPAEXAMPLEID0000001', arn: `arn:aws:iam::${ACCOUNT}:group/admins` } }),
    touches: [id(GROUP, 'admins')]
  },
  {
    what: 'UpdateGroup with newGroupName',
    record: record(IAM, 'UpdateGroup', { groupName: 'admins', newGroupName: 'platform-admins' }),
    touches: [id(GROUP, 'admins'), id(GROUP, 'platform-admins')]
  },
  {
    what: 'PutGroupPolicy',
    record: record(IAM, 'PutGroupPolicy', { groupName: 'admins', policyName: 'inline', policyDocument: '{}' }),
    touches: [id(GROUP, 'admins')]
  },
  {
    what: 'AttachGroupPolicy: the group and the policy',
    record: record(IAM, 'AttachGroupPolicy', { groupName: 'admins', policyArn: 'arn:aws:iam::aws:policy/IAMFullAccess' }),
    touches: [id(GROUP, 'admins'), id(POLICY, 'arn:aws:iam::aws:policy/IAMFullAccess')]
  },
  {
    what: 'CreatePolicy: responseElements.policy.arn (the ManagedPolicy identifier)',
    record: record(IAM, 'CreatePolicy', { policyName: 'ci', policyDocument: '{}' }, { policy: { policyName: 'ci', policyId: 'ANPAEXAMPLEID0000001', arn: `arn:aws:iam::${ACCOUNT}:policy/ci`, path: '/', defaultVersionId: 'v1', attachmentCount: 0, isAttachable: true } }),
    touches: [id(POLICY, `arn:aws:iam::${ACCOUNT}:policy/ci`)]
  },
  {
    what: 'CreatePolicyVersion: requestParameters.policyArn',
    record: record(IAM, 'CreatePolicyVersion', { policyArn: `arn:aws:iam::${ACCOUNT}:policy/ci`, policyDocument: '{}', setAsDefault: true }, { policyVersion: { versionId: 'v2', isDefaultVersion: true } }),
    touches: [id(POLICY, `arn:aws:iam::${ACCOUNT}:policy/ci`)]
  },
  // ---- KMS
  {
    what: 'CreateKey: responseElements.keyMetadata.keyId',
    record: record('kms.amazonaws.com', 'CreateKey', { keyUsage: 'ENCRYPT_DECRYPT', keySpec: 'SYMMETRIC_DEFAULT', description: 'app data' }, { keyMetadata: { AWSAccountId: ACCOUNT, keyId: KEY_ID, arn: KEY_ARN, keyState: 'Enabled', origin: 'AWS_KMS', keyManager: 'CUSTOMER' } }, { resources: [{ accountId: ACCOUNT, type: 'AWS::KMS::Key', ARN: KEY_ARN }] }),
    touches: [id(KEY, KEY_ID)]
  },
  {
    what: 'DisableKeyRotation with keyId given as the key ARN: normalized to the key id',
    record: record('kms.amazonaws.com', 'DisableKeyRotation', { keyId: KEY_ARN }, null, { resources: [{ accountId: ACCOUNT, type: 'AWS::KMS::Key', ARN: KEY_ARN }] }),
    touches: [id(KEY, KEY_ID)]
  },
  {
    what: 'ScheduleKeyDeletion with keyId given as an alias: the key id from resources',
    record: record('kms.amazonaws.com', 'ScheduleKeyDeletion', { keyId: 'alias/app-data', pendingWindowInDays: 7 }, { keyId: KEY_ARN, keyState: 'PendingDeletion' }, { resources: [{ accountId: ACCOUNT, type: 'AWS::KMS::Key', ARN: KEY_ARN }] }),
    touches: [id(KEY, KEY_ID)]
  },
  {
    what: 'PutKeyPolicy with an alias and no resources: keys re-listed',
    record: record('kms.amazonaws.com', 'PutKeyPolicy', { keyId: 'alias/app-data', policyName: 'default', policy: '{}' }),
    touches: [relist(KEY)]
  },
  {
    what: 'DeleteKey (AwsServiceEvent at the end of the waiting period): the key from resources',
    record: record('kms.amazonaws.com', 'DeleteKey', null, null, { eventType: 'AwsServiceEvent', userIdentity: { accountId: ACCOUNT, invokedBy: 'kms.amazonaws.com' }, resources: [{ ARN: KEY_ARN, accountId: ACCOUNT, type: 'AWS::KMS::Key' }] }),
    touches: [id(KEY, KEY_ID)]
  },
  // ---- RDS
  {
    what: 'CreateDBInstance: the response\'s identifier (RDS keeps it lower-case)',
    record: record('rds.amazonaws.com', 'CreateDBInstance', { dBInstanceIdentifier: 'Orders-DB', dBInstanceClass: 'db.t3.micro', engine: 'postgres', masterUsername: 'app', allocatedStorage: 20, publiclyAccessible: true }, { dBInstanceIdentifier: 'orders-db', dBInstanceStatus: 'creating', engine: 'postgres', dbiResourceId: 'db-ABCDEFGHIJKLMNOPQRSTUVWXYZ' }),
    touches: [id(DB, 'orders-db')]
  },
  {
    what: 'ModifyDBInstance with newDBInstanceIdentifier: the old and the new, lower-cased',
    record: record('rds.amazonaws.com', 'ModifyDBInstance', { dBInstanceIdentifier: 'orders-db', newDBInstanceIdentifier: 'Orders-DB-2', applyImmediately: true }),
    touches: [id(DB, 'orders-db'), id(DB, 'orders-db-2')]
  },
  {
    what: 'CreateDBInstance inside an Aurora cluster: the instance and the cluster',
    record: record('rds.amazonaws.com', 'CreateDBInstance', { dBInstanceIdentifier: 'aurora-1', dBClusterIdentifier: 'aurora', engine: 'aurora-postgresql', dBInstanceClass: 'db.r6g.large' }, { dBInstanceIdentifier: 'aurora-1', dBClusterIdentifier: 'aurora' }),
    touches: [id(DB, 'aurora-1'), id(DB_CLUSTER, 'aurora')]
  },
  {
    what: 'RestoreDBInstanceToPointInTime: targetDBInstanceIdentifier',
    record: record('rds.amazonaws.com', 'RestoreDBInstanceToPointInTime', { sourceDBInstanceIdentifier: 'orders-db', targetDBInstanceIdentifier: 'orders-restore', useLatestRestorableTime: true }, { dBInstanceIdentifier: 'orders-restore' }),
    touches: [id(DB, 'orders-restore')]
  },
  {
    what: 'RestoreDBInstanceFromDBSnapshot',
    record: record('rds.amazonaws.com', 'RestoreDBInstanceFromDBSnapshot', { dBInstanceIdentifier: 'orders-copy', dBSnapshotIdentifier: 'orders-snap' }, { dBInstanceIdentifier: 'orders-copy' }),
    touches: [id(DB, 'orders-copy')]
  },
  {
    what: 'CreateDBCluster with engine neptune: the Neptune type',
    record: record('rds.amazonaws.com', 'CreateDBCluster', { dBClusterIdentifier: 'graph', engine: 'neptune' }, { dBClusterIdentifier: 'graph', engine: 'neptune' }),
    touches: [id(NEPTUNE, 'graph')]
  },
  {
    what: 'ModifyDBCluster (engine not named): the RDS cluster by id, Neptune clusters re-listed',
    record: record('rds.amazonaws.com', 'ModifyDBCluster', { dBClusterIdentifier: 'aurora', backupRetentionPeriod: 1, applyImmediately: true }, { dBClusterIdentifier: 'aurora' }),
    touches: [id(DB_CLUSTER, 'aurora'), relist(NEPTUNE)]
  },
  {
    what: 'ModifyDBSnapshotAttribute (made public): the DB snapshot fact',
    record: record('rds.amazonaws.com', 'ModifyDBSnapshotAttribute', { dBSnapshotIdentifier: 'orders-snap', attributeName: 'restore', valuesToAdd: ['all'] }, { dBSnapshotIdentifier: 'orders-snap' }),
    touches: [id('Plumbline::RDS::DBSnapshot', 'orders-snap')]
  },
  {
    what: 'CopyDBSnapshot: targetDBSnapshotIdentifier',
    record: record('rds.amazonaws.com', 'CopyDBSnapshot', { sourceDBSnapshotIdentifier: 'orders-snap', targetDBSnapshotIdentifier: 'orders-snap-copy' }, { dBSnapshotIdentifier: 'orders-snap-copy' }),
    touches: [id('Plumbline::RDS::DBSnapshot', 'orders-snap-copy')]
  },
  {
    what: 'CreateDBClusterSnapshot: the cluster snapshot fact',
    record: record('rds.amazonaws.com', 'CreateDBClusterSnapshot', { dBClusterSnapshotIdentifier: 'aurora-snap', dBClusterIdentifier: 'aurora' }, { dBClusterSnapshotIdentifier: 'aurora-snap' }),
    touches: [id('Plumbline::RDS::DBClusterSnapshot', 'aurora-snap')]
  },
  {
    what: 'CopyDBClusterSnapshot: targetDBClusterSnapshotIdentifier',
    record: record('rds.amazonaws.com', 'CopyDBClusterSnapshot', { sourceDBClusterSnapshotIdentifier: 'aurora-snap', targetDBClusterSnapshotIdentifier: 'aurora-snap-2' }, { dBClusterSnapshotIdentifier: 'aurora-snap-2' }),
    touches: [id('Plumbline::RDS::DBClusterSnapshot', 'aurora-snap-2')]
  },
  {
    what: 'AddTagsToResource: resourceName is the ARN',
    record: record('rds.amazonaws.com', 'AddTagsToResource', { resourceName: `arn:aws:rds:${REGION}:${ACCOUNT}:db:orders-db`, tags: [{ key: 'owner', value: 'platform' }] }),
    touches: [id(DB, 'orders-db')]
  },
  // ---- Lambda (versioned event names)
  {
    what: 'CreateFunction20150331: the suffix stripped, responseElements.functionName',
    record: record('lambda.amazonaws.com', 'CreateFunction20150331', { functionName: 'app-api', runtime: 'nodejs22.x', role: `arn:aws:iam::${ACCOUNT}:role/app-api`, handler: 'index.handler' }, { functionName: 'app-api', functionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:app-api`, runtime: 'nodejs22.x' }),
    touches: [id(FN, 'app-api')]
  },
  {
    what: 'UpdateFunctionConfiguration20150331v2 with functionName given as an ARN',
    record: record('lambda.amazonaws.com', 'UpdateFunctionConfiguration20150331v2', { functionName: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:app-api`, environment: {} }, { functionName: 'app-api' }),
    touches: [id(FN, 'app-api')]
  },
  {
    what: 'TagResource20170331v2: requestParameters.resource (the function ARN)',
    record: record('lambda.amazonaws.com', 'TagResource20170331v2', { resource: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:app-api`, tags: { owner: 'platform' } }),
    touches: [id(FN, 'app-api')]
  },
  {
    what: 'AddPermission20150331v2: the permission "<function>|<statement id>"',
    record: record('lambda.amazonaws.com', 'AddPermission20150331v2', { functionName: 'app-api', statementId: 'AllowS3Invoke', action: 'lambda:InvokeFunction', principal: 's3.amazonaws.com' }, { statement: '{"Sid":"AllowS3Invoke"}' }),
    touches: [id(PERMISSION, 'app-api|AllowS3Invoke')]
  },
  {
    what: 'CreateFunctionUrlConfig20211031: the function URL, id the function ARN',
    record: record('lambda.amazonaws.com', 'CreateFunctionUrlConfig20211031', { functionName: 'app-api', authType: 'NONE' }, { functionUrl: 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws/', functionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:app-api`, authType: 'NONE' }),
    touches: [id(URL, `arn:aws:lambda:${REGION}:${ACCOUNT}:function:app-api`)]
  },
  {
    what: 'DeleteFunctionUrlConfig20211031 (no response): the ARN built from the record',
    record: record('lambda.amazonaws.com', 'DeleteFunctionUrlConfig20211031', { functionName: 'app-api' }),
    touches: [id(URL, `arn:aws:lambda:${REGION}:${ACCOUNT}:function:app-api`)]
  },
  // ---- CloudTrail
  {
    what: 'CreateTrail: responseElements.name',
    record: record('cloudtrail.amazonaws.com', 'CreateTrail', { name: 'org-trail', s3BucketName: 'example-trail-logs', isMultiRegionTrail: true }, { name: 'org-trail', trailARN: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org-trail`, s3BucketName: 'example-trail-logs' }),
    touches: [id(TRAIL, 'org-trail')]
  },
  {
    what: 'StopLogging with the trail given as its ARN',
    record: record('cloudtrail.amazonaws.com', 'StopLogging', { name: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org-trail` }),
    touches: [id(TRAIL, 'org-trail')]
  },
  {
    what: 'AddTags on a trail: requestParameters.resourceId',
    record: record('cloudtrail.amazonaws.com', 'AddTags', { resourceId: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org-trail`, tagsList: [{ key: 'owner', value: 'security' }] }),
    touches: [id(TRAIL, 'org-trail')]
  },
  // ---- SNS, SQS
  {
    what: 'CreateTopic: responseElements.topicArn',
    record: record('sns.amazonaws.com', 'CreateTopic', { name: 'alerts' }, { topicArn: TOPIC_ARN }),
    touches: [id(TOPIC, TOPIC_ARN)]
  },
  {
    what: 'SetTopicAttributes: requestParameters.topicArn',
    record: record('sns.amazonaws.com', 'SetTopicAttributes', { topicArn: TOPIC_ARN, attributeName: 'KmsMasterKeyId', attributeValue: '' }),
    touches: [id(TOPIC, TOPIC_ARN)]
  },
  {
    what: 'TagResource on a topic: requestParameters.resourceArn',
    record: record('sns.amazonaws.com', 'TagResource', { resourceArn: TOPIC_ARN, tags: [{ key: 'owner', value: 'ops' }] }),
    touches: [id(TOPIC, TOPIC_ARN)]
  },
  {
    what: 'Unsubscribe: the topic of the subscription ARN',
    record: record('sns.amazonaws.com', 'Unsubscribe', { subscriptionArn: `${TOPIC_ARN}:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0` }),
    touches: [id(TOPIC, TOPIC_ARN)]
  },
  {
    what: 'CreateQueue: responseElements.queueUrl',
    record: record('sqs.amazonaws.com', 'CreateQueue', { queueName: 'orders', attribute: { SqsManagedSseEnabled: 'false' } }, { queueUrl: QUEUE_URL }),
    touches: [id(QUEUE, QUEUE_URL)]
  },
  {
    what: 'SetQueueAttributes with a legacy endpoint URL: normalized to the sqs.<region> form Cloud Control uses',
    record: record('sqs.amazonaws.com', 'SetQueueAttributes', { queueUrl: `https://${REGION}.queue.amazonaws.com/${ACCOUNT}/orders`, attributes: { Policy: '{}' } }),
    touches: [id(QUEUE, QUEUE_URL)]
  },
  // ---- CloudWatch Logs
  {
    what: 'PutRetentionPolicy: requestParameters.logGroupName',
    record: record('logs.amazonaws.com', 'PutRetentionPolicy', { logGroupName: '/aws/lambda/app-api', retentionInDays: 1 }),
    touches: [id(LOG_GROUP, '/aws/lambda/app-api')]
  },
  {
    what: 'DeleteLogGroup: the group, and its metric filters re-listed',
    record: record('logs.amazonaws.com', 'DeleteLogGroup', { logGroupName: 'cloudtrail' }),
    touches: [id(LOG_GROUP, 'cloudtrail'), relist(FILTER)]
  },
  {
    what: 'TagResource on a log group ARN',
    record: record('logs.amazonaws.com', 'TagResource', { resourceArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:cloudtrail`, tags: { owner: 'security' } }),
    touches: [id(LOG_GROUP, 'cloudtrail')]
  },
  {
    what: 'PutMetricFilter: "<log group>|<filter>"',
    record: record('logs.amazonaws.com', 'PutMetricFilter', { logGroupName: 'cloudtrail', filterName: 'root-usage', filterPattern: '{ $.userIdentity.type = "Root" }', metricTransformations: [] }),
    touches: [id(FILTER, 'cloudtrail|root-usage')]
  },
  {
    what: 'PutResourcePolicy (Logs): requestParameters.policyName',
    record: record('logs.amazonaws.com', 'PutResourcePolicy', { policyName: 'route53-query-logging', policyDocument: '{}' }),
    touches: [id('AWS::Logs::ResourcePolicy', 'route53-query-logging')]
  },
  // ---- ELBv2
  {
    what: 'CreateLoadBalancer: responseElements.loadBalancers[].loadBalancerArn',
    record: record('elasticloadbalancing.amazonaws.com', 'CreateLoadBalancer', { name: 'web', subnets: ['subnet-0a1b2c3d4e5f60718'], scheme: 'internet-facing', type: 'application' }, { loadBalancers: [{ loadBalancerArn: LB_ARN, dNSName: 'web-1234567890.eu-west-1.elb.amazonaws.com', loadBalancerName: 'web' }] }, { apiVersion: '2015-12-01' }),
    touches: [id(LB, LB_ARN)]
  },
  {
    what: 'CreateLoadBalancer of a Classic Load Balancer: no scanned type',
    record: record('elasticloadbalancing.amazonaws.com', 'CreateLoadBalancer', { loadBalancerName: 'legacy', listeners: [{ protocol: 'HTTP', loadBalancerPort: 80, instancePort: 80 }] }, { dNSName: 'legacy-1234567890.eu-west-1.elb.amazonaws.com' }, { apiVersion: '2012-06-01' }),
    touches: []
  },
  {
    what: 'DeleteLoadBalancer: the load balancer, and its listeners re-listed',
    record: record('elasticloadbalancing.amazonaws.com', 'DeleteLoadBalancer', { loadBalancerArn: LB_ARN }),
    touches: [id(LB, LB_ARN), relist(LISTENER)]
  },
  {
    what: 'ModifyLoadBalancerAttributes: requestParameters.loadBalancerArn',
    record: record('elasticloadbalancing.amazonaws.com', 'ModifyLoadBalancerAttributes', { loadBalancerArn: LB_ARN, attributes: [{ key: 'routing.http.drop_invalid_header_fields.enabled', value: 'false' }] }),
    touches: [id(LB, LB_ARN)]
  },
  {
    what: 'CreateListener: responseElements.listeners[].listenerArn',
    record: record('elasticloadbalancing.amazonaws.com', 'CreateListener', { loadBalancerArn: LB_ARN, protocol: 'HTTP', port: 80 }, { listeners: [{ listenerArn: LISTENER_ARN, loadBalancerArn: LB_ARN, port: 80, protocol: 'HTTP' }] }),
    touches: [id(LISTENER, LISTENER_ARN)]
  },
  {
    what: 'ModifyListener: requestParameters.listenerArn',
    record: record('elasticloadbalancing.amazonaws.com', 'ModifyListener', { listenerArn: LISTENER_ARN, sslPolicy: 'ELBSecurityPolicy-2016-08' }),
    touches: [id(LISTENER, LISTENER_ARN)]
  },
  {
    what: 'AddTags (ELBv2): each ARN by its kind',
    record: record('elasticloadbalancing.amazonaws.com', 'AddTags', { resourceArns: [LB_ARN, LISTENER_ARN, `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/web/73e2d6bc24d8a067`], tags: [{ key: 'owner', value: 'web' }] }),
    touches: [id(LB, LB_ARN), id(LISTENER, LISTENER_ARN)]
  },
  // ---- ECR, EKS
  {
    what: 'PutImageScanningConfiguration: requestParameters.repositoryName',
    record: record('ecr.amazonaws.com', 'PutImageScanningConfiguration', { repositoryName: 'app', imageScanningConfiguration: { scanOnPush: false } }, { registryId: ACCOUNT, repositoryName: 'app' }),
    touches: [id(REPO, 'app')]
  },
  {
    what: 'TagResource (ECR): the repository ARN',
    record: record('ecr.amazonaws.com', 'TagResource', { resourceArn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/team/app`, tags: [{ key: 'owner', value: 'team' }] }),
    touches: [id(REPO, 'team/app')]
  },
  {
    what: 'CreateCluster (EKS): requestParameters.name',
    record: record('eks.amazonaws.com', 'CreateCluster', { name: 'prod', version: '1.31', roleArn: `arn:aws:iam::${ACCOUNT}:role/eks`, resourcesVpcConfig: { endpointPublicAccess: true } }, { cluster: { name: 'prod', arn: `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/prod`, status: 'CREATING' } }),
    touches: [id(CLUSTER, 'prod')]
  },
  {
    what: 'DeleteCluster (EKS): the cluster, node groups re-listed',
    record: record('eks.amazonaws.com', 'DeleteCluster', { name: 'prod' }, { cluster: { name: 'prod', status: 'DELETING' } }),
    touches: [id(CLUSTER, 'prod'), relist(NODEGROUP)]
  },
  {
    what: 'UpdateNodegroupConfig: "<cluster>/<node group>"',
    record: record('eks.amazonaws.com', 'UpdateNodegroupConfig', { name: 'prod', nodegroupName: 'general', scalingConfig: { desiredSize: 3 } }, { update: { id: 'c7a1b2c3-0000-4000-8000-000000000001', status: 'InProgress', type: 'ConfigUpdate' } }),
    touches: [id(NODEGROUP, 'prod/general')]
  },
  {
    what: 'TagResource (EKS) on a node group ARN',
    record: record('eks.amazonaws.com', 'TagResource', { resourceArn: `arn:aws:eks:${REGION}:${ACCOUNT}:nodegroup/prod/general/a1b2c3d4-0000-4000-8000-000000000002`, tags: { owner: 'platform' } }),
    touches: [id(NODEGROUP, 'prod/general')]
  },
  // ---- DynamoDB
  {
    what: 'UpdateContinuousBackups: requestParameters.tableName',
    record: record('dynamodb.amazonaws.com', 'UpdateContinuousBackups', { tableName: 'orders', pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: false } }),
    touches: [id(TABLE, 'orders')]
  },
  {
    what: 'TagResource (DynamoDB): the table ARN',
    record: record('dynamodb.amazonaws.com', 'TagResource', { resourceArn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders`, tags: [{ key: 'owner', value: 'shop' }] }),
    touches: [id(TABLE, 'orders')]
  },
  // ---- Secrets Manager
  {
    what: 'CreateSecret: responseElements.arn',
    record: record('secretsmanager.amazonaws.com', 'CreateSecret', { name: 'prod/db', clientRequestToken: 'a1b2c3d4-0000-4000-8000-000000000003', description: 'db' }, { arn: SECRET_ARN, name: 'prod/db' }),
    touches: [id(SECRET, SECRET_ARN)]
  },
  {
    what: 'UpdateSecret answered with the pre-2024 spelling "aRN"',
    record: record('secretsmanager.amazonaws.com', 'UpdateSecret', { secretId: 'prod/db', kmsKeyId: KEY_ID }, { aRN: SECRET_ARN, name: 'prod/db' }),
    touches: [id(SECRET, SECRET_ARN)]
  },
  {
    what: 'TagResource with the secret named by name and no response: secrets re-listed',
    record: record('secretsmanager.amazonaws.com', 'TagResource', { secretId: 'prod/db', tags: [{ key: 'owner', value: 'shop' }] }),
    touches: [relist(SECRET)]
  },
  {
    what: 'DeleteSecret: the secret and its resource policy',
    record: record('secretsmanager.amazonaws.com', 'DeleteSecret', { secretId: SECRET_ARN, recoveryWindowInDays: 7 }, { arn: SECRET_ARN, name: 'prod/db', deletionDate: 'Dec 11, 2026, 9:15:02 AM' }),
    touches: [id(SECRET, SECRET_ARN), id(SECRET_POLICY, SECRET_ARN)]
  },
  {
    what: 'PutResourcePolicy (Secrets Manager): the resource policy, id the secret ARN',
    record: record('secretsmanager.amazonaws.com', 'PutResourcePolicy', { secretId: SECRET_ARN, resourcePolicy: '{}', blockPublicPolicy: false }, { arn: SECRET_ARN, name: 'prod/db' }),
    touches: [id(SECRET_POLICY, SECRET_ARN)]
  },
  // ---- Config
  {
    what: 'PutConfigurationRecorder: the recorder and its status by name',
    record: record('config.amazonaws.com', 'PutConfigurationRecorder', { configurationRecorder: { name: 'default', roleARN: `arn:aws:iam::${ACCOUNT}:role/config`, recordingGroup: { allSupported: true } } }),
    touches: [id(RECORDER, 'default'), id(RECORDER_STATUS, 'default')]
  },
  {
    what: 'DeleteConfigurationRecorder',
    record: record('config.amazonaws.com', 'DeleteConfigurationRecorder', { configurationRecorderName: 'default' }),
    touches: [id(RECORDER, 'default'), id(RECORDER_STATUS, 'default')]
  },
  {
    what: 'StopConfigurationRecorder: the recorder status',
    record: record('config.amazonaws.com', 'StopConfigurationRecorder', { configurationRecorderName: 'default' }),
    touches: [id(RECORDER_STATUS, 'default')]
  },
  // ---- CloudWatch alarms, GuardDuty
  {
    what: 'PutMetricAlarm: requestParameters.alarmName',
    record: record('monitoring.amazonaws.com', 'PutMetricAlarm', { alarmName: 'root-usage', metricName: 'RootUsage', namespace: 'CIS', threshold: 1 }),
    touches: [id('AWS::CloudWatch::Alarm', 'root-usage')]
  },
  {
    what: 'DeleteAlarms: requestParameters.alarmNames[]',
    record: record('monitoring.amazonaws.com', 'DeleteAlarms', { alarmNames: ['root-usage', 'console-no-mfa'] }),
    touches: [id('AWS::CloudWatch::Alarm', 'root-usage'), id('AWS::CloudWatch::Alarm', 'console-no-mfa')]
  },
  {
    what: 'CreateDetector: responseElements.detectorId',
    record: record('guardduty.amazonaws.com', 'CreateDetector', { enable: true, findingPublishingFrequency: 'SIX_HOURS' }, { detectorId: '12abc34d567e8fa901bc2d34e56789f0' }),
    touches: [id('AWS::GuardDuty::Detector', '12abc34d567e8fa901bc2d34e56789f0')]
  },
  {
    what: 'DeleteDetector: requestParameters.detectorId',
    record: record('guardduty.amazonaws.com', 'DeleteDetector', { detectorId: '12abc34d567e8fa901bc2d34e56789f0' }),
    touches: [id('AWS::GuardDuty::Detector', '12abc34d567e8fa901bc2d34e56789f0')]
  },
  // ---- Cloud Control's own events
  {
    what: 'Cloud Control CreateResource: the identifier comes later, so the type is re-listed',
    record: record('cloudcontrolapi.amazonaws.com', 'CreateResource', { typeName: 'AWS::S3::Bucket', desiredState: 'HIDDEN_DUE_TO_SECURITY_REASONS', clientToken: 'a1b2c3d4-0000-4000-8000-000000000004' }, { progressEvent: { typeName: 'AWS::S3::Bucket', requestToken: 'a1b2c3d4-0000-4000-8000-000000000005', operation: 'CREATE', operationStatus: 'IN_PROGRESS' } }),
    touches: [relist(BUCKET)]
  },
  {
    what: 'Cloud Control UpdateResource: typeName and identifier',
    record: record('cloudcontrolapi.amazonaws.com', 'UpdateResource', { typeName: 'AWS::EC2::SecurityGroup', identifier: 'sg-0123456789abcdef0', patchDocument: 'HIDDEN_DUE_TO_SECURITY_REASONS' }),
    touches: [id(SG, 'sg-0123456789abcdef0')]
  },
  {
    what: 'Cloud Control DeleteResource of an inline role policy: the role (the identifier\'s second part)',
    record: record('cloudcontrolapi.amazonaws.com', 'DeleteResource', { typeName: 'AWS::IAM::RolePolicy', identifier: 'inline|deploy' }),
    touches: [id(ROLE, 'deploy')]
  },
  {
    what: 'Cloud Control DeleteResource of a security-group rule: groups re-listed',
    record: record('cloudcontrolapi.amazonaws.com', 'DeleteResource', { typeName: 'AWS::EC2::SecurityGroupIngress', identifier: 'sgr-0a1b2c3d4e5f60718' }),
    touches: [relist(SG)]
  }
]

/** Every type a case touches is scanned in the table cases. */
const ALL_SCANNED = new Set(CASES.flatMap((c) => c.touches.map((t) => t.type)))
// Types only ever reached as relists elsewhere, or not in any case's expected touches, are scanned too.
for (const t of [VOLUME, SG, SUBNET, LISTENER, NODEGROUP, FILTER, NEPTUNE, INSTANCE, KEY, SECRET, SECRET_POLICY]) ALL_SCANNED.add(t)

describe('resourcesTouchedBy: one case per table entry, exact touches', () => {
  it.each(CASES.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    const result = resourcesTouchedBy(c.record, ALL_SCANNED)
    expect(result.touches).toEqual(c.touches)
    if (c.touches.length > 0) expect(result.ignored).toBeUndefined()
    else expect(result.ignored).toMatch(/touches no/)
  })

  it('every entry of every service table is exercised by a case', () => {
    const unexercised: string[] = []
    for (const table of SERVICE_TABLES) {
      table.entries.forEach((entry, index) => {
        const hit = CASES.some((c) => {
          if (c.record.eventSource !== table.eventSource) return false
          const name = table.eventName ? table.eventName(c.record.eventName) : c.record.eventName
          return Array.isArray(entry.names) ? entry.names.includes(name) : (entry.names as RegExp).test(name)
        })
        if (!hit) unexercised.push(`${table.service} entry ${index} (${String(entry.names)})`)
      })
    }
    expect(unexercised).toEqual([])
  })

  it('every type a table touches is a CloudFormation type we hold a schema for, or a Plumbline fact', () => {
    const unknown = [...ALL_SCANNED].filter((t) => !schemaFacts(t) && !FACT_TYPES.includes(t))
    expect(unknown).toEqual([])
  })

  it('identifiers follow the schema: composite ones have one part per primaryIdentifier entry', () => {
    for (const c of CASES) {
      for (const t of c.touches) {
        if ('relist' in t) continue
        const facts = schemaFacts(t.type)
        if (!facts) continue
        expect([t.type, t.id.split('|').length]).toEqual([t.type, facts.primaryIdentifier.length])
      }
    }
    expect(schemaFacts(POLICY)?.primaryIdentifier).toEqual(['PolicyArn'])
    expect(schemaFacts(QUEUE)?.primaryIdentifier).toEqual(['QueueUrl'])
    expect(schemaFacts(SG)?.primaryIdentifier).toEqual(['Id'])
    expect(schemaFacts(PERMISSION)?.primaryIdentifier).toEqual(['FunctionName', 'Id'])
    expect(schemaFacts(FILTER)?.primaryIdentifier).toEqual(['LogGroupName', 'FilterName'])
  })
})

describe('resourcesTouchedBy: what is not re-read', () => {
  it('a failed call is ignored with its error code', () => {
    const r = record(EC2, 'AuthorizeSecurityGroupIngress', { groupId: 'sg-0123456789abcdef0', ipPermissions: { items: [] } }, null, {
      errorCode: 'Client.UnauthorizedOperation',
      errorMessage: 'You are not authorized to perform this operation.'
    })
    expect(resourcesTouchedBy(r, ALL_SCANNED)).toEqual({ touches: [], ignored: 'the call failed: Client.UnauthorizedOperation' })
  })

  it('a read-only event is ignored, whether readOnly says so or only the name does', () => {
    const described = record(EC2, 'DescribeSecurityGroups', { securityGroupIdSet: {} }, null, { readOnly: true })
    expect(resourcesTouchedBy(described, ALL_SCANNED)).toEqual({ touches: [], ignored: 'read-only event: ec2.amazonaws.com DescribeSecurityGroups' })
    const noFlag = record(S3, 'GetBucketPolicy', { bucketName: 'example-app-data' }, null, { readOnly: undefined })
    expect(resourcesTouchedBy(noFlag, ALL_SCANNED).ignored).toBe('read-only event: s3.amazonaws.com GetBucketPolicy')
  })

  it('an event no table knows is ignored, naming its source and name', () => {
    const unknownSource = record('route53.amazonaws.com', 'ChangeResourceRecordSets', { hostedZoneId: 'Z0123456789ABCDEFGHIJ' })
    expect(resourcesTouchedBy(unknownSource, ALL_SCANNED)).toEqual({
      touches: [],
      ignored: 'unknown event: route53.amazonaws.com ChangeResourceRecordSets (no table for route53.amazonaws.com)'
    })
    const unknownName = record(EC2, 'CreateRouteTable', { vpcId: 'vpc-0a1b2c3d4e5f60718' })
    expect(resourcesTouchedBy(unknownName, ALL_SCANNED)).toEqual({
      touches: [],
      ignored: 'unknown event: ec2.amazonaws.com CreateRouteTable (the EC2 table does not know CreateRouteTable)'
    })
  })

  it('a known event that changes nothing read says so', () => {
    const reboot = record(EC2, 'RebootInstances', { instancesSet: { items: [{ instanceId: 'i-0aaaaaaaaaaaaaaa1' }] } })
    expect(resourcesTouchedBy(reboot, ALL_SCANNED)).toEqual({ touches: [], ignored: 'ec2.amazonaws.com RebootInstances changes nothing the scan reads' })
  })

  it('touches on types the scan does not read are dropped; none left is said', () => {
    const r = record(IAM, 'AttachRolePolicy', { roleName: 'deploy', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })
    expect(resourcesTouchedBy(r, new Set([ROLE]))).toEqual({ touches: [id(ROLE, 'deploy')] })
    expect(resourcesTouchedBy(r, new Set([BUCKET]))).toEqual({
      touches: [],
      ignored: 'iam.amazonaws.com AttachRolePolicy touches no scanned type (AWS::IAM::Role, AWS::IAM::ManagedPolicy)'
    })
    const cc = record('cloudcontrolapi.amazonaws.com', 'UpdateResource', { typeName: 'AWS::Route53::HostedZone', identifier: 'Z0123456789ABCDEFGHIJ' })
    expect(resourcesTouchedBy(cc, ALL_SCANNED).touches).toEqual([])
  })

  it('CloudFormation stack events are skipped: the services\' own events carry the changes', () => {
    const stack = record('cloudformation.amazonaws.com', 'UpdateStack', { stackName: 'app', templateURL: 'https://example-templates.s3.amazonaws.com/app.yaml' }, { stackId: `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/app/a1b2c3d4-0000-4000-8000-000000000006` })
    const result = resourcesTouchedBy(stack, ALL_SCANNED)
    expect(result.touches).toEqual([])
    expect(result.ignored).toMatch(/^CloudFormation stack event \(UpdateStack\)/)
    // The stack's own change, as the service records it (invokedBy cloudformation.amazonaws.com), is read.
    const byStack = record(EC2, 'AuthorizeSecurityGroupIngress', { groupId: 'sg-0123456789abcdef0', ipPermissions: { items: [] } }, { _return: true }, {
      userIdentity: { ...ASSUMED_ROLE, invokedBy: 'cloudformation.amazonaws.com' }
    })
    expect(resourcesTouchedBy(byStack, ALL_SCANNED)).toEqual({ touches: [id(SG, 'sg-0123456789abcdef0')] })
  })

  it('a re-list of a type stands for every id of it; duplicates are merged', () => {
    const r = record(EC2, 'CreateTags', { resourcesSet: { items: [{ resourceId: 'sg-0123456789abcdef0' }, { resourceId: 'sg-0123456789abcdef0' }] }, tagSet: { items: [] } })
    expect(resourcesTouchedBy(r, ALL_SCANNED).touches).toEqual([id(SG, 'sg-0123456789abcdef0')])
    const run = record(EC2, 'RunInstances', { instancesSet: { items: [] } }, null)
    expect(resourcesTouchedBy(run, ALL_SCANNED).touches).toEqual([relist(INSTANCE), relist(VOLUME)])
  })
})

describe('KNOWN_EVENT_SOURCES', () => {
  it('lists each service table\'s event source once, sorted, and not CloudFormation\'s', () => {
    expect(KNOWN_EVENT_SOURCES).toEqual([...new Set(KNOWN_EVENT_SOURCES)].sort())
    for (const source of [EC2, S3, IAM, 'kms.amazonaws.com', 'rds.amazonaws.com', 'lambda.amazonaws.com', 'cloudcontrolapi.amazonaws.com', 'secretsmanager.amazonaws.com']) {
      expect(KNOWN_EVENT_SOURCES).toContain(source)
    }
    expect(KNOWN_EVENT_SOURCES).not.toContain('cloudformation.amazonaws.com')
    expect(KNOWN_EVENT_SOURCES).toHaveLength(SERVICE_TABLES.length)
  })
})

describe('principalOf', () => {
  const withIdentity = (userIdentity: Record<string, unknown>) => record(EC2, 'DeleteSecurityGroup', { groupId: 'sg-0123456789abcdef0' }, null, { userIdentity })

  it('AssumedRole: the sts assumed-role ARN and the session name', () => {
    expect(principalOf(withIdentity(ASSUMED_ROLE))).toEqual({
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/PlatformAdmin/alice@example.com`,
      sessionName: 'alice@example.com'
    })
    // GitHub Actions' OIDC session, as configure-aws-credentials names it.
    expect(principalOf(withIdentity({ ...ASSUMED_ROLE, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/plumbline-deploy/GitHubActions` }))).toEqual({
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/plumbline-deploy/GitHubActions`,
      sessionName: 'GitHubActions'
    })
  })

  it('IAMUser and Root: the arn', () => {
    const alice = { type: 'IAMUser', principalId: 'AIDAJ45Q7YFFAREXAMPLE', arn: 'arn:aws:iam::123456789012:user/Alice', accountId: '123456789012', accessKeyId: '', userName: 'Alice' }
    expect(principalOf(withIdentity(alice))).toEqual({ principal: 'arn:aws:iam::123456789012:user/Alice' })
    const root = { type: 'Root', principalId: '123456789012', arn: 'arn:aws:iam::123456789012:root', accountId: '123456789012', accessKeyId: '' }
    expect(principalOf(withIdentity(root))).toEqual({ principal: 'arn:aws:iam::123456789012:root' })
  })

  it('AWSService: the service that called', () => {
    expect(principalOf(withIdentity({ type: 'AWSService', invokedBy: 'elasticloadbalancing.amazonaws.com' }))).toEqual({ principal: 'elasticloadbalancing.amazonaws.com' })
  })

  it('FederatedUser: the federated-user ARN', () => {
    const federated = {
      type: 'FederatedUser',
      principalId: '123456789012:Bob',
      arn: 'arn:aws:sts::123456789012:federated-user/Bob',
      accountId: '123456789012',
      accessKeyId: '',
      sessionContext: { sessionIssuer: { type: 'IAMUser', principalId: 'AIDAQRSTUVWXYZEXAMPLE', arn: 'arn:aws:iam::123456789012:user/Alice', accountId: '123456789012', userName: 'Alice' }, attributes: { creationDate: '2026-12-04T08:00:00Z', mfaAuthenticated: 'false' } }
    }
    expect(principalOf(withIdentity(federated))).toEqual({ principal: 'arn:aws:sts::123456789012:federated-user/Bob' })
  })

  it('IdentityCenterUser: the Identity Store user', () => {
    const identityCenter = {
      type: 'IdentityCenterUser',
      accountId: '123456789012',
      onBehalfOf: { userId: '544894e8-80c1-707f-60e3-3ba6510dfac1', identityStoreArn: 'arn:aws:identitystore::123456789012:identitystore/d-9067642ac7' },
      credentialId: 'EXAMPLEVHULjJdTUdPJfofVa1sufHDoj7aYcOYcxFVllWR_Whr1fEXAMPLE'
    }
    expect(principalOf(withIdentity(identityCenter))).toEqual({ principal: 'arn:aws:identitystore:::user/544894e8-80c1-707f-60e3-3ba6510dfac1' })
  })

  it('AWSAccount: the calling account', () => {
    expect(principalOf(withIdentity({ type: 'AWSAccount', principalId: 'AIDAEXAMPLEOTHERACCT1', accountId: '444455556666' }))).toEqual({ principal: 'arn:aws:iam::444455556666:root' })
  })

  it('SAMLUser and WebIdentityUser: provider and user name; an empty identity: unknown', () => {
    expect(principalOf(withIdentity({ type: 'SAMLUser', principalId: 'SampleUkh1i4+ExamplexL/jEvs=:SamlExample', userName: 'SamlExample', identityProvider: 'bdGOnTesti4+ExampleGStA1pg=' }))).toEqual({
      principal: 'bdGOnTesti4+ExampleGStA1pg=:SamlExample'
    })
    expect(principalOf(withIdentity({}))).toEqual({ principal: 'unknown' })
  })
})

describe('trailResourceName', () => {
  it('names each service\'s resources as CloudTrail indexes them', () => {
    expect(trailResourceName(SG, 'sg-0123456789abcdef0', {})).toBe('sg-0123456789abcdef0')
    expect(trailResourceName(INSTANCE, 'i-0aaaaaaaaaaaaaaa1', {})).toBe('i-0aaaaaaaaaaaaaaa1')
    expect(trailResourceName(BUCKET, 'example-app-data', { BucketName: 'example-app-data' })).toBe('example-app-data')
    expect(trailResourceName(ROLE, 'deploy', { RoleName: 'deploy', Arn: `arn:aws:iam::${ACCOUNT}:role/deploy` })).toBe('deploy')
    expect(trailResourceName(POLICY, `arn:aws:iam::${ACCOUNT}:policy/ci`, {})).toBe(`arn:aws:iam::${ACCOUNT}:policy/ci`)
    expect(trailResourceName(KEY, KEY_ID, { KeyId: KEY_ID, Arn: KEY_ARN })).toBe(KEY_ARN)
    expect(trailResourceName(TRAIL, 'org-trail', { Arn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org-trail` })).toBe(`arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org-trail`)
    expect(trailResourceName(TOPIC, TOPIC_ARN, {})).toBe(TOPIC_ARN)
    expect(trailResourceName(SECRET, SECRET_ARN, {})).toBe(SECRET_ARN)
    expect(trailResourceName(FN, 'app-api', {})).toBe('app-api')
  })

  it('is undefined where CloudTrail does not index the type, or the needed property was not read', () => {
    expect(trailResourceName('AWS::Lambda::Permission', 'app-api|AllowS3Invoke', {})).toBeUndefined()
    expect(trailResourceName('AWS::WAFv2::LoggingConfiguration', 'arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/x/1', {})).toBeUndefined()
    expect(trailResourceName(KEY, KEY_ID, {})).toBeUndefined()
  })
})
