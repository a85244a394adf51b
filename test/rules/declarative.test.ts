// The declarative rule form: every operator, the list conditions, the three-valued logic, applies-when, messages,
// predicates, and the errors a broken rule gets (with the key path the file loader turns into line:column).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { parseCondition, parseRuleSpec, RuleFormError } from '../../src/rules/declarative/parse.js'
import { builtinRule, builtinSpec } from '../../src/rules/declarative/builtin.js'
import { ruleFromSpec } from '../../src/rules/declarative/compile.js'
import { evaluateCondition, sameValue } from '../../src/rules/declarative/evaluate.js'
import { customRule } from '../../src/rules/index.js'
import { UNKNOWN } from '../../src/rules/support/read.js'
import type { Resource } from '../../src/types.js'
import { ROOT } from '../e2e/helpers.js'
import { expected, judge, planned, REDACTED, res, viewOf } from './builders.js'

const FRAMEWORKS = ['cis-aws-3.0', 'cis-aws-4.0', 'cis-aws-5.0']
const QUEUE = 'AWS::SQS::Queue'

/** A rule from YAML text, as a user writes it. */
const ruleOf = (yaml: string) => customRule(parseRuleSpec(parseYaml(yaml), FRAMEWORKS))

/** The verdict of one condition (YAML) on one resource. */
function verdictOf(condition: string, resource: Resource): boolean | typeof UNKNOWN {
  return evaluateCondition(parseCondition(parseYaml(condition), ['condition']), resource, viewOf([resource])).verdict
}

function errorOf(run: () => unknown): RuleFormError {
  try {
    run()
  } catch (err) {
    if (err instanceof RuleFormError) return err
    throw err
  }
  throw new Error('expected a RuleFormError')
}

describe('the issue example, as written', () => {
  const rule = ruleOf(readFileSync(join(ROOT, 'test/fixtures/custom-rules/acme-sqs-kms.yml'), 'utf8'))

  it('passes a queue with a key, fails one without, and is unknown when the key is known only after apply', () => {
    const queues = [
      res(QUEUE, 'with-key', { KmsMasterKeyId: 'alias/orders' }),
      res(QUEUE, 'sqs-managed', { SqsManagedSseEnabled: true }),
      planned(QUEUE, 'aws_sqs_queue.new', { QueueName: 'new' }, ['KmsMasterKeyId']),
      res(QUEUE, 'hidden', { KmsMasterKeyId: REDACTED }),
      res('AWS::S3::Bucket', 'not-a-queue', {})
    ]
    expect(judge(rule, queues)).toEqual(expected({ pass: ['hidden', 'with-key'], fail: ['sqs-managed'], unknown: ['aws_sqs_queue.new'] }))
  })

  it('carries the metadata a report needs, marked as the user\'s own', () => {
    expect(rule).toMatchObject({
      id: 'acme-sqs-kms',
      severity: 'high',
      source: 'custom',
      resourceTypes: [QUEUE],
      remediation: { text: 'Set kms_master_key_id on the aws_sqs_queue.', terraform: '' },
      aliases: { checkov: [], prowler: [] },
      frameworks: {}
    })
    const fail = rule.check(res(QUEUE, 'q1', {}), viewOf([]))
    expect(fail).toEqual({ status: 'fail', message: 'q1 does not meet "SQS queues use a customer-managed KMS key" (KmsMasterKeyId)', path: 'KmsMasterKeyId' })
    const unknown = rule.check(planned(QUEUE, 'aws_sqs_queue.q', {}, ['KmsMasterKeyId']), viewOf([]))
    expect(unknown).toEqual({ status: 'unknown', message: 'aws_sqs_queue.q: KmsMasterKeyId is known only after apply (or is hidden), so this cannot be judged yet', path: 'KmsMasterKeyId' })
  })
})

