// The estate bench/live-scan reads: N resources spread evenly over 10 regional types and 2 regions, with the
// properties a real account's Cloud Control reads carry. Deterministic, so the measuring child can rebuild it
// and check what the scanner returned against it without receiving 10,000 resources over a pipe.
// Types are ones Cloud Control reads with GetResource (no IAM/global types, no S3 with its own routing, no
// Lambda functions, which are read from list properties only, and no EC2 instances, whose IMDS settings cost
// extra DescribeInstances calls), so every resource costs one read and the list pages.
export const BENCH_ACCOUNT = '111122223333'
export const BENCH_REGIONS = ['us-east-1', 'eu-west-1']
const AZ_SUFFIXES = ['a', 'b', 'c']

const hex = (n, width) => n.toString(16).padStart(width, '0')
const uuid = (n) => `${hex(n, 8)}-1234-4abc-8def-${hex(n * 7919, 12).slice(-12)}`

/** Each type: how the i-th resource in a region looks (i is unique per type and region). */
const BUILDERS = {
  'AWS::EC2::VPC': (i, region, n) => ({
    VpcId: `vpc-${hex(n, 17)}`,
    CidrBlock: `10.${i % 256}.0.0/16`,
    CidrBlockAssociations: [`vpc-cidr-assoc-${hex(n, 17)}`],
    DefaultNetworkAcl: `acl-${hex(n, 17)}`,
    DefaultSecurityGroup: `sg-${hex(n + 1, 17)}`,
    EnableDnsHostnames: true,
    EnableDnsSupport: true,
    InstanceTenancy: 'default',
    Ipv6CidrBlocks: [],
    // The first VPC of each region is the default one (EC2's DescribeVpcs says so; Cloud Control never does).
    ...(i === 0 ? { IsDefault: true } : { Tags: [{ Key: 'Name', Value: `app-${i}` }, { Key: 'team', Value: `team-${i % 7}` }] })
  }),
  'AWS::EC2::Subnet': (i, region, n) => ({
    SubnetId: `subnet-${hex(n, 17)}`,
    VpcId: `vpc-${hex(n, 17)}`,
    CidrBlock: `10.${i % 256}.${i % 16}.0/24`,
    AvailabilityZone: `${region}${AZ_SUFFIXES[i % 3]}`,
    AvailabilityZoneId: `use1-az${(i % 3) + 1}`,
    MapPublicIpOnLaunch: i % 5 === 0,
    AssignIpv6AddressOnCreation: false,
    EnableDns64: false,
    NetworkAclAssociationId: `aclassoc-${hex(n, 17)}`,
    PrivateDnsNameOptionsOnLaunch: { HostnameType: 'ip-name', EnableResourceNameDnsARecord: false, EnableResourceNameDnsAAAARecord: false },
    Tags: [{ Key: 'Name', Value: `subnet-${i}` }]
  }),
  'AWS::EC2::SecurityGroup': (i, region, n) => ({
    Id: `sg-${hex(n, 17)}`,
    GroupId: `sg-${hex(n, 17)}`,
    GroupName: `app-${i}`,
    GroupDescription: `Application tier ${i}`,
    VpcId: `vpc-${hex(n, 17)}`,
    SecurityGroupIngress: [
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8', Description: 'https from the VPC' },
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: i % 10 === 0 ? '0.0.0.0/0' : '10.1.0.0/16' }
    ],
    SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }],
    Tags: [{ Key: 'Name', Value: `app-${i}` }]
  }),
  'AWS::EC2::Volume': (i, region, n) => ({
    VolumeId: `vol-${hex(n, 17)}`,
    AvailabilityZone: `${region}${AZ_SUFFIXES[i % 3]}`,
    Size: 8 + (i % 500),
    VolumeType: i % 4 === 0 ? 'gp2' : 'gp3',
    Iops: 3000,
    Throughput: 125,
    Encrypted: i % 6 !== 0,
    ...(i % 6 !== 0 ? { KmsKeyId: `arn:aws:kms:${region}:${BENCH_ACCOUNT}:key/${uuid(n)}` } : {}),
    MultiAttachEnabled: false,
    AutoEnableIO: false,
    Tags: [{ Key: 'Name', Value: `data-${i}` }]
  }),
  'AWS::EC2::FlowLog': (i, region, n) => ({
    Id: `fl-${hex(n, 17)}`,
    ResourceId: `vpc-${hex(n, 17)}`,
    ResourceType: 'VPC',
    TrafficType: 'ALL',
    LogDestinationType: 'cloud-watch-logs',
    LogGroupName: `/vpc/flow-logs/${i}`,
    DeliverLogsPermissionArn: `arn:aws:iam::${BENCH_ACCOUNT}:role/flow-logs`,
    LogFormat: '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}',
    MaxAggregationInterval: 600,
    Tags: [{ Key: 'Name', Value: `flow-${i}` }]
  }),
  'AWS::EFS::FileSystem': (i, region, n) => ({
    FileSystemId: `fs-${hex(n, 17)}`,
    Arn: `arn:aws:elasticfilesystem:${region}:${BENCH_ACCOUNT}:file-system/fs-${hex(n, 17)}`,
    Encrypted: i % 8 !== 0,
    ...(i % 8 !== 0 ? { KmsKeyId: `arn:aws:kms:${region}:${BENCH_ACCOUNT}:key/${uuid(n)}` } : {}),
    PerformanceMode: 'generalPurpose',
    ThroughputMode: i % 2 === 0 ? 'bursting' : 'elastic',
    BackupPolicy: { Status: i % 3 === 0 ? 'DISABLED' : 'ENABLED' },
    LifecyclePolicies: [{ TransitionToIA: 'AFTER_30_DAYS' }, { TransitionToPrimaryStorageClass: 'AFTER_1_ACCESS' }],
    FileSystemProtection: { ReplicationOverwriteProtection: 'ENABLED' },
    FileSystemTags: [{ Key: 'Name', Value: `shared-${i}` }]
  }),
  'AWS::KMS::Key': (i, region, n) => ({
    KeyId: uuid(n),
    Arn: `arn:aws:kms:${region}:${BENCH_ACCOUNT}:key/${uuid(n)}`,
    Description: `Application key ${i}`,
    Enabled: true,
    EnableKeyRotation: i % 5 !== 0,
    KeySpec: 'SYMMETRIC_DEFAULT',
    KeyUsage: 'ENCRYPT_DECRYPT',
    MultiRegion: false,
    Origin: 'AWS_KMS',
    KeyPolicy: {
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [
        { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${BENCH_ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' },
        { Sid: 'Allow use by the app role', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${BENCH_ACCOUNT}:role/app-${i % 20}` }, Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'], Resource: '*' }
      ]
    },
    Tags: [{ Key: 'Name', Value: `key-${i}` }]
  }),
  'AWS::RDS::DBInstance': (i, region, n) => ({
    DBInstanceIdentifier: `db-${i}-${hex(n, 6)}`,
    DBInstanceArn: `arn:aws:rds:${region}:${BENCH_ACCOUNT}:db:db-${i}-${hex(n, 6)}`,
    DBInstanceClass: 'db.t3.medium',
    Engine: 'postgres',
    EngineVersion: '16.3',
    AllocatedStorage: '100',
    StorageType: 'gp3',
    StorageEncrypted: i % 9 !== 0,
    ...(i % 9 !== 0 ? { KmsKeyId: `arn:aws:kms:${region}:${BENCH_ACCOUNT}:key/${uuid(n)}` } : {}),
    PubliclyAccessible: i % 25 === 0,
    MultiAZ: i % 2 === 0,
    BackupRetentionPeriod: i % 11 === 0 ? 0 : 7,
    DeletionProtection: i % 3 !== 0,
    AutoMinorVersionUpgrade: true,
    CopyTagsToSnapshot: true,
    EnableIAMDatabaseAuthentication: i % 4 === 0,
    MasterUsername: 'postgres',
    // Write-only: the server's GetResource drops it, as Cloud Control does.
    MasterUserPassword: `not-a-real-password-${i}`,
    Port: '5432',
    Endpoint: { Address: `db-${i}.${hex(n, 12)}.${region}.rds.amazonaws.com`, Port: '5432', HostedZoneId: 'Z2R2ITUGPM61AM' },
    DBSubnetGroupName: `db-subnets-${i % 10}`,
    VPCSecurityGroups: [`sg-${hex(n, 17)}`],
    Tags: [{ Key: 'Name', Value: `db-${i}` }]
  }),
  'AWS::RDS::DBCluster': (i, region, n) => ({
    DBClusterIdentifier: `cluster-${i}-${hex(n, 6)}`,
    DBClusterArn: `arn:aws:rds:${region}:${BENCH_ACCOUNT}:cluster:cluster-${i}-${hex(n, 6)}`,
    DBClusterResourceId: `cluster-${hex(n, 26).toUpperCase()}`,
    Engine: 'aurora-postgresql',
    EngineVersion: '16.2',
    EngineMode: 'provisioned',
    StorageEncrypted: i % 9 !== 0,
    ...(i % 9 !== 0 ? { KmsKeyId: `arn:aws:kms:${region}:${BENCH_ACCOUNT}:key/${uuid(n)}` } : {}),
    BackupRetentionPeriod: 7,
    DeletionProtection: i % 3 !== 0,
    IamDatabaseAuthenticationEnabled: i % 4 === 0,
    CopyTagsToSnapshot: true,
    MasterUsername: 'postgres',
    MasterUserPassword: `not-a-real-password-${i}`,
    Endpoint: { Address: `cluster-${i}.cluster-${hex(n, 12)}.${region}.rds.amazonaws.com`, Port: '5432' },
    ReadEndpoint: { Address: `cluster-${i}.cluster-ro-${hex(n, 12)}.${region}.rds.amazonaws.com` },
    Port: 5432,
    DBSubnetGroupName: `db-subnets-${i % 10}`,
    VpcSecurityGroupIds: [`sg-${hex(n, 17)}`],
    Tags: [{ Key: 'Name', Value: `cluster-${i}` }]
  }),
  'AWS::CloudTrail::Trail': (i, region, n) => ({
    TrailName: `trail-${i}-${hex(n, 6)}`,
    Arn: `arn:aws:cloudtrail:${region}:${BENCH_ACCOUNT}:trail/trail-${i}-${hex(n, 6)}`,
    S3BucketName: `audit-logs-${BENCH_ACCOUNT}`,
    S3KeyPrefix: `trail-${i}`,
    IsLogging: true,
    IsMultiRegionTrail: i % 2 === 0,
    IncludeGlobalServiceEvents: true,
    EnableLogFileValidation: i % 7 !== 0,
    ...(i % 7 !== 0 ? { KMSKeyId: `arn:aws:kms:${region}:${BENCH_ACCOUNT}:key/${uuid(n)}` } : {}),
    CloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${BENCH_ACCOUNT}:log-group:trail-${i}:*`,
    CloudWatchLogsRoleArn: `arn:aws:iam::${BENCH_ACCOUNT}:role/cloudtrail-logs`,
    EventSelectors: [{ IncludeManagementEvents: true, ReadWriteType: 'All' }],
    Tags: [{ Key: 'Name', Value: `trail-${i}` }]
  })
}

export const BENCH_TYPES = Object.keys(BUILDERS).sort()

/**
 * `count` resource seeds, dealt round-robin over (type, region) so every pair holds count/20 (±1). Every
 * identifier is unique across the estate.
 */
export function benchSeeds(count) {
  const pairs = BENCH_TYPES.flatMap((type) => BENCH_REGIONS.map((region) => ({ type, region, next: 0 })))
  const seeds = []
  for (let n = 0; n < count; n++) {
    const pair = pairs[n % pairs.length]
    seeds.push({ type: pair.type, region: pair.region, properties: BUILDERS[pair.type](pair.next++, pair.region, n + 1) })
  }
  return seeds
}
