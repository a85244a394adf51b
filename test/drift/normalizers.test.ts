// One test group per drift normalizer: each quirk on its own, before diffResources puts them together.
import { UNSET_COMPUTED_DEFAULTS } from '../../src/mapping/index.js'
import {
  canonicalPolicyDocument,
  canonicalRuleEntry,
  canonicalTags,
  DEFAULT_POLICY_VERSION,
  isAbsent,
  matchSets,
  ownedCollections,
  parseJsonDocument,
  PROVIDER_DEFAULTS,
  ruleEntryKey,
  samePolicyDocument,
  sameScalar,
  sameValue,
  scalarKey,
  tagPropertyOf,
  type SetEntry
} from '../../src/drift/normalizers/index.js'

describe('isAbsent (empty equals absent)', () => {
  it.each([[undefined], [null], [''], [[]], [{}]])('%p is absent', (value) => {
    expect(isAbsent(value)).toBe(true)
  })
  it.each([[0], [false], [' '], [[null]], [{ a: undefined }], ['x']])('%p is a value', (value) => {
    expect(isAbsent(value)).toBe(false)
  })
})

describe('sameScalar (numbers and booleans written as strings)', () => {
  it('a number equals its numeric string, either way round', () => {
    expect(sameScalar('5432', 5432)).toBe(true)
    expect(sameScalar(50, '50')).toBe(true)
    expect(sameScalar('1.5', 1.5)).toBe(true)
  })
  it('a boolean equals "true"/"false" in any case', () => {
    expect(sameScalar(true, 'true')).toBe(true)
    expect(sameScalar('FALSE', false)).toBe(true)
  })
  it('keeps real differences', () => {
    expect(sameScalar('5433', 5432)).toBe(false)
    expect(sameScalar('0x10', 16)).toBe(false)
    expect(sameScalar('', 0)).toBe(false)
    expect(sameScalar(true, 'yes')).toBe(false)
    expect(sameScalar('1', true)).toBe(false)
    expect(sameScalar('Enabled', 'enabled')).toBe(false)
  })
  it('scalarKey gives equal scalars one identity in a set', () => {
    expect(scalarKey('5')).toBe(scalarKey(5))
    expect(scalarKey('True')).toBe(scalarKey(true))
    expect(scalarKey('arn:aws:iam::aws:policy/ReadOnlyAccess')).toBe('arn:aws:iam::aws:policy/ReadOnlyAccess')
    expect(scalarKey({})).toBeUndefined()
  })
  it('sameValue compares lists and objects deeply under the same rules', () => {
    expect(sameValue(['x86_64'], ['x86_64'])).toBe(true)
    expect(sameValue({ Size: '512' }, { Size: 512 })).toBe(true)
    expect(sameValue({ a: 1, b: [] }, { a: 1 })).toBe(true)
    expect(sameValue(['arm64'], ['x86_64'])).toBe(false)
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false)
  })
})

describe('canonicalTags (a set of Key/Value without aws: keys)', () => {
  it('reads the list shape, drops aws: keys and keeps each tag\'s index', () => {
    const tags = canonicalTags([
      { Key: 'env', Value: 'prod' },
      { Key: 'aws:cloudformation:stack-name', Value: 'x' },
      { Key: 'team', Value: 'data' }
    ])
    expect([...tags.entries()]).toEqual([
      ['env', { value: 'prod', at: 0 }],
      ['team', { value: 'data', at: 2 }]
    ])
  })
  it('reads the map shape', () => {
    expect([...canonicalTags({ env: 'prod', 'aws:createdBy': 'me' }).entries()]).toEqual([['env', { value: 'prod', at: 'env' }]])
  })
  it('has nothing for absent tags or entries without a key', () => {
    expect(canonicalTags(undefined).size).toBe(0)
    expect(canonicalTags([{ Value: 'orphan' }, null]).size).toBe(0)
  })
})

