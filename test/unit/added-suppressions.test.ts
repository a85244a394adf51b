// The base comparison: which suppressions a change adds. The base is a stub here (the GitHub reader is tested end
// to end against the local GitHub server, the git reader on a real repository below).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compareSuppressions, type CompareInput } from '../../src/added-suppressions.js'
import { EMPTY_CONFIG_FILE, parseConfigFile } from '../../src/config-file.js'
import { parseIgnoreFile } from '../../src/drift/ignore.js'
import { evaluateInventory } from '../../src/evaluate.js'
import { findRules, ALL_RULES } from '../../src/rules/index.js'
import { gitBase, type BaseSource, type ChangedFile } from '../../src/sources/base.js'
import { scanHcl } from '../../src/sources/hcl/lexer.js'
import { suppressionsIn, type HclBlock } from '../../src/sources/hcl/modules.js'
import type { Resource } from '../../src/types.js'

const NOW = new Date('2026-06-01T00:00:00Z')

/** The resource blocks of one .tf file, as the module reader makes them. */
function blocksOf(file: string, text: string): HclBlock[] {
  const scanned = scanHcl(text)
  return scanned.blocks
    .filter((b) => b.kind === 'resource' && b.labels.length === 2)
    .map((b) => ({
      address: `${b.labels[0]}.${b.labels[1]}`,
      type: b.labels[0],
      name: b.labels[1],
      file,
      line: b.line,
      endLine: b.endLine,
      suppressions: suppressionsIn(scanned.comments, b.line, b.endLine, file),
      dynamicBlocks: b.dynamicBlocks
    }))
}

/** A base that holds `files` and says the change touches `changed`. */
function stubBase(files: Record<string, string>, changed: ChangedFile[], failing: { list?: boolean; read?: string[] } = {}): BaseSource {
  return {
    name: 'the base commit abc',
    async changedFiles() {
      if (failing.list) throw new Error('403: Resource not accessible by integration')
      return changed
    },
    async readBase(path) {
      if (failing.read?.includes(path)) throw new Error('502: Bad Gateway')
      return files[path] ?? null
    }
  }
}

const sg = (name: string, comment = '') => `resource "aws_security_group" "${name}" {\n  ${comment}\n  name = "${name}"\n}\n`

function input(extra: Partial<CompareInput> & Pick<CompareInput, 'base'>): CompareInput {
  return { blocks: [], configFile: EMPTY_CONFIG_FILE, ignoreFiles: [], lookup: findRules, now: NOW, ignoreAdded: false, ...extra }
}

