// The HTML report in a real browser: Debian's chromium driven by playwright-core, each report loaded from a
// file:// URL the way a downloaded artifact is opened. Filters, search, sorting, pages and details are used
// through the page and their counts checked against the model; a report built from hostile text must run
// nothing, fetch nothing and show the text literally; a screenshot is checked for size and content.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { buildConfig } from '../../src/config.js'
import { runPipeline } from '../../src/pipeline.js'
import { renderHtml } from '../../src/report/html.js'
import { renderPrComment } from '../../src/report/pr-comment.js'
import { SEVERITIES, type Evaluation, type FrameworkId, type GateVerdict, type ReportModel } from '../../src/types.js'
import { buildModel, driftEntry, evaluation, resourceRef, ruleMeta } from '../report/model-builder.js'

const VIEWPORT = { width: 1280, height: 900 }
const PAGE_SIZE = 100

let browser: Browser
let dir: string

beforeAll(async () => {
  // Debian's chromium (installed by scripts/setup.mjs); PLUMBLINE_CHROMIUM names another Chromium build (e.g. google-chrome on GitHub's Ubuntu runners).
  browser = await chromium.launch({ executablePath: process.env.PLUMBLINE_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] })
  dir = mkdtempSync(join(tmpdir(), 'plumbline-report-'))
})

