import { mapTerraform } from '../../src/mapping/index.js'
import { tf } from './helpers.js'

describe('aws_s3_bucket and its companions', () => {
  test('a bucket with tags_all, companions folded by reference, exact resource out', () => {
    const bucket = tf('aws_s3_bucket', 'logs', {
      bucket: 'acme-logs',
      tags: { Team: 'x' },
      tags_all: { Team: 'x', Env: 'prod', 'aws:cloudformation:stack-name': 's' },
      object_lock_enabled: false
    }, { location: { file: 'main.tf', line: 3 } })
    const refs = { bucket: ['aws_s3_bucket.logs'] }
    const versioning = tf('aws_s3_bucket_versioning', 'logs', { bucket: 'acme-logs', versioning_configuration: [{ status: 'Enabled' }] }, { references: refs })
    const sse = tf('aws_s3_bucket_server_side_encryption_configuration', 'logs', {
      bucket: 'acme-logs',
      rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/k' }], bucket_key_enabled: true }]
    }, { references: refs })
    const logging = tf('aws_s3_bucket_logging', 'logs', { bucket: 'acme-logs', target_bucket: 'acme-audit', target_prefix: 'logs/' }, { references: refs })
    const pab = tf('aws_s3_bucket_public_access_block', 'logs', {
      bucket: 'acme-logs', block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: false
    }, { references: refs })
    const own = tf('aws_s3_bucket_ownership_controls', 'logs', { bucket: 'acme-logs', rule: [{ object_ownership: 'BucketOwnerEnforced' }] }, { references: refs })

    const { resources, unmapped } = mapTerraform([bucket, versioning, sse, logging, pab, own])
    expect(unmapped).toEqual([])
    expect(resources).toStrictEqual([
      {
        type: 'AWS::S3::Bucket',
        id: 'acme-logs',
        origin: 'plan',
        address: 'aws_s3_bucket.logs',
        tfType: 'aws_s3_bucket',
        account: '111122223333',
        region: 'eu-west-1',
        location: { file: 'main.tf', line: 3 },
        action: 'create',
        // Each folded companion's share, so that a finding it decides is placed on its block.
        causes: [
          { path: 'BucketEncryption', address: 'aws_s3_bucket_server_side_encryption_configuration.logs' },
          { path: 'LoggingConfiguration', address: 'aws_s3_bucket_logging.logs' },
          { path: 'OwnershipControls', address: 'aws_s3_bucket_ownership_controls.logs' },
          { path: 'PublicAccessBlockConfiguration', address: 'aws_s3_bucket_public_access_block.logs' },
          { path: 'VersioningConfiguration.Status', address: 'aws_s3_bucket_versioning.logs' }
        ],
        properties: {
          BucketName: 'acme-logs',
          Tags: [{ Key: 'Env', Value: 'prod' }, { Key: 'Team', Value: 'x' }],
          VersioningConfiguration: { Status: 'Enabled' },
          BucketEncryption: {
            ServerSideEncryptionConfiguration: [
              { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'arn:aws:kms:eu-west-1:111122223333:key/k' }, BucketKeyEnabled: true }
            ]
          },
          LoggingConfiguration: { DestinationBucketName: 'acme-audit', LogFilePrefix: 'logs/' },
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: false },
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] }
        }
      },
      {
        // The versioning resource is also the bucket's versioning fact, for MFA delete (CloudFormation has none).
        type: 'Plumbline::S3::BucketVersioning',
        id: 'acme-logs',
        origin: 'plan',
        address: 'aws_s3_bucket_versioning.logs',
        tfType: 'aws_s3_bucket_versioning',
        account: '111122223333',
        region: 'eu-west-1',
        action: 'create',
        properties: { Bucket: 'acme-logs', Status: 'Enabled' },
        references: { Bucket: ['aws_s3_bucket.logs'] }
      }
    ])
  })

  test('deprecated inline blocks map, and a companion wins over the computed (unknown) inline block', () => {
    const inlineOnly = tf('aws_s3_bucket', 'old', {
      bucket: 'old-bucket',
      acl: 'public-read',
      versioning: [{ enabled: true, mfa_delete: false }],
      logging: [{ target_bucket: 'audit', target_prefix: 'old/' }],
      server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256', kms_master_key_id: '' }], bucket_key_enabled: false }] }]
    })
    const fresh = tf('aws_s3_bucket', 'fresh', { bucket: 'fresh-bucket' }, { unknown: ['versioning', 'logging', 'server_side_encryption_configuration', 'arn', 'id'] })
    const versioning = tf('aws_s3_bucket_versioning', 'fresh', { versioning_configuration: [{ status: 'Suspended' }] }, {
      unknown: ['bucket'], references: { bucket: ['aws_s3_bucket.fresh.id'] }
    })
    const { resources } = mapTerraform([inlineOnly, fresh, versioning])
    expect(resources[0].properties).toEqual({
      BucketName: 'old-bucket',
      AccessControl: 'PublicRead',
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: 'audit', LogFilePrefix: 'old/' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }] }
    })
    // AccessControl is write-only in the schema, hence sensitive.
    expect(resources[0].sensitive).toEqual(['AccessControl'])
    expect(resources[1].properties.VersioningConfiguration).toEqual({ Status: 'Suspended' })
    expect(resources[1].unknown).toEqual(['Arn', 'BucketEncryption.ServerSideEncryptionConfiguration', 'LoggingConfiguration'])
  })

  test('aws_s3_bucket_policy is its own type with a parsed document, id = bucket, and references the bucket', () => {
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }
    const bucket = tf('aws_s3_bucket', 'b', { bucket: 'b1' })
    const bp = tf('aws_s3_bucket_policy', 'b', { bucket: 'b1', policy: JSON.stringify(policy) }, { references: { bucket: ['aws_s3_bucket.b'] } })
    const notJson = tf('aws_s3_bucket_policy', 'c', { bucket: 'c1', policy: '${data.x.json}' })
    const later = tf('aws_s3_bucket_policy', 'd', { bucket: 'd1' }, { unknown: ['policy'] })
    const { resources } = mapTerraform([bucket, bp, notJson, later])
    expect(resources[1]).toMatchObject({ type: 'AWS::S3::BucketPolicy', id: 'b1', properties: { Bucket: 'b1', PolicyDocument: policy }, references: { Bucket: ['aws_s3_bucket.b'] } })
    expect(resources[2].properties.PolicyDocument).toBe('${data.x.json}')
    expect(resources[3].properties).toEqual({ Bucket: 'd1' })
    expect(resources[3].unknown).toEqual(['PolicyDocument'])
  })
})