describe('canonicalPolicyDocument', () => {
  const base = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'], Principal: { AWS: ['arn:aws:iam::111122223333:root'] } }]
  }
  it('parses JSON strings and URL-encoded JSON (as IAM returns it)', () => {
    expect(parseJsonDocument(JSON.stringify(base))).toEqual(base)
    expect(parseJsonDocument(encodeURIComponent(JSON.stringify(base)))).toEqual(base)
    expect(parseJsonDocument('not json')).toBe('not json')
    expect(samePolicyDocument(encodeURIComponent(JSON.stringify(base)), base)).toBe(true)
  })
  it('sorts keys at every level', () => {
    const canonical = canonicalPolicyDocument({ Statement: [{ Resource: '*', Effect: 'Allow', Action: 'kms:*' }], Version: '2012-10-17' })
    expect(JSON.stringify(canonical)).toBe('{"Statement":[{"Action":["kms:*"],"Effect":"Allow","Resource":["*"]}],"Version":"2012-10-17"}')
  })
  it('a single string equals a one-element list for Action, NotAction, Resource, NotResource and principals', () => {
    const single = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: 'iam:*', NotResource: 'arn:x', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject' }] }
    const lists = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: ['iam:*'], NotResource: ['arn:x'], Principal: { AWS: ['arn:aws:iam::111122223333:root'] }, Action: ['s3:GetObject'] }] }
    expect(samePolicyDocument(single, lists)).toBe(true)
  })
  it('a Statement object equals a one-element Statement list', () => {
    expect(samePolicyDocument({ ...base, Statement: base.Statement[0] }, base)).toBe(true)
  })
  it('statements and list values in another order are the same policy', () => {
    const a = { Version: '2012-10-17', Statement: [{ Sid: 'A', Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: '*' }, { Sid: 'B', Effect: 'Deny', Action: 'iam:*', Resource: '*' }] }
    const b = { Version: '2012-10-17', Statement: [{ Sid: 'B', Effect: 'Deny', Action: 'iam:*', Resource: '*' }, { Resource: '*', Action: ['s3:GetObject', 's3:PutObject'], Effect: 'Allow', Sid: 'A' }] }
    expect(samePolicyDocument(a, b)).toBe(true)
  })
  it('a missing Version is the IAM default 2008-10-17, not 2012-10-17', () => {
    const { Version: _version, ...noVersion } = base
    expect((canonicalPolicyDocument(noVersion) as { Version: string }).Version).toBe(DEFAULT_POLICY_VERSION)
    expect(samePolicyDocument(noVersion, { ...base, Version: '2008-10-17' })).toBe(true)
    expect(samePolicyDocument(noVersion, base)).toBe(false)
  })
  it('an account id principal is the account root ARN IAM stores', () => {
    expect(samePolicyDocument({ ...base, Statement: [{ ...base.Statement[0], Principal: { AWS: '111122223333' } }] }, base)).toBe(true)
  })
  it('single and listed condition values are the same condition', () => {
    const cond = (value: unknown): unknown => ({ ...base, Statement: [{ ...base.Statement[0], Condition: { Bool: { 'aws:SecureTransport': value } } }] })
    expect(samePolicyDocument(cond('false'), cond(['false']))).toBe(true)
    expect(samePolicyDocument(cond(false), cond('false'))).toBe(true)
    expect(samePolicyDocument(cond('true'), cond('false'))).toBe(false)
  })
  it('a new statement or a changed action is a different policy', () => {
    expect(samePolicyDocument(base, { ...base, Statement: [...base.Statement, { Effect: 'Allow', Action: '*', Resource: '*' }] })).toBe(false)
    expect(samePolicyDocument(base, { ...base, Statement: [{ ...base.Statement[0], Action: ['s3:*'] }] })).toBe(false)
  })
})

describe('canonicalRuleEntry and ruleEntryKey (security-group rules)', () => {
  it('protocol numbers, names and case are one protocol', () => {
    const keys = [{ IpProtocol: '6' }, { IpProtocol: 'TCP' }, { IpProtocol: 'tcp' }].map((e) => ruleEntryKey(canonicalRuleEntry({ ...e, FromPort: 22, ToPort: '22', CidrIp: '10.0.0.0/8' })))
    expect(new Set(keys).size).toBe(1)
  })
  it('ports do not count for all traffic (-1)', () => {
    const a = canonicalRuleEntry({ IpProtocol: '-1', FromPort: 0, ToPort: 0, CidrIp: '0.0.0.0/0' })
    const b = canonicalRuleEntry({ IpProtocol: 'all', CidrIp: '0.0.0.0/0' })
    expect(a).toEqual({ IpProtocol: '-1', CidrIp: '0.0.0.0/0' })
    expect(ruleEntryKey(a)).toBe(ruleEntryKey(b))
  })
  it('the description is part of the entry, and left out of the loose key', () => {
    const a = canonicalRuleEntry({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '10.0.0.0/8', Description: 'admins' })
    const b = canonicalRuleEntry({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '10.0.0.0/8', Description: 'vendor' })
    expect(ruleEntryKey(a)).not.toBe(ruleEntryKey(b))
    expect(ruleEntryKey(a, true)).toBe(ruleEntryKey(b, true))
  })
  it('different sources or ports are different rules', () => {
    const key = (e: Record<string, unknown>): string => ruleEntryKey(canonicalRuleEntry(e))
    expect(key({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '10.0.0.0/8' })).not.toBe(key({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }))
    expect(key({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '10.0.0.0/8' })).not.toBe(key({ IpProtocol: 'tcp', FromPort: 2222, ToPort: 2222, CidrIp: '10.0.0.0/8' }))
  })
})

