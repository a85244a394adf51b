import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ignoreUsage, runIgnoreCommand, type CommandIo } from '../../src/drift/ignore-command.js'
import { isPathIgnored, isResourceIgnored, parseIgnoreFile } from '../../src/drift/ignore.js'
import { InputError, type DriftEntry } from '../../src/types.js'

const NOW = new Date('2026-03-01T12:00:00.000Z')

// Typed against the report contract, so a change to DriftEntry breaks this fixture at type-check time.
const DRIFT: DriftEntry[] = [
  {
    class: 'changed',
    resource: { type: 'AWS::EC2::SecurityGroup', id: 'sg-0abc', address: 'aws_security_group.web', origin: 'state', account: '123456789012', region: 'eu-west-1' },
    address: 'aws_security_group.web',
    changes: [
      { path: 'SecurityGroupIngress[1].CidrIp', iac: '10.0.0.0/8', live: '0.0.0.0/0' },
      { path: 'Tags', iac: [{ Key: 'Team', Value: 'a' }], live: [{ Key: 'Team', Value: 'secret-looking-value' }] }
    ],
    evidence: ['resource_drift']
  },
  {
    class: 'missing',
    resource: { type: 'AWS::S3::Bucket', id: 'logs-2024', address: 'aws_s3_bucket.logs', origin: 'state' },
    address: 'aws_s3_bucket.logs',
    changes: [],
    evidence: []
  },
  {
    class: 'unmanaged',
    resource: { type: 'AWS::IAM::Role', id: 'hand made*role', origin: 'live', arn: 'arn:aws:iam::123456789012:role/hand' },
    changes: [],
    evidence: []
  },
  {
    class: 'unmanaged',
    resource: { type: 'AWS::EC2::SecurityGroupIngress', id: 'sg-0abc|sgr-1', origin: 'live' },
    changes: [],
    evidence: []
  },
  {
    // The same bucket seen from a second state: one line, not two.
    class: 'missing',
    resource: { type: 'AWS::S3::Bucket', id: 'logs-2024', address: 'module.b.aws_s3_bucket.logs', origin: 'state' },
    changes: [],
    evidence: []
  }
]

function results(drift: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ schemaVersion: 1, run: { tool: 'plumbline' }, evaluations: [], drift, coverage: [], ...extra })
}

interface Captured extends CommandIo {
  out: string
  err: string
}

function setup(resultsText?: string): Captured {
  const cwd = mkdtempSync(join(tmpdir(), 'plumbline-ignore-cmd-'))
  if (resultsText !== undefined) writeFileSync(join(cwd, 'plumbline-results.json'), resultsText)
  const io: Captured = {
    out: '',
    err: '',
    cwd,
    now: () => NOW,
    stdout: (t) => (io.out += t),
    stderr: (t) => (io.err += t)
  }
  return io
}

async function inputError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (err) {
    expect(err).toBeInstanceOf(InputError)
    const message = (err as Error).message
    expect(message).not.toContain('\n')
    return message
  }
  throw new Error('expected an InputError')
}

