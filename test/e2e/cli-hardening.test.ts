// The CLI as a person (or a workflow step) runs it, fed hostile inputs: names that would start GitHub workflow
// commands in the runner's log, and output paths that are symbolic links.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanEnv, ROOT, runNode, type ProcessResult } from './helpers.js'

const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => runNode([join(ROOT, 'bin/plumbline.js'), ...args], { cwd, env: cleanEnv(env) })

/** A checkout whose .tf file NAME, a resource label and a module source carry a line break and a workflow command. */
function hostileWorkspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'plumbline-hostile-'))
  mkdirSync(join(ws, '.git'))
  mkdirSync(join(ws, 'infra'))
  writeFileSync(
    join(ws, 'infra', 'evil\n::error::file-name-injection\n.tf'),
    [
      'resource "aws_s3_bucket" "logs" {',
      '  bucket = "logs\\n::add-mask::bucket-name-injection"',
      '}',
      'resource "aws_s3_bucket" "label\\n::error::label-injection" {',
      '}',
      'module "m" {',
      '  source = "git::https://example.com/x.git\\n::set-output name=gate::pass\u2028::warning::separator"', // a raw U+2028
      '}'
    ].join('\n')
  )
  return ws
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '')

/** Lines that start a workflow command, the stop/resume markers aside. */
function commandLines(result: ProcessResult, token?: string): string[] {
  const markers = token ? [`::stop-commands::${token}`, `::${token}::`] : []
  return [...lines(result.stdout), ...lines(result.stderr)].filter((line) => /^\s*::/.test(line) && !markers.includes(line))
}

/** The token of the `::stop-commands::` fence around this stream, checking the two markers pair up. */
function fenceToken(stream: string): string {
  const all = lines(stream)
  const start = /^::stop-commands::([0-9a-f]{32})$/.exec(all[0])
  expect(start).not.toBeNull()
  const token = start![1]
  expect(all[all.length - 1]).toBe(`::${token}::`)
  expect(all.filter((line) => line.startsWith('::'))).toEqual([`::stop-commands::${token}`, `::${token}::`])
  return token
}

describe('output cannot start a workflow command', () => {
  it('prints hostile names as escapes, with no fence outside a workflow', async () => {
    const ws = hostileWorkspace()
    const result = await cli(['scan', '--tf-dir', 'infra', '--fail-on', 'none'], ws)
    expect(result.code).toBe(0)
    // The values did reach the output, as one line each.
    expect(result.stdout).toContain('infra/evil\\n::error::file-name-injection\\n.tf:1')
    expect(result.stdout).toContain('aws_s3_bucket.label\\n::error::label-injection')
    expect(result.stdout).toContain('x.git\\n::set-output name=gate::pass\\u2028::warning::separator')
    expect(commandLines(result)).toEqual([])
    expect(result.stdout).not.toMatch(/[\u2028\u2029\u0085]/)
    expect(result.stdout + result.stderr).not.toContain('stop-commands')
  })

  it('fences the whole output with a fresh random token inside a workflow (GITHUB_ACTIONS=true)', async () => {
    const ws = hostileWorkspace()
    const first = await cli(['scan', '--tf-dir', 'infra', '--fail-on', 'none'], ws, { GITHUB_ACTIONS: 'true' })
    expect(first.code).toBe(0)
    const token = fenceToken(first.stdout)
    expect(commandLines(first, token)).toEqual([])
    expect(first.stdout).toContain('infra/evil\\n::error::file-name-injection\\n.tf:1')
    const second = await cli(['scan', '--tf-dir', 'infra', '--fail-on', 'none'], ws, { GITHUB_ACTIONS: 'true' })
    expect(fenceToken(second.stdout)).not.toBe(token)
  })

  it('fences and escapes an input error (exit 2) and a failed gate (exit 1) too', async () => {
    const ws = hostileWorkspace()
    const missing = await cli(['scan', '--plan', 'nope\n::error::plan-name-injection.json'], ws, { GITHUB_ACTIONS: 'true' })
    expect(missing.code).toBe(2)
    const token = fenceToken(missing.stdout)
    expect(lines(missing.stderr)).toHaveLength(1)
    expect(missing.stderr).toContain('nope\\n::error::plan-name-injection.json')
    expect(commandLines(missing, token)).toEqual([])

    const failed = await cli(['scan', '--tf-dir', 'infra', '--fail-on', 'high', '--gate-scope', 'all'], ws, { GITHUB_ACTIONS: 'true' })
    expect(failed.code).toBe(1)
    expect(commandLines(failed, fenceToken(failed.stdout))).toEqual([])
  })

  it('plumbline ignore --out - keeps stdout for the file and fences on stderr', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'plumbline-hostile-'))
    const drift = [
      { class: 'unmanaged', resource: { type: 'AWS::S3::Bucket', id: 'plain-bucket' }, changes: [] },
      { class: 'unmanaged', resource: { type: 'AWS::S3::Bucket', id: 'evil\n::error::id-injection' }, changes: [] },
      { class: 'unmanaged', resource: { type: 'AWS::S3::Bucket', id: 'evil\u0085::error::next-line-injection' }, changes: [] }
    ]
    writeFileSync(join(ws, 'results.json'), JSON.stringify({ schemaVersion: 1, drift }))
    const result = await cli(['ignore', '--from', 'results.json', '--out', '-'], ws, { GITHUB_ACTIONS: 'true' })
    expect(result.code).toBe(0)
    const token = fenceToken(result.stderr)
    expect(commandLines(result, token)).toEqual([])
    expect(result.stdout).toMatch(/^# Drift accepted from results\.json/)
    expect(lines(result.stdout).filter((line) => !line.startsWith('#'))).toEqual(['AWS::S3::Bucket plain-bucket'])
    expect(result.stderr).toContain('evil ::error::id-injection') // the notes put line breaks as spaces
    expect(result.stderr).toContain('evil\\u0085::error::next-line-injection')
  })
})

