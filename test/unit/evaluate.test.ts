import { parseConfigFile, EMPTY_CONFIG_FILE, type RuleLookup } from '../../src/config-file.js'
import { buildView, evaluateInventory, inlineSuppressionWarnings, expiredSuppressionWarnings } from '../../src/evaluate.js'
import type { HclBlock } from '../../src/sources/hcl/index.js'
import { InputError, type Resource, type Rule } from '../../src/types.js'

// Two small rules stand in for the registry: these tests are about the engine, not the rules.
const versioning: Rule = {
  id: 's3-bucket-versioning-enabled',
  title: 'S3 bucket versioning is enabled',
  severity: 'medium',
  description: '',
  risk: '',
  remediation: { text: '', terraform: '' },
  categories: [],
  resourceTypes: ['AWS::S3::Bucket'],
  frameworks: {},
  aliases: { checkov: ['CKV_AWS_21'], prowler: ['s3_bucket_object_versioning'] },
  check: (r) =>
    (r.properties.VersioningConfiguration as { Status?: string } | undefined)?.Status === 'Enabled'
      ? { status: 'pass', message: 'versioned', path: 'VersioningConfiguration.Status' }
      : { status: 'fail', message: 'not versioned', path: 'VersioningConfiguration.Status' }
}
const logging: Rule = {
  ...versioning,
  id: 's3-bucket-access-logging-enabled',
  severity: 'low',
  aliases: { checkov: ['CKV_AWS_18'], prowler: [] },
  check: () => ({ status: 'fail', message: 'no logging', path: 'LoggingConfiguration' })
}
const rules = [versioning, logging]
const lookup: RuleLookup = (name) => rules.filter((r) => r.id === name || r.aliases.checkov.includes(name) || r.aliases.prowler.includes(name))

function bucket(address: string, versioned: boolean, tags: Record<string, string> = {}): Resource {
  return {
    type: 'AWS::S3::Bucket',
    id: address.split('.').pop() ?? null,
    origin: 'plan',
    address,
    account: '123456789012',
    region: 'eu-west-1',
    properties: {
      VersioningConfiguration: { Status: versioned ? 'Enabled' : 'Suspended' },
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
    }
  }
}

function block(address: string, suppressions: HclBlock['suppressions'] = []): HclBlock {
  const [type, name] = address.split('.').slice(-2)
  return { address, type, name, file: 'infra/s3.tf', line: 10, endLine: 20, suppressions, dynamicBlocks: [] }
}

const NOW = new Date('2026-11-23T12:00:00Z')

describe('buildView', () => {
  const make = (type: string, id: string | null, address: string): Resource => ({ type, id, origin: 'plan', properties: {}, address })
  it('lists resources by type, in inventory order, and the same (empty) list each time for an absent type', () => {
    const a = make('AWS::S3::Bucket', 'a', 'x.a')
    const b = make('AWS::S3::Bucket', null, 'x.b')
    const view = buildView([a, make('AWS::EC2::VPC', 'a', 'x.v'), b])
    expect(view.ofType('AWS::S3::Bucket')).toEqual([a, b])
    expect(view.ofType('AWS::EC2::Subnet')).toEqual([])
    expect(view.ofType('AWS::EC2::Subnet')).toBe(view.ofType('AWS::KMS::Key'))
  })
  it('finds a resource by type and id (the last one when ids repeat), never one without an id', () => {
    const first = make('AWS::S3::Bucket', 'a', 'x.first')
    const last = make('AWS::S3::Bucket', 'a', 'x.last')
    const vpc = make('AWS::EC2::VPC', 'a', 'x.v')
    const view = buildView([first, vpc, last, make('AWS::S3::Bucket', null, 'x.new')])
    expect(view.find('AWS::S3::Bucket', 'a')).toBe(last)
    expect(view.find('AWS::EC2::VPC', 'a')).toBe(vpc)
    expect(view.find('AWS::S3::Bucket', 'b')).toBeUndefined()
    expect(view.find('AWS::KMS::Key', 'a')).toBeUndefined()
    expect(view.find('AWS::S3::Bucket', 'null')).toBeUndefined()
  })
})

