import { mapTerraform, MAPPED_TF_TYPES, schemaFacts } from '../../src/mapping/index.js'
import { tf } from './helpers.js'

describe('awscc_* generic mapping', () => {
  test('snake_case inverted through the schema, nested definitions included; JSON strings parsed; tags canonical', () => {
    const { resources } = mapTerraform([
      tf('awscc_s3_bucket', 'b', {
        id: 'cc-bucket',
        bucket_name: 'cc-bucket',
        bucket_encryption: { server_side_encryption_configuration: [{ bucket_key_enabled: true, server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: 'k' } }] },
        versioning_configuration: null,
        tags: [{ key: 'b', value: '2' }, { key: 'a', value: '1' }, { key: 'aws:x', value: 'y' }]
      }, { unknown: ['logging_configuration.destination_bucket_name'] }),
      tf('awscc_iam_role', 'r', { id: 'r1', role_name: 'r1', assume_role_policy_document: '{"Version":"2012-10-17"}' }, { sensitive: ['policies[0].policy_document'] })
    ])
    expect(resources[0]).toMatchObject({ type: 'AWS::S3::Bucket', id: 'cc-bucket' })
    expect(resources[0].properties).toEqual({
      BucketName: 'cc-bucket',
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'k' } }] },
      Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }]
    })
    expect(resources[0].unknown).toEqual(['LoggingConfiguration.DestinationBucketName'])
    expect(resources[1]).toMatchObject({ type: 'AWS::IAM::Role', id: 'r1', region: 'global', properties: { RoleName: 'r1', AssumeRolePolicyDocument: { Version: '2012-10-17' } } })
    expect(resources[1].sensitive).toEqual(['Policies[0].PolicyDocument'])
    expect(MAPPED_TF_TYPES.has('awscc_ec2_security_group')).toBe(true)
  })
})

describe('unknown and sensitive translation', () => {
  test('sensitive attributes, write-only properties, Lambda environment values and secret-looking strings', () => {
    const token = 'ghp_' + 'a'.repeat(36)
    const { resources } = mapTerraform([
      tf('aws_lambda_function', 'f', {
        function_name: 'f', role: 'arn:role', description: `deployed with ${token}`,
        environment: [{ variables: { DB_HOST: 'db', API_KEY: 'plain' } }]
      }, { sensitive: ['environment[0].variables.API_KEY'], unknown: ['environment[0].variables.LATER', 'arn'] })
    ])
    const r = resources[0]
    expect(r.sensitive).toEqual(['Description', 'Environment.Variables.API_KEY', 'Environment.Variables.DB_HOST', 'Environment.Variables.LATER'])
    expect(r.unknown).toEqual(['Arn', 'Environment.Variables.LATER'])
    expect(r.properties.Environment).toEqual({ Variables: { DB_HOST: 'db', API_KEY: 'plain' } })
  })

  test('a whole sensitive block makes its property sensitive; unknown never gets a default', () => {
    const r = mapTerraform([tf('aws_kms_key', 'k', { key_id: 'k', tags_all: { Secret: 's' } }, { unknown: ['is_enabled', 'policy'], sensitive: ['tags_all'] })]).resources[0]
    expect(r.properties.Enabled).toBeUndefined()
    expect(r.unknown).toEqual(['Enabled', 'KeyPolicy'])
    expect(r.sensitive).toEqual(['Tags'])
  })
})

describe('schema facts', () => {
  test('primary identifiers, write-only paths, list requirements and permissions are extracted', () => {
    expect(schemaFacts('AWS::Lambda::Permission')).toMatchObject({ primaryIdentifier: ['FunctionName', 'Id'], listRequires: ['FunctionName'], listPermissions: ['lambda:GetPolicy'] })
    expect(schemaFacts('AWS::EC2::Instance')?.writeOnly).toContain('BlockDeviceMappings[*].NoDevice')
    expect(schemaFacts('AWS::RDS::DBInstance')?.properties.Endpoint).toEqual({ Address: 0, HostedZoneId: 0, Port: 0 })
    expect(schemaFacts('AWS::IAM::ManagedPolicy')?.primaryIdentifier).toEqual(['PolicyArn'])
    expect(schemaFacts('AWS::Nope::Nope')).toBeUndefined()
  })
})
