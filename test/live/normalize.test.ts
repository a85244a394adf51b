// Each live normalizer on its own, driftctl-style: one provider quirk, one test.
import {
  dropAwsTags,
  foldPolicyAttachments,
  foldSecurityGroupRules,
  markAwsManaged,
  markDefaultSecurityGroup,
  markDefaultVpcResources,
  markSensitive,
  parsePolicyDocuments
} from '../../src/sources/live/normalize.js'
import type { Resource } from '../../src/types.js'

const live = (type: string, id: string, properties: Record<string, unknown>, extra: Partial<Resource> = {}): Resource => ({
  type,
  id,
  account: '111111111111',
  region: 'us-east-1',
  origin: 'live',
  properties,
  ...extra
})

describe('dropAwsTags', () => {
  it('removes aws: keys from tag lists and turns tag maps into lists', () => {
    const sg = live('AWS::EC2::SecurityGroup', 'sg-1', { Tags: [{ Key: 'aws:cloudformation:stack-id', Value: 'x' }, { Key: 'team', Value: 'a' }] })
    dropAwsTags(sg)
    expect(sg.properties.Tags).toEqual([{ Key: 'team', Value: 'a' }])
    const fs = live('AWS::EFS::FileSystem', 'fs-1', { FileSystemTags: { 'aws:backup': '1', Name: 'data' } })
    dropAwsTags(fs)
    expect(fs.properties.FileSystemTags).toEqual([{ Key: 'Name', Value: 'data' }])
  })
})

describe('parsePolicyDocuments', () => {
  it('parses JSON strings, URL-encoded documents and inline policies; leaves objects and junk alone', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }
    const role = live('AWS::IAM::Role', 'r', {
      AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(doc)),
      Policies: [{ PolicyName: 'p', PolicyDocument: JSON.stringify(doc) }]
    })
    parsePolicyDocuments(role)
    expect(role.properties.AssumeRolePolicyDocument).toEqual(doc)
    expect((role.properties.Policies as Array<{ PolicyDocument: unknown }>)[0].PolicyDocument).toEqual(doc)
    const key = live('AWS::KMS::Key', 'k', { KeyPolicy: 'not json' })
    parsePolicyDocuments(key)
    expect(key.properties.KeyPolicy).toBe('not json')
  })
})