describe('evaluateInventory', () => {
  it('evaluates every rule of the type and places results at the block', () => {
    const blocks = new Map([['aws_s3_bucket.logs', block('aws_s3_bucket.logs')]])
    const evaluations = evaluateInventory([bucket('aws_s3_bucket.logs', true)], { rules, configFile: EMPTY_CONFIG_FILE, blocks, lookup })
    expect(evaluations.map((e) => [e.rule, e.status, e.location?.line])).toEqual([
      ['s3-bucket-versioning-enabled', 'pass', 10],
      ['s3-bucket-access-logging-enabled', 'fail', 10]
    ])
  })

  it('turns a rule that throws on one resource into an error evaluation and judges everything else', () => {
    const throwing: Rule = {
      ...versioning,
      id: 'throws-on-logs',
      check: (r) => {
        if (r.address === 'aws_s3_bucket.logs') throw new TypeError('Cannot convert a Symbol value to a number\n    at entryOpens (ingress.ts:1:1)')
        return { status: 'pass', message: 'fine' }
      }
    }
    const resources = [bucket('aws_s3_bucket.logs', true), bucket('aws_s3_bucket.data', false)]
    const evaluations = evaluateInventory(resources, { rules: [throwing, versioning], configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup })
    expect(evaluations.map((e) => [e.rule, e.resource.address, e.status])).toEqual([
      ['throws-on-logs', 'aws_s3_bucket.logs', 'error'],
      ['s3-bucket-versioning-enabled', 'aws_s3_bucket.logs', 'pass'],
      ['throws-on-logs', 'aws_s3_bucket.data', 'pass'],
      ['s3-bucket-versioning-enabled', 'aws_s3_bucket.data', 'fail']
    ])
    // One line: the rule and the reason, never the stack.
    expect(evaluations[0].message).toBe('rule throws-on-logs could not judge this resource: TypeError: Cannot convert a Symbol value to a number')
  })

  it('never suppresses or labels an error: it is not a failure', () => {
    const throwing: Rule = { ...versioning, check: () => { throw new Error('boom') } }
    const blocks = new Map([['aws_s3_bucket.logs', block('aws_s3_bucket.logs', [{ kind: 'plumbline', rule: versioning.id, reason: 'accepted', file: 'infra/s3.tf', line: 11 }])]])
    const [e] = evaluateInventory([bucket('aws_s3_bucket.logs', true)], { rules: [throwing], configFile: EMPTY_CONFIG_FILE, blocks, lookup })
    expect(e.status).toBe('error')
    expect(e.suppression).toBeUndefined()
    expect(e.message).toBe('rule s3-bucket-versioning-enabled could not judge this resource: boom')
  })

  it('finds the block of an instance address (count/for_each/module keys stripped)', () => {
    const blocks = new Map([['module.data.aws_s3_bucket.raw', block('module.data.aws_s3_bucket.raw')]])
    const [e] = evaluateInventory([bucket('module.data["eu"].aws_s3_bucket.raw[0]', true)], { rules: [versioning], configFile: EMPTY_CONFIG_FILE, blocks, lookup })
    expect(e.location).toEqual({ file: 'infra/s3.tf', line: 10 })
  })

  it('applies inline and Checkov suppressions to failures only', () => {
    const blocks = new Map([
      [
        'aws_s3_bucket.logs',
        block('aws_s3_bucket.logs', [
          { kind: 'plumbline', rule: 's3-bucket-versioning-enabled', reason: 'scratch data', file: 'infra/s3.tf', line: 11 },
          { kind: 'checkov', rule: 'CKV_AWS_18', reason: 'this is the log bucket', file: 'infra/s3.tf', line: 12 }
        ])
      ]
    ])
    const evaluations = evaluateInventory([bucket('aws_s3_bucket.logs', false)], { rules, configFile: EMPTY_CONFIG_FILE, blocks, lookup })
    expect(evaluations.map((e) => [e.status, e.suppression])).toEqual([
      ['suppressed', { source: 'inline', reason: 'scratch data' }],
      ['suppressed', { source: 'checkov-skip', reason: 'this is the log bucket' }]
    ])
  })

  it('applies config suppressions by address glob, type and id, tags, and skips expired ones', () => {
    const configFile = parseConfigFile(
      [
        'suppressions:',
        '  - { rule: CKV_AWS_21, resource: "module.sandbox.*", reason: sandbox }',
        '  - { rule: s3-bucket-versioning-enabled, resource: "AWS::S3::Bucket tmp-*", reason: temporary }',
        '  - { rule: s3-bucket-versioning-enabled, tags: { Env: dev }, region: eu-west-1, reason: dev data }',
        '  - { rule: s3-bucket-versioning-enabled, resource: "aws_s3_bucket.old", reason: old, expires: 2026-01-31 }'
      ].join('\n'),
      '.plumbline.yml',
      lookup,
      NOW
    )
    const resources = [
      bucket('module.sandbox.aws_s3_bucket.a', false),
      bucket('aws_s3_bucket.tmp-1', false),
      bucket('aws_s3_bucket.dev', false, { Env: 'dev' }),
      bucket('aws_s3_bucket.old', false),
      bucket('aws_s3_bucket.prod', false, { Env: 'prod' })
    ]
    const evaluations = evaluateInventory(resources, { rules: [versioning], configFile, blocks: new Map(), lookup })
    expect(evaluations.map((e) => [e.resource.address, e.status, e.suppression?.reason])).toEqual([
      ['module.sandbox.aws_s3_bucket.a', 'suppressed', 'sandbox'],
      ['aws_s3_bucket.tmp-1', 'suppressed', 'temporary'],
      ['aws_s3_bucket.dev', 'suppressed', 'dev data'],
      ['aws_s3_bucket.old', 'fail', undefined],
      ['aws_s3_bucket.prod', 'fail', undefined]
    ])
    expect(expiredSuppressionWarnings(configFile)).toEqual([
      'config suppression of s3-bucket-versioning-enabled for aws_s3_bucket.old expired on 2026-01-31; it no longer applies (renew or remove it)'
    ])
  })

  it('skips rules and overrides severities from the config file', () => {
    const configFile = parseConfigFile('skip-rules: [CKV_AWS_18]\nseverity:\n  s3-bucket-versioning-enabled: critical\n', '.plumbline.yml', lookup, NOW)
    const evaluations = evaluateInventory([bucket('aws_s3_bucket.a', false)], { rules, configFile, blocks: new Map(), lookup })
    expect(evaluations.map((e) => [e.rule, e.severity])).toEqual([['s3-bucket-versioning-enabled', 'critical']])
  })
})