describe('operators', () => {
  const queue = res(QUEUE, 'q', {
    Name: 'orders-prod',
    Retention: 345600,
    RetentionText: '345600',
    Fifo: 'true',
    Tags: [{ Key: 'team', Value: 'payments' }],
    Empty: [],
    Blank: ''
  })

  it.each([
    ['{property: Name, exists: true}', true],
    ['{property: Missing, exists: true}', false],
    ['{property: Missing, exists: false}', true],
    ['{property: Empty, empty: true}', true],
    ['{property: Blank, empty: true}', true],
    ['{property: Missing, empty: true}', true],
    ['{property: Tags, empty: false}', true],
    ['{property: Name, equals: orders-prod}', true],
    ['{property: Name, equals: ORDERS-PROD}', false],
    ['{property: Name, equals: ORDERS-PROD, ignore-case: true}', true],
    ['{property: Missing, equals: x}', false],
    ['{property: Missing, not-equals: x}', true],
    ['{property: Missing, equals: 30, default: 30}', true],
    ['{property: Fifo, equals: true}', true],
    ['{property: RetentionText, equals: 345600}', true],
    ['{property: Name, in: [orders-dev, orders-prod]}', true],
    ['{property: Name, not-in: [orders-dev, orders-prod]}', false],
    ['{property: Retention, greater-than: 86400}', true],
    ['{property: Retention, less-or-equal: 345599}', false],
    ['{property: RetentionText, greater-or-equal: 345600}', true],
    ['{property: Name, less-than: 5}', false],
    ['{property: Missing, greater-than: 0}', false],
    ['{property: Name, contains: prod}', true],
    ['{property: Tags, contains: {Key: team, Value: payments}}', true],
    ['{property: Name, not-contains: dev}', true],
    ["{property: Name, matches: '^orders-(prod|dev)$'}", true],
    ["{property: Name, matches: '^prod'}", false],
    ["{property: 'Tags[0].Value', equals: payments}", true],
    ["{property: 'Tags[*].Key', equals: team}", true],
    ["{property: 'Tags[*].Key', equals: owner}", false]
  ])('%s → %s', (condition, verdict) => {
    expect(verdictOf(condition, queue)).toBe(verdict)
  })

  it('match booleans and numbers to their string spellings, never the other way round for text', () => {
    expect(sameValue('true', true)).toBe(true)
    expect(sameValue('14', 14)).toBe(true)
    expect(sameValue(' ', 0)).toBe(false)
    expect(sameValue(14, '14')).toBe(true)
    expect(sameValue({ a: [1] }, { a: [1] })).toBe(true)
    expect(sameValue({ a: [1] }, { a: [2] })).toBe(false)
  })
})

describe('three-valued logic', () => {
  const resource = planned(QUEUE, 'aws_sqs_queue.q', { Known: 'yes', Items: [{ A: 1 }, { A: 2 }], Partly: [{ A: 1 }, { A: 2 }] }, ['Later', 'Partly[1].A'])

  it.each([
    ['{property: Later, exists: true}', UNKNOWN],
    ['{all-of: [{property: Later, exists: true}, {property: Known, equals: no}]}', false],
    ['{all-of: [{property: Later, exists: true}, {property: Known, equals: yes}]}', UNKNOWN],
    ['{any-of: [{property: Later, exists: true}, {property: Known, equals: yes}]}', true],
    ['{any-of: [{property: Later, exists: true}, {property: Known, equals: no}]}', UNKNOWN],
    ['{not: {property: Later, exists: true}}', UNKNOWN],
    ['{not: {property: Known, equals: yes}}', false],
    ['{property: Items, every: {property: A, greater-than: 0}}', true],
    ['{property: Items, some: {property: A, equals: 2}}', true],
    ['{property: Items, none: {property: A, equals: 2}}', false],
    ['{property: Partly, every: {property: A, greater-than: 0}}', UNKNOWN],
    ['{property: Partly, every: {property: A, greater-than: 1}}', false],
    ['{property: Partly, some: {property: A, equals: 1}}', true],
    ['{property: Partly, some: {property: A, equals: 3}}', UNKNOWN],
    ['{property: Partly, exists: true}', true],
    ['{property: Missing, every: {property: A, equals: 1}}', true],
    ['{property: Missing, some: {property: A, equals: 1}}', false],
    ['{property: Later, some: {property: A, equals: 1}}', UNKNOWN]
  ])('%s → %s', (condition, verdict) => {
    expect(verdictOf(condition, resource)).toBe(verdict)
  })

  it('judge a list of scalars item by item with a condition that names no property', () => {
    const r = res(QUEUE, 'q', { Protocols: ['TLSv1.2', 'TLSv1.3'] })
    expect(verdictOf('{property: Protocols, every: {in: [TLSv1.2, TLSv1.3]}}', r)).toBe(true)
    expect(verdictOf('{property: Protocols, some: {equals: TLSv1}}', r)).toBe(false)
  })

  it('name the first failing item on a fail and the first undecided one on an unknown', () => {
    const rule = ruleOf(`
id: acme-items
title: every A is positive
severity: low
resource-types: [AWS::SQS::Queue]
condition: {property: 'Items[*].A', greater-than: 1}
`)
    const view = viewOf([])
    expect(rule.check(resource, view)).toMatchObject({ status: 'fail', path: 'Items[0].A' })
    const undecided = planned(QUEUE, 'aws_sqs_queue.u', { Items: [{ A: 5 }, { A: 2 }] }, ['Items[1].A'])
    expect(rule.check(undecided, view)).toMatchObject({ status: 'unknown', path: 'Items[1].A' })
  })
})

