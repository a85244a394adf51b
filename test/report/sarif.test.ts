import { gzipSync } from 'node:zlib'
import { randomBytes } from 'node:crypto'
import type * as Sarif from 'sarif'
import { DRIFT_RULES, buildSarif, fitsGzippedInBackground, gzipBound, gzippedSize, serializeSarif, toRepoUri, uploadBytes, uploadFits, uploadText } from '../../src/report/sarif.js'
import { maskAccountIds } from '../../src/report/redact.js'
import { SECURITY_SEVERITY } from '../../src/model/severity.js'
import type { CoverageEntry, Evaluation, Severity } from '../../src/types.js'
import { buildModel, driftEntry, evaluation, resourceRef, richModel, ruleMeta } from './model-builder.js'
import { validateSarif } from './multitool.js'

const OPTS = { category: 'plumbline', fallbackLocation: './.github/workflows/plumbline.yml' }

function runOf(log: Sarif.Log, side: 'plan' | 'live'): Sarif.Run {
  const run = log.runs.find((candidate) => candidate.automationDetails?.id === `plumbline/${side}/`)
  if (!run) throw new Error(`no ${side} run`)
  return run
}

function ruleOf(run: Sarif.Run, result: Sarif.Result): Sarif.ReportingDescriptor {
  return run.tool.driver.rules![result.ruleIndex!]
}