describe('output files are never written through a symbolic link', () => {
  function workspaceWithOutside() {
    const ws = mkdtempSync(join(tmpdir(), 'plumbline-links-'))
    mkdirSync(join(ws, '.git'))
    mkdirSync(join(ws, 'infra'))
    writeFileSync(join(ws, 'infra/main.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n')
    const home = mkdtempSync(join(tmpdir(), 'plumbline-home-'))
    const bashrc = join(home, '.bashrc')
    writeFileSync(bashrc, 'export PATH=/usr/bin\n')
    mkdirSync(join(ws, 'plumbline-out'))
    return { ws, home, bashrc }
  }

  it('refuses a report that links to a file outside: exit 2, one line, the target untouched', async () => {
    const { ws, bashrc } = workspaceWithOutside()
    symlinkSync(bashrc, join(ws, 'plumbline-out/plumbline-report.html'))
    const result = await cli(['scan', '--tf-dir', 'infra', '--fail-on', 'none'], ws)
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toHaveLength(1)
    expect(result.stderr).toMatch(/^plumbline: .*plumbline-out\/plumbline-report\.html is a symbolic link; Plumbline does not write through links, so remove the link or give another output path\n$/)
    expect(readFileSync(bashrc, 'utf8')).toBe('export PATH=/usr/bin\n')
  })

  it('refuses a dangling link, creating nothing where it points', async () => {
    const { ws, home } = workspaceWithOutside()
    symlinkSync(join(home, 'planted'), join(ws, 'plumbline-out/plumbline-results.json'))
    const result = await cli(['scan', '--tf-dir', 'infra', '--fail-on', 'none'], ws)
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toHaveLength(1)
    expect(readdirSync(home)).toEqual(['.bashrc'])
  })

  it('refuses an output folder that is a link', async () => {
    const { ws, home } = workspaceWithOutside()
    symlinkSync(home, join(ws, 'linked-out'))
    const result = await cli(['scan', '--tf-dir', 'infra', '--fail-on', 'none', '--out', 'linked-out'], ws)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^plumbline: .*linked-out\/plumbline\.sarif: its folder .*linked-out is a symbolic link/)
    expect(readdirSync(home)).toEqual(['.bashrc'])
  })

  it('refuses a linked .plumbline-ignore even with --force', async () => {
    const { ws, bashrc } = workspaceWithOutside()
    writeFileSync(join(ws, 'results.json'), JSON.stringify({ schemaVersion: 1, drift: [] }))
    symlinkSync(bashrc, join(ws, '.plumbline-ignore'))
    const result = await cli(['ignore', '--from', 'results.json', '--force'], ws)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'plumbline: .plumbline-ignore is a symbolic link; Plumbline does not write through links, so remove the link or give another output path\n'
    )
    expect(readFileSync(bashrc, 'utf8')).toBe('export PATH=/usr/bin\n')
  })

  it('still writes every file, replacing the previous run, when nothing is a link', async () => {
    const { ws } = workspaceWithOutside()
    writeFileSync(join(ws, 'plumbline-out/plumbline-report.html'), 'old report')
    const result = await cli(['scan', '--tf-dir', 'infra', '--fail-on', 'none'], ws)
    expect(result.code).toBe(0)
    expect(readdirSync(join(ws, 'plumbline-out')).sort()).toEqual(['plumbline-report.html', 'plumbline-results.json', 'plumbline.sarif'])
    expect(readFileSync(join(ws, 'plumbline-out/plumbline-report.html'), 'utf8')).toMatch(/^<!doctype html>/i)
  })
})