describe('inline suppression warnings', () => {
  it('warns about unknown rules and missing reasons', () => {
    const warnings = inlineSuppressionWarnings(
      [
        block('aws_s3_bucket.a', [
          { kind: 'plumbline', rule: 'no-such-rule', reason: 'x', file: 'infra/s3.tf', line: 3 },
          { kind: 'checkov', rule: 'CKV_AWS_21', reason: '', file: 'infra/s3.tf', line: 4 }
        ])
      ],
      lookup
    )
    expect(warnings).toEqual([
      'infra/s3.tf:3: plumbline:ignore no-such-rule names no known rule; it suppresses nothing (check the rule id)',
      'infra/s3.tf:4: #checkov:skip=CKV_AWS_21 has no reason; add one so reviewers know why the finding is accepted'
    ])
  })
})

describe('config file errors', () => {
  it.each([
    ['skip-rules: [nope]', '.plumbline.yml: skip-rules: unknown rule id "nope"'],
    ['severity:\n  CKV_AWS_21: huge', 'severity of CKV_AWS_21: "huge" is not a severity'],
    ['suppressions:\n  - rule: CKV_AWS_21', 'suppressions[0] (CKV_AWS_21) has no reason'],
    ['suppressions:\n  - { rule: CKV_AWS_21, reason: x, expires: soon }', 'expires "soon" is not a date'],
    // new Date() alone reads "1" as 2001-01-01 and rolls February 30 into March
    ['suppressions:\n  - { rule: CKV_AWS_21, reason: x, expires: 1 }', 'expires "1" is not a date'],
    ['suppressions:\n  - { rule: CKV_AWS_21, reason: x, expires: 2026-02-30 }', 'expires "2026-02-30" is not a date'],
    ['suppressions:\n  - { rule: CKV_AWS_21, reason: x, account: 1234 }', '"1234" is not a 12-digit AWS account id'],
    ['suppressions:\n  - { rule: CKV_AWS_21, reason: x, account: [a] }', 'account must be a 12-digit AWS account id'],
    ['colour: blue', 'unknown key "colour"'],
    ['skip-rules: [a\n  b: c', 'not valid YAML']
  ])('%s → one clear line', (text, expected) => {
    let error: unknown
    try {
      parseConfigFile(text, '.plumbline.yml', lookup, NOW)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toContain(expected)
    expect((error as Error).message).not.toContain('\n')
  })
})

describe('config file account ids', () => {
  it('keeps the leading zero of an account id written without quotes, and matches it', () => {
    const configFile = parseConfigFile(
      'suppressions:\n  - rule: CKV_AWS_21\n    account: 012345678901\n    reason: sandbox account\n',
      '.plumbline.yml',
      lookup,
      NOW
    )
    expect(configFile.suppressions[0].account).toBe('012345678901')
    const resource = { ...bucket('aws_s3_bucket.a', false), account: '012345678901' }
    const [evaluation] = evaluateInventory([resource], { rules: [versioning], configFile, blocks: new Map(), lookup })
    expect(evaluation.status).toBe('suppressed')
  })

  it('reads unquoted tag values as written (012 stays 012, 1.10 stays 1.10)', () => {
    const configFile = parseConfigFile('suppressions:\n  - { rule: CKV_AWS_21, tags: { CostCenter: 012, Version: 1.10, Temporary: true }, reason: r }\n', 'f', lookup, NOW)
    expect(configFile.suppressions[0].tags).toEqual({ CostCenter: '012', Version: '1.10', Temporary: 'true' })
  })

  it('reads a quoted account id as written', () => {
    const configFile = parseConfigFile('suppressions:\n  - { rule: CKV_AWS_21, account: "123456789012", reason: r }\n', 'f', lookup, NOW)
    expect(configFile.suppressions[0].account).toBe('123456789012')
  })
})

describe('sensitive values in messages', () => {
  const named: Rule = {
    ...versioning,
    check: (r) => ({ status: 'fail', message: `bucket ${String(r.properties.BucketName)} is not versioned`, path: 'VersioningConfiguration' })
  }

  it('keeps a value Terraform marks sensitive out of the message and the resource id', () => {
    // after_sensitive `true` for the whole resource: every property is sensitive, the bucket name too
    const resource: Resource = { ...bucket('aws_s3_bucket.a', false), id: 'acme-payroll-exports', sensitive: [''] }
    resource.properties.BucketName = 'acme-payroll-exports'
    const [evaluation] = evaluateInventory([resource], { rules: [named], configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup })
    expect(JSON.stringify(evaluation)).not.toContain('acme-payroll-exports')
    expect(evaluation.message).toBe('bucket (sensitive) is not versioned')
  })

  it('replaces a short sensitive value only where it is a whole word', () => {
    const resource: Resource = { ...bucket('aws_s3_bucket.a', false), id: 'b1', sensitive: ['BucketName'] }
    resource.properties.BucketName = 'b1'
    const [evaluation] = evaluateInventory([resource], { rules: [named], configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup })
    expect(evaluation.message).toBe('bucket (sensitive) is not versioned')
    expect(evaluation.resource.id).toBe('(sensitive)')
  })

  it('leaves messages alone when nothing is sensitive', () => {
    const resource: Resource = { ...bucket('aws_s3_bucket.a', false), id: 'public-assets' }
    resource.properties.BucketName = 'public-assets'
    const [evaluation] = evaluateInventory([resource], { rules: [named], configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup })
    expect(evaluation.message).toBe('bucket public-assets is not versioned')
    expect(evaluation.resource.id).toBe('public-assets')
  })
})