describe('buildSarif', () => {
  const model = richModel()
  const { log, cut } = buildSarif(model, OPTS)
  const text = serializeSarif(log)

  it('passes the SARIF Multitool (GitHub and SARIF rules) with no errors and no warnings', () => {
    const findings = validateSarif(text)
    expect(findings.errors).toEqual([])
    expect(findings.warnings).toEqual([])
  })

  it('the validation harness does report a log GitHub would reject', () => {
    const broken = JSON.parse(text) as Sarif.Log
    delete broken.runs[0].results![0].locations
    expect(validateSarif(JSON.stringify(broken)).errors.length).toBeGreaterThan(0)
  })

  it('meets the GitHub requirements the Multitool does not check', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    const categories = log.runs.map((run) => run.automationDetails!.id!.replace(/\/[^/]*$/, ''))
    expect(categories).toEqual(['plumbline/plan', 'plumbline/live'])
    for (const run of log.runs) {
      expect(run.tool.driver.name).toBe('Plumbline')
      expect(run.invocations).toEqual([expect.objectContaining({ executionSuccessful: true })])
      for (const rule of run.tool.driver.rules!) {
        expect(rule.shortDescription!.text.length).toBeGreaterThan(0)
        expect(rule.shortDescription!.text.length).toBeLessThanOrEqual(1024)
        expect(rule.fullDescription!.text.length).toBeLessThanOrEqual(1024)
        expect(rule.help!.text.length).toBeGreaterThan(0)
        expect((rule.properties!.tags as string[]).length).toBeLessThanOrEqual(20)
        expect(rule.properties!.tags).toContain('security')
      }
      for (const result of run.results!) {
        expect(ruleOf(run, result).id).toBe(result.ruleId)
        expect(result.message.text!.length).toBeGreaterThan(0)
        expect(result.partialFingerprints!.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:\d+$/)
        const physical = result.locations![0].physicalLocation!
        expect(physical.artifactLocation!.uri).not.toMatch(/^(\/|\.\/|[a-z]+:)/)
        expect(physical.region!.startLine).toBeGreaterThanOrEqual(1)
      }
    }
  })

  it('puts plan, state and hcl failures in the plan run and live failures and drift in the live run', () => {
    const planFails = model.evaluations.filter((e) => e.status === 'fail' && e.resource.origin !== 'live')
    const liveFails = model.evaluations.filter((e) => e.status === 'fail' && e.resource.origin === 'live')
    expect(runOf(log, 'plan').results).toHaveLength(planFails.length)
    expect(runOf(log, 'live').results).toHaveLength(liveFails.length + model.drift.length)
    expect(cut).toEqual({ plan: 0, live: 0 })
    const ruleIds = log.runs.flatMap((run) => run.results!.map((r) => r.ruleId))
    expect(ruleIds).not.toContain('iam-no-admin-policy') // suppressed
    expect(ruleIds).not.toContain('s3-bucket-encrypted') // pass
    expect(ruleIds).not.toContain('kms-key-rotation') // unknown
    expect(runOf(log, 'live').results!.map((r) => r.ruleId)).toEqual(
      expect.arrayContaining(['plumbline-drift-changed', 'plumbline-drift-missing', 'plumbline-drift-unmanaged'])
    )
  })

  it('orders results by severity and maps levels and security-severity', () => {
    const plan = runOf(log, 'plan')
    const expected: Array<[Severity, string]> = [
      ['critical', 'error'],
      ['high', 'error'],
      ['medium', 'warning'],
      ['low', 'note'],
      ['info', 'note']
    ]
    expect(plan.results!.map((r) => r.level)).toEqual(expected.map(([, level]) => level))
    plan.results!.forEach((result, index) => {
      const rule = ruleOf(plan, result)
      expect(rule.properties!['security-severity']).toBe(SECURITY_SEVERITY[expected[index][0]])
      expect(rule.defaultConfiguration!.level).toBe(result.level)
    })
  })

  it('places results at the .tf line, else at line 1 of the fallback location, with a logical location', () => {
    const plan = runOf(log, 'plan')
    const hostile = plan.results!.find((r) => r.ruleId === 'ec2-sg-no-public-ssh')!
    expect(hostile.locations![0].physicalLocation).toEqual({
      artifactLocation: { uri: 'infra/modules/net%20work/sg%20%231.tf', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7 }
    })
    expect(hostile.locations![0].logicalLocations![0]).toMatchObject({ kind: 'resource', name: expect.stringContaining('aws_s3_bucket.x[') })
    const unplaced = plan.results!.find((r) => r.ruleId === 'rds-instance-encrypted')!
    expect(unplaced.locations![0].physicalLocation).toEqual({
      artifactLocation: { uri: '.github/workflows/plumbline.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 }
    })
    const missing = runOf(log, 'live').results!.find((r) => r.ruleId === 'plumbline-drift-missing')!
    expect(missing.locations![0].physicalLocation!.artifactLocation!.uri).toBe('.github/workflows/plumbline.yml')
    const changed = runOf(log, 'live').results!.find((r) => r.ruleId === 'plumbline-drift-changed')!
    expect(changed.locations![0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'infra/main.tf' }, region: { startLine: 3 } })
  })

  it('describes drift by identifier and property paths, never by value', () => {
    const live = runOf(log, 'live')
    const changed = live.results!.find((r) => r.ruleId === 'plumbline-drift-changed')!
    const entry = model.drift[0]
    expect(changed.message.text).toContain(entry.resource.id!)
    expect(changed.message.text).toContain('VersioningConfiguration.Status')
    expect(changed.message.text).toContain('2 properties')
    expect(text).not.toContain('TOPSECRET')
    expect(text).not.toContain('Suspended')
    const unmanaged = live.results!.find((r) => r.ruleId === 'plumbline-drift-unmanaged')!
    expect(unmanaged.message.text).toContain(model.drift[2].resource.id!)
    expect(Object.keys(DRIFT_RULES).sort()).toEqual(['changed', 'missing', 'unmanaged'])
  })

  it('says in the message which resource, which property and what is wrong, with embedded links defused', () => {
    const hostile = runOf(log, 'plan').results!.find((r) => r.ruleId === 'ec2-sg-no-public-ssh')!
    // A message that would hold an embedded link has all its brackets escaped, the path's included.
    expect(hostile.message.text).toContain('SecurityGroupIngress\\[1\\].CidrIp')
    expect(hostile.message.text).toContain('allows 0.0.0.0/0 on port 22')
    expect(hostile.message.text).toContain('\\[click\\]')
    expect(hostile.message.text).not.toMatch(/[^\\]\[click\]\(/)
    const plain = runOf(log, 'plan').results!.find((r) => r.ruleId === 's3-bucket-public-access-blocked')!
    expect(plain.message.text).toMatch(/^aws_s3_bucket\.b\d+ \(BucketEncryption\): The bucket is not encrypted\.$/)
    const indexed = buildSarif(buildModel({ evaluations: [evaluation({ rule: 'r1', path: 'A[0].B' })] }), OPTS)
    expect(indexed.log.runs[0].results![0].message.text).toContain('(A[0].B)')
  })

  it('writes rule help with remediation, a Terraform snippet that cannot break its fence, and framework refs', () => {
    const rule = runOf(log, 'plan').tool.driver.rules!.find((r) => r.id === 'ec2-sg-no-public-ssh')!
    expect(rule.fullDescription!.text.length).toBe(1024)
    expect(rule.properties!.tags).toHaveLength(20)
    expect(rule.help!.markdown).toContain('````hcl\ningress {')
    expect(rule.help!.markdown).toContain('CIS AWS Foundations Benchmark v5.0: 2.1.1')
    expect(rule.help!.text).toContain('Checkov: CKV_AWS_1')
  })
})

