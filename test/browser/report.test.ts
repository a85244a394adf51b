// The HTML report in a real browser: Debian's chromium driven by playwright-core, each report loaded from a
// file:// URL the way a downloaded artifact is opened. Filters, search, sorting, pages and details are used
// through the page and their counts checked against the model; a report built from hostile text must run
// nothing, fetch nothing and show the text literally; a screenshot is checked for size and content.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { renderHtml } from '../../src/report/html.js'
import { SEVERITIES, type Evaluation, type FrameworkId, type ReportModel } from '../../src/types.js'
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
async function open(html: string, name: string): Promise<Opened> {
  const file = join(dir, name)
  writeFileSync(file, html)
  const url = pathToFileURL(file).href
  const context = await browser.newContext({ viewport: VIEWPORT })
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

const count = async (page: Page) => Number(await page.locator('#findings-count').textContent())
const visibleRows = (page: Page) => page.locator('#findings-body tr.finding').count()
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
    expect(new Set(await page.locator('#findings-body tr.finding td.sev').allTextContents())).toEqual(new Set(['high']))

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
    expect(await page.locator('#findings-body tr.empty').textContent()).toBe('No finding matches the filters.')
    await page.click('#filters-reset')
    expect(await count(page)).toBe(listed.length)
  })

  it('sorts a column both ways and pages through the result', async () => {
    const { page } = opened
    const resourceHeader = page.locator('th[data-sort="res"]')
    await resourceHeader.locator('button').click()
    expect(await resourceHeader.getAttribute('aria-sort')).toBe('ascending')
    const ascending = await page.locator('#findings-body tr.finding td.finding-resource').allTextContents()
    expect(ascending).toEqual([...ascending].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    await resourceHeader.locator('button').click()
    expect(await resourceHeader.getAttribute('aria-sort')).toBe('descending')
    const descending = await page.locator('#findings-body tr.finding td.finding-resource').allTextContents()
    expect(descending[0] >= descending[descending.length - 1]).toBe(true)
    expect(descending[0] >= ascending[ascending.length - 1]).toBe(true)

    await page.click('#page-next')
    expect(await visibleRows(page)).toBe(Math.min(PAGE_SIZE, listed.length - PAGE_SIZE))
    expect(await page.locator('#page-info').textContent()).toContain(`rows ${PAGE_SIZE + 1}–`)
    await page.selectOption('#page-size', '1000')
    expect(await visibleRows(page)).toBe(listed.length)

    // Back to severity order: most severe first.
    const severityHeader = page.locator('th[data-sort="sev"] button')
    await severityHeader.click()
    const severities = await page.locator('#findings-body tr.finding td.sev').allTextContents()
    const ranks = severities.map((s) => SEVERITIES.indexOf(s as (typeof SEVERITIES)[number]))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    await page.selectOption('#page-size', String(PAGE_SIZE))
  })

  it('opens a finding to show its resource, source link, evidence path, remediation and frameworks', async () => {
    const { page } = opened
    const target = listed.find((e) => e.resource.origin === 'plan' && e.frameworks['cis-aws-4.0'] && e.status === 'fail')!
    await page.fill('#finding-search', target.resource.address!)
    const row = page.locator('#findings-body tr.finding').filter({ hasText: target.rule }).first()
    await row.locator('button.toggle').click()
    expect(await row.locator('button.toggle').getAttribute('aria-expanded')).toBe('true')
    const detail = page.locator('#findings-body tr.detail')
    await detail.waitFor()
    const text = await detail.textContent()
    expect(text).toContain(target.message)
    expect(text).toContain(`property ${target.path}`)
    expect(text).toContain(`Fix ${target.rule} like this.`)
    expect(await detail.locator('pre.terraform').textContent()).toBe(`resource "x" "${target.rule}" {\n  fixed = true\n}`)
    expect(text).toContain(`cis-aws-4.0: ${target.frameworks['cis-aws-4.0']!.join(', ')}`)
    const link = detail.locator('a')
    expect(await link.getAttribute('href')).toBe(
      `https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567/${target.location!.file}#L${target.location!.line}`
    )
    await row.click()
    expect(await page.locator('#findings-body tr.detail').count()).toBe(0)
    await page.click('#filters-reset')
  })

  it('takes a screenshot with the report on it', async () => {
    const { page } = opened
    await page.locator('#findings-body tr.finding').first().click()
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
    // Not one colour with a speck: the most common sampled colour covers under 95 % of the samples.
    expect(pixels.commonest / pixels.samples).toBeLessThan(0.95)
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
      tags: [...document.querySelectorAll('img, iframe, object, embed, link, base, svg:not([role="img"]), script:not(#plumbline-data), style')].map((e) => e.tagName + (e.tagName === 'SCRIPT' && !e.textContent.startsWith('// The findings table') ? '!' : '')),
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
    expect(await page.locator('#coverage tbody td').allTextContents()).toEqual([PWN.script, PWN.img, PWN.handlebars, 'failed', '', `${PWN.closeJson} — ${PWN.link}`])
  })

  it('shows hostile findings, drift values and rule texts literally, also after searching and opening details', async () => {
    const { page } = opened
    await page.fill('#finding-search', 'onerror')
    expect(await count(page)).toBe(2)
    const resources = await page.locator('#findings-body td.finding-resource').allTextContents()
    expect(resources).toContain(`aws_s3_bucket.x["${PWN.closeJson}${PWN.img}"]`)
    expect(resources).toContain(`AWS::EC2::SecurityGroup ${PWN.img} (${PWN.href})`)
    // The location is text: its base is not an https URL.
    expect(await page.locator('#findings-body td.finding-location').first().textContent()).toBe(`${PWN.href}:3`)
    expect(await page.locator('#findings-body td.finding-location a').count()).toBe(0)

    await page.fill('#finding-search', 'aws_s3_bucket.x')
    await page.locator('#findings-body tr.finding button.toggle').click()
    const detail = page.locator('#findings-body tr.detail')
    const text = await detail.textContent()
    for (const shown of [ALL, PWN.closeJson, PWN.comment, PWN.fetch, PWN.link, PWN.img, `property Tags[0].Value${PWN.svg}`]) expect(text).toContain(shown)
    expect(await detail.locator('pre.terraform').textContent()).toBe(`resource "aws_s3_bucket" "x" {\n  bucket = "${PWN.closeJson}"\n  # ${PWN.handlebars}\n}`)

    await page.click('#filters-reset')
    await page.fill('#finding-search', 'sg-no-public')
    await page.locator('#findings-body tr.finding button.toggle').click()
    expect(await page.locator('#findings-body tr.detail').textContent()).toContain(PWN.handlebars)

    await page.locator('#drift details summary').first().click()
    const values = await page.locator('#drift tr.drift-change td').allTextContents()
    expect(values[0]).toBe(`Tags${PWN.img}`)
    expect(JSON.parse(values[1])).toEqual([{ Key: PWN.script, Value: PWN.closeJson }])
    expect(JSON.parse(values[2])).toEqual({ [PWN.handlebars]: PWN.comment })
    expect(await page.locator('#suppressed tbody td').nth(4).textContent()).toBe(`${PWN.link} ${PWN.fetch}`)
    expect(await page.locator('#suppressed tbody td').nth(6).textContent()).toBe(PWN.style)

    await assertInert(page)
  })
})
