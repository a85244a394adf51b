// Runs the built bundles the way their users do: dist/index.js as the Actions runner runs it, and
// bin/plumbline.js as a person types it.
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The shipped read-only policy's documents in attaching order: policy/plumbline-read-only.json, then -2.json, ... */
/**
 * A text with the HTML report's data blocks read: the report keeps its findings, drift, suppressed list and ledger
 * entries gzipped in base64 (src/report/html.ts), where nothing can be seen as text. The text as it is, with every
 * block's inflated content appended (any other text comes back unchanged), so a test that looks for a secret or an
 * account id in the report looks at everything the page can show.
 */
export function withReportData(text: string): string {
  const blocks = [...text.matchAll(/<script type="application\/octet-stream" id="(plumbline-[a-z]+)" data-encoding="gzip, base64">([A-Za-z0-9+/=]*)<\/script>/g)]
  return text + blocks.filter((m) => m[2] !== '').map((m) => `\n${m[1]}: ${gunzipSync(Buffer.from(m[2], 'base64')).toString('utf8')}`).join('')
}

export function readOnlyPolicyFiles(): string[] {
  const parts = readdirSync(join(ROOT, 'policy'))
    .map((file) => /^plumbline-read-only(?:-(\d+))?\.json$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1] ?? 1) - Number(b[1] ?? 1))
  return parts.map((m) => join(ROOT, 'policy', m[0]))
}

/** The statements of every shipped read-only policy document in one document: what a role with them all attached may do. */
export function shippedReadOnlyPolicy(): { Version: string; Statement: Array<Record<string, unknown>> } {
  const documents = readOnlyPolicyFiles().map((file) => JSON.parse(readFileSync(file, 'utf8')) as { Statement: Array<Record<string, unknown>> })
  return { Version: '2012-10-17', Statement: documents.flatMap((d) => d.Statement) }
}

export interface ProcessResult {
  code: number | null
  stdout: string
  stderr: string
}

export function runNode(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ProcessResult> {
  return runProcess(process.execPath, args, opts)
}

/** Runs a program to its end, collecting what it prints. */
export function runProcess(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }))
  })
}

/** A fresh git-looking checkout holding the example project at infra/. */
export function exampleWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-e2e-'))
  mkdirSync(join(dir, '.git'))
  mkdirSync(join(dir, '.github/workflows'), { recursive: true })
  writeFileSync(join(dir, '.github/workflows/gate.yml'), 'name: gate\n')
  cpSync(join(ROOT, 'examples'), join(dir, 'infra'), { recursive: true, filter: (src) => !src.includes('/workflows') })
  return dir
}

/** Environment without the developer's GitHub and AWS variables, so a test sees only what it sets. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|AWS_)/.test(k)) continue
    env[k] = v
  }
  delete env.NODE_OPTIONS
  return { ...env, ...extra }
}

/**
 * A CLI run's environment against the local AWS server: an IAM user's static keys for the SDK's default chain, the
 * server's endpoints (AWS_ENDPOINT_URL_*), and the resolver of `<account>.localhost` (S3 Control) preloaded.
 */
export function awsCliEnv(
  server: { env(): Record<string, string> },
  keys: { accessKeyId: string; secretAccessKey: string },
  region: string,
  extra: NodeJS.ProcessEnv = {}
): NodeJS.ProcessEnv {
  return cleanEnv({
    ...server.env(),
    AWS_ACCESS_KEY_ID: keys.accessKeyId,
    AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
    AWS_REGION: region,
    NODE_OPTIONS: `--import ${join(ROOT, 'test/aws-server/resolve-localhost.mjs')}`,
    ...extra
  })
}

/** The error a promise rejects with (the test fails when it resolves). */
export async function errorOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a rejection')
}

/** Parses a GITHUB_OUTPUT file (name<<delimiter … delimiter blocks, as @actions/core writes them). */
export function parseOutputFile(path: string): Record<string, string> {
  const text = readFileSync(path, 'utf8')
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<=]+)<<(.+)$/)
    if (m) {
      const [, name, delimiter] = m
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      outputs[name] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}

export interface ActionRun {
  result: ProcessResult
  workspace: string
  outputs: Record<string, string>
  summary: string
}

export interface RunnerOptions {
  /** owner/repo (default acme/infra). */
  repository?: string
  event?: string
  /** The event payload GITHUB_EVENT_PATH points at. */
  payload?: Record<string, unknown>
  /** Extra environment: servers' endpoints, tokens, NODE_OPTIONS. */
  env?: NodeJS.ProcessEnv
  runId?: string
  ref?: string
  /** Changes the fresh workspace before the step runs (the pull request's head on top of the example). */
  prepare?: (workspace: string) => void
}

/**
 * Runs dist/index.js the way the GitHub runner runs an action step: INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, GITHUB_WORKSPACE and GITHUB_EVENT_PATH, in a fresh example workspace.
 */
export async function runActionStep(inputs: Record<string, string>, opts: RunnerOptions = {}): Promise<ActionRun> {
  const workspace = exampleWorkspace()
  opts.prepare?.(workspace)
  const repository = opts.repository ?? 'acme/infra'
  const event = opts.event ?? 'pull_request'
  const outputFile = join(workspace, 'github-output')
  const summaryFile = join(workspace, 'step-summary.md')
  const eventFile = join(workspace, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(opts.payload ?? { repository: { full_name: repository } }))
  const ref = opts.ref ?? (event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main')
  const env = cleanEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: event,
    GITHUB_REPOSITORY: repository,
    GITHUB_SHA: 'abc1234'.padEnd(40, '0'),
    GITHUB_REF: ref,
    GITHUB_RUN_ID: opts.runId ?? '42',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/gate.yml@${ref}`,
    RUNNER_TEMP: workspace,
    ...opts.env
  })
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const result = await runNode([join(ROOT, 'dist/index.js')], { cwd: workspace, env })
  return { result, workspace, outputs: parseOutputFile(outputFile), summary: readFileSync(summaryFile, 'utf8') }
}

/** Puts process.env back as `saved` (a copy taken before the tests changed it): added names removed, changed ones restored. */
export function restoreEnv(saved: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
}

/** One resource of a Terraform state: its type, name and attributes (one instance). */
export type StateInstance = { type: string; name: string; attributes: Record<string, unknown> }

/** Raw .tfstate v4 as `terraform apply` leaves it, holding `instances` (`lineage` tells one test's states apart). */
export function tfstate(instances: StateInstance[], lineage = 'b9f2c1d4-0000-4000-8000-000000000001'): string {
  return JSON.stringify({
    version: 4,
    terraform_version: '1.9.8',
    serial: 3,
    lineage,
    outputs: {},
    resources: instances.map((i) => ({
      mode: 'managed',
      type: i.type,
      name: i.name,
      provider: 'provider["registry.terraform.io/hashicorp/aws"]',
      instances: [{ schema_version: 1, attributes: i.attributes, sensitive_attributes: [] }]
    }))
  })
}

/** An egress rule to anywhere, as the AWS provider writes an aws_security_group's `egress` in the state. */
export const STATE_EGRESS_ALL = { cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 0, to_port: 0, protocol: '-1', ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false }
