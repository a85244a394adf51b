// `plumbline rules`, `plumbline frameworks` and the frameworks setting: the catalogue functions on their own, the
// commands through runCli (the CLI's real entry, in process), and a scan limited to one framework.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, type CliIo } from '../../src/cli.js'
import { catalogueWritesJson, frameworksCommand, rulesCommand } from '../../src/cli-catalogue.js'
import { buildConfig, SETTINGS } from '../../src/config.js'
import { frameworkSummaries, parseFrameworkIds, ruleListing, rulesInFrameworks, serviceOfType } from '../../src/rules/catalogue.js'
import { CATALOGUES } from '../../src/rules/frameworks/catalogues.js'
import { ALL_RULES, FRAMEWORKS, LIVE_ONLY_RULE_IDS } from '../../src/rules/index.js'
import { InputError, type Rule } from '../../src/types.js'
import { cleanEnv, exampleWorkspace, ROOT } from '../e2e/helpers.js'

/** Runs the CLI in process, collecting what it prints. */
async function cli(argv: string[], cwd = ROOT, env: NodeJS.ProcessEnv = cleanEnv()) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}

const cis5Rules = ALL_RULES.filter((rule) => rule.frameworks['cis-aws-5.0']?.length)

/** A user's rule, as the rules-dir loader will give it. */
const customRule: Rule = {
  ...ALL_RULES[0],
  id: 'acme-bucket-tagged',
  title: 'Bucket has an owner tag',
  source: 'custom',
  resourceTypes: ['AWS::S3::Bucket'],
  // A requirement no built-in rule covers (CIS 5.0, 4.0 and 3.0 have no automated one left).
  frameworks: { 'aws-fsbp': ['ACM.1'] },
  aliases: { checkov: [], prowler: [] }
}