describe('plumbline ignore', () => {
  it('writes a sorted, deduplicated ignore file with a header, and no values', async () => {
    const io = setup(results(DRIFT))
    expect(await runIgnoreCommand(['--from', 'plumbline-results.json'], io)).toBe(0)
    const text = readFileSync(join(io.cwd, '.plumbline-ignore'), 'utf8')
    expect(text).toBe(
      [
        '# Drift accepted from plumbline-results.json on 2026-03-01T12:00:00.000Z: plumbline ignore wrote this file.',
        '# 1 changed resource(s) (2 properties), 2 missing, 2 unmanaged.',
        '# One rule a line: <CloudFormation type> <id glob> [property path]; ! negates; the last matching rule wins.',
        '',
        'AWS::EC2::SecurityGroup sg-0abc SecurityGroupIngress[1].CidrIp',
        'AWS::EC2::SecurityGroup sg-0abc Tags',
        'AWS::EC2::SecurityGroupIngress sg-0abc|sgr-1',
        'AWS::IAM::Role hand\\ made\\*role',
        'AWS::S3::Bucket logs-2024',
        ''
      ].join('\n')
    )
    expect(text).not.toMatch(/10\.0\.0\.0|0\.0\.0\.0\/0|secret-looking-value|Team|123456789012/)
    expect(io.out).toBe('plumbline ignore: wrote 5 rule(s) to .plumbline-ignore\n')
    expect(io.err).toBe('')
  })

  it('round trip: every entry it wrote is ignored when read back, and nothing else', async () => {
    const io = setup(results(DRIFT))
    await runIgnoreCommand(['--from', 'plumbline-results.json', '--out', 'accepted'], io)
    const ignore = parseIgnoreFile(readFileSync(join(io.cwd, 'accepted'), 'utf8'), 'accepted')
    for (const entry of DRIFT) {
      const { type, id } = entry.resource
      if (entry.class === 'changed') {
        for (const change of entry.changes) expect(isPathIgnored(ignore, type, id, change.path)).toBe(true)
        // Only the changed properties: the resource itself, and its other properties, still drift.
        expect(isResourceIgnored(ignore, type, id)).toBe(false)
        expect(isPathIgnored(ignore, type, id, 'SecurityGroupIngress[0].CidrIp')).toBe(false)
        expect(isPathIgnored(ignore, type, id, 'GroupDescription')).toBe(false)
      } else {
        expect(isResourceIgnored(ignore, type, id)).toBe(true)
      }
      expect(isResourceIgnored(ignore, type, `${id}x`)).toBe(false)
      expect(isResourceIgnored(ignore, type, null)).toBe(false)
      expect(isResourceIgnored(ignore, 'AWS::SNS::Topic', id)).toBe(false)
    }
    // The escaped '*' is literal: it does not stand for other roles.
    expect(isResourceIgnored(ignore, 'AWS::IAM::Role', 'hand made other role')).toBe(false)
    expect(isResourceIgnored(ignore, 'AWS::EC2::SecurityGroupIngress', 'sg-0abc|sgr-2')).toBe(false)
  })

  it.each([
    [['--exclude-changed'], ['AWS::EC2::SecurityGroupIngress sg-0abc|sgr-1', 'AWS::IAM::Role hand\\ made\\*role', 'AWS::S3::Bucket logs-2024'], '# 0 changed resource(s) (0 properties), 2 missing, 2 unmanaged (left out: changed).'],
    [['--exclude-missing'], ['AWS::EC2::SecurityGroup sg-0abc SecurityGroupIngress[1].CidrIp', 'AWS::EC2::SecurityGroup sg-0abc Tags', 'AWS::EC2::SecurityGroupIngress sg-0abc|sgr-1', 'AWS::IAM::Role hand\\ made\\*role'], '# 1 changed resource(s) (2 properties), 0 missing, 2 unmanaged (left out: missing).'],
    [['--exclude-unmanaged', '--exclude-missing'], ['AWS::EC2::SecurityGroup sg-0abc SecurityGroupIngress[1].CidrIp', 'AWS::EC2::SecurityGroup sg-0abc Tags'], '# 1 changed resource(s) (2 properties), 0 missing, 0 unmanaged (left out: missing, unmanaged).']
  ])('%j leaves those classes out', async (flags, lines, counts) => {
    const io = setup(results(DRIFT))
    expect(await runIgnoreCommand(['--from', 'plumbline-results.json', ...flags, '--out', '-'], io)).toBe(0)
    const written = io.out.split('\n')
    expect(written[1]).toBe(counts)
    expect(written.filter((l) => l !== '' && !l.startsWith('#'))).toEqual(lines)
    expect(existsSync(join(io.cwd, '.plumbline-ignore'))).toBe(false)
  })

  it('refuses to leave every class out', async () => {
    const io = setup(results(DRIFT))
    expect(await inputError(runIgnoreCommand(['--from', 'plumbline-results.json', '--exclude-changed', '--exclude-missing', '--exclude-unmanaged'], io))).toMatch(/leave nothing to write/)
  })

  it('never overwrites an existing file without --force', async () => {
    const io = setup(results(DRIFT))
    writeFileSync(join(io.cwd, '.plumbline-ignore'), 'AWS::S3::Bucket curated-by-hand\n')
    expect(await inputError(runIgnoreCommand(['--from', 'plumbline-results.json'], io))).toBe(
      '.plumbline-ignore exists; pass --force to overwrite it, or --out another file'
    )
    expect(readFileSync(join(io.cwd, '.plumbline-ignore'), 'utf8')).toBe('AWS::S3::Bucket curated-by-hand\n')
    expect(await runIgnoreCommand(['--from', 'plumbline-results.json', '--force'], io)).toBe(0)
    expect(readFileSync(join(io.cwd, '.plumbline-ignore'), 'utf8')).toContain('AWS::S3::Bucket logs-2024\n')
  })

  it('writes a header-only file when the run had no drift', async () => {
    const io = setup(results([]))
    expect(await runIgnoreCommand(['--from', 'plumbline-results.json'], io)).toBe(0)
    const text = readFileSync(join(io.cwd, '.plumbline-ignore'), 'utf8')
    expect(text.split('\n').filter((l) => l !== '').every((l) => l.startsWith('#'))).toBe(true)
    expect(text).toContain('# No drift to accept in this run.')
    expect(text).toContain('# 0 changed resource(s) (0 properties), 0 missing, 0 unmanaged.')
    expect(parseIgnoreFile(text, 'f').rules).toEqual([])
    expect(io.out).toBe('plumbline ignore: wrote 0 rule(s) to .plumbline-ignore\n')
  })

  it('leaves out, with a note, what cannot be ignored by id', async () => {
    const drift = [
      { class: 'missing', resource: { type: 'AWS::S3::Bucket', id: null, address: 'aws_s3_bucket.new' }, changes: [] },
      { class: 'changed', resource: { type: 'AWS::S3::Bucket', id: 'b' }, changes: [] },
      { class: 'changed', resource: { type: 'AWS::S3::Bucket', id: 'c' }, changes: [{ path: 'not a path' }, { path: 'Tags' }] },
      { class: 'unmanaged', resource: { type: 'AWS::S3::Bucket', id: 'line\nbreak' }, changes: [] }
    ]
    const io = setup(results(drift))
    expect(await runIgnoreCommand(['--from', 'plumbline-results.json', '--out', '-'], io)).toBe(0)
    expect(io.out.split('\n').filter((l) => l !== '' && !l.startsWith('#'))).toEqual(['AWS::S3::Bucket c Tags'])
    expect(io.err.split('\n').filter(Boolean)).toEqual([
      'plumbline ignore: missing AWS::S3::Bucket aws_s3_bucket.new has no identifier; left out (only "AWS::S3::Bucket *" would match it)',
      'plumbline ignore: changed AWS::S3::Bucket b lists no changed property; left out',
      'plumbline ignore: changed AWS::S3::Bucket c: property path "not a path" cannot be written as an ignore line; left out',
      'plumbline ignore: unmanaged AWS::S3::Bucket line break cannot be written as an ignore line; left out'
    ])
  })

  it.each([
    [undefined, ['--from', 'nope.json'], '--from nope.json: no such file; give the plumbline-results.json of a run'],
    ['{"schemaVersion": 1, "drift": [', ['--from', 'plumbline-results.json'], /^--from plumbline-results\.json: not valid JSON at line 1, column 32 \(unexpected end of input\); give the plumbline-results\.json of a run$/],
    ['[1, 2]', ['--from', 'plumbline-results.json'], '--from plumbline-results.json: not a Plumbline results file (no schemaVersion); give the plumbline-results.json of a run'],
    [results([], { schemaVersion: 2 }), ['--from', 'plumbline-results.json'], '--from plumbline-results.json: schemaVersion 2 is not supported (this version reads 1)'],
    [JSON.stringify({ schemaVersion: 1, evaluations: [] }), ['--from', 'plumbline-results.json'], '--from plumbline-results.json: has no drift list; it comes from a run without drift detection'],
    [results([{ class: 'drifted', resource: { type: 'AWS::S3::Bucket', id: 'a' } }]), ['--from', 'plumbline-results.json'], '--from plumbline-results.json: drift[0]: class "drifted" is not changed, missing or unmanaged'],
    [results([{ class: 'changed', resource: { type: 'AWS::S3::Bucket', id: 'a' }, changes: [{ iac: 1 }] }]), ['--from', 'plumbline-results.json'], '--from plumbline-results.json: drift[0].changes[0] has no path'],
    [results([{ class: 'missing', resource: { id: 'a' } }]), ['--from', 'plumbline-results.json'], '--from plumbline-results.json: drift[0]: resource has no type'],
    [results([]), [], 'ignore needs --from RESULTS (a plumbline-results.json); see plumbline ignore --help'],
    [results([]), ['--from', 'plumbline-results.json', '--bogus'], /^Unknown option '--bogus'; see plumbline ignore --help$/],
    [results([]), ['--from', 'plumbline-results.json', 'extra'], /^Unexpected argument 'extra'.*; see plumbline ignore --help$/],
    [results([]), ['--from', 'plumbline-results.json', '--out', 'no/such/dir/file'], '--out no/such/dir/file: its folder does not exist']
  ])('input error %#: one line, nothing written', async (text, args, message) => {
    const io = setup(text)
    const got = await inputError(runIgnoreCommand(args, io))
    if (typeof message === 'string') expect(got).toBe(message)
    else expect(got).toMatch(message)
    expect(existsSync(join(io.cwd, '.plumbline-ignore'))).toBe(false)
  })

  it('prints its usage on --help', async () => {
    const io = setup()
    expect(await runIgnoreCommand(['--help'], io)).toBe(0)
    expect(io.out).toBe(ignoreUsage())
    expect(io.out).toMatch(/^Usage: plumbline ignore --from RESULTS/)
    for (const flag of ['--out', '--force', '--exclude-changed', '--exclude-missing', '--exclude-unmanaged']) expect(io.out).toContain(flag)
  })
})