describe('applies-when and messages', () => {
  const rule = ruleOf(`
id: acme-fifo-dedup
title: FIFO queues deduplicate by content
severity: low
resource-types: [AWS::SQS::Queue]
applies-when: {property: FifoQueue, equals: true}
condition: {property: ContentBasedDeduplication, equals: true, default: false}
messages:
  pass: Queue {name} deduplicates by content
  fail: Queue {name} does not deduplicate by content ({property})
  unknown: the deduplication setting
`)

  it('give no verdict where the rule does not apply, and unknown where that is open and the condition fails', () => {
    const queues = [
      res(QUEUE, 'standard', { FifoQueue: false }),
      res(QUEUE, 'plain', {}),
      res(QUEUE, 'fifo-dedup', { FifoQueue: true, ContentBasedDeduplication: true }),
      res(QUEUE, 'fifo', { FifoQueue: true }),
      planned(QUEUE, 'aws_sqs_queue.maybe', { ContentBasedDeduplication: false }, ['FifoQueue']),
      planned(QUEUE, 'aws_sqs_queue.dedup', { ContentBasedDeduplication: true }, ['FifoQueue'])
    ]
    expect(judge(rule, queues)).toEqual(
      expected({ pass: ['aws_sqs_queue.dedup', 'fifo-dedup'], fail: ['fifo'], unknown: ['aws_sqs_queue.maybe'], skipped: ['plain', 'standard'] })
    )
  })

  it('fill {name} and {property} into the rule\'s own words', () => {
    const view = viewOf([])
    expect(rule.check(res(QUEUE, 'fifo', { FifoQueue: true }), view)?.message).toBe('Queue fifo does not deduplicate by content (ContentBasedDeduplication)')
    expect(rule.check(res(QUEUE, 'ok', { FifoQueue: true, ContentBasedDeduplication: 'true' }), view)?.message).toBe('Queue ok deduplicates by content')
    expect(rule.check(planned(QUEUE, 'aws_sqs_queue.x', { FifoQueue: true }, ['ContentBasedDeduplication']), view)?.message).toBe(
      'aws_sqs_queue.x: the deduplication setting is known only after apply (or is hidden), so this cannot be judged yet'
    )
  })
})

