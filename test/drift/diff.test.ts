// diffResources: one IaC resource against its live counterpart, each case a change a user makes (or does not
// make) outside Terraform, with the exact list of changes expected.
import { diffResources } from '../../src/drift/diff.js'
import { REDACTED } from '../../src/paths.js'
import type { Resource } from '../../src/types.js'

const iac = (type: string, properties: Record<string, unknown>, extra: Partial<Resource> = {}): Resource => ({
  type,
  id: 'id-1',
  origin: 'state',
  region: 'eu-west-1',
  account: '111122223333',
  properties,
  ...extra
})
const live = (type: string, properties: Record<string, unknown>, extra: Partial<Resource> = {}): Resource => ({
  ...iac(type, properties, extra),
  origin: 'live'
})

const SG = 'AWS::EC2::SecurityGroup'
const adminSsh = { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '203.0.113.24/32', Description: 'SSH from administrators' }
const https = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8' }
const allEgress = { IpProtocol: '-1', CidrIp: '0.0.0.0/0' }
const group = (ingress: unknown[], egress: unknown[] = [allEgress]): Record<string, unknown> => ({
  GroupName: 'bastion',
  GroupDescription: 'SSH to the bastion host',
  VpcId: 'vpc-1',
  GroupId: 'sg-1',
  SecurityGroupIngress: ingress,
  SecurityGroupEgress: egress
})