describe('catalogue functions', () => {
  it('serviceOfType: the middle part of a type, lower case', () => {
    expect(serviceOfType('AWS::S3::Bucket')).toBe('s3')
    expect(serviceOfType('Plumbline::IAM::PasswordPolicy')).toBe('iam')
    expect(serviceOfType('AWS::EC2::SecurityGroup')).toBe('ec2')
  })

  it('ruleListing: a built-in live-only rule, and a custom rule is never live only', () => {
    const rootKeys = ALL_RULES.find((r) => r.id === 'iam-root-no-access-keys')!
    expect(ruleListing(rootKeys)).toEqual({
      id: 'iam-root-no-access-keys',
      title: rootKeys.title,
      severity: rootKeys.severity,
      source: 'builtin',
      resourceTypes: rootKeys.resourceTypes,
      services: ['iam'],
      liveOnly: true,
      frameworks: { 'cis-aws-3.0': ['1.4'], 'cis-aws-4.0': ['1.4'], 'cis-aws-5.0': ['1.3'], 'aws-fsbp': ['IAM.4'] },
      aliases: rootKeys.aliases
    })
    expect(ruleListing({ ...customRule, id: 'iam-root-no-access-keys' })).toMatchObject({ source: 'custom', liveOnly: false, services: ['s3'] })
  })

  it('frameworkSummaries: CIS 5.0 counts come from the data', () => {
    const cis5 = frameworkSummaries(ALL_RULES).find((s) => s.id === 'cis-aws-5.0')!
    const catalogue = CATALOGUES.find((c) => c.id === 'cis-aws-5.0')!
    const automatedRows = readFileSync(join(ROOT, 'data/frameworks/cis-aws-5.0.tsv'), 'utf8')
      .split('\n')
      .filter((line) => line.split('\t')[2] === 'Automated')
    const covered = new Set(ALL_RULES.flatMap((r) => r.frameworks['cis-aws-5.0'] ?? []))
    expect(cis5).toMatchObject({ name: 'CIS Amazon Web Services Foundations Benchmark', version: '5.0', requirements: 63, automated: 35 })
    expect(cis5.automated).toBe(automatedRows.length)
    expect(cis5.covered).toBe(covered.size)
    // Every automated requirement is either covered or listed, never both.
    const automatedIds = catalogue.requirements.filter((r) => r.assessment === 'automated').map((r) => r.id)
    expect(cis5.uncoveredAutomated.map((r) => r.id).sort()).toEqual(automatedIds.filter((id) => !covered.has(id)).sort())
    // Every automated CIS 5.0 control has a rule (issue 12).
    expect(cis5.uncoveredAutomated).toEqual([])
    expect(cis5.uncoveredAutomated.some((r) => r.id === '1.3')).toBe(false)
  })

  it("frameworkSummaries: a custom rule's requirement counts as covered", () => {
    const before = frameworkSummaries(ALL_RULES).find((s) => s.id === 'aws-fsbp')!
    const after = frameworkSummaries([...ALL_RULES, customRule]).find((s) => s.id === 'aws-fsbp')!
    expect(after.covered).toBe(before.covered + 1)
    expect(before.uncoveredAutomated.some((r) => r.id === 'ACM.1')).toBe(true)
    expect(after.uncoveredAutomated.some((r) => r.id === 'ACM.1')).toBe(false)
  })

  it('parseFrameworkIds: case-insensitive, deduplicated; an unknown id names the valid ones', () => {
    expect(parseFrameworkIds(['CIS-AWS-5.0', 'aws-fsbp', 'cis-aws-5.0'], '--frameworks')).toEqual(['cis-aws-5.0', 'aws-fsbp'])
    expect(() => parseFrameworkIds(['cis-5'], '--frameworks')).toThrow(
      new InputError('--frameworks: "cis-5" is not a framework Plumbline knows; use cis-aws-3.0, cis-aws-4.0, cis-aws-5.0, aws-fsbp')
    )
  })

  it('rulesInFrameworks: every rule when none is named, else those mapped to one of them', () => {
    expect(rulesInFrameworks(ALL_RULES, [])).toBe(ALL_RULES)
    expect(rulesInFrameworks(ALL_RULES, undefined)).toBe(ALL_RULES)
    expect(rulesInFrameworks(ALL_RULES, ['cis-aws-5.0'])).toEqual(cis5Rules)
    expect(cis5Rules.length).toBeGreaterThan(10)
    expect(cis5Rules.length).toBeLessThan(ALL_RULES.length)
    const either = rulesInFrameworks(ALL_RULES, ['cis-aws-4.0', 'aws-fsbp']).map((r) => r.id)
    expect(either).toContain('rds-instance-backup-enabled') // FSBP RDS.11 only
    expect(either).toContain('rds-instance-multi-az')
    expect(either).not.toContain('lambda-function-no-secrets-in-env')
  })
})