describe('the inline bucket policy of aws_s3_bucket', () => {
  const publicPolicy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' }]
  })
  const policiesOf = (input: Parameters<typeof mapTerraform>[0]) =>
    mapTerraform(input).resources.filter((r) => r.type === 'AWS::S3::BucketPolicy')

  test('becomes an AWS::S3::BucketPolicy of its own, tied to the bucket by reference', () => {
    const bucket = tf('aws_s3_bucket', 'site', { bucket: 'site', policy: publicPolicy }, { origin: 'state', action: undefined })
    expect(policiesOf([bucket])).toStrictEqual([
      {
        type: 'AWS::S3::BucketPolicy',
        id: 'site',
        origin: 'state',
        address: 'aws_s3_bucket.site',
        tfType: 'aws_s3_bucket',
        account: '111122223333',
        region: 'eu-west-1',
        properties: { Bucket: 'site', PolicyDocument: JSON.parse(publicPolicy) },
        references: { Bucket: ['aws_s3_bucket.site'] }
      }
    ])
  })

  test('is left to aws_s3_bucket_policy when one names the bucket (the inline value only echoes it)', () => {
    const bucket = tf('aws_s3_bucket', 'site', { bucket: 'site', policy: publicPolicy }, { origin: 'state', action: undefined })
    const byName = tf('aws_s3_bucket_policy', 'site', { bucket: 'site', policy: publicPolicy }, { origin: 'state', action: undefined })
    const byRef = tf('aws_s3_bucket_policy', 'site', { bucket: null, policy: publicPolicy }, { unknown: ['bucket'], references: { bucket: ['aws_s3_bucket.site'] } })
    expect(policiesOf([bucket, byName]).map((p) => p.tfType)).toEqual(['aws_s3_bucket_policy'])
    expect(policiesOf([bucket, byRef]).map((p) => p.tfType)).toEqual(['aws_s3_bucket_policy'])
  })

  test('is made for an unknown policy only when the configuration writes one', () => {
    const written = tf('aws_s3_bucket', 'written', { bucket: 'written', policy: null }, { unknown: ['policy'], configured: ['bucket', 'policy'] })
    const computed = tf('aws_s3_bucket', 'computed', { bucket: 'computed', policy: null }, { unknown: ['policy'], configured: ['bucket'] })
    const empty = tf('aws_s3_bucket', 'empty', { bucket: 'empty', policy: '' }, { origin: 'state', action: undefined })
    const policies = policiesOf([written, computed, empty])
    expect(policies.map((p) => [p.id, p.unknown])).toEqual([['written', ['PolicyDocument']]])
  })
})

