import { mapTerraform } from '../../src/mapping/index.js'
import type { Resource } from '../../src/types.js'
import { tf } from './helpers.js'

const one = (...args: Parameters<typeof tf>): Resource => {
  const { resources, unmapped } = mapTerraform([tf(...args)])
  expect(unmapped).toEqual([])
  expect(resources).toHaveLength(1)
  return resources[0]
}

describe('one mapper per type', () => {
  test('aws_rds_cluster_instance: an AWS::RDS::DBInstance of its cluster, with its own public accessibility', () => {
    const r = one('aws_rds_cluster_instance', 'member', {
      identifier: 'aurora-1',
      cluster_identifier: 'aurora',
      instance_class: 'db.r6g.large',
      engine: 'aurora-postgresql',
      engine_version: '16.4',
      publicly_accessible: true,
      auto_minor_version_upgrade: false,
      promotion_tier: 0,
      arn: 'arn:aws:rds:eu-west-1:111122223333:db:aurora-1',
      dbi_resource_id: 'db-ABC'
    }, { origin: 'state', action: undefined })
    expect([r.type, r.id]).toEqual(['AWS::RDS::DBInstance', 'aurora-1'])
    expect(r.properties).toStrictEqual({
      DBInstanceIdentifier: 'aurora-1',
      DBClusterIdentifier: 'aurora',
      DBInstanceClass: 'db.r6g.large',
      Engine: 'aurora-postgresql',
      EngineVersion: '16.4',
      PubliclyAccessible: true,
      AutoMinorVersionUpgrade: false,
      PromotionTier: 0,
      DBInstanceArn: 'arn:aws:rds:eu-west-1:111122223333:db:aurora-1',
      DbiResourceId: 'db-ABC'
    })
  })
  test('aws_db_instance: id is identifier, strings where CloudFormation has strings, password write-only', () => {
    const r = one('aws_db_instance', 'db', {
      id: 'db-ABCDEF', resource_id: 'db-ABCDEF', identifier: 'orders', engine: 'postgres', instance_class: 'db.t3.micro',
      allocated_storage: 20, storage_encrypted: false, publicly_accessible: true, backup_retention_period: 0, multi_az: false,
      deletion_protection: false, auto_minor_version_upgrade: true, kms_key_id: '', vpc_security_group_ids: ['sg-2', 'sg-1'],
      db_subnet_group_name: 'private', username: 'admin', password: 'hunter2hunter2', port: 5432
    }, { sensitive: ['password'], action: 'no-op' })
    expect(r.type).toBe('AWS::RDS::DBInstance')
    expect(r.id).toBe('orders')
    expect(r.properties).toEqual({
      DBInstanceIdentifier: 'orders', Engine: 'postgres', DBInstanceClass: 'db.t3.micro', AllocatedStorage: '20', StorageEncrypted: false,
      PubliclyAccessible: true, BackupRetentionPeriod: 0, MultiAZ: false, DeletionProtection: false, AutoMinorVersionUpgrade: true,
      VPCSecurityGroups: ['sg-1', 'sg-2'], DBSubnetGroupName: 'private', MasterUsername: 'admin', MasterUserPassword: 'hunter2hunter2',
      Port: '5432', DbiResourceId: 'db-ABCDEF'
    })
    expect(r.sensitive).toEqual(['MasterUserPassword', 'Port'])
  })

  test('aws_rds_cluster', () => {
    const r = one('aws_rds_cluster', 'c', { cluster_identifier: 'main', engine: 'aurora-postgresql', storage_encrypted: true, deletion_protection: true, backup_retention_period: 7, port: 5432, master_password: 'x' })
    expect(r).toMatchObject({ type: 'AWS::RDS::DBCluster', id: 'main', properties: { DBClusterIdentifier: 'main', StorageEncrypted: true, DeletionProtection: true, BackupRetentionPeriod: 7, Port: 5432 } })
    expect(r.sensitive).toEqual(['MasterUserPassword'])
  })

  test('aws_cloudtrail: defaults when absent, never when unknown', () => {
    const r = one('aws_cloudtrail', 't', { name: 'main', s3_bucket_name: 'trail-logs', is_multi_region_trail: true, kms_key_id: 'arn:k', event_selector: [] }, { unknown: ['enable_log_file_validation'], origin: 'hcl', action: undefined })
    expect(r).toMatchObject({ type: 'AWS::CloudTrail::Trail', id: 'main' })
    expect(r.properties).toEqual({ TrailName: 'main', S3BucketName: 'trail-logs', KMSKeyId: 'arn:k', IsLogging: true, IncludeGlobalServiceEvents: true, IsMultiRegionTrail: true, IsOrganizationTrail: false })
    expect(r.unknown).toEqual(['EnableLogFileValidation'])
  })

  test('aws_ebs_volume and aws_efs_file_system', () => {
    expect(one('aws_ebs_volume', 'v', { id: 'vol-1', availability_zone: 'eu-west-1a', size: 8, type: 'gp3', encrypted: true, kms_key_id: 'k', tags: { A: 'b' } })).toMatchObject({
      type: 'AWS::EC2::Volume', id: 'vol-1', properties: { Encrypted: true, KmsKeyId: 'k', Size: 8, VolumeType: 'gp3', VolumeId: 'vol-1', Tags: [{ Key: 'A', Value: 'b' }] }
    })
    const efs = one('aws_efs_file_system', 'f', { id: 'fs-1', encrypted: false, tags: { Name: 'n' }, lifecycle_policy: [{ transition_to_ia: 'AFTER_30_DAYS' }] })
    expect(efs.properties).toEqual({ Encrypted: false, FileSystemId: 'fs-1', FileSystemTags: [{ Key: 'Name', Value: 'n' }], LifecyclePolicies: [{ TransitionToIA: 'AFTER_30_DAYS' }] })
  })

  test('aws_vpc, aws_default_vpc and aws_flow_log (ResourceType from the attribute used; references kept for joins)', () => {
    const { resources } = mapTerraform([
      tf('aws_vpc', 'main', { cidr_block: '10.0.0.0/16', enable_dns_support: true }, { unknown: ['id', 'default_security_group_id'] }),
      tf('aws_default_vpc', 'd', { id: 'vpc-def', cidr_block: '172.31.0.0/16' }),
      tf('aws_flow_log', 'main', { traffic_type: 'ALL', log_destination: 'arn:aws:s3:::flow', log_destination_type: 's3' }, { unknown: ['id', 'vpc_id'], references: { vpc_id: ['aws_vpc.main.id'] } }),
      tf('aws_flow_log', 'sub', { id: 'fl-2', subnet_id: 'subnet-1', traffic_type: 'REJECT' })
    ])
    expect(resources[0]).toMatchObject({ type: 'AWS::EC2::VPC', id: null, properties: { CidrBlock: '10.0.0.0/16', EnableDnsSupport: true }, unknown: ['DefaultSecurityGroup', 'VpcId'] })
    expect(resources[1]).toMatchObject({ id: 'vpc-def', isDefault: true })
    expect(resources[2]).toMatchObject({
      type: 'AWS::EC2::FlowLog', id: null,
      properties: { ResourceType: 'VPC', TrafficType: 'ALL', LogDestination: 'arn:aws:s3:::flow', LogDestinationType: 's3' },
      unknown: ['Id', 'ResourceId'], references: { ResourceId: ['aws_vpc.main'] }
    })
    expect(resources[3].properties).toEqual({ ResourceId: 'subnet-1', ResourceType: 'Subnet', TrafficType: 'REJECT', Id: 'fl-2' })
  })

  test('aws_kms_key: renames, parsed policy, defaults, write-only marked sensitive', () => {
    const policy = { Version: '2012-10-17', Statement: [] }
    const r = one('aws_kms_key', 'k', { key_id: 'k-1', customer_master_key_spec: 'SYMMETRIC_DEFAULT', policy: JSON.stringify(policy), deletion_window_in_days: 7 })
    expect(r.id).toBe('k-1')
    expect(r.properties).toEqual({ KeySpec: 'SYMMETRIC_DEFAULT', KeyPolicy: policy, PendingWindowInDays: 7, KeyId: 'k-1', Enabled: true, EnableKeyRotation: false })
    expect(r.sensitive).toEqual(['PendingWindowInDays'])
  })

  test('aws_lambda_function, aws_lambda_permission, aws_lambda_function_url', () => {
    const { resources } = mapTerraform([
      tf('aws_lambda_function', 'f', { function_name: 'api', runtime: 'python3.8', role: 'arn:role', handler: 'h', s3_bucket: 'code', s3_key: 'k.zip', environment: [{ variables: { STAGE: 'prod' } }], reserved_concurrent_executions: -1 }),
      tf('aws_lambda_permission', 'p', { statement_id: 'AllowAll', function_name: 'api', action: 'lambda:InvokeFunction', principal: '*', function_url_auth_type: 'NONE' }),
      tf('aws_lambda_function_url', 'u', { function_name: 'api', authorization_type: 'NONE', function_arn: 'arn:aws:lambda:eu-west-1:111122223333:function:api' })
    ])
    expect(resources[0]).toMatchObject({
      type: 'AWS::Lambda::Function', id: 'api',
      properties: { FunctionName: 'api', Runtime: 'python3.8', Role: 'arn:role', Handler: 'h', Code: { S3Bucket: 'code', S3Key: 'k.zip' }, Environment: { Variables: { STAGE: 'prod' } } }
    })
    expect(resources[0].properties.ReservedConcurrentExecutions).toBeUndefined()
    expect(resources[0].sensitive).toEqual(['Code', 'Environment.Variables.STAGE'])
    expect(resources[1]).toMatchObject({ type: 'AWS::Lambda::Permission', id: 'api|AllowAll', properties: { FunctionName: 'api', Principal: '*', Action: 'lambda:InvokeFunction', FunctionUrlAuthType: 'NONE', Id: 'AllowAll' } })
    expect(resources[2]).toMatchObject({ type: 'AWS::Lambda::Url', id: 'arn:aws:lambda:eu-west-1:111122223333:function:api', properties: { TargetFunctionArn: 'api', AuthType: 'NONE' } })
  })

  test('aws_instance: MetadataOptions from the block, absent without it; block devices', () => {
    const withBlock = one('aws_instance', 'i', {
      id: 'i-1', ami: 'ami-1', instance_type: 't3.micro', ebs_optimized: false, iam_instance_profile: '',
      metadata_options: [{ http_tokens: 'required', http_endpoint: 'enabled', http_put_response_hop_limit: 1 }],
      root_block_device: [{ encrypted: true, volume_size: 8, device_name: '/dev/xvda' }], ebs_block_device: []
    })
    expect(withBlock.properties).toEqual({
      ImageId: 'ami-1', InstanceType: 't3.micro', EbsOptimized: false, InstanceId: 'i-1',
      MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true, VolumeSize: 8 } }]
    })
    const without = one('aws_instance', 'j', { ami: 'ami-1', instance_type: 't3.micro' }, { origin: 'hcl', action: undefined })
    expect(without.properties.MetadataOptions).toBeUndefined()
  })

  test('account-level facts are Plumbline:: resources identified by the account', () => {
    const { resources } = mapTerraform([
      tf('aws_iam_account_password_policy', 'p', { minimum_password_length: 14, password_reuse_prevention: 24, require_symbols: true, max_password_age: 0 }),
      tf('aws_ebs_encryption_by_default', 'e', { enabled: true }),
      tf('aws_s3_account_public_access_block', 'a', { block_public_acls: true, block_public_policy: true }, { account: undefined })
    ])
    expect(resources[0]).toMatchObject({
      type: 'Plumbline::IAM::PasswordPolicy', id: '111122223333', region: 'global',
      properties: { MinimumPasswordLength: 14, PasswordReusePrevention: 24, RequireSymbols: true, RequireNumbers: false, AllowUsersToChangePassword: true, ExpirePasswords: false }
    })
    expect(resources[0].properties.MaxPasswordAge).toBeUndefined()
    expect(resources[1]).toMatchObject({ type: 'Plumbline::EC2::EbsEncryptionByDefault', id: '111122223333', region: 'eu-west-1', properties: { EbsEncryptionByDefault: true } })
    expect(resources[2]).toMatchObject({ type: 'Plumbline::S3::AccountPublicAccessBlock', id: null, properties: { BlockPublicAcls: true, IgnorePublicAcls: false, BlockPublicPolicy: true, RestrictPublicBuckets: false } })
  })
})