describe('security groups', () => {
  it('an SSH rule opened to the world by hand is one change at its live index', () => {
    const openSsh = { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0', Description: 'temporary: vendor access' }
    expect(diffResources(iac(SG, group([adminSsh, https])), live(SG, group([https, openSsh, adminSsh])))).toEqual([
      { path: 'SecurityGroupIngress[1]', iac: null, live: openSsh }
    ])
  })

  it('the same rules in another order, with protocol numbers, upper case and string ports, are in sync', () => {
    const reordered = [
      { IpProtocol: '6', FromPort: '443', ToPort: '443', CidrIp: '10.0.0.0/8' },
      { IpProtocol: 'TCP', FromPort: 22, ToPort: 22, CidrIp: '203.0.113.24/32', Description: 'SSH from administrators' }
    ]
    expect(diffResources(iac(SG, group([adminSsh, https])), live(SG, group(reordered, [{ IpProtocol: '-1', FromPort: -1, ToPort: -1, CidrIp: '0.0.0.0/0' }])))).toEqual([])
  })

  it('a rule removed by hand is one change at its IaC index', () => {
    expect(diffResources(iac(SG, group([adminSsh, https])), live(SG, group([adminSsh])))).toEqual([{ path: 'SecurityGroupIngress[1]', iac: https, live: null }])
  })

  it('a description edited by hand is one Description change on the IaC entry', () => {
    expect(diffResources(iac(SG, group([https, adminSsh])), live(SG, group([{ ...adminSsh, Description: 'vendor' }, https])))).toEqual([
      { path: 'SecurityGroupIngress[1].Description', iac: 'SSH from administrators', live: 'vendor' }
    ])
  })

  it('rules Terraform leaves out are none: an egress rule added live is drift', () => {
    const { SecurityGroupEgress: _none, ...withoutEgress } = group([adminSsh])
    expect(diffResources(iac(SG, withoutEgress), live(SG, group([adminSsh])))).toEqual([{ path: 'SecurityGroupEgress[0]', iac: null, live: allEgress }])
  })

  it('a rule whose source is only known after apply matches the live rule that agrees on the rest', () => {
    const planned = iac(SG, group([{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, Description: 'PostgreSQL from the API' }]), {
      origin: 'plan',
      unknown: ['SecurityGroupIngress[0].SourceSecurityGroupId']
    })
    const fromApi = { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, SourceSecurityGroupId: 'sg-api', Description: 'PostgreSQL from the API' }
    expect(diffResources(planned, live(SG, group([fromApi])))).toEqual([])
    expect(diffResources(planned, live(SG, group([fromApi, https])))).toEqual([{ path: 'SecurityGroupIngress[1]', iac: null, live: https }])
  })

  it('the write-only SourceSecurityGroupName is not compared', () => {
    const byName = { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, SourceSecurityGroupName: 'web' }
    const byId = { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, SourceSecurityGroupId: 'sg-web' }
    expect(diffResources(iac(SG, group([byName])), live(SG, group([byId])))).toEqual([])
  })

  it('read-only GroupId and Id differences are ignored', () => {
    expect(diffResources(iac(SG, { ...group([adminSsh]), GroupId: 'sg-old', Id: 'sg-old' }), live(SG, group([adminSsh])))).toEqual([])
  })
})

describe('tags', () => {
  it('a changed value, an added key and a removed key are one change each; aws: keys are ignored', () => {
    const declared = iac('AWS::EC2::Volume', {
      Size: 100,
      Tags: [
        { Key: 'env', Value: 'staging' },
        { Key: 'owner', Value: 'data' },
        { Key: 'Name', Value: 'scratch' }
      ]
    })
    const actual = live('AWS::EC2::Volume', {
      Size: 100,
      Tags: [
        { Key: 'Name', Value: 'scratch' },
        { Key: 'env', Value: 'production' },
        { Key: 'cost center', Value: '42' },
        { Key: 'aws:cloudformation:stack-name', Value: 'other' }
      ]
    })
    expect(diffResources(declared, actual)).toEqual([
      { path: 'Tags["cost center"]', iac: null, live: '42' },
      { path: 'Tags.env', iac: 'staging', live: 'production' },
      { path: 'Tags.owner', iac: 'data', live: null }
    ])
  })

  it('tags added by hand to a resource Terraform tags with nothing are drift', () => {
    expect(diffResources(iac('AWS::S3::Bucket', { BucketName: 'b' }), live('AWS::S3::Bucket', { BucketName: 'b', Tags: [{ Key: 'env', Value: 'x' }] }))).toEqual([
      { path: 'Tags.env', iac: null, live: 'x' }
    ])
  })

  it('EFS compares its FileSystemTags', () => {
    expect(
      diffResources(iac('AWS::EFS::FileSystem', { FileSystemTags: [{ Key: 'env', Value: 'a' }] }), live('AWS::EFS::FileSystem', { FileSystemTags: [{ Key: 'env', Value: 'b' }] }))
    ).toEqual([{ path: 'FileSystemTags.env', iac: 'a', live: 'b' }])
  })
})

describe('leaf properties', () => {
  it('encryption turned off on a volume', () => {
    expect(diffResources(iac('AWS::EC2::Volume', { Encrypted: true, Size: 100 }), live('AWS::EC2::Volume', { Encrypted: false, Size: 100 }))).toEqual([
      { path: 'Encrypted', iac: true, live: false }
    ])
  })

  it('KMS key rotation turned off', () => {
    expect(diffResources(iac('AWS::KMS::Key', { EnableKeyRotation: true, Enabled: true }), live('AWS::KMS::Key', { EnableKeyRotation: false, Enabled: true }))).toEqual([
      { path: 'EnableKeyRotation', iac: true, live: false }
    ])
  })

  it('"5432" and 5432, "true" and true are the same value', () => {
    expect(
      diffResources(
        iac('AWS::RDS::DBInstance', { DBInstanceIdentifier: 'db', AllocatedStorage: '50', StorageEncrypted: 'true' }),
        live('AWS::RDS::DBInstance', { DBInstanceIdentifier: 'db', AllocatedStorage: 50, StorageEncrypted: true })
      )
    ).toEqual([])
  })

  it('absent and empty are the same: [], {}, "" and null on either side', () => {
    expect(
      diffResources(
        iac('AWS::Lambda::Function', { FunctionName: 'f', Layers: [], Environment: {}, Description: '', KmsKeyArn: null }),
        live('AWS::Lambda::Function', { FunctionName: 'f', Layers: null, Description: null, ImageConfig: {} })
      )
    ).toEqual([])
  })

  it('what Terraform does not declare is not compared', () => {
    expect(diffResources(iac('AWS::EC2::Volume', { Size: 100 }), live('AWS::EC2::Volume', { Size: 100, Iops: 3000, Throughput: 125 }))).toEqual([])
  })

  it('a nested value changed by hand is one change at its leaf path; live-only nested keys are not', () => {
    const declared = iac('AWS::S3::Bucket', {
      BucketName: 'b',
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'arn:key' }, BucketKeyEnabled: true }] }
    })
    const actual = live('AWS::S3::Bucket', {
      BucketName: 'b',
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: true, Extra: 1 }] }
    })
    expect(diffResources(declared, actual)).toEqual([
      { path: 'BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.KMSMasterKeyID', iac: 'arn:key', live: null },
      { path: 'BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm', iac: 'aws:kms', live: 'AES256' }
    ])
  })

  it('a list item only live has is one change with the item', () => {
    const declared = iac('AWS::Lambda::Function', { FunctionName: 'f', Layers: ['arn:layer:1'] })
    expect(diffResources(declared, live('AWS::Lambda::Function', { FunctionName: 'f', Layers: ['arn:layer:1', 'arn:layer:2'] }))).toEqual([
      { path: 'Layers[1]', iac: null, live: 'arn:layer:2' }
    ])
  })

  it('unordered id lists compare as sets', () => {
    const declared = iac('AWS::Lambda::Function', { FunctionName: 'f', VpcConfig: { SubnetIds: ['subnet-a', 'subnet-b'] } })
    expect(diffResources(declared, live('AWS::Lambda::Function', { FunctionName: 'f', VpcConfig: { SubnetIds: ['subnet-b', 'subnet-a'] } }))).toEqual([])
    expect(diffResources(declared, live('AWS::Lambda::Function', { FunctionName: 'f', VpcConfig: { SubnetIds: ['subnet-b', 'subnet-c'] } }))).toEqual([
      { path: 'VpcConfig.SubnetIds[0]', iac: 'subnet-a', live: null },
      { path: 'VpcConfig.SubnetIds[1]', iac: null, live: 'subnet-c' }
    ])
  })

  it('changes are sorted by path, indexes as numbers', () => {
    const declared = iac('AWS::Lambda::Function', { FunctionName: 'f', Layers: Array.from({ length: 11 }, (_, i) => `l${i}`), Timeout: 3 })
    const actual = live('AWS::Lambda::Function', { FunctionName: 'f', Layers: Array.from({ length: 11 }, (_, i) => (i === 2 || i === 10 ? 'x' : `l${i}`)), Timeout: 30 })
    expect(diffResources(declared, actual).map((c) => c.path)).toEqual(['Layers[2]', 'Layers[10]', 'Timeout'])
  })
})