describe('matchSets (set-like collections)', () => {
  const entry = (index: number, key: string, partial = false): SetEntry<string> => ({ index, value: key, key, partial })
  it('matches by key whatever the order and reports each side\'s extras with their own index', () => {
    const match = matchSets([entry(0, 'a'), entry(1, 'b'), entry(2, 'c')], [entry(0, 'c'), entry(1, 'd'), entry(2, 'a')])
    expect(match.iacOnly.map((e) => [e.index, e.key])).toEqual([[1, 'b']])
    expect(match.liveOnly.map((e) => [e.index, e.key])).toEqual([[1, 'd']])
  })
  it('counts repeats', () => {
    const match = matchSets([entry(0, 'a'), entry(1, 'a')], [entry(0, 'a')])
    expect(match.iacOnly.map((e) => e.index)).toEqual([1])
  })
  it('a partial entry matches whatever agrees with it, once', () => {
    const agrees = (p: SetEntry<string>, o: SetEntry<string>): boolean => o.key.startsWith(p.key)
    const match = matchSets([entry(0, 'tcp22', true)], [entry(0, 'tcp22-sg-1'), entry(1, 'tcp22-sg-2')], agrees)
    expect(match.iacOnly).toEqual([])
    expect(match.liveOnly.map((e) => e.index)).toEqual([1])
  })
  it('pairs leftovers by a looser key', () => {
    const match = matchSets([entry(0, 'r|admins')], [entry(0, 'r|vendor')], undefined, (e) => e.key.split('|')[0])
    expect(match.loosePairs.map(([i, l]) => [i.index, l.index])).toEqual([[0, 0]])
    expect(match.iacOnly).toEqual([])
    expect(match.liveOnly).toEqual([])
  })
})

describe('PROVIDER_DEFAULTS', () => {
  it('has one value per type and path, each with its source', () => {
    const seen = new Set<string>()
    for (const d of PROVIDER_DEFAULTS) {
      const key = `${d.type} ${d.path}`
      expect(seen.has(key)).toBe(false)
      seen.add(key)
      expect(d.source.length).toBeGreaterThan(10)
      expect(d.value).not.toBeUndefined()
    }
  })
  it('holds the AWS defaults the drift tests rely on', () => {
    const value = (type: string, path: string): unknown => PROVIDER_DEFAULTS.find((d) => d.type === type && d.path === path)?.value
    expect(value('AWS::KMS::Key', 'Enabled')).toBe(true)
    expect(value('AWS::KMS::Key', 'KeySpec')).toBe('SYMMETRIC_DEFAULT')
    expect(value('AWS::KMS::Key', 'KeyUsage')).toBe('ENCRYPT_DECRYPT')
    expect(value('AWS::EC2::VPC', 'EnableDnsSupport')).toBe(true)
    expect(value('AWS::EC2::VPC', 'InstanceTenancy')).toBe('default')
    expect(value('AWS::EC2::Volume', 'Encrypted')).toBe(false)
  })
  it('agrees with the plan side\'s table where both state a value', () => {
    const planSide = (tfType: string, attribute: string): unknown => UNSET_COMPUTED_DEFAULTS.find((d) => d.tfType === tfType && d.attribute === attribute)?.value
    const ours = (type: string, path: string): unknown => PROVIDER_DEFAULTS.find((d) => d.type === type && d.path === path)?.value
    expect(ours('AWS::S3::Bucket', 'ObjectLockEnabled')).toBe(planSide('aws_s3_bucket', 'object_lock_enabled'))
    expect(ours('AWS::RDS::DBInstance', 'MultiAZ')).toBe(planSide('aws_db_instance', 'multi_az'))
    expect(ours('AWS::EFS::FileSystem', 'Encrypted')).toBe(planSide('aws_efs_file_system', 'encrypted'))
  })
})

describe('ownedCollections and tagPropertyOf (collections Terraform owns whole)', () => {
  it('every taggable type owns its tag property', () => {
    expect(tagPropertyOf('AWS::S3::Bucket')).toBe('Tags')
    expect(tagPropertyOf('AWS::EFS::FileSystem')).toBe('FileSystemTags')
    expect(tagPropertyOf('AWS::IAM::Group')).toBeUndefined()
    expect(tagPropertyOf('Plumbline::IAM::PasswordPolicy')).toBeUndefined()
    expect(tagPropertyOf('AWS::Example::WithoutSchema')).toBe('Tags')
  })
  it('security groups own their rules, IAM principals their attachments and inline policies', () => {
    expect(ownedCollections('AWS::EC2::SecurityGroup')).toEqual([
      { property: 'Tags', kind: 'tags' },
      { property: 'SecurityGroupIngress', kind: 'rules' },
      { property: 'SecurityGroupEgress', kind: 'rules' }
    ])
    expect(ownedCollections('AWS::IAM::Group')).toEqual([
      { property: 'ManagedPolicyArns', kind: 'set' },
      { property: 'Policies', kind: 'policies' }
    ])
    expect(ownedCollections('AWS::IAM::Role').map((o) => o.property)).toEqual(['Tags', 'ManagedPolicyArns', 'Policies'])
    expect(ownedCollections('AWS::EC2::Volume')).toEqual([{ property: 'Tags', kind: 'tags' }])
  })
})
