// bench/report: the HTML report (src/report/html.ts, bundled on the fly) of a run with many listed findings: the
// file's size, and how long Chromium takes until the report is interactive. Two shapes, one per scale:
// - 10,000 findings (issue 5: under 10 MB, under 2 s): one repository's run, 2 accounts, 5 regions, 60 rules, 500
//   drift entries (300 changed with values, half of them with who changed them), a 1,360-entry coverage ledger;
// - 100,000 findings (issue 15: under 25 MB, under 3 s): an organization's scan, 200 accounts, 17 regions, 200
//   rules, nine findings in ten on live resources; drift and the ledger ten times the 10,000 run's (5,000 drift
//   entries, 13,600 ledger entries: 200 accounts × 17 regions × 4 types).
// Another --findings takes the shape and targets of the nearest scale at or above it.
//
// "Interactive" is measured in the page, in milliseconds from navigation start (performance.timeOrigin):
//   1. the first page of findings (cards) is in the DOM (the script's first `plumbline:render` mark), then
//   2. at once, the bench changes the severity filter (a real `change` event through CDP), and
//   3. the table has re-rendered with the filtered rows (the second `plumbline:render` mark).
// The figure is the time of 3: when a user's first filter input has been answered. It includes CDP's round trips
// and the bench's polling for 1 (an upper bound). Printed beside it: DOMContentLoaded, the first rows, the load
// event and the filter's own latency (from the change event's timestamp to its render). The filtered count is
// checked against the model. Headless /usr/bin/chromium through playwright-core, one browser, a fresh context per
// run; the first run is reported as cold, the median of the next ones as warm.
//   node bench/report.mjs [--findings 10000|100000] [--runs 5]
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { importSource } from './import-source.mjs'