describe('per-property messages, {value} and if-unknown', () => {
  const rule = ruleOf(`
id: acme-queue-retention
title: Queues keep messages a week and are encrypted
severity: low
resource-types: [AWS::SQS::Queue]
applies-when: {property: QueueName, matches: "^prod-", if-unknown: false}
condition:
  all-of:
    - {property: MessageRetentionPeriod, greater-or-equal: 604800, default: 345600}
    - {property: SqsManagedSseEnabled, equals: true}
messages:
  pass: Queue {name} keeps messages {value} seconds
  fail:
    MessageRetentionPeriod: Queue {name} keeps messages only {value} seconds
    SqsManagedSseEnabled: Queue {name} is not encrypted ({property} is {value})
  unknown:
    MessageRetentionPeriod: the retention period
`)
  const view = viewOf([])

  it('word the verdict on each property with its own template, {value} after the default and "not set" when absent', () => {
    expect(rule.check(res(QUEUE, 'short', { QueueName: 'prod-a' }), view)?.message).toBe('Queue short keeps messages only 345600 seconds')
    expect(rule.check(res(QUEUE, 'plain', { QueueName: 'prod-b', MessageRetentionPeriod: 604800 }), view)?.message).toBe(
      'Queue plain is not encrypted (SqsManagedSseEnabled is not set)'
    )
    expect(rule.check(res(QUEUE, 'ok', { QueueName: 'prod-c', MessageRetentionPeriod: 1209600, SqsManagedSseEnabled: true }), view)?.message).toBe(
      'Queue ok keeps messages 1209600 seconds'
    )
  })

  it('fall back to the standard sentence for a property the mapping does not name', () => {
    expect(rule.check(planned(QUEUE, 'aws_sqs_queue.a', { QueueName: 'prod-a', SqsManagedSseEnabled: true }, ['MessageRetentionPeriod']), view)?.message).toBe(
      'aws_sqs_queue.a: the retention period is known only after apply (or is hidden), so this cannot be judged yet'
    )
    expect(rule.check(planned(QUEUE, 'aws_sqs_queue.b', { QueueName: 'prod-b', MessageRetentionPeriod: 604800 }, ['SqsManagedSseEnabled']), view)?.message).toBe(
      'aws_sqs_queue.b: SqsManagedSseEnabled is known only after apply (or is hidden), so this cannot be judged yet'
    )
  })

  it('take if-unknown as the verdict of a comparison whose value is open', () => {
    // The queue's name is open: if-unknown false says it is not a prod- queue, so the rule does not apply.
    expect(rule.check(planned(QUEUE, 'aws_sqs_queue.c', {}, ['QueueName']), view)).toBeNull()
    expect(verdictOf('{property: QueueName, equals: x, if-unknown: true}', planned(QUEUE, 'q', {}, ['QueueName']))).toBe(true)
    expect(verdictOf('{property: QueueName, equals: x}', planned(QUEUE, 'q', {}, ['QueueName']))).toBe(UNKNOWN)
    // A known value is compared as usual.
    expect(verdictOf('{property: QueueName, equals: x, if-unknown: true}', res(QUEUE, 'q', { QueueName: 'y' }))).toBe(false)
  })

  it('refuse a non-boolean if-unknown and an empty or non-text per-property message', () => {
    expect(errorOf(() => parseCondition({ property: 'A', equals: 1, 'if-unknown': 'no' }, ['condition'])).message).toMatch(/"if-unknown" must be true or false/)
    const base = { id: 'acme-x', title: 'X', severity: 'low', 'resource-types': [QUEUE], condition: { property: 'A', exists: true } }
    expect(errorOf(() => parseRuleSpec({ ...base, messages: { fail: {} } }, FRAMEWORKS)).message).toMatch(/at least one entry/)
    const wrong = errorOf(() => parseRuleSpec({ ...base, messages: { fail: { A: 3 } } }, FRAMEWORKS))
    expect(wrong.at).toEqual(['messages', 'fail', 'A'])
    expect(wrong.message).toMatch(/must be a non-empty string/)
  })
})

describe('predicates', () => {
  const rule = ruleOf(`
id: acme-no-public-postgres
title: No security group opens PostgreSQL to the internet
severity: high
resource-types: [AWS::EC2::SecurityGroup]
condition: {predicate: no-internet-ingress, port: 5432, what: PostgreSQL (TCP 5432)}
`)

  it('judge with the predicate and keep its own words', () => {
    const SG = 'AWS::EC2::SecurityGroup'
    const groups = [
      res(SG, 'sg-open', { SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: '0.0.0.0/0' }] }),
      res(SG, 'sg-private', { SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: '10.0.0.0/8' }] })
    ]
    expect(judge(rule, groups)).toEqual(expected({ fail: ['sg-open'], pass: ['sg-private'] }))
    expect(rule.check(groups[0], viewOf(groups))?.message).toBe('Security group sg-open allows PostgreSQL (TCP 5432) from the internet (0.0.0.0/0 or ::/0)')
  })

  it('take part in all-of like any other condition', () => {
    const combined = ruleOf(`
id: acme-prod-groups
title: Production groups do not open PostgreSQL
severity: high
resource-types: [AWS::EC2::SecurityGroup]
condition:
  any-of:
    - {property: GroupName, not-contains: prod}
    - {predicate: no-internet-ingress, port: 5432}
`)
    const SG = 'AWS::EC2::SecurityGroup'
    const open = [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: '0.0.0.0/0' }]
    const groups = [res(SG, 'sg-dev', { GroupName: 'dev', SecurityGroupIngress: open }), res(SG, 'sg-prod', { GroupName: 'prod-db', SecurityGroupIngress: open })]
    expect(judge(combined, groups)).toEqual(expected({ pass: ['sg-dev'], fail: ['sg-prod'] }))
  })
})