describe('foldSecurityGroupRules', () => {
  it('folds rule resources into their group once, keeps orphans, and drops duplicates of inline entries', () => {
    const group = live('AWS::EC2::SecurityGroup', 'sg-1', { GroupId: 'sg-1', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8' }] })
    const duplicate = live('AWS::EC2::SecurityGroupIngress', 'sgr-1', { GroupId: 'sg-1', IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8', Description: 'same' })
    const extra = live('AWS::EC2::SecurityGroupIngress', 'sgr-2', { GroupId: 'sg-1', IpProtocol: '6', FromPort: '22', ToPort: '22', CidrIp: '0.0.0.0/0' })
    const egress = live('AWS::EC2::SecurityGroupEgress', 'sgr-3', { GroupId: 'sg-1', IpProtocol: '-1', DestinationSecurityGroupId: 'sg-2' })
    const orphan = live('AWS::EC2::SecurityGroupIngress', 'sgr-4', { GroupId: 'sg-elsewhere', IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIp: '0.0.0.0/0' })
    const out = foldSecurityGroupRules([group, duplicate, extra, egress, orphan])
    expect(out.map((r) => r.id)).toEqual(['sg-1', 'sgr-4'])
    expect(group.properties.SecurityGroupIngress).toEqual([
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8' },
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }
    ])
    expect(group.properties.SecurityGroupEgress).toEqual([{ IpProtocol: '-1', DestinationSecurityGroupId: 'sg-2' }])
  })
})

describe('foldPolicyAttachments', () => {
  it('adds a policy to the ManagedPolicyArns of the principals it names, in the same account only', () => {
    const arn = 'arn:aws:iam::111111111111:policy/p'
    const role = live('AWS::IAM::Role', 'deploy', { RoleName: 'deploy' })
    const user = live('AWS::IAM::User', 'bob', { UserName: 'bob', ManagedPolicyArns: [arn] })
    const otherAccount = live('AWS::IAM::Role', 'deploy', { RoleName: 'deploy' }, { account: '222222222222' })
    const policy = live('AWS::IAM::ManagedPolicy', arn, { PolicyArn: arn, Roles: ['deploy'], Users: ['bob'] })
    foldPolicyAttachments([role, user, otherAccount, policy])
    expect(role.properties.ManagedPolicyArns).toEqual([arn])
    expect(user.properties.ManagedPolicyArns).toEqual([arn])
    expect(otherAccount.properties.ManagedPolicyArns).toBeUndefined()
  })
})

describe('AWS-created defaults', () => {
  it('flags service-linked roles, AWS-managed policies and AWS-managed keys, not customer ones', () => {
    const cases: Array<[Resource, boolean]> = [
      [live('AWS::IAM::Role', 'AWSServiceRoleForECS', { Path: '/aws-service-role/ecs.amazonaws.com/' }), true],
      [live('AWS::IAM::Role', 'app', { Path: '/' }), false],
      [live('AWS::IAM::ManagedPolicy', 'arn:aws:iam::aws:policy/ReadOnlyAccess', { PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }), true],
      [live('AWS::IAM::ManagedPolicy', 'arn:aws:iam::111111111111:policy/mine', { PolicyArn: 'arn:aws:iam::111111111111:policy/mine' }), false],
      [live('AWS::KMS::Key', 'k1', { Description: 'Default key that protects my EBS volumes when no other key is defined' }), true],
      [
        live('AWS::KMS::Key', 'k2', {
          KeyPolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:*', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '111111111111', 'kms:ViaService': 'rds.us-east-1.amazonaws.com' } } }] }
        }),
        true
      ],
      [live('AWS::KMS::Key', 'k3', { Description: 'app key', KeyPolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'kms:*', Resource: '*' }] } }), false]
    ]
    for (const [resource, expected] of cases) {
      markAwsManaged(resource)
      expect(`${resource.id}: ${resource.isDefault === true}`).toBe(`${resource.id}: ${expected}`)
    }
  })

  it('flags the default VPC and what AWS made with it, and every VPC\'s default security group', () => {
    const resources = [
      live('AWS::EC2::VPC', 'vpc-d', { VpcId: 'vpc-d' }),
      live('AWS::EC2::VPC', 'vpc-c', { VpcId: 'vpc-c' }),
      live('AWS::EC2::Subnet', 'subnet-d', { VpcId: 'vpc-d' }),
      live('AWS::EC2::Subnet', 'subnet-c', { VpcId: 'vpc-c' }),
      live('AWS::EC2::InternetGateway', 'igw-d', { Attachments: [{ VpcId: 'vpc-d' }] }),
      live('AWS::EC2::NetworkAcl', 'acl-d', { VpcId: 'vpc-d' })
    ]
    markDefaultVpcResources(resources, new Set(['vpc-d']))
    expect(resources.filter((r) => r.isDefault).map((r) => r.id)).toEqual(['vpc-d', 'subnet-d', 'igw-d', 'acl-d'])
    const sg = live('AWS::EC2::SecurityGroup', 'sg-x', { GroupName: 'default' })
    markDefaultSecurityGroup(sg)
    expect(sg.isDefault).toBe(true)
  })
})

describe('markSensitive', () => {
  it('marks every Lambda environment value, secret-named properties and secret-shaped values', () => {
    const fn = live('AWS::Lambda::Function', 'fn', {
      Environment: { Variables: { MODE: 'prod', 'odd.name': 'x' } },
      Description: 'deploys with AKIAABCDEFGHIJKLMNOP inside',
      Tags: [{ Key: 'api_token', Value: 'v' }]
    })
    markSensitive(fn)
    expect(fn.sensitive).toEqual(['Description', 'Environment.Variables.MODE', 'Environment.Variables["odd.name"]'].sort())
  })

  it('leaves account-fact metadata alone and never marks plain booleans or dates by their name', () => {
    const report = live('Plumbline::IAM::CredentialReport', '111111111111', {
      Users: [{ user: 'bob', access_key_1_active: 'true', password_last_used: '2026-01-02T03:04:05+00:00' }]
    })
    markSensitive(report)
    expect(report.sensitive).toBeUndefined()
    const user = live('AWS::IAM::User', 'bob', { LoginProfile: { Password: 'correct-horse', PasswordResetRequired: 'false' } })
    markSensitive(user)
    expect(user.sensitive).toEqual(['LoginProfile.Password'])
  })
})
