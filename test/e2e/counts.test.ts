// One count everywhere: the demo (the example plan and the recorded live inventory), run through the CLI as a
// person runs it and through the action as the runner runs it on a pull request, says the same number of failing
// checks in all six places: the CLI line, the results JSON, the step outputs, the job summary, the pull-request
// comment and the HTML report (its banner, its counts table and the rows its findings table lists).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { startGitHubServer, type GitHubServer } from '../github-server/index.mjs'
import { ROOT, cleanEnv, exampleWorkspace, runActionStep, runNode, type ActionRun, type ProcessResult } from './helpers.js'

const REPOSITORY = 'acme/orders'
const TOKEN = 'ghs_' + 'c'.repeat(36)
const DEMO_INPUTS = { 'terraform-plan': 'infra/plan.json', 'terraform-dir': 'infra', inventory: 'infra/inventory.json', 'fail-on-severity': 'none' }

interface HtmlCounts {
  banner: number
  tableTotal: number
  listedFailing: number
}

/** The failing count as the HTML report shows it: the banner line, the counts table's total row, the listed rows. */
function htmlCounts(html: string): HtmlCounts {
  const banner = Number(/<p class="verdict-detail">(\d+) failing check/.exec(html)?.[1] ?? NaN)
  const header = /<thead><tr><th>Severity<\/th>((?:<th>[^<]*<\/th>)+)<th>total<\/th><\/tr><\/thead>/.exec(html)?.[1] ?? ''
  const statuses = [...header.matchAll(/<th>([^<]*)<\/th>/g)].map((m) => m[1])
  const totals = [...(/<tfoot><tr><th>all<\/th>(.*?)<\/tr><\/tfoot>/.exec(html)?.[1] ?? '').matchAll(/<td class="n">(\d+)<\/td>/g)].map((m) => Number(m[1]))
  // The list's data: gzipped in base64 (src/report/html.ts encodeTableData): JSON whose `findings` holds the interned
  // cells by column (the status among them), then a line of text cells per row.
  const block = /<script type="application\/octet-stream" id="plumbline-data" data-encoding="gzip, base64">(.*?)<\/script>/s.exec(html)?.[1]
  const text = block ? gunzipSync(Buffer.from(block, 'base64')).toString('utf8') : '{}'
  const data = JSON.parse(text.split('\n')[0]) as { interned: string[]; values: unknown[]; findings: number[][] }
  const statusCells = data.findings[data.interned.indexOf('st')] ?? []
  return {
    banner,
    tableTotal: totals[statuses.indexOf('fail')],
    listedFailing: statusCells.filter((value) => data.values[value] === 'fail').length
  }
}

describe('one count everywhere (the demo)', () => {
  let server: GitHubServer
  let cli: ProcessResult
  let cliWorkspace: string
  let action: ActionRun

  beforeAll(async () => {
    cliWorkspace = exampleWorkspace()
    cli = await runNode(
      [join(ROOT, 'bin/plumbline.js'), 'scan', '--plan', 'infra/plan.json', '--tf-dir', 'infra', '--inventory', 'infra/inventory.json', '--out', 'plumbline-out', '--fail-on', 'none'],
      { cwd: cliWorkspace, env: cleanEnv() }
    )
    server = await startGitHubServer({ repository: REPOSITORY })
    server.addToken(TOKEN, { issues: 'write', pull_requests: 'write', security_events: 'write' })
    action = await runActionStep(DEMO_INPUTS, {
      repository: REPOSITORY,
      payload: { pull_request: { number: 7, head: { sha: 'feedc0de'.repeat(5) } }, repository: { full_name: REPOSITORY, private: true } },
      env: { ...server.env(), NODE_NO_WARNINGS: '1', 'INPUT_GITHUB-TOKEN': TOKEN }
    })
  }, 120_000)
  afterAll(async () => {
    await server?.close()
  })

  it('has failures the plan fixes, so that the two definitions would differ', () => {
    const results = JSON.parse(readFileSync(join(cliWorkspace, 'plumbline-out/plumbline-results.json'), 'utf8'))
    const fixedFailures = results.evaluations.filter((e: { status: string; delta?: string }) => e.status === 'fail' && e.delta === 'fixed')
    expect(fixedFailures.length).toBeGreaterThan(0)
    expect(results.run.counts.fixed).toBeGreaterThan(0)
  })

  it('says the same failing count in the CLI line, results JSON, outputs, summary, comment and HTML report', () => {
    expect(cli.code).toBe(0)
    expect(action.result.code).toBe(0)
    const cliLine = Number(/ checks: (\d+) failed/.exec(cli.stdout)?.[1] ?? NaN)
    const cliResults = JSON.parse(readFileSync(join(cliWorkspace, 'plumbline-out/plumbline-results.json'), 'utf8'))
    const actionResults = JSON.parse(readFileSync(action.outputs['results-file'], 'utf8'))
    const summaryAll = Number(/\| \*\*all\*\* \| \*\*(\d+)\*\* \|/.exec(action.summary)?.[1] ?? NaN)
    const comment = server.comments.find((c) => c.body.includes('plumbline:pr-comment'))
    const commentCount = Number(/\*\*\d+\*\* finding\(s\) \((\d+) failing checks\)/.exec(comment?.body ?? '')?.[1] ?? NaN)
    const cliHtml = htmlCounts(readFileSync(join(cliWorkspace, 'plumbline-out/plumbline-report.html'), 'utf8'))
    const actionHtml = htmlCounts(readFileSync(action.outputs['report-file'], 'utf8'))

    const expected = cliResults.run.counts.fail
    expect(expected).toBeGreaterThan(0)
    expect({
      cliLine,
      cliResults: cliResults.run.counts.fail,
      actionResults: actionResults.run.counts.fail,
      output: Number(action.outputs.findings),
      summary: summaryAll,
      comment: commentCount,
      cliHtml,
      actionHtml
    }).toEqual({
      cliLine: expected,
      cliResults: expected,
      actionResults: expected,
      output: expected,
      summary: expected,
      comment: expected,
      cliHtml: { banner: expected, tableTotal: expected, listedFailing: expected },
      actionHtml: { banner: expected, tableTotal: expected, listedFailing: expected }
    })
    // The per-severity outputs add up to the same number.
    const bySeverity = ['critical', 'high', 'medium', 'low', 'info'].reduce((n, s) => n + Number(action.outputs[`findings-${s}`]), 0)
    expect(bySeverity).toBe(expected)
  })

  it('shows the fixes apart, with the same number everywhere', () => {
    const results = JSON.parse(readFileSync(action.outputs['results-file'], 'utf8'))
    const fixed = results.run.counts.fixed
    expect(Number(action.outputs.fixed)).toBe(fixed)
    expect(cli.stdout).toContain(`; ${fixed} fixed by this change`)
    expect(action.summary).toContain(`**Fixed by this change:** ${fixed} finding`)
    const comment = server.comments.find((c) => c.body.includes('plumbline:pr-comment'))
    expect(comment?.body).toContain(`${fixed} fixed by it`)
    expect(readFileSync(action.outputs['report-file'], 'utf8')).toContain(`${fixed} fixed by this change.`)
  })
})
