// The user's rule files: one rule per YAML document, errors as file:line:column with what is allowed, ids that
// collide with ours or with each other refused, and every file read before one error is reported.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadRuleFiles, parseRuleFile } from '../../src/rule-files.js'
import { RULE_REGISTRY } from '../../src/rules/index.js'
import { InputError } from '../../src/types.js'
import { ROOT } from '../e2e/helpers.js'

/** The example of issue 12, verbatim. */
const SQS_KMS = readFileSync(join(ROOT, 'test/fixtures/custom-rules/acme-sqs-kms.yml'), 'utf8')

function messageOf(run: () => unknown): string {
  try {
    run()
  } catch (err) {
    if (err instanceof InputError) return err.message
    throw err
  }
  throw new Error('expected an InputError')
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (err) {
    if (err instanceof InputError) return err.message
    throw err
  }
  throw new Error('expected an InputError')
}

describe('parseRuleFile', () => {
  it('reads the issue example as written, and several rules from one file', () => {
    const [one] = parseRuleFile(SQS_KMS, 'rules/sqs.yml', RULE_REGISTRY)
    expect(one.rule.id).toBe('acme-sqs-kms')
    expect(one.where).toBe('rules/sqs.yml:1:1')
    const two = parseRuleFile(`${SQS_KMS}---\n${SQS_KMS.replace('acme-sqs-kms', 'acme-sqs-kms-2')}---\n# nothing here\n`, 'rules/sqs.yml', RULE_REGISTRY)
    expect(two.map((r) => [r.rule.id, r.where])).toEqual([
      ['acme-sqs-kms', 'rules/sqs.yml:1:1'],
      ['acme-sqs-kms-2', 'rules/sqs.yml:10:1']
    ])
  })

  it.each([
    ['a misspelt operator, at its key', SQS_KMS.replace('  exists: true', '  exist: true'), 'rules/sqs.yml:7:3: unknown key "exist" in a condition (did you mean "exists"?); operators: exists, empty'],
    ['a bad property path, at the column inside the path', SQS_KMS.replace('property: KmsMasterKeyId', 'property: Kms..Id'), 'rules/sqs.yml:6:17: property path "Kms..Id": an empty name at column 5'],
    ['a quoted bad path', SQS_KMS.replace('property: KmsMasterKeyId', 'property: "Kms[x]"'), 'rules/sqs.yml:6:17: property path "Kms[x]"'],
    ['a missing key, at the mapping that lacks it', SQS_KMS.replace('severity: high\n', ''), 'rules/sqs.yml:1:1: "severity" is missing'],
    ['a bad severity, at its value', SQS_KMS.replace('severity: high', 'severity: urgent'), 'rules/sqs.yml:3:11: severity "urgent" is not one of critical, high, medium, low, info'],
    ['an unknown top-level key', `${SQS_KMS}servity: low\n`, 'rules/sqs.yml:9:1: unknown key "servity" in a rule'],
    ['YAML that does not parse', 'id: [acme\ntitle: x\n', 'rules/sqs.yml:2:'],
    ['a built-in rule\'s id', SQS_KMS.replace('acme-sqs-kms', 'kms-key-rotation-enabled'), 'rules/sqs.yml:1:1: rule id "kms-key-rotation-enabled" is a built-in rule\'s id']
  ])('%s', (_, text, message) => {
    const run = () => {
      const rules = parseRuleFile(text, 'rules/sqs.yml', RULE_REGISTRY)
      // Collisions with built-in ids are the loader's check: run it the same way.
      for (const { rule, where } of rules) if (RULE_REGISTRY.builtin(rule.id)) throw new InputError(`${where}: rule id "${rule.id}" is a built-in rule's id`)
    }
    expect(messageOf(run)).toContain(message)
  })
})

describe('loadRuleFiles', () => {
  function rulesDir(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-rules-'))
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    return dir
  }

  it('reads *.yml and *.yaml in the folder and its subfolders, in name order, and nothing else', async () => {
    const dir = rulesDir({
      'b.yml': SQS_KMS.replace('acme-sqs-kms', 'acme-b'),
      'a/a.yaml': SQS_KMS.replace('acme-sqs-kms', 'acme-a'),
      'fixtures/queue.tf': 'resource "aws_sqs_queue" "q" {}',
      'notes.json': '{"id": "not-a-rule"}',
      '.hidden/c.yml': SQS_KMS.replace('acme-sqs-kms', 'acme-hidden')
    })
    const loaded = await loadRuleFiles([dir], dir, RULE_REGISTRY)
    expect(loaded.rules.map((r) => r.id)).toEqual(['acme-a', 'acme-b'])
    expect(loaded.rules.every((r) => r.source === 'custom')).toBe(true)
    expect(loaded.files.get('acme-a')).toBe('a/a.yaml:1:1')
  })

  it('refuses an id used twice, naming both places', async () => {
    const dir = rulesDir({ 'one.yml': SQS_KMS, 'two.yml': SQS_KMS })
    expect(await rejection(loadRuleFiles([dir], dir, RULE_REGISTRY))).toBe(
      'rule file two.yml:1:1: rule id "acme-sqs-kms" is already used by one.yml:1:1; every rule needs its own id'
    )
  })

  it('reads every file before reporting, and says how many more are broken', async () => {
    const dir = rulesDir({
      'a.yml': SQS_KMS.replace('exists: true', 'exists: maybe'),
      'b.yml': SQS_KMS.replace('acme-sqs-kms', 'acme-b'),
      'c.yml': 'id: [',
      'd.yml': SQS_KMS.replace('acme-sqs-kms', 'kms-key-rotation-enabled')
    })
    const message = await rejection(loadRuleFiles([dir], dir, RULE_REGISTRY))
    expect(message).toMatch(/^rule file a\.yml:7:11: "exists" takes true or false, not string "maybe" \(and 2 more problems in the rule files\)$/)
  })
})

describe('property paths of the user\'s rules', () => {
  it('are checked against the schema of the types judged, with the closest name', () => {
    const misspelt = SQS_KMS.replace('property: KmsMasterKeyId', 'property: KmsMasterKeyID')
    expect(messageOf(() => parseRuleFile(misspelt, 'rules/sqs.yml', RULE_REGISTRY))).toBe(
      'rules/sqs.yml:6:13: AWS::SQS::Queue has no property "KmsMasterKeyID" (did you mean "KmsMasterKeyId"?) at "KmsMasterKeyID"; property paths are CloudFormation property names (see the type\'s schema)'
    )
    // Nested paths and list items too.
    const nested = `id: acme-tls\ntitle: t\nseverity: low\nresource-types: [AWS::S3::Bucket]\ncondition: {property: 'BucketEncryption.ServerSideEncryptionConfiguration[*].ServerSideEncryptionByDefault.SseAlgorithm', equals: aws:kms}\n`
    expect(messageOf(() => parseRuleFile(nested, 'b.yml', RULE_REGISTRY))).toMatch(/^b\.yml:5:23: AWS::S3::Bucket has no property "SseAlgorithm" \(did you mean "SSEAlgorithm"\?\)/)
  })

  it('are not checked for a type whose schema this version does not ship', () => {
    const other = SQS_KMS.replace('AWS::SQS::Queue', 'AWS::MQ::Broker').replace('property: KmsMasterKeyId', 'property: EncryptionOptions.KmsKeyId')
    expect(parseRuleFile(other, 'rules/mq.yml', RULE_REGISTRY).map((r) => r.rule.id)).toEqual(['acme-sqs-kms'])
  })
})