describe('buildSarif fingerprints', () => {
  const fingerprint = (line: number, address = 'aws_s3_bucket.a') => {
    const model = buildModel({
      evaluations: [
        evaluation({ rule: 'r1', resource: resourceRef({ address }), location: { file: 'main.tf', line } })
      ]
    })
    return buildSarif(model, OPTS).log.runs[0].results![0].partialFingerprints!.primaryLocationLineHash
  }

  it('follow the resource, not the line', () => {
    expect(fingerprint(10)).toBe(fingerprint(250))
    expect(fingerprint(10)).not.toBe(fingerprint(10, 'aws_s3_bucket.b'))
  })

  it('stay distinct for one rule failing on two paths of the same resource, and for many fallback results', () => {
    const resource = resourceRef()
    const model = buildModel({
      evaluations: [
        evaluation({ rule: 'r1', resource, path: 'B[1]', location: undefined }),
        evaluation({ rule: 'r1', resource, path: 'B[0]', location: undefined }),
        evaluation({ rule: 'r1', location: undefined })
      ]
    })
    const hashes = buildSarif(model, OPTS).log.runs[0].results!.map((r) => r.partialFingerprints!.primaryLocationLineHash)
    expect(new Set(hashes).size).toBe(3)
    expect(hashes.filter((hash) => hash.endsWith(':2'))).toHaveLength(1)
  })

  it('report the same rule and resource once when both the plan and the state were evaluated', () => {
    const address = 'aws_s3_bucket.same'
    const model = buildModel({
      evaluations: [
        evaluation({ rule: 'r1', resource: resourceRef({ address, origin: 'state' }) }),
        evaluation({ rule: 'r1', resource: resourceRef({ address, origin: 'plan' }) })
      ]
    })
    expect(buildSarif(model, OPTS).log.runs[0].results).toHaveLength(1)
  })
})

describe('buildSarif sides', () => {
  it('leaves out the live run when nothing live was evaluated, so live alerts stay open', () => {
    const model = buildModel({ evaluations: [evaluation({ rule: 'r1' })] })
    const { log } = buildSarif(model, OPTS)
    expect(log.runs.map((run) => run.automationDetails!.id)).toEqual(['plumbline/plan/'])
  })

  it('keeps an empty live run when the account was scanned and is clean, so fixed alerts close', () => {
    const model = buildModel({
      evaluations: [evaluation({ rule: 'r1', status: 'pass', resource: resourceRef({ origin: 'live' }) })]
    })
    const { log } = buildSarif(model, OPTS)
    expect(log.runs.map((run) => run.automationDetails!.id)).toEqual(['plumbline/live/'])
    expect(log.runs[0].results).toEqual([])
    expect(validateSarif(serializeSarif(log)).errors).toEqual([])
  })

  it('follows the sides the caller states', () => {
    const model = buildModel({ evaluations: [evaluation({ rule: 'r1' })] })
    const { log } = buildSarif(model, { ...OPTS, category: '/custom/', sides: { plan: false, live: true } })
    expect(log.runs.map((run) => run.automationDetails!.id)).toEqual(['custom/live/'])
  })
})