afterAll(async () => {
  await browser?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

interface Opened {
  page: Page
  context: BrowserContext
  url: string
  /** Every request other than the report file itself (all of them aborted). */
  requests: string[]
  dialogs: string[]
  errors: string[]
}

/** Writes the report to disk and opens it from file://, recording (and refusing) anything that leaves the page. */
async function open(html: string, name: string, viewport = VIEWPORT): Promise<Opened> {
  const file = join(dir, name)
  writeFileSync(file, html)
  const url = pathToFileURL(file).href
  // 1x pixels: the screenshots stay small enough for a README.
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
  const page = await context.newPage()
  const opened: Opened = { page, context, url, requests: [], dialogs: [], errors: [] }
  await context.route('**', async (route) => {
    if (route.request().url() === url) return route.continue()
    opened.requests.push(route.request().url())
    return route.abort()
  })
  page.on('request', (request) => {
    if (request.url() !== url && !opened.requests.includes(request.url())) opened.requests.push(request.url())
  })
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => opened.errors.push(error.message))
  // Collects Content-Security-Policy violations: the page's own style and script must pass the policy, and
  // nothing from the data may try anything the policy forbids. (Init scripts are not subject to the page's CSP.)
  await page.addInitScript('window.__violations = []; document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI))')
  await page.goto(url)
  await page.waitForSelector('body[data-renders]')
  return opened
}

/** Brings a section the script renders from its data block (drift, suppressed) into view, and waits until it has. */
async function showSection(page: Page, id: string): Promise<void> {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded()
  await page.waitForSelector(`#${id}[data-rendered]`)
}

/** Opens the ledger's row of an account (its th) and waits for its entries. */
async function openLedgerAccount(page: Page, account: string): Promise<ReturnType<Page['locator']>> {
  const row = page.locator('#coverage tr.cov-account').filter({ has: page.locator('th', { hasText: account }) })
  await row.locator('button.cov-toggle').click()
  const id = await row.locator('button.cov-toggle').getAttribute('aria-controls')
  await page.waitForSelector(`#${id}`)
  return page.locator(`#${id}`)
}

const count = async (page: Page) => Number(await page.locator('#findings-count').textContent())
const visibleRows = (page: Page) => page.locator('#findings-list li.finding-card').count()
const violations = (page: Page) => page.evaluate<string[]>('window.__violations')

/** Chooses a filter value by its label (labels read "value (count)"); returns the count the option shows. */
async function chooseFilter(page: Page, key: string, value: string): Promise<number> {
  const option = await page.evaluate<{ value: string; label: string } | null>(`(() => {
    const select = document.querySelector('select[data-filter="${key}"]')
    const option = [...select.options].find((o) => o.textContent.startsWith(${JSON.stringify(value)} + ' ('))
    return option ? { value: option.value, label: option.textContent } : null
  })()`)
  if (!option) throw new Error(`no ${key} option ${value}`)
  await page.selectOption(`select[data-filter="${key}"]`, option.value)
  return Number(/\((\d+)\)$/.exec(option.label)![1])
}

// ---------------------------------------------------------------------------------------------------------------
// A varied model: 420 evaluations over five services, two accounts, three regions, three framework mixes, both
// origins, every status and posture-delta label; some messages carry search needles.

const TYPES: Array<[string, string]> = [
  ['AWS::S3::Bucket', 'aws_s3_bucket'],
  ['AWS::EC2::SecurityGroup', 'aws_security_group'],
  ['AWS::IAM::Role', 'aws_iam_role'],
  ['AWS::KMS::Key', 'aws_kms_key'],
  ['Plumbline::IAM::PasswordPolicy', 'aws_iam_account_password_policy']
]
const ACCOUNTS = ['111122223333', '444455556666']
const REGIONS = ['eu-west-1', 'us-east-1', 'ap-south-1']
const RULES = ['s3-bucket-encrypted', 'ec2-sg-no-public-ssh', 'iam-role-no-admin', 'kms-key-rotation', 'iam-password-policy-strong', 'cloudtrail-enabled']

function variedModel(): ReportModel {
  const evaluations: Evaluation[] = []
  for (let i = 0; i < 420; i++) {
    const [type, tfType] = TYPES[i % TYPES.length]
    const live = i % 3 === 0
    const resource = live
      ? resourceRef({ origin: 'live', type, id: `res-${i}`, account: ACCOUNTS[i % 2], region: REGIONS[(i / 3) % 3], arn: `arn:aws:x:${REGIONS[(i / 3) % 3]}:${ACCOUNTS[i % 2]}:res-${i}` })
      : resourceRef({ origin: 'plan', type, tfType, address: `${tfType}.r${String(i).padStart(3, '0')}` })
    const frameworks: Partial<Record<FrameworkId, string[]>> =
      i % 4 === 0 ? {} : i % 4 === 1 ? { 'cis-aws-5.0': [`1.${i % 9}`] } : { 'cis-aws-4.0': [`2.${i % 5}`], 'cis-aws-5.0': [`2.${i % 5}`] }
    const status: Evaluation['status'] = i % 11 === 0 ? 'suppressed' : i % 13 === 0 ? 'unknown' : i % 17 === 0 ? 'pass' : 'fail'
    evaluations.push(
      evaluation({
        rule: RULES[i % RULES.length],
        severity: SEVERITIES[i % SEVERITIES.length],
        status,
        resource,
        frameworks,
        message: i % 25 === 0 ? `Found Needle-${i % 2 ? 'Red' : 'Blue'} in item ${i}` : `Check ${i} failed.`,
        path: `Properties.Item${i % 4}`,
        suppression: status === 'suppressed' ? { source: 'config', reason: `accepted risk ${i}` } : undefined,
        delta: live ? (i % 2 ? 'drift' : 'pre-existing') : i % 19 === 0 ? 'fixed' : 'introduced'
      })
    )
    // Some verdicts are decided by a companion folded into the resource: placed on the companion's block.
    if (!live && i % 7 === 1) {
      const last = evaluations[evaluations.length - 1]
      last.location = { file: 'rules.tf', line: 100 + i }
      last.cause = { address: `aws_security_group_rule.c${i}`, location: last.location }
    }
  }
  const rules = RULES.map((id, i) =>
    ruleMeta(id, SEVERITIES[i % SEVERITIES.length], { remediation: { text: `Fix ${id} like this.`, terraform: `resource "x" "${id}" {\n  fixed = true\n}` } })
  )
  return buildModel({
    evaluations,
    rules,
    drift: [driftEntry('changed', { changes: [{ path: 'VersioningConfiguration.Status', iac: 'Enabled', live: 'Suspended' }], location: { file: 'main.tf', line: 4 } })],
    coverage: ACCOUNTS.flatMap((account) => REGIONS.map((region) => ({ account, region, type: 'AWS::S3::Bucket', state: 'scanned' as const, count: 3 }))),
    run: {
      accounts: ACCOUNTS,
      regions: REGIONS,
      sourceUrlBase: 'https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567',
      runUrl: 'https://github.com/octo/infra/actions/runs/42'
    }
  })
}

/** The evaluations the table lists, decided from the model itself (not from the writer's view). */
const listedOf = (model: ReportModel) => model.evaluations.filter((e) => e.status !== 'pass' || e.delta === 'fixed')
const serviceOf = (e: Evaluation) => e.resource.type.split('::')[1]

describe('the report in chromium', () => {
  const model = variedModel()
  const listed = listedOf(model)
  let opened: Opened

  beforeAll(async () => {
    opened = await open(renderHtml(model), 'varied.html')
  })
  afterAll(async () => {
    await opened?.context.close()
  })

  it('renders the first page of findings with its own style and script admitted by the policy, and nothing else', async () => {
    const { page } = opened
    expect(await count(page)).toBe(listed.length)
    expect(Number(await page.locator('#findings-total').textContent())).toBe(listed.length)
    expect(await visibleRows(page)).toBe(PAGE_SIZE)
    // The stylesheet applied (a hashed <style> the CSP would otherwise block): the verdict banner is coloured.
    expect(await page.evaluate(`getComputedStyle(document.querySelector('.banner')).borderTopStyle`)).toBe('solid')
    expect(await page.locator('svg[role="img"] rect').count()).toBe(SEVERITIES.length)
    expect(await violations(page)).toEqual([])
    expect(opened.requests).toEqual([])
    expect(opened.errors).toEqual([])
  })

  it('filters by severity, account, framework, origin, service, region and status, with counts from the model', async () => {
    const { page } = opened
    const expected = { sev: listed.filter((e) => e.severity === 'high') }
    expect(await chooseFilter(page, 'sev', 'high')).toBe(expected.sev.length)
    expect(await count(page)).toBe(expected.sev.length)
    expect(await visibleRows(page)).toBe(Math.min(PAGE_SIZE, expected.sev.length))
    expect(new Set(await page.locator('#findings-list li.finding-card .card-head .sev').allTextContents())).toEqual(new Set(['high']))

    const live = expected.sev.filter((e) => e.resource.account === ACCOUNTS[1])
    await chooseFilter(page, 'acct', ACCOUNTS[1])
    expect(await count(page)).toBe(live.length)
    expect(live.length).toBeGreaterThan(0)

    await page.click('#filters-reset')
    expect(await count(page)).toBe(listed.length)

    // A finding mapped to two frameworks matches either.
    const cis4 = listed.filter((e) => e.frameworks['cis-aws-4.0'])
    const cis5 = listed.filter((e) => e.frameworks['cis-aws-5.0'])
    expect(await chooseFilter(page, 'fw', 'cis-aws-4.0')).toBe(cis4.length)
    expect(await count(page)).toBe(cis4.length)
    await chooseFilter(page, 'fw', 'cis-aws-5.0')
    expect(await count(page)).toBe(cis5.length)

    await chooseFilter(page, 'origin', 'plan')
    expect(await count(page)).toBe(cis5.filter((e) => e.resource.origin === 'plan').length)
    await page.click('#filters-reset')

    await chooseFilter(page, 'svc', 'IAM')
    expect(await count(page)).toBe(listed.filter((e) => serviceOf(e) === 'IAM').length)
    await chooseFilter(page, 'reg', 'us-east-1')
    expect(await count(page)).toBe(listed.filter((e) => serviceOf(e) === 'IAM' && e.resource.region === 'us-east-1').length)
    await page.click('#filters-reset')

    for (const status of ['suppressed', 'unknown', 'fixed'] as const) {
      const want = listed.filter((e) => (status === 'fixed' ? e.delta === 'fixed' : e.status === status && e.delta !== 'fixed'))
      expect(want.length).toBeGreaterThan(0)
      expect(await chooseFilter(page, 'st', status)).toBe(want.length)
      expect(await count(page)).toBe(want.length)
    }
    await page.click('#filters-reset')
    await chooseFilter(page, 'dl', 'drift')
    expect(await count(page)).toBe(listed.filter((e) => e.delta === 'drift').length)
    await page.click('#filters-reset')
  })

  it('searches every word, case-insensitively, across messages, resources and rules', async () => {
    const { page } = opened
    const needle = (e: Evaluation, word: string) => e.message.toLowerCase().includes(word)
    await page.fill('#finding-search', 'NEEDLE-red')
    expect(await count(page)).toBe(listed.filter((e) => needle(e, 'needle-red')).length)
    await page.fill('#finding-search', 'needle item')
    expect(await count(page)).toBe(listed.filter((e) => needle(e, 'needle') && needle(e, 'item')).length)
    await page.fill('#finding-search', 'aws_kms_key.r0')
    const kms = listed.filter((e) => (e.resource.address ?? '').includes('aws_kms_key.r0'))
    expect(await count(page)).toBe(kms.length)
    expect(kms.length).toBeGreaterThan(0)
    await page.fill('#finding-search', 'no such thing anywhere')
    expect(await count(page)).toBe(0)
    expect(await page.locator('#findings-list li.empty').textContent()).toBe('No finding matches the filters.')
    await page.click('#filters-reset')
    expect(await count(page)).toBe(listed.length)
  })

  it('sorts by a key both ways and pages through the result', async () => {
    const { page } = opened
    const resourceButton = page.locator('#finding-sort button[data-sort="res"]')
    await resourceButton.click()
    expect(await resourceButton.getAttribute('aria-pressed')).toBe('true')
    expect(await resourceButton.getAttribute('data-direction')).toBe('ascending')
    expect(await page.locator('#finding-sort button[data-sort=""]').getAttribute('aria-pressed')).toBe('false')
    const ascending = await page.locator('#findings-list .finding-resource').allTextContents()
    expect(ascending).toEqual([...ascending].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    await resourceButton.click()
    expect(await resourceButton.getAttribute('data-direction')).toBe('descending')
    const descending = await page.locator('#findings-list .finding-resource').allTextContents()
    expect(descending[0] >= descending[descending.length - 1]).toBe(true)
    expect(descending[0] >= ascending[ascending.length - 1]).toBe(true)

    await page.click('#page-next')
    expect(await visibleRows(page)).toBe(Math.min(PAGE_SIZE, listed.length - PAGE_SIZE))
    expect(await page.locator('#page-info').textContent()).toContain(`findings ${PAGE_SIZE + 1}–`)
    await page.selectOption('#page-size', '1000')
    expect(await visibleRows(page)).toBe(listed.length)

    // Back to severity order: most severe first.
    await page.locator('#finding-sort button[data-sort="sev"]').click()
    const severities = await page.locator('#findings-list li.finding-card .card-head .sev').allTextContents()
    const ranks = severities.map((s) => SEVERITIES.indexOf(s as (typeof SEVERITIES)[number]))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(new Set(ranks).size).toBe(SEVERITIES.length)
    // And back to the report's own order.
    await page.locator('#finding-sort button[data-sort=""]').click()
    expect(await resourceButton.getAttribute('aria-pressed')).toBe('false')
    await page.selectOption('#page-size', String(PAGE_SIZE))
  })

  it('opens a finding to show its resource, source link, evidence path, remediation and frameworks', async () => {
    const { page } = opened
    const target = listed.find((e) => e.resource.origin === 'plan' && e.frameworks['cis-aws-4.0'] && e.status === 'fail')!
    await page.fill('#finding-search', target.resource.address!)
    const card = page.locator('#findings-list li.finding-card').filter({ hasText: target.rule }).first()
    // What is wrong is the card's main line; the rule and its title are the line under it.
    expect(await card.locator('.finding-message').textContent()).toBe(target.message)
    expect(await card.locator('.finding-rule').textContent()).toBe(`Rule: ${target.rule} — ${target.title}`)
    await card.locator('button.toggle').click()
    expect(await card.locator('button.toggle').getAttribute('aria-expanded')).toBe('true')
    const detail = card.locator('.detail-body')
    await detail.waitFor()
    const text = await detail.textContent()
    expect(text).toContain(`property ${target.path}`)
    expect(text).toContain(`Fix ${target.rule} like this.`)
    expect(await detail.locator('pre.terraform').textContent()).toBe(`resource "x" "${target.rule}" {\n  fixed = true\n}`)
    expect(text).toContain(`cis-aws-4.0: ${target.frameworks['cis-aws-4.0']!.join(', ')}`)
    const link = detail.locator('a')
    expect(await link.getAttribute('href')).toBe(
      `https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567/${target.location!.file}#L${target.location!.line}`
    )
    await card.locator('button.toggle').click()
    expect(await page.locator('#findings-list .detail-body').count()).toBe(0)
    await page.click('#filters-reset')
  })

  it('shows the companion that decided a finding, with its block as the Terraform source', async () => {
    const { page } = opened
    const target = listed.find((e) => e.cause !== undefined && e.status === 'fail')!
    await page.fill('#finding-search', target.cause!.address)
    const card = page.locator('#findings-list li.finding-card').filter({ hasText: target.rule }).first()
    await card.locator('button.toggle').click()
    const detail = card.locator('.detail-body')
    await detail.waitFor()
    const text = (await detail.textContent()) ?? ''
    expect(text).toContain(`Decided by${target.cause!.address}`)
    expect(text).toContain(`Terraform address${target.resource.address}`)
    expect(await detail.locator('a').getAttribute('href')).toBe(`https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567/rules.tf#L${target.location!.line}`)
    await card.locator('button.toggle').click()
    await page.click('#filters-reset')
  })

  it('takes a screenshot with the report on it', async () => {
    const { page } = opened
    await page.locator('#findings-list li.finding-card button.toggle').first().click()
    const png = await page.screenshot()
    writeFileSync(join(dir, 'report.png'), png)
    // PNG signature, then the IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([VIEWPORT.width, VIEWPORT.height])
    expect(png.length).toBeGreaterThan(20_000)
    expect(png.length).toBeLessThan(5_000_000)
    const pixels = await samplePixels(png)
    expect(pixels.distinct).toBeGreaterThanOrEqual(8)
    // Not one colour with a speck: the most common sampled colour (the white page between cards) covers under
    // 97 % of the samples; a blank page or one with a line of text is above 99 %.
    expect(pixels.commonest / pixels.samples).toBeLessThan(0.97)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// An organization's report in miniature: 3,000 evaluations over 12 accounts, 4 regions and 15 rules (a few findings
// on the plan alone, some suppressed): the per-rule and per-account summaries against the model, their links into
// the list, and paging through thousands of findings.

const ORG_ACCOUNTS = Array.from({ length: 12 }, (_, a) => String(300000000000 + a * 11111111111))
const ORG_REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-south-1']
const ORG_RULES = Array.from({ length: 15 }, (_, r) => `org-rule-${String(r).padStart(2, '0')}`)

function orgModel(): ReportModel {
  const evaluations: Evaluation[] = []
  for (let i = 0; i < 3000; i++) {
    const rule = ORG_RULES[(i * 7) % ORG_RULES.length]
    const severity = SEVERITIES[ORG_RULES.indexOf(rule) % SEVERITIES.length]
    // Skewed on purpose: low-numbered accounts have more findings, so the orders below are not all ties.
    const account = ORG_ACCOUNTS[Math.floor(Math.sqrt(i * 13) % ORG_ACCOUNTS.length)]
    const region = ORG_REGIONS[i % ORG_REGIONS.length]
    const resource =
      i % 50 === 0
        ? resourceRef({ origin: 'plan', type: 'AWS::S3::Bucket', tfType: 'aws_s3_bucket', address: `aws_s3_bucket.p${i}` })
        : resourceRef({ origin: 'live', type: 'AWS::S3::Bucket', id: `b-${i}`, account, region, arn: `arn:aws:s3:::b-${i}` })
    evaluations.push(evaluation({ rule, severity, resource, status: i % 23 === 0 ? 'suppressed' : 'fail', message: `Bucket ${i} fails ${rule}.` }))
  }
  return buildModel({ evaluations, rules: ORG_RULES.map((id, r) => ruleMeta(id, SEVERITIES[r % SEVERITIES.length])), run: { accounts: ORG_ACCOUNTS, regions: ORG_REGIONS } })
}

describe('an organization\'s report: summaries first, the list in pages', () => {
  const model = orgModel()
  // Every evaluation is its own (rule, resource): failing findings are failing evaluations here.
  const failingOf = (keep: (e: Evaluation) => boolean) => model.evaluations.filter((e) => failing(e) && keep(e)).length
  let opened: Opened

  beforeAll(async () => {
    opened = await open(renderHtml(model), 'org.html')
  })
  afterAll(async () => {
    await opened?.context.close()
  })

  const cellsOf = (page: Page, table: string) =>
    page.evaluate<string[][]>(`[...document.querySelectorAll('table.${table} tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent.trim()))`)

  it('summarizes every rule: failing findings and accounts affected as the model has them, most severe first', async () => {
    const rows = await cellsOf(opened.page, 'by-rule')
    expect(rows.map((row) => row[0]).sort()).toEqual([...ORG_RULES].sort())
    for (const [rule, title, severity, count, accounts] of rows) {
      const mine = model.evaluations.filter((e) => failing(e) && e.rule === rule)
      expect([title, severity, Number(count), Number(accounts)]).toEqual([
        `Title of ${rule}`,
        mine[0].severity,
        mine.length,
        new Set(mine.map((e) => e.resource.account).filter(Boolean)).size
      ])
    }
    const ranks = rows.map((row) => SEVERITIES.indexOf(row[2] as (typeof SEVERITIES)[number]))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
  })

  it('summarizes every account: failing findings by severity and its top rules, as the model has them', async () => {
    const rows = await cellsOf(opened.page, 'by-account')
    expect(rows.map((row) => row[0]).sort()).toEqual([...ORG_ACCOUNTS, '(none)'].sort())
    for (const row of rows) {
      const account = row[0] === '(none)' ? undefined : row[0]
      const mine = model.evaluations.filter((e) => failing(e) && e.resource.account === account)
      expect(row.slice(1, 7).map(Number)).toEqual([...SEVERITIES.map((severity) => mine.filter((e) => e.severity === severity).length), mine.length])
      const perRule = new Map<string, number>()
      for (const e of mine) perRule.set(e.rule, (perRule.get(e.rule) ?? 0) + 1)
      const most = Math.max(...perRule.values())
      // The first top rule has the most findings in the account.
      expect(perRule.get(row[7].split(/\s+/)[0])).toBe(most)
    }
    // Most critical findings first.
    const critical = rows.map((row) => Number(row[1]))
    expect(critical).toEqual([...critical].sort((a, b) => b - a))
  })

  it('filters the list to exactly a rule\'s failing findings when the rule is clicked', async () => {
    const { page } = opened
    const rule = ORG_RULES[3]
    await page.click(`table.by-rule a[data-show-rule="${rule}"]`)
    const want = failingOf((e) => e.rule === rule)
    expect(await count(page)).toBe(want)
    expect(await visibleRows(page)).toBe(Math.min(PAGE_SIZE, want))
    expect(new Set(await page.locator('#findings-list .finding-rule code').allTextContents())).toEqual(new Set([rule]))
    expect(await page.locator('select[data-filter="st"] option:checked').textContent()).toMatch(/^fail \(/)
    expect(await page.locator('select[data-filter="rule"] option:checked').textContent()).toMatch(new RegExp(`^${rule} \\(`))
    expect(await page.evaluate('location.hash')).toBe('#findings')
  })

  it('filters the list to exactly an account\'s failing findings, and to one of its top rules there', async () => {
    const { page } = opened
    // A search typed before the click is cleared by it: the list shows what the summary counts.
    await page.fill('#finding-search', 'bucket 1')
    const account = ORG_ACCOUNTS[5]
    await page.click(`table.by-account th a[data-show-acct="${account}"]`)
    expect(await page.inputValue('#finding-search')).toBe('')
    expect(await count(page)).toBe(failingOf((e) => e.resource.account === account))
    const sides = await page.locator('#findings-list .finding-sides').allTextContents()
    expect(sides.every((text) => text.includes(account))).toBe(true)

    const top = page.locator(`table.by-account a[data-show-acct="${account}"][data-show-rule]`).first()
    const rule = (await top.getAttribute('data-show-rule'))!
    await top.click()
    expect(await count(page)).toBe(failingOf((e) => e.resource.account === account && e.rule === rule))

    await page.click('table.by-account th a[data-show-acct=""]')
    expect(await count(page)).toBe(failingOf((e) => e.resource.account === undefined))
    await page.click('#filters-reset')
    expect(await count(page)).toBe(listedOf(model).length)
  })

  it('pages through thousands of findings: every finding once, in order, forwards and back', async () => {
    const { page } = opened
    const total = listedOf(model).length
    expect(total).toBe(3000)
    await page.selectOption('#page-size', '250')
    const seen: string[] = []
    for (let p = 0; ; p++) {
      const indexes = await page.locator('#findings-list li.finding-card').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-index')!))
      expect(indexes.length).toBe(Math.min(250, total - p * 250))
      seen.push(...indexes)
      if (await page.locator('#page-next').isDisabled()) break
      await page.click('#page-next')
      expect(await page.locator('#page-info').textContent()).toContain(`page ${p + 2} of 12`)
    }
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => String(i)))
    await page.click('#page-prev')
    expect(await page.locator('#page-info').textContent()).toBe(`(findings 2501–2750, page 11 of 12)`)
    // A filter starts again at the first page; the other sort orders page the same way.
    await chooseFilter(page, 'reg', 'eu-west-1')
    expect(await page.locator('#page-info').textContent()).toMatch(/^\(findings 1–250, page 1 of \d+\)$/)
    await page.locator('#finding-sort button[data-sort="res"]').click()
    const first = await page.locator('#findings-list .finding-resource').allTextContents()
    await page.click('#page-next')
    const second = await page.locator('#findings-list .finding-resource').allTextContents()
    expect([...first, ...second]).toEqual([...first, ...second].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    expect(opened.errors).toEqual([])
    expect(await violations(page)).toEqual([])
  })
})

/** Decodes the PNG in a blank page (a canvas) and samples a grid of pixels: how many colours, how common the commonest. */
async function samplePixels(png: Buffer): Promise<{ samples: number; distinct: number; commonest: number }> {
  const page = await browser.newPage()
  try {
    return await page.evaluate<{ samples: number; distinct: number; commonest: number }>(`(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = document.createElement('canvas')
      canvas.width = bitmap.width
      canvas.height = bitmap.height
      const context = canvas.getContext('2d')
      context.drawImage(bitmap, 0, 0)
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data
      const counts = new Map()
      let samples = 0
      for (let y = 5; y < bitmap.height; y += 15) {
        for (let x = 5; x < bitmap.width; x += 15) {
          const at = (y * bitmap.width + x) * 4
          const key = data[at] + ',' + data[at + 1] + ',' + data[at + 2]
          counts.set(key, (counts.get(key) || 0) + 1)
          samples++
        }
      }
      return { samples, distinct: counts.size, commonest: Math.max(...counts.values()) }
    })(${JSON.stringify(png.toString('base64'))})`)
  } finally {
    await page.close()
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The sections below the list, each from its own data block: drift (with who changed it) and the suppressed list in
// pages when scrolled to, the ledger one row per account with its entries opened on demand.

const SECTION_ACCOUNTS = ['111122223333', '444455556666', '777788889999']
const SECTION_REGIONS = ['eu-west-1', 'us-east-1']
const SECTION_TYPES = ['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::IAM::Role']

function sectionsModel(): ReportModel {
  const pad = (i: number) => String(i).padStart(3, '0')
  const evaluations: Evaluation[] = []
  for (let i = 0; i < 40; i++) evaluations.push(evaluation({ rule: RULES[i % RULES.length], severity: SEVERITIES[i % SEVERITIES.length], resource: resourceRef({ address: `aws_s3_bucket.f${pad(i)}` }) }))
  for (let i = 0; i < 130; i++) {
    evaluations.push(
      evaluation({
        rule: 'iam-role-no-admin',
        severity: 'high',
        status: 'suppressed',
        resource: resourceRef({ address: `aws_iam_role.s${pad(i)}` }),
        suppression: { source: 'config', reason: `accepted risk ${pad(i)}`, expires: i % 2 ? '2030-01-01' : undefined }
      })
    )
  }
  const lastChange = (i: number) =>
    i % 3 === 0 ? { principal: `arn:aws:sts::111122223333:assumed-role/ops/user-${i}`, sessionName: `user-${i}`, eventName: 'PutBucketTagging', time: '2025-01-01T10:00:00Z' } : i % 3 === 1 ? null : undefined
  const drift = [
    ...Array.from({ length: 130 }, (_, i) =>
      driftEntry('changed', {
        address: `aws_s3_bucket.d${pad(i)}`,
        changes: [{ path: 'Tags', iac: { team: 'a' }, live: { team: `b-${i}` } }],
        location: { file: 'main.tf', line: 10 + i },
        ...(lastChange(i) !== undefined ? { lastChange: lastChange(i) } : {})
      })
    ),
    ...Array.from({ length: 4 }, (_, i) => driftEntry('missing', { address: `aws_kms_key.m${i}`, ...(i === 0 ? { lastChange: lastChange(0) } : {}) })),
    driftEntry('unmanaged', { resource: resourceRef({ origin: 'live', id: 'i-unmanaged', arn: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-unmanaged' }) })
  ]
  const coverage = SECTION_ACCOUNTS.flatMap((account, a) =>
    SECTION_REGIONS.flatMap((region, r) =>
      SECTION_TYPES.map((type, t) => {
        const state = a === 1 && r === 1 && t === 1 ? ('denied' as const) : a === 2 && t === 2 ? ('failed' as const) : ('scanned' as const)
        return { account, region, type, state, count: state === 'scanned' ? a + r + t : undefined, error: state === 'scanned' ? undefined : `${state} ${account} ${region}` }
      })
    )
  )
  return buildModel({ evaluations, drift, coverage, run: { accounts: SECTION_ACCOUNTS, regions: SECTION_REGIONS, sourceUrlBase: 'https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567' } })
}

describe('the sections below the list: drift, suppressed and the ledger from their data blocks', () => {
  const model = sectionsModel()
  let opened: Opened

  beforeAll(async () => {
    opened = await open(renderHtml(model), 'sections.html')
  })
  afterAll(async () => {
    await opened?.context.close()
  })

  it('renders nothing of them until they are near the screen, and the findings list works meanwhile', async () => {
    const { page } = opened
    expect(await page.locator('#drift').getAttribute('data-rendered')).toBeNull()
    expect(await page.locator('#suppressed').getAttribute('data-rendered')).toBeNull()
    expect(await page.locator('#drift details.drift-entry').count()).toBe(0)
    expect(await page.locator('#suppressed tr.suppressed-row').count()).toBe(0)
    expect(await page.locator('#coverage tr.cov-entries').count()).toBe(0)
    expect(await count(page)).toBe(170)
    expect(await chooseFilter(page, 'st', 'suppressed')).toBe(130)
    expect(await count(page)).toBe(130)
    await page.click('#filters-reset')
    expect(await count(page)).toBe(170)
  })

  it('shows the drift entries a page at a time, with who changed each when the scan looked it up', async () => {
    const { page } = opened
    await showSection(page, 'drift')
    const changed = page.locator('#drift details.drift-entry')
    expect(await changed.count()).toBe(100)
    const more = page.locator('#drift button.more')
    expect(await more.textContent()).toBe('Show 30 more (100 of 130 shown)')
    await more.click()
    expect(await changed.count()).toBe(130)
    expect(await page.locator('#drift button.more').count()).toBe(0)
    const addresses = await changed.locator('summary code').allTextContents()
    expect(addresses).toEqual(Array.from({ length: 130 }, (_, i) => `aws_s3_bucket.d${String(i).padStart(3, '0')}`))

    // Who changed it: the principal and call for one looked up, CloudTrail's silence for one without, nothing when not looked up.
    const entry = (i: number) => changed.filter({ has: page.locator('summary code', { hasText: `aws_s3_bucket.d${String(i).padStart(3, '0')}` }) })
    expect(await entry(3).locator('.drift-who').textContent()).toBe('last changed by arn:aws:sts::111122223333:assumed-role/ops/user-3 with PutBucketTagging at 2025-01-01T10:00:00Z')
    expect(await entry(4).locator('.drift-who').textContent()).toBe('CloudTrail holds no write on it in the last 90 days')
    expect(await entry(5).locator('.drift-who').count()).toBe(0)
    await entry(7).locator('summary').click()
    expect(await entry(7).locator('tr.drift-change td').allTextContents()).toEqual(['Tags', '{\n  "team": "a"\n}', '{\n  "team": "b-7"\n}'])
    expect(await entry(7).locator('a').getAttribute('href')).toBe('https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567/main.tf#L17')

    // The missing and unmanaged tables carry the column too.
    expect(await page.locator('#drift th', { hasText: 'Who changed it' }).count()).toBe(2)
    const missing = await page.evaluate<string[][]>(`[...document.querySelectorAll('#drift tr.drift-missing')].map((tr) => [...tr.children].map((td) => td.textContent))`)
    expect(missing.map((cells) => cells[0])).toEqual(['aws_kms_key.m0', 'aws_kms_key.m1', 'aws_kms_key.m2', 'aws_kms_key.m3'])
    expect(missing.map((cells) => cells[4])).toEqual(['last changed by arn:aws:sts::111122223333:assumed-role/ops/user-0 with PutBucketTagging at 2025-01-01T10:00:00Z', '', '', ''])
    expect(await page.locator('#drift tr.drift-unmanaged td').allTextContents()).toEqual(['arn:aws:ec2:eu-west-1:111122223333:instance/i-unmanaged', expect.any(String), ''])
  })

  it('shows the suppressed list a page at a time, every row as the model has it', async () => {
    const { page } = opened
    await showSection(page, 'suppressed')
    const rows = page.locator('#suppressed tr.suppressed-row')
    expect(await rows.count()).toBe(100)
    await page.locator('#suppressed button.more').click()
    expect(await rows.count()).toBe(130)
    const cells = await page.evaluate<string[][]>(`[...document.querySelectorAll('#suppressed tr.suppressed-row')].map((tr) => [...tr.children].map((td) => td.textContent))`)
    const expected = model.evaluations.filter((e) => e.status === 'suppressed').map((e) => e.suppression!.reason)
    expect(cells.map((row) => row[4]).sort()).toEqual(expected.sort())
    const first = cells.find((row) => row[4] === 'accepted risk 001')!
    expect(first).toEqual(['high', 'iam-role-no-admin', 'aws_iam_role.s001', expect.stringMatching(/^infra\/main\.tf:\d+$/), 'accepted risk 001', 'config', '2030-01-01'])
    expect(await page.locator('#suppressed tr.suppressed-row td.sev-high').count()).toBe(130)
  })

  it('rolls the ledger up to a row per account, counted by state as the model has it', async () => {
    const { page } = opened
    const rows = await page.evaluate<string[][]>(`[...document.querySelectorAll('#coverage tr.cov-account')].map((tr) => [...tr.children].map((cell) => cell.textContent.trim()))`)
    const perAccount = (account: string, state: string) => String(model.coverage.filter((c) => c.account === account && c.state === state).length)
    // Most incomplete first: the account with two failed entries, then the one with a denied entry.
    expect(rows.map((row) => row[0])).toEqual(['777788889999', '444455556666', '111122223333'])
    for (const row of rows) {
      expect(row.slice(2, 6)).toEqual(['scanned', 'denied', 'unsupported', 'failed'].map((state) => perAccount(row[0], state)))
      expect(row[1]).toBe('2 eu-west-1, us-east-1')
      expect(row[7]).toBe('6 entries')
    }
    expect(await page.locator('#coverage tbody tr').count()).toBe(3)
  })

  it('opens an account\'s entries from the ledger block and closes them again', async () => {
    const { page } = opened
    const button = page.locator('#coverage tr.cov-account').filter({ has: page.locator('th', { hasText: '444455556666' }) }).locator('button.cov-toggle')
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    const entries = await openLedgerAccount(page, '444455556666')
    expect(await button.getAttribute('aria-expanded')).toBe('true')
    const cells = await entries.evaluate((node): string[][] => [...node.querySelectorAll(':scope table > tbody > tr')].map((tr) => [...tr.children].map((td) => td.textContent ?? '')))
    const expected = model.coverage
      .filter((c) => c.account === '444455556666')
      .map((c) => [c.region, c.type, c.state, c.count === undefined ? '' : String(c.count), c.error ?? ''])
    expect(cells).toEqual(expected)
    expect(await entries.locator('tr.cov-denied').count()).toBe(1)
    // Only that account's entries are shown; a second click hides them.
    expect(await page.locator('#coverage tr.cov-entries').count()).toBe(1)
    await button.click()
    expect(await page.locator('#coverage tr.cov-entries').count()).toBe(0)
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    expect(opened.errors).toEqual([])
    expect(await violations(page)).toEqual([])
    expect(opened.requests).toEqual([])
  })
})


// ---------------------------------------------------------------------------------------------------------------
// Hostile text everywhere a user, a resource or a rule can put text. Every payload sets window.__pwned if it ever
// runs, or fetches evil.example if it is ever loaded.

const PWN = {
  script: '<script>window.__pwned = "script"</script>',
  img: `<img src=x onerror="window.__pwned = 'img'">`,
  svg: `<svg onload="window.__pwned = 'svg'"></svg>`,
  href: 'javascript:window.__pwned="href"',
  handlebars: `{{constructor.constructor("window.__pwned = 'hbs'")()}}`,
  closeJson: '</script><script>window.__pwned = "json"</script>',
  comment: '<!--<script>window.__pwned = "comment"</script>-->',
  style: '<style>body{background:url(https://evil.example/css)}</style>',
  link: '<a href="javascript:window.__pwned=1">click</a>',
  fetch: '<iframe src="https://evil.example/frame"></iframe>'
}
const ALL = Object.values(PWN).join(' ')

function hostileModel(): ReportModel {
  const address = `aws_s3_bucket.x["${PWN.closeJson}${PWN.img}"]`
  const evaluations = [
    evaluation({
      rule: 's3-bucket-encrypted',
      severity: 'critical',
      title: PWN.script,
      message: ALL,
      path: `Tags[0].Value${PWN.svg}`,
      resource: resourceRef({ origin: 'plan', address }),
      location: { file: PWN.href, line: 3 }
    }),
    evaluation({
      rule: 'ec2-sg-no-public-ssh',
      severity: 'high',
      message: PWN.handlebars,
      resource: resourceRef({ origin: 'live', type: 'AWS::EC2::SecurityGroup', id: PWN.img, arn: PWN.href, account: PWN.script, region: PWN.comment })
    }),
    evaluation({
      rule: 'iam-no-admin-policy',
      severity: 'medium',
      status: 'suppressed',
      suppression: { source: 'inline', reason: `${PWN.link} ${PWN.fetch}`, expires: PWN.style }
    })
  ]
  const rules = [
    ruleMeta('s3-bucket-encrypted', 'critical', {
      title: PWN.closeJson,
      description: PWN.comment,
      risk: PWN.fetch,
      remediation: { text: PWN.link, terraform: `resource "aws_s3_bucket" "x" {\n  bucket = "${PWN.closeJson}"\n  # ${PWN.handlebars}\n}` },
      categories: [PWN.img]
    }),
    ruleMeta('ec2-sg-no-public-ssh', 'high', { remediation: { text: PWN.style, terraform: PWN.svg } }),
    ruleMeta('iam-no-admin-policy', 'medium')
  ]
  return buildModel({
    evaluations,
    rules,
    drift: [
      driftEntry('changed', {
        address: PWN.script,
        changes: [{ path: `Tags${PWN.img}`, iac: [{ Key: PWN.script, Value: PWN.closeJson }], live: { [PWN.handlebars]: PWN.comment } }],
        location: { file: PWN.href, line: 1 }
      }),
      driftEntry('unmanaged', { resource: resourceRef({ origin: 'live', id: PWN.fetch, arn: PWN.style }) })
    ],
    coverage: [{ account: PWN.script, region: PWN.img, type: PWN.handlebars, state: 'failed', error: PWN.closeJson, note: PWN.link }],
    unmapped: [{ address: PWN.svg, type: PWN.fetch }],
    run: {
      repository: PWN.img,
      commit: PWN.handlebars,
      event: PWN.comment,
      runUrl: PWN.href,
      sourceUrlBase: 'javascript:window.__pwned="base"//',
      accounts: [PWN.script],
      regions: [PWN.style],
      gate: { verdict: 'fail', reason: PWN.closeJson },
      warnings: [ALL]
    }
  })
}

describe('a report built from hostile text', () => {
  let opened: Opened

  beforeAll(async () => {
    opened = await open(renderHtml(hostileModel(), { reportUrl: PWN.href }), 'hostile.html')
  })
  afterAll(async () => {
    await opened?.context.close()
  })

  async function assertInert(page: Page): Promise<void> {
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined')
    expect(opened.dialogs).toEqual([])
    expect(opened.requests).toEqual([])
    expect(opened.errors).toEqual([])
    expect(await violations(page)).toEqual([])
    // No element the data could have created: no images, frames, extra scripts or styles, no handler attributes,
    // and every link an https link.
    const dom = await page.evaluate<{ tags: string[]; handlers: string[]; hrefs: string[] }>(`(() => ({
      tags: [...document.querySelectorAll('img, iframe, object, embed, link:not([rel="expect"][href="#findings"]), base, svg:not([role="img"]), script:not([type="application/octet-stream"]), style')].map((e) => e.tagName + (e.tagName === 'SCRIPT' && !e.textContent.startsWith('// The findings list') ? '!' : '')),
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name).filter((n) => n.startsWith('on'))),
      hrefs: [...document.querySelectorAll('[href]')].map((e) => e.getAttribute('href')).filter((h) => !h.startsWith('https://') && !h.startsWith('#'))
    }))()`)
    expect(dom).toEqual({ tags: ['STYLE', 'SCRIPT'], handlers: [], hrefs: [] })
  }

  it('runs nothing, fetches nothing and links nowhere on load', async () => {
    const { page } = opened
    expect(await count(page)).toBe(3)
    await assertInert(page)
    // The title and header show the text as typed.
    expect(await page.title()).toBe(`Plumbline report: ${PWN.img}`)
    expect(await page.locator('h1').textContent()).toBe(`Plumbline report: ${PWN.img}`)
    expect(await page.locator('dl.meta dd').first().textContent()).toBe(PWN.img)
    expect(await page.locator('p.verdict').textContent()).toBe(`Gate: FAIL (${PWN.closeJson})`)
    expect(await page.locator('#warnings li').textContent()).toBe(ALL)
    // The ledger's account row; its entries are shown when it is opened.
    expect(await page.locator('#coverage tr.cov-account th').textContent()).toBe(PWN.script)
    expect(await page.locator('#coverage tr.cov-account .cov-regions').textContent()).toBe(PWN.img)
  })

  it('shows hostile findings, drift values and rule texts literally, also after searching and opening details', async () => {
    const { page } = opened
    await page.fill('#finding-search', 'onerror')
    expect(await count(page)).toBe(2)
    const resources = await page.locator('#findings-list .finding-resource').allTextContents()
    expect(resources).toContain(`aws_s3_bucket.x["${PWN.closeJson}${PWN.img}"]`)
    expect(resources).toContain(`AWS::EC2::SecurityGroup ${PWN.img} (${PWN.href})`)
    // The location is text: its base is not an https URL.
    expect(await page.locator('#findings-list .finding-location').first().textContent()).toBe(`${PWN.href}:3`)
    expect(await page.locator('#findings-list .finding-location a').count()).toBe(0)

    await page.fill('#finding-search', 'aws_s3_bucket.x')
    const card = page.locator('#findings-list li.finding-card')
    expect(await card.locator('.finding-message').textContent()).toBe(ALL)
    expect(await card.locator('.finding-rule').textContent()).toBe(`Rule: s3-bucket-encrypted — ${PWN.script}`)
    await card.locator('button.toggle').click()
    const detail = card.locator('.detail-body')
    const text = await detail.textContent()
    for (const shown of [PWN.closeJson, PWN.comment, PWN.fetch, PWN.link, PWN.img, `property Tags[0].Value${PWN.svg}`]) expect(text).toContain(shown)
    expect(await detail.locator('pre.terraform').textContent()).toBe(`resource "aws_s3_bucket" "x" {\n  bucket = "${PWN.closeJson}"\n  # ${PWN.handlebars}\n}`)

    await page.click('#filters-reset')
    await page.fill('#finding-search', 'sg-no-public')
    expect(await page.locator('#findings-list .finding-message').textContent()).toBe(PWN.handlebars)
    await page.locator('#findings-list button.toggle').click()
    expect(await page.locator('#findings-list .detail-body').textContent()).toContain(PWN.img)

    await showSection(page, 'drift')
    await page.locator('#drift details summary').first().click()
    const values = await page.locator('#drift tr.drift-change td').allTextContents()
    expect(values[0]).toBe(`Tags${PWN.img}`)
    expect(JSON.parse(values[1])).toEqual([{ Key: PWN.script, Value: PWN.closeJson }])
    expect(JSON.parse(values[2])).toEqual({ [PWN.handlebars]: PWN.comment })
    expect(await page.locator('#drift tr.drift-unmanaged td').allTextContents()).toEqual([PWN.style, expect.any(String)])
    await showSection(page, 'suppressed')
    expect(await page.locator('#suppressed tbody td').nth(4).textContent()).toBe(`${PWN.link} ${PWN.fetch}`)
    expect(await page.locator('#suppressed tbody td').nth(6).textContent()).toBe(PWN.style)
    const entries = await openLedgerAccount(page, PWN.script)
    expect(await entries.locator('tbody td').allTextContents()).toEqual([PWN.img, PWN.handlebars, 'failed', '', `${PWN.closeJson} — ${PWN.link}`])

    await assertInert(page)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// The verdict banner: green for a pass only. "Not gated" (nothing configured to fail the run) above failing
// findings must not read as an all-clear.

describe('the verdict banner', () => {
  /** The banner's computed border colour as [r, g, b]. */
  async function bannerOf(verdict: GateVerdict): Promise<{ text: string; rgb: number[]; background: string }> {
    const model = buildModel({
      evaluations: [evaluation({ rule: 's3-bucket-encrypted', severity: 'critical' })],
      run: { gate: { verdict, reason: `reason of ${verdict}` } }
    })
    const opened = await open(renderHtml(model), `verdict-${verdict}.html`)
    try {
      const banner = opened.page.locator('#verdict')
      const style = await opened.page.evaluate<{ border: string; background: string }>(
        `(() => { const style = getComputedStyle(document.getElementById('verdict')); return { border: style.borderLeftColor, background: style.backgroundColor } })()`
      )
      return { text: (await banner.locator('p.verdict').textContent()) ?? '', rgb: style.border.match(/\d+/g)!.slice(0, 3).map(Number), background: style.background }
    } finally {
      await opened.context.close()
    }
  }
  /** Green when the green channel clearly leads. */
  const greenish = ([r, g, b]: number[]) => g > r + 30 && g > b + 30

  it('shows three states: PASS in green, FAIL in red, NOT GATED in neither', async () => {
    const pass = await bannerOf('pass')
    const fail = await bannerOf('fail')
    const notGated = await bannerOf('not-gated')
    expect(pass.text).toBe('Gate: PASS (reason of pass)')
    expect(greenish(pass.rgb)).toBe(true)
    expect(fail.text).toBe('Gate: FAIL (reason of fail)')
    expect(fail.rgb[0]).toBeGreaterThan(fail.rgb[1] + 60)
    // A model with a critical failure, nothing configured to fail the run.
    expect(notGated.text.toLowerCase()).toContain('not gated')
    expect(notGated.text).toBe('Gate: NOT GATED (reason of not-gated)')
    expect(greenish(notGated.rgb)).toBe(false)
    expect(notGated.rgb).not.toEqual(pass.rgb)
    expect(notGated.rgb).not.toEqual(fail.rgb)
    expect(notGated.background).not.toBe(pass.background)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// The demo run (examples/plan.json with its .tf code and the saved live inventory, as `npm run demo` runs it), as
// a pull request would see it: the real pipeline in this process, fail-on high, gate scope new. The report is
// read at a phone's width and a desktop's; the README's screenshots are taken from it.

const SCREENSHOTS = join(process.cwd(), 'docs/images')
const WRITE_SCREENSHOTS = process.env.PLUMBLINE_WRITE_SCREENSHOTS === '1'
const DEMO_COMMIT = '3f9c2e7b1d45e86a0c71e4a9b3d2f8a15c0ffee0'
const DEMO_REPORT_URL = 'https://github.com/acme/orders-infra/actions/runs/4242424242/artifacts/1234567'

async function demoModel(out: string): Promise<ReportModel> {
  const root = process.cwd()
  const config = buildConfig(
    {
      'terraform-plan': join(root, 'examples/plan.json'),
      'terraform-dir': join(root, 'examples'),
      inventory: join(root, 'examples/inventory.json'),
      'output-dir': out,
      'fail-on-severity': 'high',
      'gate-scope': 'new'
    },
    { cwd: root, event: 'pull_request', defaultFallbackLocation: 'README.md', nameOf: (spec) => spec.input, env: {}, liveDefault: 'off' }
  )
  // A fixed clock: the same screenshots on every run.
  let clock = Date.parse('2026-05-04T09:30:00.000Z')
  const { model } = await runPipeline(
    config,
    {
      repository: 'acme/orders-infra',
      commit: DEMO_COMMIT,
      event: 'pull_request',
      runUrl: 'https://github.com/acme/orders-infra/actions/runs/4242424242',
      sourceUrlBase: `https://github.com/acme/orders-infra/blob/${DEMO_COMMIT}`
    },
    () => new Date((clock += 700)),
    { mask: () => undefined, env: {} }
  )
  return model
}

/** The (rule, resource) a finding is about, computed here from the model: the address, else type and id (and the part). */
const pairOf = (e: Evaluation) => `${e.rule} ${e.resource.address ?? `${e.resource.type} ${e.resource.id}`} ${e.resource.part ?? ''}`
const failing = (e: Evaluation) => e.status === 'fail' && e.delta !== 'fixed'

/** Asserts a PNG of the given size whose pixels are not one colour, small enough for a README. */
async function assertScreenshot(png: Buffer, width: number, height: number): Promise<void> {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height])
  expect(png.length).toBeGreaterThan(20_000)
  expect(png.length).toBeLessThan(300_000)
  const pixels = await samplePixels(png)
  expect(pixels.distinct).toBeGreaterThanOrEqual(8)
  expect(pixels.commonest / pixels.samples).toBeLessThan(0.97)
}

function saveScreenshot(name: string, png: Buffer): void {
  if (!WRITE_SCREENSHOTS) return
  mkdirSync(SCREENSHOTS, { recursive: true })
  writeFileSync(join(SCREENSHOTS, name), png)
}

describe('the demo report', () => {
  let model: ReportModel
  let html: string

  beforeAll(async () => {
    model = await demoModel(join(dir, 'demo-out'))
    html = renderHtml(model, { reportUrl: DEMO_REPORT_URL })
  })

  for (const width of [420, 1400]) {
    it(`at ${width} px: one card per finding, both sides of a finding on one card, no empty label, no sideways scrolling`, async () => {
      const opened = await open(html, `demo-${width}.html`, { width, height: 900 })
      const { page } = opened
      try {
        // The page itself never scrolls sideways (wide tables scroll inside their own container).
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width)
        expect(await page.evaluate('document.body.scrollWidth')).toBeLessThanOrEqual(width)
        // Findings are cards, each within the page's width.
        const cards = page.locator('#findings-list > li.finding-card')
        const boxes = await cards.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().right))
        expect(boxes.length).toBeGreaterThan(0)
        expect(Math.max(...boxes)).toBeLessThanOrEqual(width)
        expect(await page.locator('#findings table').count()).toBe(0)

        // One card per (rule, resource) that fails.
        const failingPairs = new Set(model.evaluations.filter(failing).map(pairOf))
        expect(await chooseFilter(page, 'st', 'fail')).toBe(failingPairs.size)
        expect(await cards.count()).toBe(failingPairs.size)
        expect(failingPairs.size).toBeLessThan(model.evaluations.filter(failing).length)

        // A finding seen on the plan and on the live resource: one card, both sides listed.
        const sides = new Map<string, Evaluation[]>()
        for (const e of model.evaluations.filter(failing)) sides.set(pairOf(e), [...(sides.get(pairOf(e)) ?? []), e])
        const both = [...sides.values()].filter((list) => list.some((e) => e.resource.origin === 'plan') && list.some((e) => e.resource.origin === 'live'))
        expect(both.length).toBeGreaterThan(0)
        for (const list of both) {
          const plan = list.find((e) => e.resource.origin === 'plan')!
          const live = list.find((e) => e.resource.origin === 'live')!
          const card = cards.filter({ has: page.locator('.finding-rule code', { hasText: new RegExp(`^${plan.rule}$`) }) }).filter({
            has: page.locator('.finding-resource', { hasText: new RegExp(`^${plan.resource.address!.replace(/[.[\]]/g, '\\$&')}$`) })
          })
          expect(await card.count()).toBe(1)
          expect(await card.locator('.finding-sides li').allTextContents()).toEqual([
            `plan: ${plan.delta}`,
            `live ${live.resource.account}/${live.resource.region}: ${live.delta}`
          ])
          expect(await card.locator('.finding-message').textContent()).toBe(plan.message)
        }

        // The badge marks exactly the findings the gate counts, and they come first.
        const blocking = new Set(model.evaluations.filter((e) => e.blocksGate).map(pairOf))
        expect(blocking.size).toBeGreaterThan(0)
        const badges = await cards.evaluateAll((nodes) =>
          nodes.map((node) => ({ rule: node.querySelector('.finding-rule code')!.textContent, badge: node.querySelector('.badge-gate') !== null }))
        )
        const perRule = (rules: string[]) => rules.reduce<Record<string, number>>((acc, rule) => ({ ...acc, [rule]: (acc[rule] ?? 0) + 1 }), {})
        expect(perRule(badges.filter((b) => b.badge).map((b) => b.rule ?? ''))).toEqual(perRule([...blocking].map((pair) => pair.split(' ')[0])))
        expect(badges.filter((b) => b.badge)).toHaveLength(blocking.size)
        expect(badges.findIndex((b) => !b.badge)).toBe(blocking.size)
        expect(await page.locator('.badge-gate').first().textContent()).toBe('blocks the gate')
        // The banner counts the same: findings, and those blocking the gate.
        expect(await page.locator('#verdict .verdict-findings').textContent()).toBe(
          `${failingPairs.size} findings (distinct rule and resource), ${blocking.size} blocking the gate.`
        )
        await page.click('#filters-reset')

        // No label without a value anywhere, details of every finding (and every drift entry) opened too.
        for (const id of ['drift', 'suppressed']) if (await page.locator(`#${id}`).count()) await showSection(page, id)
        for (const toggle of await page.locator('#findings-list button.toggle').all()) await toggle.click()
        await page.evaluate(`document.querySelectorAll('details').forEach((details) => { details.open = true })`)
        const labels = await page.evaluate<Array<{ label: string; value: string | null }>>(`[...document.querySelectorAll('dt')].map((dt) => ({
          label: dt.textContent,
          value: dt.nextElementSibling && dt.nextElementSibling.tagName === 'DD' ? dt.nextElementSibling.textContent.trim() : null
        }))`)
        expect(labels.length).toBeGreaterThan(100)
        expect(labels.filter((pair) => !pair.value)).toEqual([])
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width)
        expect(opened.errors).toEqual([])
        expect(await violations(page)).toEqual([])
      } finally {
        await opened.context.close()
      }
    })
  }

  it('takes the README screenshots: the report at 1400 and 420 pixels, and the pull-request comment', async () => {
    const wide = await open(html, 'demo-wide.html', { width: 1400, height: 900 })
    try {
      const png = await wide.page.screenshot()
      await assertScreenshot(png, 1400, 900)
      saveScreenshot('report.png', png)
    } finally {
      await wide.context.close()
    }

    // On a phone: the findings, where the cards are.
    const narrow = await open(html, 'demo-narrow.html', { width: 420, height: 900 })
    try {
      const top = await narrow.page.evaluate<number>(`document.getElementById('findings').getBoundingClientRect().top + window.scrollY`)
      const png = await narrow.page.screenshot({ fullPage: true, clip: { x: 0, y: Math.round(top), width: 420, height: 900 } })
      await assertScreenshot(png, 420, 900)
      saveScreenshot('report-mobile.png', png)
    } finally {
      await narrow.context.close()
    }

    const markdown = renderPrComment(model, { reportUrl: DEMO_REPORT_URL })
    const comment = await browser.newContext({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 })
    try {
      await comment.route('**', (route) => route.abort())
      const page = await comment.newPage()
      await page.setContent(githubLikePage(micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })))
      // Rendered as markdown: a heading and the findings table, not the raw text.
      expect(await page.locator('.markdown-body h3').count()).toBeGreaterThan(0)
      expect(await page.locator('.markdown-body table').count()).toBeGreaterThan(0)
      const height = Math.min(1400, await page.evaluate('Math.ceil(document.documentElement.scrollHeight)'))
      const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 1200, height } })
      await assertScreenshot(png, 1200, height)
      saveScreenshot('pr-comment.png', png)
    } finally {
      await comment.close()
    }
  })
})

/**
 * GitHub draws these emoji as coloured images; the machine taking the screenshot may have no colour-emoji font
 * (Debian's chromium alone has none), so they are drawn with DejaVu's dingbats in GitHub's colours instead of
 * as empty boxes.
 */
const EMOJI: Record<string, string> = {
  '✅': '<span class="emoji emoji-ok">✔</span>',
  '❌': '<span class="emoji emoji-fail">✖</span>',
  '⚠': '<span class="emoji emoji-warn">⚠</span>'
}

/** A pull-request comment as GitHub shows it, near enough: the comment box, its header and GitHub's markdown style. */
function githubLikePage(html: string): string {
  const body = html.replace(/\uFE0F/g, '').replace(/[✅❌⚠]/g, (emoji) => EMOJI[emoji])
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
    body { margin: 0; padding: 16px; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
    .comment { border: 1px solid #d1d9e0; border-radius: 6px; }
    .comment-header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
    .comment-header strong { color: #1f2328; }
    .markdown-body { padding: 16px; overflow-wrap: break-word; }
    .emoji { display: inline-block; width: 1.2em; height: 1.2em; line-height: 1.2em; text-align: center; border-radius: 3px; font-size: .9em; vertical-align: -.1em; }
    .emoji-ok { background: #2da44e; color: #fff; } .emoji-fail { color: #d1242f; font-weight: 700; } .emoji-warn { color: #bf8700; }
    .markdown-body > :first-child { margin-top: 0; }
    .markdown-body h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
    .markdown-body h4 { font-size: 1em; font-weight: 600; margin: 24px 0 16px; }
    .markdown-body p, .markdown-body ul, .markdown-body table, .markdown-body details { margin: 0 0 16px; }
    .markdown-body a { color: #0969da; text-decoration: none; }
    .markdown-body code { font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; background: #818b981f; border-radius: 6px; padding: .2em .4em; }
    .markdown-body table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
    .markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; }
    .markdown-body th { font-weight: 600; }
    .markdown-body tr:nth-child(2n) { background: #f6f8fa; }
    .markdown-body summary { cursor: pointer; }
  </style></head><body><div class="comment"><div class="comment-header"><strong>github-actions</strong> bot commented</div><div class="markdown-body">${body}</div></div></body></html>`
}