describe('plumbline rules', () => {
  it('prints a table of every rule', async () => {
    const { code, stdout, stderr } = await cli(['rules'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^RULE +SEVERITY +SOURCE +SERVICES +FRAMEWORKS +TITLE$/)
    for (const rule of ALL_RULES) expect(stdout).toMatch(new RegExp(`^${rule.id}( \\*)? +${rule.severity} +builtin `, 'm'))
    expect(stdout).toMatch(/^iam-root-no-access-keys \* +critical +builtin +iam +CIS 3\.0 1\.4; CIS 4\.0 1\.4; CIS 5\.0 1\.3; FSBP IAM\.4 +/m)
    expect(lines[lines.length - 1]).toBe(`${ALL_RULES.length} rules. * live only: judged on a live scan, never on a plan or .tf code (${LIVE_ONLY_RULE_IDS.size}).`)
  })

  it('--format json: one object per rule, sorted by id, with the documented fields', async () => {
    const { code, stdout, stderr } = await cli(['rules', '--format', 'json'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const listing = JSON.parse(stdout)
    expect(listing.map((r: any) => r.id)).toEqual(ALL_RULES.map((r) => r.id).sort())
    for (const entry of listing) {
      expect(Object.keys(entry)).toEqual(['id', 'title', 'severity', 'source', 'resourceTypes', 'services', 'liveOnly', 'frameworks', 'aliases'])
      expect(entry.source).toBe('builtin')
      expect(entry.liveOnly).toBe(LIVE_ONLY_RULE_IDS.has(entry.id))
    }
    expect(listing.find((r: any) => r.id === 's3-bucket-versioning-enabled')).toEqual({
      id: 's3-bucket-versioning-enabled',
      title: ALL_RULES.find((r) => r.id === 's3-bucket-versioning-enabled')!.title,
      severity: 'medium',
      source: 'builtin',
      resourceTypes: ['AWS::S3::Bucket'],
      services: ['s3'],
      liveOnly: false,
      frameworks: { 'aws-fsbp': ['S3.14'] },
      aliases: { checkov: ['CKV_AWS_21'], prowler: ['s3_bucket_object_versioning'] }
    })
  })

  it('--framework cis-aws-5.0 lists only the rules mapped to it', async () => {
    const { code, stdout } = await cli(['rules', '--framework', 'cis-aws-5.0', '--format', 'json'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).map((r: any) => r.id)).toEqual(cis5Rules.map((r) => r.id).sort())
    const table = await cli(['rules', '--framework', 'cis-aws-5.0'])
    expect(table.stdout).toContain(`\n${cis5Rules.length} rules mapped to cis-aws-5.0.`)
    expect(table.stdout).not.toContain('s3-bucket-versioning-enabled')
    // Only the named framework's references are shown.
    expect(table.stdout).not.toContain('FSBP')
  })

  it('--framework nope: one line naming the valid ids, exit 2', async () => {
    const { code, stdout, stderr } = await cli(['rules', '--framework', 'nope'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('plumbline: --framework: "nope" is not a framework Plumbline knows; use cis-aws-3.0, cis-aws-4.0, cis-aws-5.0, aws-fsbp\n')
  })

  it('refuses an unknown format or option in one line', async () => {
    expect(await cli(['rules', '--format', 'yaml'])).toEqual({ code: 2, stdout: '', stderr: 'plumbline: --format: "yaml" is not a format; use table or json\n' })
    const unknown = await cli(['rules', '--frameworks', 'cis-aws-5.0'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr.split('\n')).toHaveLength(2)
    expect(unknown.stderr).toContain('--frameworks')
  })

  it('passes each --rules-dir to the loader and lists what it returns', async () => {
    const asked: string[][] = []
    let stdout = ''
    const io = { stdout: (t: string) => (stdout += t), stderr: () => undefined }
    const code = await rulesCommand(['--rules-dir', 'a', '--rules-dir', 'b', '--format', 'json'], io, async (dirs) => {
      asked.push([...dirs])
      return [...ALL_RULES, customRule]
    })
    expect(code).toBe(0)
    expect(asked).toEqual([['a', 'b']])
    expect(JSON.parse(stdout).find((r: any) => r.id === 'acme-bucket-tagged')).toMatchObject({ source: 'custom', liveOnly: false, frameworks: { 'aws-fsbp': ['ACM.1'] } })
  })

  it('lists the user\'s rules from --rules-dir and from .plumbline/rules, as a scan reads them', async () => {
    const ws = exampleWorkspace()
    const rule = 'id: acme-sqs-kms\ntitle: SQS queues use a customer-managed KMS key\nseverity: high\nresource-types: [AWS::SQS::Queue]\ncondition: {property: KmsMasterKeyId, exists: true}\nframeworks: {cis-aws-5.0: ["3.5"]}\n'
    mkdirSync(join(ws, 'mine'))
    writeFileSync(join(ws, 'mine/sqs.yml'), rule)
    const given = await cli(['rules', '--rules-dir', 'mine', '--format', 'json'], ws)
    expect(given.code).toBe(0)
    const listed = JSON.parse(given.stdout)
    expect(listed).toHaveLength(ALL_RULES.length + 1)
    expect(listed.find((r: any) => r.id === 'acme-sqs-kms')).toEqual({
      id: 'acme-sqs-kms',
      title: 'SQS queues use a customer-managed KMS key',
      severity: 'high',
      source: 'custom',
      resourceTypes: ['AWS::SQS::Queue'],
      services: ['sqs'],
      liveOnly: false,
      frameworks: { 'cis-aws-5.0': ['3.5'] },
      aliases: { checkov: [], prowler: [] }
    })
    // Without --rules-dir, the conventional folder at the repository root.
    mkdirSync(join(ws, '.plumbline/rules'), { recursive: true })
    writeFileSync(join(ws, '.plumbline/rules/sqs.yml'), rule)
    const conventional = await cli(['rules', '--framework', 'cis-aws-5.0', '--format', 'json'], ws)
    expect(JSON.parse(conventional.stdout).map((r: any) => r.id)).toContain('acme-sqs-kms')
    // A broken file: one line, exit 2.
    writeFileSync(join(ws, 'mine/sqs.yml'), rule.replace('severity: high', 'severity: urgent'))
    const broken = await cli(['rules', '--rules-dir', 'mine'], ws)
    expect(broken.code).toBe(2)
    expect(broken.stderr).toBe('plumbline: rule file mine/sqs.yml:3:11: severity "urgent" is not one of critical, high, medium, low, info\n')
    const missing = await cli(['frameworks', '--rules-dir', 'nope'], ws)
    expect(missing.stderr).toBe('plumbline: --rules-dir: nope is not a folder; give the folder that holds your rule files (*.yml)\n')
  })

  it('in a workflow step, fences JSON output with markers on stderr so stdout stays JSON', async () => {
    const { code, stdout, stderr } = await cli(['rules', '--format', 'json'], ROOT, cleanEnv({ GITHUB_ACTIONS: 'true' }))
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toHaveLength(ALL_RULES.length)
    expect(stderr).toMatch(/^::stop-commands::[0-9a-f]{32}\n::[0-9a-f]{32}::\n$/)
    expect(catalogueWritesJson(['--format', 'json'])).toBe(true)
    expect(catalogueWritesJson([])).toBe(false)
  })

  it('escapes control characters of a custom rule in the table and the line separators in JSON', async () => {
    const odd = { ...customRule, title: 'evil\n::error::x\u2028y' }
    let table = ''
    await rulesCommand([], { stdout: (t) => (table += t), stderr: () => undefined }, async () => [odd])
    expect(table).toContain('evil\\n::error::x\\u2028y')
    let json = ''
    await rulesCommand(['--format', 'json'], { stdout: (t) => (json += t), stderr: () => undefined }, async () => [odd])
    expect(json).not.toContain('\u2028')
    expect(JSON.parse(json)[0].title).toBe(odd.title)
  })
})

describe('plumbline frameworks', () => {
  it('prints a table of the frameworks and the automated requirements no rule covers', async () => {
    const { code, stdout, stderr } = await cli(['frameworks'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    expect(lines[0]).toMatch(/^FRAMEWORK +REQUIREMENTS +AUTOMATED +COVERED +NAME$/)
    const cis5 = frameworkSummaries(ALL_RULES).find((s) => s.id === 'cis-aws-5.0')!
    const fsbp = frameworkSummaries(ALL_RULES).find((s) => s.id === 'aws-fsbp')!
    expect(stdout).toMatch(new RegExp(`^cis-aws-5\\.0 +63 +35 +${cis5.covered} +CIS Amazon Web Services Foundations Benchmark 5\\.0$`, 'm'))
    expect(stdout).toMatch(new RegExp(`^aws-fsbp +286 +205 +${fsbp.covered} +AWS Foundational Security Best Practices 1\\.0\\.0$`, 'm'))
    expect(stdout).toContain('\ncis-aws-5.0: every automated requirement has a rule\n')
    // Every automated CIS 3.0 control has a rule too, MFA Delete (2.1.2) the last: 54 of 54.
    expect(stdout).toMatch(/^cis-aws-3\.0 +62 +54 +\d+ +CIS Amazon Web Services Foundations Benchmark 3\.0$/m)
    expect(stdout).toContain('\ncis-aws-3.0: every automated requirement has a rule\n')
    expect(stdout).not.toMatch(/^ {2}2\.1\.2 /m)
    expect(stdout).toMatch(/^ {2}ACM\.1 +Imported ACM certificates should be renewed after a specified time period$/m)
  })

  it('--format json: the summaries', async () => {
    const { code, stdout } = await cli(['frameworks', '--format', 'json'])
    expect(code).toBe(0)
    const summaries = JSON.parse(stdout)
    expect(summaries).toEqual(frameworkSummaries(ALL_RULES))
    expect(summaries.map((s: any) => s.id)).toEqual(FRAMEWORKS.map((f) => f.id))
    expect(summaries.find((s: any) => s.id === 'cis-aws-3.0')).toMatchObject({ requirements: 62, automated: 54, covered: new Set(ALL_RULES.flatMap((r) => r.frameworks['cis-aws-3.0'] ?? [])).size })
  })

  it('counts the rules its loader returns', async () => {
    let stdout = ''
    await frameworksCommand(['--format', 'json', '--rules-dir', 'x'], { stdout: (t) => (stdout += t), stderr: () => undefined }, async () => [...ALL_RULES, customRule])
    const before = frameworkSummaries(ALL_RULES).find((s) => s.id === 'aws-fsbp')!.covered
    expect(JSON.parse(stdout).find((s: any) => s.id === 'aws-fsbp').covered).toBe(before + 1)
  })

  it('is suggested for a near miss', async () => {
    const { code, stderr } = await cli(['framework'])
    expect(code).toBe(2)
    expect(stderr).toContain('did you mean "frameworks"?')
  })
})

describe('the frameworks setting', () => {
  it('is an action input and a CLI flag; buildConfig reads and checks it', () => {
    expect(SETTINGS.find((s) => s.input === 'frameworks')).toMatchObject({ cli: 'frameworks', kind: 'list' })
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-fw-'))
    mkdirSync(join(dir, '.git'))
    writeFileSync(join(dir, 'plan.json'), '{}')
    const ctx = { cwd: dir, defaultFallbackLocation: 'README.md', nameOf: (s: { input: string }) => s.input, env: {}, liveDefault: 'off' as const }
    expect(buildConfig({ 'terraform-plan': 'plan.json', frameworks: 'cis-aws-5.0,\naws-fsbp' }, ctx).frameworks).toEqual(['cis-aws-5.0', 'aws-fsbp'])
    expect(buildConfig({ 'terraform-plan': 'plan.json' }, ctx).frameworks).toEqual([])
    expect(() => buildConfig({ 'terraform-plan': 'plan.json', frameworks: 'cis' }, ctx)).toThrow('frameworks: "cis" is not a framework Plumbline knows; use cis-aws-3.0, cis-aws-4.0, cis-aws-5.0, aws-fsbp')
  })

  it('a scan with --frameworks cis-aws-5.0 evaluates only the rules of that framework', async () => {
    const ws = exampleWorkspace()
    const args = ['scan', '--plan', 'infra/plan.json', '--tf-dir', 'infra', '--fail-on', 'none']
    const all = await cli([...args, '--out', 'all'], ws)
    const limited = await cli([...args, '--out', 'cis5', '--frameworks', 'cis-aws-5.0'], ws)
    expect([all.code, limited.code]).toEqual([0, 0])
    const rulesOf = (out: string) => new Set<string>(JSON.parse(readFileSync(join(ws, out, 'plumbline-results.json'), 'utf8')).evaluations.map((e: any) => e.rule))
    const allRules = rulesOf('all')
    const limitedRules = rulesOf('cis5')
    const cis5 = new Set(cis5Rules.map((r) => r.id))
    expect(limitedRules.size).toBeGreaterThan(0)
    for (const id of limitedRules) expect(cis5.has(id)).toBe(true)
    // The example plan has resources that rules outside CIS 5.0 judge: the setting must drop those.
    const outside = [...allRules].filter((id) => !cis5.has(id))
    expect(outside.length).toBeGreaterThan(0)
    expect([...allRules].filter((id) => cis5.has(id)).sort()).toEqual([...limitedRules].sort())
  })

  it('an unknown framework stops the scan with one line, exit 2', async () => {
    const ws = exampleWorkspace()
    const { code, stderr } = await cli(['scan', '--plan', 'infra/plan.json', '--frameworks', 'cis-aws-6.0'], ws)
    expect(code).toBe(2)
    expect(stderr).toBe('plumbline: --frameworks: "cis-aws-6.0" is not a framework Plumbline knows; use cis-aws-3.0, cis-aws-4.0, cis-aws-5.0, aws-fsbp\n')
  })
})