describe('policy documents', () => {
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }
  const role = (properties: Record<string, unknown>): Record<string, unknown> => ({ RoleName: 'r', ...properties })

  it('reordered keys, a JSON string, a Statement object and one-element lists are in sync', () => {
    const spelledOtherwise = JSON.stringify({ Statement: { Action: ['sts:AssumeRole'], Principal: { Service: ['lambda.amazonaws.com'] }, Effect: 'Allow' }, Version: '2012-10-17' })
    expect(diffResources(iac('AWS::IAM::Role', role({ AssumeRolePolicyDocument: trust })), live('AWS::IAM::Role', role({ AssumeRolePolicyDocument: spelledOtherwise })))).toEqual([])
  })

  it('a statement added by hand is one change with both canonical documents', () => {
    const widened = { ...trust, Statement: [...trust.Statement, { Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: 'sts:AssumeRole' }] }
    expect(diffResources(iac('AWS::IAM::Role', role({ AssumeRolePolicyDocument: trust })), live('AWS::IAM::Role', role({ AssumeRolePolicyDocument: widened })))).toEqual([
      {
        path: 'AssumeRolePolicyDocument',
        iac: { Statement: [{ Action: ['sts:AssumeRole'], Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] } }], Version: '2012-10-17' },
        live: {
          Statement: [
            { Action: ['sts:AssumeRole'], Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::444455556666:root'] } },
            { Action: ['sts:AssumeRole'], Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] } }
          ],
          Version: '2012-10-17'
        }
      }
    ])
  })

  it('managed policies attached by hand and inline policies edited or added are drift, per entry', () => {
    const readOnly = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
    const admin = 'arn:aws:iam::aws:policy/AdministratorAccess'
    const s3Read = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }
    const declared = iac('AWS::IAM::Role', role({ AssumeRolePolicyDocument: trust, ManagedPolicyArns: [readOnly], Policies: [{ PolicyName: 'read', PolicyDocument: s3Read }] }))
    const actual = live(
      'AWS::IAM::Role',
      role({
        AssumeRolePolicyDocument: trust,
        ManagedPolicyArns: [admin, readOnly],
        Policies: [
          { PolicyName: 'extra', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
          { PolicyName: 'read', PolicyDocument: JSON.stringify({ ...s3Read, Statement: [{ ...s3Read.Statement[0], Action: 's3:*' }] }) }
        ]
      })
    )
    expect(diffResources(declared, actual)).toEqual([
      { path: 'ManagedPolicyArns[0]', iac: null, live: admin },
      {
        path: 'Policies[0]',
        iac: null,
        live: { PolicyName: 'extra', PolicyDocument: { Statement: [{ Action: ['*'], Effect: 'Allow', Resource: ['*'] }], Version: '2012-10-17' } }
      },
      {
        path: 'Policies[0].PolicyDocument',
        iac: { Statement: [{ Action: ['s3:GetObject'], Effect: 'Allow', Resource: ['*'] }], Version: '2012-10-17' },
        live: { Statement: [{ Action: ['s3:*'], Effect: 'Allow', Resource: ['*'] }], Version: '2012-10-17' }
      }
    ])
  })

  it('ManagedPolicyArns in another order, and absent versus [], are in sync', () => {
    const a = 'arn:aws:iam::aws:policy/A'
    const b = 'arn:aws:iam::aws:policy/B'
    expect(diffResources(iac('AWS::IAM::User', { UserName: 'u', ManagedPolicyArns: [a, b] }), live('AWS::IAM::User', { UserName: 'u', ManagedPolicyArns: [b, a] }))).toEqual([])
    expect(diffResources(iac('AWS::IAM::User', { UserName: 'u' }), live('AWS::IAM::User', { UserName: 'u', ManagedPolicyArns: [], Policies: [] }))).toEqual([])
  })
})