describe('inline suppressions added by a change', () => {
  const baseMain = sg('bastion', '# plumbline:ignore ec2-sg-no-public-ssh reached through the VPN') + sg('web')
  // The change moves bastion to another file of the same folder and rewords its suppression through an alias,
  // adds a Checkov skip to web, and leaves infra/other.tf (with its own suppression) untouched.
  const headMain = sg('web', '#checkov:skip=CKV_AWS_25:open for the demo')
  const headNet = sg('bastion', '#checkov:skip=CKV_AWS_24:still behind the VPN')
  const other = sg('legacy', '# plumbline:ignore ec2-sg-no-public-rdp old jump host')
  const blocks = [...blocksOf('infra/main.tf', headMain), ...blocksOf('infra/net.tf', headNet), ...blocksOf('infra/other.tf', other)]
  const changed: ChangedFile[] = [
    { path: 'infra/main.tf', status: 'modified' },
    { path: 'infra/net.tf', status: 'added' }
  ]

  it('lists only the suppression the base did not have, by rule and block (moves and aliases add nothing)', async () => {
    const result = await compareSuppressions(input({ base: stubBase({ 'infra/main.tf': baseMain, 'infra/other.tf': other }, changed), blocks }))
    expect(result.warnings).toEqual([])
    expect(result.added).toEqual([
      { kind: 'checkov-skip', rule: 'CKV_AWS_25', resource: 'aws_security_group.web', file: 'infra/main.tf', line: 2, reason: 'open for the demo', applied: true }
    ])
    const block = (name: string) => blocks.find((b) => b.name === name) as HclBlock
    expect(result.baseline.hadInline(block('bastion'), 'ec2-sg-no-public-ssh')).toBe(true)
    expect(result.baseline.hadInline(block('web'), 'ec2-sg-no-public-rdp')).toBe(false)
    expect(result.baseline.hadInline(block('legacy'), 'ec2-sg-no-public-rdp')).toBe(true)
  })

  it('counts every suppression as added when the changed files cannot be listed, and says so', async () => {
    const result = await compareSuppressions(input({ base: stubBase({}, changed, { list: true }), blocks }))
    expect(result.added.map((a) => a.rule)).toEqual(['CKV_AWS_25', 'CKV_AWS_24', 'ec2-sg-no-public-rdp'])
    expect(result.warnings).toEqual([expect.stringMatching(/could not be listed against the base commit abc \(403: .*\); every suppression counts as added/)])
  })

  it('counts the suppressions of a file it cannot read at the base as added, and only those', async () => {
    const result = await compareSuppressions(input({ base: stubBase({ 'infra/main.tf': baseMain }, changed, { read: ['infra/main.tf'] }), blocks }))
    expect(result.added.map((a) => a.rule)).toEqual(['CKV_AWS_25', 'CKV_AWS_24'])
    expect(result.warnings).toEqual([expect.stringMatching(/infra\/main\.tf could not be read at the base commit abc \(502: Bad Gateway\); its suppressions count as added/)])
  })

  it('marks findings the base would not have silenced, and with ignore-added-suppressions does not silence them', async () => {
    const result = await compareSuppressions(input({ base: stubBase({ 'infra/main.tf': baseMain }, changed), blocks, ignoreAdded: true }))
    const open = (address: string): Resource => ({
      type: 'AWS::EC2::SecurityGroup',
      id: null,
      origin: 'plan',
      address,
      properties: { GroupDescription: 'x', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 0, ToPort: 65535, CidrIp: '0.0.0.0/0' }] }
    })
    const ctx = { rules: ALL_RULES, configFile: EMPTY_CONFIG_FILE, blocks: new Map(blocks.map((b) => [b.address, b])), lookup: findRules }
    const status = (evaluations: ReturnType<typeof evaluateInventory>, address: string, rule: string) => evaluations.find((e) => e.resource.address === address && e.rule === rule)
    const on = evaluateInventory([open('aws_security_group.web'), open('aws_security_group.bastion')], { ...ctx, baseline: result.baseline })
    expect(status(on, 'aws_security_group.web', 'ec2-sg-no-public-rdp')).toMatchObject({ status: 'fail' })
    expect(status(on, 'aws_security_group.web', 'ec2-sg-no-public-rdp')?.suppression).toBeUndefined()
    expect(status(on, 'aws_security_group.bastion', 'ec2-sg-no-public-ssh')).toMatchObject({ status: 'suppressed', suppression: { source: 'checkov-skip' } })
    const off = evaluateInventory([open('aws_security_group.web')], { ...ctx, baseline: { ...result.baseline, ignoreAdded: false } })
    expect(status(off, 'aws_security_group.web', 'ec2-sg-no-public-rdp')).toMatchObject({ status: 'suppressed', suppression: { source: 'checkov-skip', addedByChange: true } })
  })
})