const { values: args } = parseArgs({ options: { findings: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' } } })
const root = dirname(dirname(fileURLToPath(import.meta.url)))
const work = join(root, 'bench/out')
const FINDINGS = Number(args.findings)
const RUNS = Math.max(2, Number(args.runs))
const ORG = FINDINGS > 10_000
const TARGET_MB = ORG ? 25 : 10
const TARGET_MS = ORG ? 3000 : 2000

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info']
const ORG_REGIONS = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'sa-east-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-north-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2']
// Twelve-digit ids, spread like real ones (no shared prefix to flatter any compression of the data).
const ORG_ACCOUNTS = Array.from({ length: 200 }, (_, a) => String(100_000_000_000 + ((a * 7_919_993_117) % 899_999_999_999)))
const ACCOUNTS = ORG ? ORG_ACCOUNTS : ['123456789012', '210987654321']
const REGIONS = ORG ? ORG_REGIONS : ['eu-west-1', 'eu-central-1', 'us-east-1', 'us-west-2', 'ap-southeast-2']
const TYPES = [
  ['AWS::S3::Bucket', 'aws_s3_bucket', 'BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm'],
  ['AWS::EC2::SecurityGroup', 'aws_security_group', 'SecurityGroupIngress[1].CidrIp'],
  ['AWS::IAM::Role', 'aws_iam_role', 'Policies[0].PolicyDocument.Statement[0].Action'],
  ['AWS::KMS::Key', 'aws_kms_key', 'EnableKeyRotation'],
  ['AWS::RDS::DBInstance', 'aws_db_instance', 'StorageEncrypted'],
  ['AWS::EC2::Volume', 'aws_ebs_volume', 'Encrypted'],
  ['AWS::CloudTrail::Trail', 'aws_cloudtrail', 'IsMultiRegionTrail'],
  ['AWS::Lambda::Function', 'aws_lambda_function', 'TracingConfig.Mode']
]
const FRAMEWORK_MIXES = [{}, { 'cis-aws-5.0': ['2.1.1'] }, { 'cis-aws-4.0': ['3.7'], 'cis-aws-5.0': ['3.6'] }, { 'cis-aws-3.0': ['1.4'], 'cis-aws-4.0': ['1.4'], 'cis-aws-5.0': ['1.4'] }]
const RULE_COUNT = ORG ? 200 : 60

function rules() {
  return Array.from({ length: RULE_COUNT }, (_, r) => {
    const [type, tfType] = TYPES[r % TYPES.length]
    return {
      id: `${tfType.replace(/^aws_/, '').replace(/_/g, '-')}-check-${r}`,
      title: `${type.split('::')[1]} resources must hold property ${r}`,
      severity: SEVERITIES[r % SEVERITIES.length],
      description: `Checks that every ${type} in the estate holds setting number ${r}, as the CIS AWS Foundations Benchmark asks. `.repeat(2),
      risk: 'Without it an attacker who reaches the account can read or change data they should not see, and nobody notices in time.',
      remediation: {
        text: `Set the property in the ${tfType} block and apply the plan; the live resource then passes on the next scheduled scan.`,
        terraform: `resource "${tfType}" "example" {\n  # ...\n  setting_${r} = true\n}`
      },
      categories: ['encryption', 'logging'],
      resourceTypes: [type],
      frameworks: FRAMEWORK_MIXES[r % FRAMEWORK_MIXES.length],
      aliases: { checkov: [`CKV_AWS_${100 + r}`], prowler: [`${tfType}_check_${r}`] }
    }
  })
}

function model() {
  const ruleList = rules()
  const evaluations = []
  for (let i = 0; i < FINDINGS; i++) {
    const rule = ruleList[i % RULE_COUNT]
    const [type, tfType, path] = TYPES[i % TYPES.length]
    const live = ORG ? i % 10 !== 0 : i % 3 === 0
    const account = ORG ? ACCOUNTS[Math.floor(i / 7) % ACCOUNTS.length] : ACCOUNTS[i % 2]
    const region = REGIONS[Math.floor(i / 3) % REGIONS.length]
    const address = `module.app_${i % 50}.${tfType}.this["item-${i}"]`
    const resource = live
      ? { type, id: `res-${i}`, account, region, origin: 'live', address: i % 6 === 0 ? address : undefined, arn: `arn:aws:${type.split('::')[1].toLowerCase()}:${region}:${account}:resource/res-${i}` }
      : { type, id: null, tfType, address, origin: 'plan' }
    const status = i % 20 === 0 ? 'suppressed' : i % 20 === 1 ? 'unknown' : 'fail'
    evaluations.push({
      rule: rule.id,
      status,
      severity: rule.severity,
      title: rule.title,
      message: `${type} ${live ? `res-${i}` : address} does not hold setting ${i % RULE_COUNT}: found the default value where the rule requires it set.`,
      resource,
      path,
      location: live && i % 6 !== 0 ? undefined : { file: `modules/app-${i % 50}/main.tf`, line: 10 + (i % 400) },
      suppression: status === 'suppressed' ? { source: 'config', reason: `Accepted until the migration of app ${i % 50} (ticket OPS-${i})`, expires: '2026-06-30' } : undefined,
      aliases: rule.aliases,
      frameworks: rule.frameworks,
      delta: live ? (i % 2 ? 'drift' : 'pre-existing') : i % 7 === 0 ? 'pre-existing' : 'introduced'
    })
  }
  const drift = []
  const driftScale = ORG ? 10 : 1
  for (let i = 0; i < 500 * driftScale; i++) {
    const [type, tfType] = TYPES[i % TYPES.length]
    const kind = i < 300 * driftScale ? 'changed' : i < 400 * driftScale ? 'missing' : 'unmanaged'
    const account = ACCOUNTS[i % ACCOUNTS.length]
    const region = REGIONS[i % REGIONS.length]
    drift.push({
      class: kind,
      resource: { type, id: `drift-${i}`, account, region, origin: 'live', arn: `arn:aws:x:${region}:${account}:drift-${i}`, address: kind === 'unmanaged' ? undefined : `module.app_${i % 50}.${tfType}.d${i}` },
      address: kind === 'unmanaged' ? undefined : `module.app_${i % 50}.${tfType}.d${i}`,
      location: kind === 'unmanaged' ? undefined : { file: `modules/app-${i % 50}/main.tf`, line: 5 + i },
      changes:
        kind === 'changed'
          ? [
              { path: 'Tags', iac: [{ Key: 'team', Value: 'payments' }, { Key: 'env', Value: 'prod' }], live: [{ Key: 'team', Value: 'payments' }, { Key: 'env', Value: 'prod' }, { Key: 'owner', Value: 'someone' }] },
              { path: 'SecurityGroupIngress', iac: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8' }], live: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8' }, { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] }
            ]
          : [],
      evidence: kind === 'changed' ? ['resource_drift update: tags, ingress'] : [],
      // who-changed: every other changed entry names the last write, so the drift lists have their "Who changed it".
      ...(kind === 'changed' && i % 2 === 0
        ? { lastChange: { principal: `arn:aws:sts::${account}:assumed-role/platform-deploy/ci-${i % 40}`, sessionName: `ci-${i % 40}`, eventName: 'AuthorizeSecurityGroupIngress', time: '2025-01-01T10:00:00Z' } }
        : {})
    })
  }
  const coverage = []
  const ledgerTypes = ORG ? 4 : 40
  for (const account of ACCOUNTS) {
    for (let r = 0; r < 17; r++) {
      for (let t = 0; t < ledgerTypes; t++) {
        const state = (r * 40 + t) % 97 === 0 ? 'denied' : 'scanned'
        coverage.push({ account, region: ORG ? ORG_REGIONS[r] : `region-${r}`, type: `AWS::Service${t}::Type`, state, count: state === 'scanned' ? t % 9 : undefined, error: state === 'denied' ? 'AccessDenied: not authorized to perform cloudcontrol:ListResources' : undefined })
      }
    }
  }
  const count = (status) => evaluations.filter((e) => e.status === status).length
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, evaluations.filter((e) => e.status === 'fail' && e.severity === s).length]))
  return {
    schemaVersion: 1,
    run: {
      tool: { name: 'Plumbline', version: '0.1.0' },
      startedAt: '2025-01-02T03:04:05.000Z',
      finishedAt: '2025-01-02T03:05:45.000Z',
      repository: 'octo/infra',
      commit: '0123456789abcdef0123456789abcdef01234567',
      event: 'schedule',
      runUrl: 'https://github.com/octo/infra/actions/runs/4242424242',
      sourceUrlBase: 'https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567',
      accounts: ACCOUNTS,
      regions: REGIONS,
      inputs: {},
      counts: {
        resources: FINDINGS,
        evaluations: evaluations.length,
        pass: 0,
        fail: count('fail'),
        unknown: count('unknown'),
        suppressed: count('suppressed'),
        bySeverity,
        unmapped: 0,
        drift: { inSync: 4500 * driftScale, changed: 300 * driftScale, missing: 100 * driftScale, unmanaged: 100 * driftScale }
      },
      gate: { verdict: 'fail', reason: `${bySeverity.critical + bySeverity.high} findings at or above high` },
      iacCoverage: 97.8,
      warnings: []
    },
    evaluations,
    drift,
    coverage,
    rules: ruleList,
    unmapped: []
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

mkdirSync(work, { recursive: true })
const { renderHtml } = await importSource('report-bundle', ['src/report/html.ts'])

const reportModel = model()
const renderStarted = performance.now()
const html = renderHtml(reportModel)
const renderMs = performance.now() - renderStarted
const redactStarted = performance.now()
renderHtml(reportModel, { redactIdentifiers: true })
const redactMs = performance.now() - redactStarted
const file = join(work, `report-${FINDINGS}.html`)
writeFileSync(file, html)
const bytes = statSync(file).size
const url = pathToFileURL(file).href
const expectedHigh = reportModel.evaluations.filter((e) => e.severity === 'high').length

const browser = await chromium.launch({ executablePath: process.env.PLUMBLINE_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] })
const runs = []
let sections
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.addInitScript('document.addEventListener("change", (e) => { window.__changeAt = e.timeStamp }, true)')
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(() => performance.getEntriesByName('plumbline:render').length >= 1, undefined, { polling: 5 })
    const value = await page.evaluate(`[...document.querySelector('select[data-filter="sev"]').options].find((o) => o.textContent.startsWith('high (')).value`)
    await page.selectOption('select[data-filter="sev"]', value)
    await page.waitForFunction(() => performance.getEntriesByName('plumbline:render').length >= 2, undefined, { polling: 5 })
    const figures = await page.evaluate(`(() => {
      const renders = performance.getEntriesByName('plumbline:render')
      const navigation = performance.getEntriesByType('navigation')[0]
      return {
        domContentLoaded: navigation.domContentLoadedEventEnd,
        load: navigation.loadEventEnd,
        firstRows: renders[0].startTime,
        inflated: performance.getEntriesByName('plumbline:inflated')[0].startTime,
        parsed: performance.getEntriesByName('plumbline:data')[0].startTime,
        indexed: performance.getEntriesByName('plumbline:indexed')[0].startTime,
        interactive: renders[1].startTime,
        filterLatency: renders[1].startTime - window.__changeAt,
        rows: document.querySelectorAll('#findings-list li.finding-card').length,
        count: Number(document.getElementById('findings-count').textContent),
        total: Number(document.getElementById('findings-total').textContent)
      }
    })()`)
    if (figures.count !== expectedHigh || figures.total !== FINDINGS || figures.rows !== Math.min(100, expectedHigh)) {
      throw new Error(`table disagrees with the model: ${JSON.stringify(figures)}, expected ${expectedHigh} high of ${FINDINGS}`)
    }
    runs.push(figures)
    if (run === 0) {
      // After the measurement, once: the sections below the list render from their data blocks (drift and the
      // suppressed list when scrolled to, an account's ledger entries when its row is opened).
      for (const id of ['drift', 'suppressed']) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded()
        await page.waitForSelector(`#${id}[data-rendered]`)
      }
      const firstAccount = page.locator('#coverage tr.cov-account').first()
      await firstAccount.locator('button.cov-toggle').click()
      await page.waitForSelector('#coverage tr.cov-entries')
      sections = await page.evaluate(`({
        changed: document.querySelectorAll('#drift details.drift-entry').length,
        named: [...document.querySelectorAll('#drift details .drift-who')].filter((e) => e.textContent).length,
        suppressed: document.querySelectorAll('#suppressed tr.suppressed-row').length,
        ledgerAccounts: document.querySelectorAll('#coverage tr.cov-account').length,
        ledgerEntries: document.querySelectorAll('#coverage tr.cov-entries tbody tr').length
      })`)
      const accounts = new Set(reportModel.coverage.map((c) => c.account)).size
      // The first page of changed entries in the report's order (html.ts: by class, then by label).
      const label = (d) => `${d.resource.type} ${d.resource.id ?? ''} ${d.address ?? d.resource.address ?? ''}`.trim()
      const named = reportModel.drift.filter((d) => d.class === 'changed').sort((a, b) => label(a).localeCompare(label(b))).slice(0, 100).filter((d) => d.lastChange).length
      if (sections.changed !== 100 || sections.named !== named || sections.suppressed !== 100 || sections.ledgerAccounts !== accounts || sections.ledgerEntries !== reportModel.coverage.length / accounts) {
        throw new Error(`sections below the list disagree with the model: ${JSON.stringify(sections)}`)
      }
    }
    await context.close()
  }
} finally {
  await browser.close()
}