describe('what is never compared', () => {
  it('read-only (Arn) and write-only (RDS MasterUserPassword) differences are ignored', () => {
    expect(
      diffResources(
        iac('AWS::RDS::DBInstance', { DBInstanceIdentifier: 'db', DBInstanceArn: 'arn:old', MasterUserPassword: 'first-password', Port: '5432' }),
        live('AWS::RDS::DBInstance', { DBInstanceIdentifier: 'db', DBInstanceArn: 'arn:new', MasterUserPassword: 'second-password', Port: '6543' })
      )
    ).toEqual([])
    expect(diffResources(iac('AWS::KMS::Key', { Arn: 'arn:a', Enabled: true }), live('AWS::KMS::Key', { Arn: 'arn:b', Enabled: true }))).toEqual([])
  })

  it('a path unknown on the IaC side is not compared', () => {
    const planned = iac('AWS::EC2::Volume', { Size: 100, KmsKeyId: 'placeholder', Tags: [{ Key: 'env', Value: 'a' }, { Key: 'build' }] }, { origin: 'plan', unknown: ['KmsKeyId', 'Tags[1].Value'] })
    const actual = live('AWS::EC2::Volume', { Size: 100, KmsKeyId: 'arn:key', Tags: [{ Key: 'env', Value: 'a' }, { Key: 'build', Value: '1234' }] })
    expect(diffResources(planned, actual)).toEqual([])
  })

  it('sensitive and redacted values are neither compared nor written into a change', () => {
    const secret = 'pk_live_51HqX2kLmN8vR4tY7wZ3aB6cD9eF0gH1i'
    const otherSecret = 'pk_live_99ZZZ2kLmN8vR4tY7wZ3aB6cD9eF0gH1i'
    const declared = iac(
      'AWS::Lambda::Function',
      { FunctionName: 'f', Timeout: 3, Environment: { Variables: { TOKEN: secret, TABLE: 'orders' } }, Tags: [{ Key: 'token', Value: secret }] },
      { sensitive: ['Environment.Variables.TOKEN', 'Tags[0].Value'] }
    )
    const fromInventory = live(
      'AWS::Lambda::Function',
      { FunctionName: 'f', Timeout: 30, Environment: { Variables: { TOKEN: REDACTED, TABLE: 'orders', NEW: otherSecret } }, Tags: [{ Key: 'token', Value: REDACTED }] },
      { sensitive: ['Environment.Variables.NEW'] }
    )
    const changes = diffResources(declared, fromInventory)
    expect(changes).toEqual([{ path: 'Timeout', iac: 3, live: 30 }])
    const text = JSON.stringify(changes)
    expect(text).not.toContain(secret)
    expect(text).not.toContain(otherSecret)
    expect(text).not.toContain('redacted')
  })

  it('a whole sensitive or redacted property is skipped, and a live-only item keeps no secret', () => {
    const secret = 'AKIAIOSFODNN7EXAMPLE-secret'
    const declared = iac('AWS::ECR::Repository', { RepositoryName: 'r', LifecyclePolicy: { LifecyclePolicyText: 'a' } }, { sensitive: ['LifecyclePolicy'] })
    expect(diffResources(declared, live('AWS::ECR::Repository', { RepositoryName: 'r', LifecyclePolicy: { LifecyclePolicyText: secret } }))).toEqual([])
    const withItems = iac('AWS::Lambda::Function', { FunctionName: 'f', FileSystemConfigs: [{ Arn: 'arn:fs:1', LocalMountPath: '/mnt/a' }] })
    const extra = live(
      'AWS::Lambda::Function',
      { FunctionName: 'f', FileSystemConfigs: [{ Arn: 'arn:fs:1', LocalMountPath: '/mnt/a' }, { Arn: 'arn:fs:2', LocalMountPath: secret }] },
      { sensitive: ['FileSystemConfigs[1].LocalMountPath'] }
    )
    const changes = diffResources(withItems, extra)
    expect(changes).toEqual([{ path: 'FileSystemConfigs[1]', iac: null, live: { Arn: 'arn:fs:2' } }])
    expect(JSON.stringify(changes)).not.toContain(secret)
  })

  it('a sensitive security-group rule field is not shown, and hides nothing else', () => {
    const declared = iac(SG, group([{ ...https, Description: 'secret-description' }]), { sensitive: ['SecurityGroupIngress[0].Description'] })
    expect(diffResources(declared, live(SG, group([{ ...https, Description: 'other' }])))).toEqual([])
    const changes = diffResources(declared, live(SG, group([adminSsh])))
    expect(changes).toEqual([
      { path: 'SecurityGroupIngress[0]', iac: https, live: null },
      { path: 'SecurityGroupIngress[0]', iac: null, live: adminSsh }
    ])
    expect(JSON.stringify(changes)).not.toContain('secret-description')
  })

  it('everything sensitive (the whole resource) compares nothing', () => {
    expect(diffResources(iac('AWS::EC2::Volume', { Size: 1 }, { sensitive: [''] }), live('AWS::EC2::Volume', { Size: 2, Tags: [{ Key: 'a', Value: 'b' }] }))).toEqual([])
  })
})