describe('buildSarif caps', () => {
  const severities: Severity[] = ['low', 'critical', 'info', 'high', 'medium']
  const many = (n: number, origin: 'plan' | 'live') =>
    Array.from({ length: n }, (_, i) =>
      evaluation({ rule: `rule-${i % 7}`, severity: severities[i % severities.length], resource: resourceRef({ origin }) })
    )

  it('keeps the most severe results per run and counts the cut', () => {
    const model = buildModel({ evaluations: [...many(10, 'plan'), ...many(4, 'live')] })
    const { log, cut } = buildSarif(model, { ...OPTS, maxResultsPerRun: 3 })
    expect(cut).toEqual({ plan: 7, live: 1 })
    expect(runOf(log, 'plan').results!.map((r) => r.level)).toEqual(['error', 'error', 'error'])
    expect(runOf(log, 'live').results).toHaveLength(3)
  })

  it('cuts the least severe results until the gzipped file fits', () => {
    const model = buildModel({
      evaluations: many(400, 'plan').map((e, i) => ({ ...e, message: `${i} ${Math.random().toString(36).repeat(8)}` })),
      rules: Array.from({ length: 7 }, (_, i) => ruleMeta(`rule-${i}`, 'high'))
    })
    const full = buildSarif(model, OPTS)
    const fullSize = gzipSync(serializeSarif(full.log)).length
    const limit = Math.floor(fullSize / 2)
    const { log, cut } = buildSarif(model, { ...OPTS, maxGzipBytes: limit })
    const size = gzipSync(serializeSarif(log)).length
    expect(size).toBeLessThanOrEqual(limit)
    expect(cut.plan).toBeGreaterThan(0)
    expect(runOf(log, 'plan').results!.length + cut.plan).toBe(400)
    // Only the tail went: everything critical survived, and nothing kept is less severe than something cut.
    const kept = runOf(log, 'plan').results!
    expect(kept.filter((r) => r.level === 'error').length).toBe(160)
    expect(kept[kept.length - 1].level).not.toBe('error')
  })

  it('hands back the serialized log it measured, whether or not it had to cut', () => {
    const model = buildModel({
      evaluations: many(40, 'plan').map((e, i) => ({ ...e, message: `${i} ${Math.random().toString(36).repeat(8)}` })),
      rules: Array.from({ length: 7 }, (_, i) => ruleMeta(`rule-${i}`, 'high'))
    })
    const full = buildSarif(model, OPTS)
    expect(full.text).toBe(serializeSarif(full.log))
    const capped = buildSarif(model, { ...OPTS, maxGzipBytes: Math.floor(gzipSync(full.text).length / 2) })
    expect(capped.cut.plan).toBeGreaterThan(0)
    expect(capped.text).toBe(serializeSarif(capped.log))
  })
})