const [cold, ...warm] = runs
const pick = (key) => median(warm.map((r) => r[key]))
const ms = (x) => `${x.toFixed(0)} ms`
const mb = bytes / 1e6
console.log(`report: ${FINDINGS} findings (${ORG ? 'an organization' : 'a repository'}: ${ACCOUNTS.length} accounts, ${REGIONS.length} regions), ${reportModel.drift.length} drift entries, ${reportModel.coverage.length} coverage entries, ${RULE_COUNT} rules`)
console.log(`render (node, bundled src/report/html.ts): ${ms(renderMs)}; with redact-identifiers: ${ms(redactMs)}`)
console.log(`file size: ${mb.toFixed(2)} MB (target < ${TARGET_MB} MB; ratio to target ${(mb / TARGET_MB).toFixed(2)})`)
console.log(`chromium (headless, file://), warm median of ${warm.length}, from navigation start:`)
console.log(`  data inflated ${ms(pick('inflated'))}, parsed ${ms(pick('parsed'))}, filters indexed ${ms(pick('indexed'))}, first rows ${ms(pick('firstRows'))}`)
console.log(`  DOMContentLoaded ${ms(pick('domContentLoaded'))}, load ${ms(pick('load'))}`)
console.log(`  filter answered (interactive): ${ms(pick('interactive'))} (target < ${TARGET_MS} ms; ratio to target ${(pick('interactive') / TARGET_MS).toFixed(2)}); filter latency itself ${ms(pick('filterLatency'))}`)
console.log(`  cold first run: first rows ${ms(cold.firstRows)}, DOMContentLoaded ${ms(cold.domContentLoaded)}, interactive ${ms(cold.interactive)}`)
console.log(`  sections below the list, rendered on demand: ${sections.changed} changed drift entries shown (${sections.named} naming who changed them), ${sections.suppressed} suppressed rows, ledger ${sections.ledgerAccounts} account rows, ${sections.ledgerEntries} entries of one account opened`)