describe('provider defaults', () => {
  it('a default spelled out on one side equals its absence on the other', () => {
    expect(
      diffResources(
        iac('AWS::KMS::Key', { Description: 'k', Enabled: true, KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', MultiRegion: false }),
        live('AWS::KMS::Key', { Description: 'k' })
      )
    ).toEqual([])
    expect(
      diffResources(
        iac('AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16', EnableDnsSupport: true, InstanceTenancy: 'default', DefaultSecurityGroup: 'sg-x', VpcId: 'vpc-1' }),
        live('AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16', VpcId: 'vpc-1' })
      )
    ).toEqual([])
    expect(
      diffResources(
        iac('AWS::S3::Bucket', { BucketName: 'b', BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }] } }),
        live('AWS::S3::Bucket', { BucketName: 'b', BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } })
      )
    ).toEqual([])
    expect(diffResources(iac('AWS::EC2::Volume', { Size: 8, Encrypted: false }), live('AWS::EC2::Volume', { Size: 8 }))).toEqual([])
  })

  it('a value other than the default against its absence is drift', () => {
    expect(diffResources(iac('AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16', InstanceTenancy: 'dedicated' }), live('AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16' }))).toEqual([
      { path: 'InstanceTenancy', iac: 'dedicated', live: null }
    ])
    expect(diffResources(iac('AWS::KMS::Key', { Enabled: true }), live('AWS::KMS::Key', { Enabled: false }))).toEqual([{ path: 'Enabled', iac: true, live: false }])
  })
})

// Speed is measured by bench/drift (npm run bench:drift), never in a timed test: here only that many pairs, some
// reordered and some changed, give exactly the changes they should.
describe('many pairs', () => {
  it('finds exactly the changes of the changed pairs among 2,000 (reordered rules are in sync)', () => {
    const pairs: Array<[Resource, Resource]> = []
    for (let i = 0; i < 2_000; i++) {
      const tags = [
        { Key: 'env', Value: 'prod' },
        { Key: 'team', Value: `t${i % 7}` }
      ]
      const ingress = [adminSsh, { ...https, FromPort: 443 + (i % 3), ToPort: 443 + (i % 3) }]
      const properties = { ...group(ingress), Tags: tags }
      const changed = i % 20 === 0
      pairs.push([
        iac(SG, properties, { id: `sg-${i}` }),
        live(SG, changed ? { ...properties, SecurityGroupIngress: [...ingress, https], Tags: [...tags, { Key: 'x', Value: 'y' }] } : { ...properties, SecurityGroupIngress: ingress.slice().reverse() }, {
          id: `sg-${i}`
        })
      ])
    }
    let changes = 0
    for (const [a, b] of pairs) changes += diffResources(a, b).length
    expect(changes).toBe(2 * 100)
  })
})
