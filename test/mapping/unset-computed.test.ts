import { readPlan } from '../../src/sources/plan.js'
import {
  ABSENT,
  MAPPED_TF_TYPES,
  UNSET_COMPUTED_DEFAULTS,
  applyUnsetComputedDefaults,
  mapTerraform
} from '../../src/mapping/index.js'
import type { Resource, TfResource } from '../../src/types.js'
import { tf } from './helpers.js'

function mapOne(resources: TfResource[], type: string): Resource {
  const found = mapTerraform(resources).resources.filter((r) => r.type === type)
  expect(found).toHaveLength(1)
  return found[0]
}

/** A resource the plan creates, with the configuration's names and the plan's unknown paths. */
function planned(type: string, name: string, values: Record<string, unknown>, configured: string[], unknown: string[]): TfResource {
  return tf(type, name, values, { configured, unknown })
}

describe('the table of unset-but-computed defaults', () => {
  test('every entry names a mapped type, an attribute, a value and the documented source', () => {
    expect(UNSET_COMPUTED_DEFAULTS.length).toBeGreaterThan(10)
    for (const entry of UNSET_COMPUTED_DEFAULTS) {
      expect(MAPPED_TF_TYPES.has(entry.tfType)).toBe(true)
      expect(entry.name).toMatch(/^[a-z0-9-]+$/)
      expect(entry.attribute).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)?$/)
      expect(entry.value).not.toBeUndefined()
      expect(entry.source.length).toBeGreaterThan(20)
    }
  })

  test('one entry per type and attribute', () => {
    const keys = UNSET_COMPUTED_DEFAULTS.map((e) => `${e.tfType} ${e.attribute}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  test('only new resources of a plan with a configuration section are touched; the input is not changed', () => {
    const values = { name: 'web', vpc_id: 'vpc-1' }
    const base = planned('aws_security_group', 'web', values, ['name', 'vpc_id'], ['id', 'ingress', 'egress'])
    const normalized = applyUnsetComputedDefaults(base)
    expect(normalized.unknown).toEqual(['id'])
    expect(normalized.values).toEqual({ name: 'web', vpc_id: 'vpc-1', ingress: [], egress: [] })
    expect(base.unknown).toEqual(['id', 'ingress', 'egress'])
    expect(base.values).toEqual({ name: 'web', vpc_id: 'vpc-1' })

    for (const other of [
      { ...base, configured: undefined }, // no configuration section: nothing is known about what is set
      { ...base, action: 'update' as const }, // an existing group keeps whatever it has
      { ...base, origin: 'state' as const, action: undefined }
    ]) {
      expect(applyUnsetComputedDefaults(other)).toBe(other)
    }
  })
})

describe('security-group-ingress-from-rule-resources / security-group-egress-from-rule-resources', () => {
  const group = planned(
    'aws_security_group', 'db', { name: 'db', description: 'db', vpc_id: 'vpc-1', ingress: null, egress: null },
    ['name', 'description', 'vpc_id'], ['arn', 'id', 'ingress', 'egress', 'owner_id']
  )
  const rule = tf('aws_vpc_security_group_ingress_rule', 'pg', {
    security_group_id: null, ip_protocol: 'tcp', from_port: 5432, to_port: 5432, cidr_ipv4: '10.0.0.0/16'
  }, { references: { security_group_id: ['aws_security_group.db.id', 'aws_security_group.db'] }, unknown: ['security_group_id', 'id'] })

  test('a new group without inline rules has exactly the folded rule resources, and no default egress', () => {
    const sg = mapOne([group, rule], 'AWS::EC2::SecurityGroup')
    expect(sg.properties.SecurityGroupIngress).toEqual([{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: '10.0.0.0/16' }])
    expect(sg.properties.SecurityGroupEgress).toBeUndefined()
    expect(sg.unknown).toEqual(['GroupId', 'Id'])
  })

  test('without rule resources the new group has no rules at all', () => {
    const sg = mapOne([group], 'AWS::EC2::SecurityGroup')
    expect(sg.properties.SecurityGroupIngress).toBeUndefined()
    expect(sg.unknown ?? []).not.toContain('SecurityGroupIngress')
  })

  test('honest: inline rules the configuration writes with a value known after apply stay unknown', () => {
    const configuredGroup = { ...group, configured: [...group.configured!, 'ingress'] }
    const sg = mapOne([configuredGroup, rule], 'AWS::EC2::SecurityGroup')
    expect(sg.unknown).toContain('SecurityGroupIngress')
    expect(sg.unknown).not.toContain('SecurityGroupEgress')
  })
})

describe('iam-role-managed-policies-from-attachments / iam-role-inline-policies-from-role-policies', () => {
  const role = planned(
    'aws_iam_role', 'app', { name: 'app', assume_role_policy: '{"Version":"2012-10-17","Statement":[]}' },
    ['name', 'assume_role_policy'], ['arn', 'id', 'unique_id', 'managed_policy_arns', 'inline_policy']
  )
  const admin = 'arn:aws:iam::aws:policy/AdministratorAccess'
  const attachment = tf('aws_iam_role_policy_attachment', 'admin', { role: 'app', policy_arn: admin })
  const inline = tf('aws_iam_role_policy', 'logs', { role: 'app', name: 'logs', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"*"}]}' })

  test('the role has exactly the attached and inline policies folded in', () => {
    const mapped = mapOne([role, attachment, inline], 'AWS::IAM::Role')
    expect(mapped.properties.ManagedPolicyArns).toEqual([admin])
    expect(mapped.properties.Policies).toEqual([
      { PolicyName: 'logs', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }] } }
    ])
    expect(mapped.unknown).toEqual(['Arn', 'RoleId'])
  })

  test('a new role with nothing attached has no policies, known', () => {
    const mapped = mapOne([role], 'AWS::IAM::Role')
    expect(mapped.properties.ManagedPolicyArns).toBeUndefined()
    expect(mapped.properties.Policies).toBeUndefined()
    expect(mapped.unknown).toEqual(['Arn', 'RoleId'])
  })

  test('honest: managed_policy_arns set to an expression known after apply stays unknown', () => {
    const configuredRole = { ...role, configured: [...role.configured!, 'managed_policy_arns'] }
    const mapped = mapOne([configuredRole, attachment], 'AWS::IAM::Role')
    expect(mapped.unknown).toContain('ManagedPolicyArns')
  })
})

describe('s3-bucket-*-when-new', () => {
  const bucketUnknowns = ['arn', 'id', 'acl', 'grant', 'versioning', 'logging', 'server_side_encryption_configuration', 'object_lock_enabled', 'policy']
  const bucket = planned('aws_s3_bucket', 'data', { bucket: 'acme-data', force_destroy: false }, ['bucket'], bucketUnknowns)
  const ref = { references: { bucket: ['aws_s3_bucket.data.id', 'aws_s3_bucket.data'] }, unknown: ['bucket', 'id'] }

  test('a new bucket gets AWS defaults: no versioning, no logging, SSE-S3, no canned ACL, no Object Lock', () => {
    const mapped = mapOne([bucket], 'AWS::S3::Bucket')
    expect(mapped.properties).toEqual({
      BucketName: 'acme-data',
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }]
      }
    })
    expect(mapped.unknown).toEqual(['Arn'])
  })

  test('the companions fold over the defaults', () => {
    const versioning = tf('aws_s3_bucket_versioning', 'data', { bucket: null, versioning_configuration: [{ status: 'Enabled', mfa_delete: null }] }, ref)
    const sse = tf('aws_s3_bucket_server_side_encryption_configuration', 'data', {
      bucket: null, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/k' }], bucket_key_enabled: true }]
    }, ref)
    const logging = tf('aws_s3_bucket_logging', 'data', { bucket: null, target_bucket: 'acme-logs', target_prefix: 'data/' }, ref)
    const mapped = mapOne([bucket, versioning, sse, logging], 'AWS::S3::Bucket')
    expect(mapped.properties.VersioningConfiguration).toEqual({ Status: 'Enabled' })
    expect(mapped.properties.LoggingConfiguration).toEqual({ DestinationBucketName: 'acme-logs', LogFilePrefix: 'data/' })
    expect(mapped.properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'arn:aws:kms:eu-west-1:111122223333:key/k' }, BucketKeyEnabled: true }]
    })
    expect(mapped.unknown).toEqual(['Arn'])
  })

  test('honest: an inline block the configuration writes with unknown content stays unknown', () => {
    const inline = { ...bucket, configured: ['bucket', 'logging'] }
    const mapped = mapOne([inline], 'AWS::S3::Bucket')
    expect(mapped.unknown).toEqual(['Arn', 'LoggingConfiguration'])
    expect(mapped.properties.BucketEncryption).toBeDefined()
  })
})

describe('s3-bucket-versioning-no-mfa-delete-when-unset', () => {
  const bucket = planned('aws_s3_bucket', 'data', { bucket: 'acme-data' }, ['bucket'], ['arn', 'id', 'versioning'])
  const ref = { references: { bucket: ['aws_s3_bucket.data.id', 'aws_s3_bucket.data'] } }
  const versioning = (configured: string[]) =>
    tf('aws_s3_bucket_versioning', 'data', { bucket: 'acme-data', versioning_configuration: [{ status: 'Enabled', mfa_delete: null }] }, {
      ...ref,
      configured,
      unknown: ['id', 'versioning_configuration[0].mfa_delete']
    })

  test('a new versioning resource without mfa_delete has MFA delete as S3 reports it then: absent, not unknown', () => {
    const fact = mapOne([bucket, versioning(['bucket', 'versioning_configuration', 'versioning_configuration.status'])], 'Plumbline::S3::BucketVersioning')
    expect([fact.properties, fact.unknown]).toEqual([{ Bucket: 'acme-data', Status: 'Enabled' }, undefined])
  })

  test('honest: mfa_delete set to an expression known after apply stays unknown', () => {
    const fact = mapOne([bucket, versioning(['bucket', 'versioning_configuration', 'versioning_configuration.status', 'versioning_configuration.mfa_delete'])], 'Plumbline::S3::BucketVersioning')
    expect(fact.unknown).toEqual(['MFADelete'])
  })
})

describe('instance-metadata-options-unset', () => {
  const base = { ami: 'ami-1', instance_type: 't3.micro' }

  test('no metadata_options block: MetadataOptions is absent (the code does not require IMDSv2), not unknown', () => {
    const instance = planned('aws_instance', 'web', base, ['ami', 'instance_type'], ['id', 'arn', 'metadata_options'])
    const mapped = mapOne([instance], 'AWS::EC2::Instance')
    expect(mapped.properties.MetadataOptions).toBeUndefined()
    expect(mapped.unknown).toEqual(['InstanceId'])
  })

  test('settings left out of a written block are absent; the written ones are kept', () => {
    const instance = planned(
      'aws_instance', 'web', { ...base, metadata_options: [{ http_endpoint: 'enabled', http_tokens: 'required' }] },
      ['ami', 'instance_type', 'metadata_options', 'metadata_options.http_endpoint', 'metadata_options.http_tokens'],
      ['id', 'metadata_options[0].http_put_response_hop_limit', 'metadata_options[0].http_protocol_ipv6', 'metadata_options[0].instance_metadata_tags']
    )
    const mapped = mapOne([instance], 'AWS::EC2::Instance')
    expect(mapped.properties.MetadataOptions).toEqual({ HttpEndpoint: 'enabled', HttpTokens: 'required' })
    expect(mapped.unknown).toEqual(['InstanceId'])
  })

  test('honest: http_tokens written as an expression known after apply stays unknown', () => {
    const instance = planned(
      'aws_instance', 'web', { ...base, metadata_options: [{ http_endpoint: 'enabled' }] },
      ['ami', 'instance_type', 'metadata_options', 'metadata_options.http_endpoint', 'metadata_options.http_tokens'],
      ['id', 'metadata_options[0].http_tokens', 'metadata_options[0].http_put_response_hop_limit']
    )
    const mapped = mapOne([instance], 'AWS::EC2::Instance')
    expect(mapped.unknown).toEqual(['InstanceId', 'MetadataOptions.HttpTokens'])
    expect(mapped.properties.MetadataOptions).toEqual({ HttpEndpoint: 'enabled' })
  })
})

describe('db-instance-api-defaults', () => {
  const values = { identifier: 'db', engine: 'postgres', instance_class: 'db.t4g.micro', storage_encrypted: true }
  const configured = ['identifier', 'engine', 'instance_class', 'storage_encrypted']

  test('a plain new instance: default backup retention (absent) and Single-AZ', () => {
    const mapped = mapOne([planned('aws_db_instance', 'db', values, configured, ['arn', 'backup_retention_period', 'multi_az'])], 'AWS::RDS::DBInstance')
    expect(mapped.properties.BackupRetentionPeriod).toBeUndefined()
    expect(mapped.properties.MultiAZ).toBe(false)
    expect(mapped.unknown).toEqual(['DBInstanceArn'])
  })

  test('a replica or a restore takes its settings from its source: they stay unknown', () => {
    for (const source of ['replicate_source_db', 'snapshot_identifier']) {
      const mapped = mapOne([planned('aws_db_instance', 'db', values, [...configured, source], ['arn', 'backup_retention_period', 'multi_az'])], 'AWS::RDS::DBInstance')
      expect(mapped.unknown).toEqual(['BackupRetentionPeriod', 'DBInstanceArn', 'MultiAZ'])
    }
  })
})

describe('efs-file-system-unencrypted-by-default', () => {
  test('encrypted left out of a new file system is false', () => {
    const mapped = mapOne([planned('aws_efs_file_system', 'fs', { creation_token: 'fs' }, ['creation_token'], ['id', 'arn', 'encrypted', 'kms_key_id'])], 'AWS::EFS::FileSystem')
    expect(mapped.properties.Encrypted).toBe(false)
    expect(mapped.unknown ?? []).not.toContain('Encrypted')
  })

  test('with a KMS key written, encryption is not defaulted', () => {
    const mapped = mapOne([planned('aws_efs_file_system', 'fs', { creation_token: 'fs' }, ['creation_token', 'kms_key_id'], ['id', 'encrypted', 'kms_key_id'])], 'AWS::EFS::FileSystem')
    expect(mapped.unknown).toContain('Encrypted')
  })
})

describe('ebs-volume-encryption-from-account', () => {
  test('encrypted left out: Encrypted is absent (the account default decides), not unknown', () => {
    const mapped = mapOne([planned('aws_ebs_volume', 'v', { availability_zone: 'eu-west-1a', size: 10 }, ['availability_zone', 'size'], ['id', 'encrypted'])], 'AWS::EC2::Volume')
    expect(mapped.properties.Encrypted).toBeUndefined()
    expect(mapped.unknown ?? []).not.toContain('Encrypted')
  })

  test('a volume from a snapshot inherits its encryption: unknown', () => {
    const mapped = mapOne([planned('aws_ebs_volume', 'v', { availability_zone: 'eu-west-1a', snapshot_id: 'snap-1' }, ['availability_zone', 'snapshot_id'], ['id', 'encrypted'])], 'AWS::EC2::Volume')
    expect(mapped.unknown).toContain('Encrypted')
  })
})

describe('the demo plan', () => {
  test('companion-defined groups, roles and buckets are known; policies naming new ARNs stay unknown', async () => {
    const plan = await readPlan('examples/plan.json')
    const { resources } = mapTerraform(plan.resources)
    const at = (address: string): Resource => resources.find((r) => r.address === address)!
    expect(at('aws_security_group.db').unknown).toEqual(['GroupId', 'Id', 'SecurityGroupIngress[0].SourceSecurityGroupId'])
    expect(at('module.app.aws_security_group.this').properties.SecurityGroupIngress).toBeUndefined()
    expect(at('module.app.aws_iam_role.this').properties.ManagedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole'
    ])
    expect(at('aws_s3_bucket.logs').unknown).toEqual(['Arn'])
    expect(at('aws_instance.bastion').properties.MetadataOptions).toEqual({ HttpEndpoint: 'enabled', HttpTokens: 'optional' })
    expect(at('aws_s3_bucket_policy.assets').unknown).toContain('PolicyDocument')
    expect(at('aws_iam_policy.assets_read').unknown).toContain('PolicyDocument')
  })
})

test('ABSENT is a marker, never a value that reaches a resource', () => {
  const instance = planned('aws_instance', 'web', { ami: 'ami-1' }, ['ami'], ['metadata_options'])
  expect(Object.values(applyUnsetComputedDefaults(instance).values)).not.toContain(ABSENT)
})

describe('instance-no-profile-unless-asked', () => {
  test('a new instance without iam_instance_profile has none; with a launch template it stays unknown', () => {
    const plain = planned('aws_instance', 'web', { ami: 'ami-1', instance_type: 't3.micro' }, ['ami', 'instance_type'], ['id', 'iam_instance_profile'])
    const instance = mapOne([plain], 'AWS::EC2::Instance')
    expect(instance.properties.IamInstanceProfile).toBeUndefined()
    expect(instance.unknown ?? []).not.toContain('IamInstanceProfile')
    const fromTemplate = planned('aws_instance', 'lt', { launch_template: [{ id: 'lt-1' }] }, ['launch_template'], ['id', 'iam_instance_profile'])
    expect(mapOne([fromTemplate], 'AWS::EC2::Instance').unknown).toContain('IamInstanceProfile')
  })
})

describe('network-acl-entries-from-rule-resources', () => {
  test('a new ACL without inline blocks has only the entries of its rule resources', () => {
    const acl = planned('aws_network_acl', 'main', { vpc_id: 'vpc-1' }, ['vpc_id'], ['id', 'arn', 'ingress', 'egress', 'owner_id'])
    const normalized = applyUnsetComputedDefaults(acl)
    expect(normalized.values).toMatchObject({ ingress: [], egress: [] })
    expect(normalized.unknown).toEqual(['id', 'arn', 'owner_id'])
    // No entry resource at all: nothing unknown to judge.
    expect(mapTerraform([acl]).resources.filter((r) => r.type === 'AWS::EC2::NetworkAclEntry')).toEqual([])
  })
})

describe('sqs-queue-sqs-managed-encryption-by-default', () => {
  test('a new queue without encryption settings gets SQS-managed encryption', () => {
    const mapped = mapOne([planned('aws_sqs_queue', 'q', { name: 'q' }, ['name'], ['id', 'arn', 'url', 'sqs_managed_sse_enabled'])], 'AWS::SQS::Queue')
    expect(mapped.properties.SqsManagedSseEnabled).toBe(true)
    expect(mapped.unknown ?? []).not.toContain('SqsManagedSseEnabled')
  })

  test('with a KMS key written, the SQS-managed setting is not defaulted', () => {
    const mapped = mapOne([planned('aws_sqs_queue', 'q', { name: 'q', kms_master_key_id: 'alias/aws/sqs' }, ['name', 'kms_master_key_id'], ['id', 'sqs_managed_sse_enabled'])], 'AWS::SQS::Queue')
    expect(mapped.unknown).toContain('SqsManagedSseEnabled')
  })
})

describe('acm-certificate-rsa-2048-by-default and acm-certificate-transparency-logging-by-default', () => {
  test('a requested certificate without them leaves both absent, for the rules\' CloudFormation defaults', () => {
    const mapped = mapOne([planned('aws_acm_certificate', 'c', { domain_name: 'a.example.com', validation_method: 'DNS' }, ['domain_name', 'validation_method'], ['id', 'arn', 'key_algorithm', 'options'])], 'AWS::CertificateManager::Certificate')
    expect(mapped.properties.KeyAlgorithm).toBeUndefined()
    expect(mapped.properties.CertificateTransparencyLoggingPreference).toBeUndefined()
    expect(mapped.unknown ?? []).not.toContain('KeyAlgorithm')
    expect(mapped.unknown ?? []).not.toContain('CertificateTransparencyLoggingPreference')
  })

  test('an imported certificate has its key\'s algorithm: unknown', () => {
    const mapped = mapOne([planned('aws_acm_certificate', 'c', {}, ['private_key', 'certificate_body'], ['id', 'key_algorithm'])], 'AWS::CertificateManager::Certificate')
    expect(mapped.unknown).toContain('KeyAlgorithm')
  })
})

describe('sfn-state-machine-no-logging-by-default, sfn-state-machine-no-tracing-by-default, sfn-state-machine-aws-owned-key-by-default', () => {
  test('a new state machine without them has none of them', () => {
    const mapped = mapOne([planned('aws_sfn_state_machine', 's', { name: 's', definition: '{}', role_arn: 'arn:aws:iam::1:role/r' }, ['name', 'definition', 'role_arn'], ['id', 'arn', 'logging_configuration', 'tracing_configuration', 'encryption_configuration'])], 'AWS::StepFunctions::StateMachine')
    expect(mapped.properties.LoggingConfiguration).toBeUndefined()
    expect(mapped.properties.TracingConfiguration).toBeUndefined()
    expect(mapped.properties.EncryptionConfiguration).toBeUndefined()
    expect((mapped.unknown ?? []).filter((p) => /^(Logging|Tracing|Encryption)Configuration/.test(p))).toEqual([])
  })
})

describe('msk-cluster-default-encryption', () => {
  test('a new cluster without encryption_info has no key of its own and the TLS defaults', () => {
    const mapped = mapOne([planned('aws_msk_cluster', 'k', { cluster_name: 'k', kafka_version: '3.6.0', number_of_broker_nodes: 3 }, ['cluster_name', 'kafka_version', 'number_of_broker_nodes'], ['id', 'arn', 'encryption_info'])], 'AWS::MSK::Cluster')
    expect(mapped.properties.EncryptionInfo).toEqual({ EncryptionInTransit: { ClientBroker: 'TLS', InCluster: true } })
    expect((mapped.unknown ?? []).filter((p) => p.startsWith('EncryptionInfo'))).toEqual([])
  })
})

describe('kms-key-default-key-policy', () => {
  test('a new key without a policy has none in the model (the default key policy), not an unknown one', () => {
    const mapped = mapOne([planned('aws_kms_key', 'k', { description: 'k' }, ['description'], ['id', 'arn', 'key_id', 'policy'])], 'AWS::KMS::Key')
    expect(mapped.properties.KeyPolicy).toBeUndefined()
    expect(mapped.unknown ?? []).not.toContain('KeyPolicy')
  })
})