describe('Plumbline::S3::BucketVersioning from aws_s3_bucket_versioning and the legacy inline block', () => {
  const facts = (input: Parameters<typeof mapTerraform>[0]) => mapTerraform(input).resources.filter((r) => r.type === 'Plumbline::S3::BucketVersioning')
  const refs = { references: { bucket: ['aws_s3_bucket.data'] } }

  test('versioning_configuration { status, mfa_delete } gives the fact as S3 returns it, joined to its bucket', () => {
    const bucket = tf('aws_s3_bucket', 'data', { bucket: 'acme-data', versioning: [{ enabled: false, mfa_delete: false }] })
    const versioning = tf('aws_s3_bucket_versioning', 'data', { bucket: 'acme-data', versioning_configuration: [{ status: 'Enabled', mfa_delete: 'Enabled' }] }, refs)
    // The resource replaces the bucket's computed inline block: one fact, the resource's.
    expect(facts([bucket, versioning]).map((f) => [f.address, f.id, f.region, f.properties, f.references])).toEqual([
      ['aws_s3_bucket_versioning.data', 'acme-data', 'eu-west-1', { Bucket: 'acme-data', Status: 'Enabled', MFADelete: 'Enabled' }, { Bucket: ['aws_s3_bucket.data'] }]
    ])
    const disabled = tf('aws_s3_bucket_versioning', 'data', { bucket: 'acme-data', versioning_configuration: [{ status: 'Suspended', mfa_delete: 'Disabled' }] }, refs)
    expect(facts([bucket, disabled])[0].properties).toEqual({ Bucket: 'acme-data', Status: 'Suspended', MFADelete: 'Disabled' })
    // 'Disabled' status (never enabled) and an empty mfa_delete are what S3 omits.
    const never = tf('aws_s3_bucket_versioning', 'data', { bucket: 'acme-data', versioning_configuration: [{ status: 'Disabled', mfa_delete: '' }] }, refs)
    expect(facts([bucket, never])[0].properties).toEqual({ Bucket: 'acme-data' })
  })

  test('the legacy versioning { enabled, mfa_delete } booleans give the same fact, under the bucket’s address', () => {
    const on = tf('aws_s3_bucket', 'data', { bucket: 'acme-data', versioning: [{ enabled: true, mfa_delete: true }] })
    expect(facts([on]).map((f) => [f.address, f.tfType, f.id, f.properties, f.references])).toEqual([
      ['aws_s3_bucket.data', 'aws_s3_bucket', 'acme-data', { Bucket: 'acme-data', Status: 'Enabled', MFADelete: 'Enabled' }, { Bucket: ['aws_s3_bucket.data'] }]
    ])
    const off = tf('aws_s3_bucket', 'data', { bucket: 'acme-data', versioning: [{ enabled: false, mfa_delete: false }] })
    expect(facts([off])[0].properties).toEqual({ Bucket: 'acme-data', MFADelete: 'Disabled' })
    // No block at all (plain .tf code): no fact; the rule judges S3's default.
    expect(facts([tf('aws_s3_bucket', 'data', { bucket: 'acme-data' })])).toEqual([])
  })

  test('unknown stays unknown: a computed mfa_delete, a whole inline block, a bucket name known after apply', () => {
    const bucket = tf('aws_s3_bucket', 'data', { bucket_prefix: 'acme-' }, { unknown: ['bucket', 'id', 'versioning'] })
    const versioning = tf('aws_s3_bucket_versioning', 'data', { bucket: null, versioning_configuration: [{ status: 'Enabled', mfa_delete: null }] }, {
      ...refs,
      action: 'update',
      unknown: ['bucket', 'versioning_configuration[0].mfa_delete']
    })
    const [fact] = facts([bucket, versioning])
    expect([fact.id, fact.properties, fact.unknown, fact.references]).toEqual([null, { Status: 'Enabled' }, ['Bucket', 'MFADelete'], { Bucket: ['aws_s3_bucket.data'] }])
    const [inline] = facts([bucket])
    expect([inline.address, inline.properties, inline.unknown]).toEqual(['aws_s3_bucket.data', {}, ['Bucket', 'MFADelete', 'Status']])
  })

  test('a sensitive mfa_delete is recorded sensitive, as any copied attribute', () => {
    const bucket = tf('aws_s3_bucket', 'data', { bucket: 'acme-data' })
    const versioning = tf('aws_s3_bucket_versioning', 'data', { bucket: 'acme-data', versioning_configuration: [{ status: 'Enabled', mfa_delete: 'Enabled' }] }, {
      ...refs,
      sensitive: ['versioning_configuration[0].mfa_delete']
    })
    expect(facts([bucket, versioning])[0].sensitive).toEqual(['MFADelete'])
  })

  test('a versioning resource of a bucket managed elsewhere gives no fact; one naming an unknown bucket does, its Bucket open', () => {
    expect(facts([tf('aws_s3_bucket_versioning', 'v', { bucket: 'elsewhere', versioning_configuration: [{ status: 'Enabled', mfa_delete: 'Enabled' }] })])).toEqual([])
    const viaLocal = tf('aws_s3_bucket_versioning', 'v', { bucket: null, versioning_configuration: [{ status: 'Enabled', mfa_delete: 'Enabled' }] }, {
      unknown: ['bucket'],
      references: { bucket: ['local.name'] }
    })
    const [fact] = facts([viaLocal])
    expect([fact.id, fact.properties, fact.unknown]).toEqual([null, { Status: 'Enabled', MFADelete: 'Enabled' }, ['Bucket']])
  })
})