describe('config-file and drift-ignore suppressions added by a change', () => {
  const baseYaml = [
    'skip-rules: [s3-bucket-access-logging-enabled]',
    'severity:',
    '  kms-key-rotation-enabled: critical',
    'suppressions:',
    '  - rule: ec2-sg-no-public-ssh',
    '    resource: module.bastion.*',
    '    reason: VPN only',
    '  - rule: rds-instance-multi-az',
    '    resource: aws_db_instance.reporting',
    '    reason: rebuilt from backups',
    '    expires: 2026-01-31',
    'drift-ignore:',
    '  - AWS::S3::Bucket logs-*',
    '  - "!AWS::S3::Bucket logs-audit"'
  ].join('\n')
  const headYaml = [
    'skip-rules: [s3-bucket-access-logging-enabled, s3-bucket-versioning-enabled]',
    'severity:',
    '  ec2-sg-no-public-ssh: low',
    'suppressions:',
    '  - rule: CKV_AWS_24', // the same scope through an alias, another reason: not added
    '    resource: module.bastion.*',
    '    reason: reached through the VPN appliance',
    '  - rule: rds-instance-multi-az', // renewed after it expired: added
    '    resource: aws_db_instance.reporting',
    '    reason: rebuilt from backups',
    '    expires: 2026-12-31',
    '  - rule: ec2-sg-no-public-ssh', // widened: added
    '    resource: "*"',
    '    reason: everything is fine',
    'drift-ignore:',
    '  - AWS::S3::Bucket   logs-*'
  ].join('\n')

  it('lists new scopes, renewed expired entries, skip-rules, lowered severities, new drift lines and removed negations', async () => {
    const configFile = parseConfigFile(headYaml, '.plumbline.yml', findRules, NOW)
    const ignoreFiles = [{ file: '.plumbline-ignore', ignore: parseIgnoreFile('# known\nAWS::EC2::Volume vol-* Tags\nAWS::IAM::Role ops-*\n', '.plumbline-ignore') }]
    const base = stubBase({ '.plumbline.yml': baseYaml, '.plumbline-ignore': '# known\nAWS::EC2::Volume vol-* Tags\n' }, [
      { path: '.plumbline.yml', status: 'modified' },
      { path: '.plumbline-ignore', status: 'modified' }
    ])
    const result = await compareSuppressions(input({ base, configFile, configPath: '.plumbline.yml', ignoreFiles }))
    expect(result.warnings).toEqual([])
    expect(result.added.map(({ kind, rule, resource, line, detail }) => ({ kind, rule, resource, line, detail }))).toEqual([
      { kind: 'config', rule: 'rds-instance-multi-az', resource: 'aws_db_instance.reporting', line: 8, detail: undefined },
      { kind: 'config', rule: 'ec2-sg-no-public-ssh', resource: '*', line: 12, detail: undefined },
      { kind: 'skip-rules', rule: 's3-bucket-versioning-enabled', resource: undefined, line: 1, detail: undefined },
      // The base's override raised kms to critical; the change drops it (back to high) and lowers ssh to low.
      { kind: 'severity', rule: 'ec2-sg-no-public-ssh', resource: undefined, line: 3, detail: 'high → low' },
      { kind: 'severity', rule: 'kms-key-rotation-enabled', resource: undefined, line: undefined, detail: 'critical → high' },
      { kind: 'drift-ignore', rule: undefined, resource: 'AWS::IAM::Role ops-*', line: 3, detail: undefined },
      { kind: 'drift-ignore', rule: undefined, resource: '!AWS::S3::Bucket logs-audit', line: undefined, detail: 'negation removed' }
    ])
  })

  it('with ignore-added-suppressions, evaluates with the base skips and severities and ignores drift only where the base did', async () => {
    const configFile = parseConfigFile(headYaml, '.plumbline.yml', findRules, NOW)
    const base = stubBase({ '.plumbline.yml': baseYaml }, [{ path: '.plumbline.yml', status: 'modified' }])
    const result = await compareSuppressions(input({ base, configFile, configPath: '.plumbline.yml', ignoreAdded: true }))
    expect([...result.configFile.skipRules]).toEqual(['s3-bucket-access-logging-enabled'])
    expect(result.configFile.severity.get('ec2-sg-no-public-ssh')).toBe('high')
    expect(result.configFile.severity.get('kms-key-rotation-enabled')).toBe('critical')
    expect(result.added.every((a) => !a.applied)).toBe(true)
    expect(result.driftBaseline.rules.map((r) => `${r.negate ? '!' : ''}${r.type} ${r.id}`)).toEqual(['AWS::S3::Bucket logs-*', '!AWS::S3::Bucket logs-audit'])
  })

  it('an unchanged config file adds nothing; a config file new in the change adds all of it', async () => {
    const configFile = parseConfigFile(headYaml, 'infra/.plumbline.yml', findRules, NOW)
    const same = await compareSuppressions(input({ base: stubBase({}, []), configFile, configPath: 'infra/.plumbline.yml' }))
    expect(same.added).toEqual([])
    const fresh = await compareSuppressions(input({ base: stubBase({}, [{ path: 'infra/.plumbline.yml', status: 'added' }]), configFile, configPath: 'infra/.plumbline.yml' }))
    expect(fresh.added.filter((a) => a.kind === 'config')).toHaveLength(3)
    expect(fresh.added.every((a) => a.file === 'infra/.plumbline.yml')).toBe(true)
  })
})

describe('the git base (CLI --base)', () => {
  const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } })

  it('lists committed, uncommitted and untracked changes against REF and reads files at REF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-base-'))
    git(dir, 'init', '-q', '-b', 'main')
    mkdirSync(join(dir, 'infra'))
    writeFileSync(join(dir, 'infra/main.tf'), 'base main\n')
    writeFileSync(join(dir, 'infra/old.tf'), 'to be renamed\n'.repeat(20))
    writeFileSync(join(dir, 'gone.txt'), 'x\n')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'base')
    writeFileSync(join(dir, 'infra/main.tf'), 'head main\n')
    git(dir, 'mv', 'infra/old.tf', 'infra/new.tf')
    git(dir, 'rm', '-q', 'gone.txt')
    git(dir, 'commit', '-qm', 'change')
    writeFileSync(join(dir, '.plumbline-ignore'), 'AWS::S3::Bucket x\n')
    const base = await gitBase(dir, 'HEAD~1')
    expect(base.name).toMatch(/^the base commit [0-9a-f]{12} \(HEAD~1\)$/)
    const changed = await base.changedFiles()
    expect(changed).toEqual(
      expect.arrayContaining([
        { path: 'infra/main.tf', status: 'modified' },
        { path: 'infra/new.tf', previousPath: 'infra/old.tf', status: 'renamed' },
        { path: 'gone.txt', status: 'removed' },
        { path: '.plumbline-ignore', status: 'added' }
      ])
    )
    expect(await base.readBase('infra/main.tf')).toBe('base main\n')
    expect(await base.readBase('.plumbline-ignore')).toBeNull()
    await expect(gitBase(dir, 'no-such-branch')).rejects.toThrow(/--base: "no-such-branch" is not a commit/)
  })
})
