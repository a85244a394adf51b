// Every CLI line the README and docs/cli.md show runs as written, with the bundled CLI standing in for the
// installed `plumbline` (and `npx @plumbline/cli`): against the example project, and for `--live` lines against
// the local AWS server holding the example estate. "Runs" means it judged something: exit 0 (clean) or 1 (the
// gate failed), never a usage or input error.
import { copyFileSync, cpSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { REGION, STAGING, seedExampleEstate } from '../fixtures/live-estate.mjs'
import { awsCliEnv, cleanEnv, exampleWorkspace, ROOT, runNode } from './helpers.js'

/** The CLI lines of a markdown file's sh blocks, comments dropped, with the file they come from. */
export function cliLines(file: string): Array<{ file: string; line: string; args: string[] }> {
  const markdown = readFileSync(join(ROOT, file), 'utf8')
  const lines: Array<{ file: string; line: string; args: string[] }> = []
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const raw of block[1].split('\n')) {
      const line = raw.replace(/\s+#.*$/, '').trim()
      const command = /^(?:plumbline|npx @plumbline\/cli)\s+(.*)$/.exec(line)
      if (command) lines.push({ file, line, args: command[1].split(/\s+/) })
    }
  }
  return lines
}

const LINES = [...cliLines('README.md'), ...cliLines('docs/cli.md')]

describe('the CLI lines of the README and docs/cli.md', () => {
  let aws: AwsServer
  let workspace: string

  beforeAll(async () => {
    aws = await startAwsServer()
    seedExampleEstate(aws)
    // The example project at infra/ and at the root, and the files the lines name, as a user would have them.
    workspace = exampleWorkspace()
    cpSync(join(ROOT, 'examples'), workspace, { recursive: true, filter: (src) => !src.includes('/workflows') })
    for (const state of ['terraform.tfstate', 'network.tfstate', 'data.tfstate']) copyFileSync(join(ROOT, 'test/fixtures/states/raw-v4.tfstate'), join(workspace, state))
  })
  afterAll(async () => {
    await aws?.close()
  })

  it('finds the lines (README and docs/cli.md show scans, a live scan and the ignore command)', () => {
    expect(LINES.filter((l) => l.file === 'README.md').length).toBeGreaterThanOrEqual(3)
    expect(LINES.some((l) => l.args.includes('--live'))).toBe(true)
    expect(LINES.some((l) => l.args[0] === 'ignore')).toBe(true)
  })

  it.each(LINES.map((l) => [`${l.file}: ${l.line}`, l] as const))('%s', async (_name, { args }) => {
    const env = args.includes('--live') ? awsCliEnv(aws, aws.createUserKeys(STAGING, 'auditor'), REGION) : cleanEnv()
    const result = await runNode([join(ROOT, 'bin/plumbline.js'), ...args], { cwd: workspace, env })
    expect(result.stderr.split('\n').filter((l) => l.startsWith('plumbline:'))).toEqual([])
    expect([0, 1]).toContain(result.code)
    // A downloaded results file, as the README's onboarding has it, for the ignore lines that follow.
    const results = join(workspace, 'plumbline-out/plumbline-results.json')
    if (existsSync(results)) copyFileSync(results, join(workspace, 'plumbline-results.json'))
  }, 60_000)
})