describe('buildSarif live categories (sarif-live-categories)', () => {
  const [A, B, C] = ['111111111111', '222222222222', '333333333333']
  const severities: Severity[] = ['critical', 'high', 'medium', 'low']
  const liveIn = (account: string, n: number): Evaluation[] =>
    Array.from({ length: n }, (_, i) =>
      evaluation({ rule: `rule-${i % 3}`, severity: severities[i % severities.length], resource: resourceRef({ origin: 'live', account, id: `bucket-${account}-${i}` }) })
    )
  const ledger = (account: string, state: CoverageEntry['state'] = 'scanned'): CoverageEntry => ({ account, region: 'eu-west-1', type: 'AWS::S3::Bucket', state, count: 1 })
  /** Three accounts: A with 5 findings, B with 3 and an unmanaged resource, C scanned and clean; a plan finding too. */
  const estate = () =>
    buildModel({
      evaluations: [evaluation({ rule: 'plan-rule' }), ...liveIn(A, 5), ...liveIn(B, 3), evaluation({ rule: 'rule-0', status: 'pass', resource: resourceRef({ origin: 'live', account: C }) })],
      drift: [driftEntry('unmanaged', { resource: resourceRef({ origin: 'live', account: B, id: 'unmanaged-bucket' }) })],
      coverage: [ledger(A), ledger(B), ledger(C)],
      run: { accounts: [A, B, C] }
    })
  const table = (build: ReturnType<typeof buildSarif>) => build.categories.map((c) => [c.category, c.results, c.cut])

  it('counts the upload size of each category without making its text', async () => {
    const build = buildSarif(estate(), OPTS)
    for (const category of build.categories) {
      const bytes = Buffer.byteLength(uploadText(build, category))
      expect(uploadBytes(build, category)).toBe(bytes)
      expect(await uploadFits(build, category, gzipBound(bytes))).toBe(true)
      expect(await uploadFits(build, category, gzipSync(uploadText(build, category)).length - 1)).toBe(false)
    }
  })

  it('gives each account of a three-account live side its own run and category, and keeps <category>/live for results without an account', () => {
    const build = buildSarif(estate(), OPTS)
    expect(table(build)).toEqual([
      ['plumbline/plan', 1, 0],
      ['plumbline/live', 0, 0],
      [`plumbline/live/${A}`, 5, 0],
      [`plumbline/live/${B}`, 4, 0],
      [`plumbline/live/${C}`, 0, 0]
    ])
    expect(build.log.runs.map((run) => run.automationDetails!.id)).toEqual([
      'plumbline/plan/',
      'plumbline/live/',
      `plumbline/live/${A}/`,
      `plumbline/live/${B}/`,
      `plumbline/live/${C}/`
    ])
    // Every result sits in its own account's run.
    for (const [index, account] of [[2, A], [3, B]] as const) {
      for (const result of build.log.runs[index].results!) expect(result.message.text).toContain(account)
    }
    expect(build.categories.find((c) => c.account === A)).toMatchObject({ side: 'live', account: A })
    expect(build.text).toBe(serializeSarif(build.log))
    expect(validateSarif(build.text).errors).toEqual([])
  })

  it('hands back each category as the one-run upload code scanning receives', () => {
    const build = buildSarif(estate(), OPTS)
    build.categories.forEach((category, i) => {
      expect(uploadText(build, category)).toBe(serializeSarif({ ...build.log, runs: [build.log.runs[i]] }))
    })
  })

  it('keeps one live category for a single account, as before, unless asked for per-account categories', () => {
    const single = buildModel({ evaluations: liveIn(A, 3), coverage: [ledger(A)] })
    expect(table(buildSarif(single, OPTS))).toEqual([['plumbline/live', 3, 0]])
    expect(buildSarif(single, OPTS).text).toBe(buildSarif(single, { ...OPTS, liveCategories: 'one' }).text)
    expect(table(buildSarif(single, { ...OPTS, liveCategories: 'account' }))).toEqual([
      ['plumbline/live', 0, 0],
      [`plumbline/live/${A}`, 3, 0]
    ])
    expect(table(buildSarif(estate(), { ...OPTS, liveCategories: 'one' }))).toEqual([
      ['plumbline/plan', 1, 0],
      ['plumbline/live', 9, 0]
    ])
  })

  it('decides the split by the accounts the live side covers, not by tonight\'s findings', () => {
    // C has no finding tonight and B is clean too: still three accounts, still three categories.
    const clean = buildModel({ evaluations: liveIn(A, 2), coverage: [ledger(A), ledger(B), ledger(C)] })
    expect(table(clean).map(([category]) => category)).toEqual(['plumbline/live', `plumbline/live/${A}`, `plumbline/live/${B}`, `plumbline/live/${C}`])
    function table(model: ReturnType<typeof buildModel>) {
      return buildSarif(model, OPTS).categories.map((c) => [c.category, c.results])
    }
  })

  it('cuts nothing where one live category would have been cut', () => {
    const caps = { maxResultsPerRun: 5 }
    expect(buildSarif(estate(), { ...OPTS, ...caps, liveCategories: 'one' }).cut).toEqual({ plan: 0, live: 4 })
    const split = buildSarif(estate(), { ...OPTS, ...caps })
    expect(split.cut).toEqual({ plan: 0, live: 0 })
    expect(split.categories.every((c) => c.cut === 0)).toBe(true)
    // The gzip cap likewise holds per upload: a cap the one live category breaks, every account's upload meets.
    const model = estate()
    const one = buildSarif(model, { ...OPTS, liveCategories: 'one' })
    const oneLive = gzipSync(uploadText(one, one.categories[1])).length
    const split2 = buildSarif(model, OPTS)
    const largest = Math.max(...split2.categories.map((c) => gzipSync(uploadText(split2, c)).length))
    expect(largest).toBeLessThan(oneLive)
    expect(buildSarif(model, { ...OPTS, liveCategories: 'one', maxGzipBytes: largest }).cut.live).toBeGreaterThan(0)
    expect(buildSarif(model, { ...OPTS, maxGzipBytes: largest }).cut).toEqual({ plan: 0, live: 0 })
  })

  it('cuts only the account whose category alone is over a cap, most severe kept', () => {
    const build = buildSarif(estate(), { ...OPTS, maxResultsPerRun: 4 })
    expect(table(build)).toEqual([
      ['plumbline/plan', 1, 0],
      ['plumbline/live', 0, 0],
      [`plumbline/live/${A}`, 4, 1],
      [`plumbline/live/${B}`, 4, 0],
      [`plumbline/live/${C}`, 0, 0]
    ])
    expect(build.cut).toEqual({ plan: 0, live: 1 })
    expect(build.log.runs[2].results!.map((r) => r.level)).toEqual(['error', 'error', 'error', 'warning'])
  })

  it('leaves out an account nothing of which was read, so its alerts are not closed as fixed', () => {
    const model = buildModel({ evaluations: liveIn(A, 1), coverage: [ledger(A), ledger(B, 'denied'), ledger(C, 'failed'), ledger(C)] })
    expect(table(buildSarif(model, OPTS)).map(([category]) => category)).toEqual(['plumbline/live', `plumbline/live/${A}`, `plumbline/live/${C}`])
  })

  it('lists each account\'s rule errors in its own run only', () => {
    const model = estate()
    model.evaluations.push(
      evaluation({ rule: 'rule-0', status: 'error', message: 'threw', resource: resourceRef({ origin: 'live', account: B, id: 'broken' }) })
    )
    const notified = buildSarif(model, OPTS).log.runs.map((run) => (run.invocations![0].toolExecutionNotifications ?? []).map((n) => n.message.text))
    expect(notified).toEqual([[], [], [], [`AWS::S3::Bucket broken: threw`], []])
  })

  it('puts a live result that names no account in <category>/live', () => {
    const model = estate()
    model.drift.push(driftEntry('missing', { resource: resourceRef({ origin: 'live', account: undefined }) }))
    expect(table(buildSarif(model, OPTS))[1]).toEqual(['plumbline/live', 1, 0])
  })

  it('keeps every fingerprint when the live side is split', () => {
    const hashes = (build: ReturnType<typeof buildSarif>) =>
      build.log.runs.flatMap((run) => run.results!.map((r) => r.partialFingerprints!.primaryLocationLineHash)).sort()
    const model = estate()
    expect(hashes(buildSarif(model, OPTS))).toEqual(hashes(buildSarif(model, { ...OPTS, liveCategories: 'one' })))
  })

  it('names categories by the masked id with redact-identifiers; accounts that share the last four digits share one', () => {
    const [X, Y] = ['111111119012', '222222229012']
    const model = maskAccountIds(buildModel({ evaluations: [...liveIn(X, 2), ...liveIn(Y, 1), ...liveIn(A, 1)], coverage: [ledger(X), ledger(Y), ledger(A)] }))
    const build = buildSarif(model, OPTS)
    expect(table(build)).toEqual([
      ['plumbline/live', 0, 0],
      ['plumbline/live/********1111', 1, 0],
      ['plumbline/live/********9012', 3, 0]
    ])
    for (const id of [X, Y, A]) expect(build.text).not.toContain(id)
  })
})