describe('a broken rule says where and what is allowed', () => {
  const base = { id: 'acme-x', title: 'X', severity: 'high', 'resource-types': ['AWS::SQS::Queue'], condition: { property: 'A', exists: true } }
  const spec = (change: Record<string, unknown>) => () => parseRuleSpec({ ...base, ...change }, FRAMEWORKS)

  it.each([
    [{ condition: { property: 'KmsMasterKeyId', exist: true } }, ['condition', 'exist'], 'unknown key "exist" in a condition (did you mean "exists"?)'],
    [{ condition: { property: 'A', exists: 'yes' } }, ['condition', 'exists'], '"exists" takes true or false, not string "yes"'],
    [{ condition: { property: 'A', exists: true, equals: 1 } }, ['condition', 'equals'], 'one operator per condition, found exists and equals'],
    [{ condition: { property: 'A..B', exists: true } }, ['condition', 'property'], 'property path "A..B": an empty name at column 3'],
    [{ condition: { property: 'A[x]', exists: true } }, ['condition', 'property'], 'property path "A[x]": "[x]" is not an index'],
    [{ condition: { 'all-of': [] } }, ['condition', 'all-of'], '"all-of" must be a non-empty list of conditions'],
    [{ condition: { predicate: 'no-internet-ingres', port: 22 } }, ['condition', 'predicate'], 'unknown predicate "no-internet-ingres" (did you mean "no-internet-ingress"?)'],
    [{ condition: { predicate: 'no-internet-ingress' } }, ['condition'], 'predicate "no-internet-ingress" needs "port"'],
    [{ condition: { predicate: 'no-internet-ingress', port: 70000 } }, ['condition', 'port'], 'must be a TCP port (0 to 65535), a non-empty list of them, or all'],
    [{ condition: { property: 'A', matches: '(a)\\1' } }, ['condition', 'matches'], 'pattern "(a)\\1"'],
    [{ severity: 'urgent' }, ['severity'], 'severity "urgent" is not one of critical, high, medium, low, info'],
    [{ id: 'Acme_X' }, ['id'], 'rule id "Acme_X" must be kebab-case'],
    [{ 'resource-types': ['SQS::Queue'] }, ['resource-types', 0], '"SQS::Queue" is not a CloudFormation type name'],
    [{ frameworks: { 'cis-aws-5': ['1.1'] } }, ['frameworks', 'cis-aws-5'], 'unknown framework "cis-aws-5" (did you mean "cis-aws-5.0"?)'],
    [{ severty: 'high' }, ['severty'], 'unknown key "severty" in a rule (did you mean "severity"?)'],
    [{ condition: undefined }, [], '"condition" is missing']
  ])('%j', (change, at, message) => {
    const err = errorOf(spec(change))
    expect(err.at).toEqual(at)
    expect(err.message).toContain(message)
  })
})

describe('a built-in rule (builtinRule)', () => {
  const document = {
    id: 'lazy-sqs-kms', title: 'Queue encrypted', severity: 'high' as const, 'resource-types': [QUEUE], description: 'd', risk: 'r',
    remediation: { text: 't', terraform: '' }, categories: ['encryption'], aliases: { checkov: ['CKV_X'], prowler: [] },
    condition: { property: 'KmsMasterKeyId', exists: true }
  }

  it('judges as the same document parsed whole does, its conditions parsed when it first judges', () => {
    const lazy = builtinRule(document)
    const whole = ruleFromSpec(parseRuleSpec(document, FRAMEWORKS))
    const { check: lazyCheck, ...lazyMetadata } = lazy
    const { check: wholeCheck, ...wholeMetadata } = whole
    expect(lazyMetadata).toEqual(wholeMetadata)
    const queues = [res(QUEUE, 'with-key', { KmsMasterKeyId: 'alias/a' }), res(QUEUE, 'without', {}), planned(QUEUE, 'later', {}, ['KmsMasterKeyId'])]
    for (const queue of queues) expect(lazyCheck(queue, viewOf(queues))).toEqual(wholeCheck(queue, viewOf(queues)))
    expect(queues.map((queue) => lazyCheck(queue, viewOf(queues))?.status)).toEqual(['pass', 'fail', 'unknown'])
  })

  it('says which rule is broken where its metadata is at load, and its condition when parsed whole', () => {
    expect(() => builtinRule({ ...document, id: 'lazy-bad-severity', severity: 'urgent' as never })).toThrow('built-in rule lazy-bad-severity: severity "urgent"')
    builtinRule({ ...document, id: 'lazy-bad-condition', condition: { property: 'KmsMasterKeyId', frobs: true } })
    expect(() => builtinSpec('lazy-bad-condition')).toThrow(/^built-in rule lazy-bad-condition: .* \(at condition/)
  })
})