describe('toRepoUri', () => {
  it('makes repository paths relative URI references', () => {
    expect(toRepoUri('./infra/main.tf')).toBe('infra/main.tf')
    expect(toRepoUri('infra\\a b\\c#1.tf')).toBe('infra/a%20b/c%231.tf')
    expect(toRepoUri('/leading/slash.tf')).toBe('leading/slash.tf')
  })
})

describe('gzipBound', () => {
  it('bounds what gzip makes of input that does not compress, at every level, and is tight', () => {
    for (const bytes of [0, 1, 100, 4095, 4096, 16_384, 65_537, 1_000_003]) {
      const input = randomBytes(bytes)
      for (const level of [1, 6, 9]) expect(gzipSync(input, { level }).length).toBeLessThanOrEqual(gzipBound(bytes))
      expect(gzipBound(bytes)).toBeLessThanOrEqual(bytes + Math.ceil(bytes * 0.0004) + 25)
    }
  })

  it('answers a text under the cap by the bound without compressing it, and one over it by compressing', async () => {
    const text = randomBytes(300_000).toString('latin1')
    expect(await fitsGzippedInBackground(text, gzipBound(Buffer.byteLength(text)))).toBe(true)
    expect(await fitsGzippedInBackground(text, gzipSync(text).length - 1)).toBe(false)
  })
})

describe('the SARIF size check in the background', () => {
  it('measures exactly what gzipSync makes', async () => {
    // Over the deflate bound of a small cap, with pairs and multi-byte characters at every offset.
    const text = Array.from({ length: 40_000 }, (_, i) => `{"n":${i},"m":"é—𝄞${'x'.repeat(i % 7)}"}`).join(',')
    const size = gzipSync(text).length
    expect(await gzippedSize(text)).toBe(size)
    expect(await fitsGzippedInBackground(text, size)).toBe(true)
    expect(await fitsGzippedInBackground(text, size - 1)).toBe(false)
    expect(await gzippedSize('')).toBe(gzipSync('').length)
  })
})
