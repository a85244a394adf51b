// The plan reader reads a large plan a few changes at a time, without planned_values (plan-stream.ts; parsePlan's and
// parsePlanBytes' streamFrom). Both ways must read the same plan: every fixture, the example plan and a generated
// plan across every mapped type, compact as Terraform writes them and indented, from text and from bytes, are read
// both ways here and compared whole; the cases the cuts must refuse are read whole.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parsePlan, parsePlanBytes, type PlanData } from '../../src/sources/plan.js'
import { bytesSource, PIECE_LENGTH, StreamAbandoned, streamedPlan, textSource, type PlanSource } from '../../src/sources/plan-stream.js'

const whole = (text: string): PlanData => parsePlan(text, 'plan.json', Infinity)
const streamedText = (text: string): PlanData => parsePlan(text, 'plan.json', 0)
const streamedBytes = (text: string): PlanData => parsePlanBytes(Buffer.from(text, 'utf8'), 'plan.json', 0)

/** The same plan: resources compared by address (resource_changes are sorted by address, planned_values by module). */
function expectSamePlan(actual: PlanData, expected: PlanData): void {
  const byAddress = (plan: PlanData) => [...plan.resources].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0))
  expect(byAddress(actual)).toEqual(byAddress(expected))
  expect({ ...actual, resources: [] }).toEqual({ ...expected, resources: [] })
}

/**
 * How much text a piece holds at least: each change alone, a few changes, and the product's length (which takes a
 * fixture's changes in one piece and the generated plan's in several).
 */
const PIECE_LENGTHS = [0, 300, PIECE_LENGTH]

/** A plan streamed to its end: its changes and the rest of its document; undefined when it is not streamed. */
function streamAll(source: PlanSource, pieceLength = PIECE_LENGTH): { changes: unknown[]; doc: Record<string, unknown> } | undefined {
  const streamed = streamedPlan(source, pieceLength)
  if (!streamed) return undefined
  const changes = [...streamed.changes]
  return { changes, doc: streamed.document() }
}

/** The plan is not streamed, whatever the piece length: refused at once or abandoned on the way (then parsed whole). */
function expectNotStreamed(text: string): void {
  for (const pieceLength of PIECE_LENGTHS) {
    let streamed: ReturnType<typeof streamAll>
    try {
      streamed = streamAll(textSource(text), pieceLength)
    } catch (err) {
      expect(err).toBeInstanceOf(StreamAbandoned)
      continue
    }
    expect(streamed).toBeUndefined()
  }
}

/**
 * How many changes a streamed plan yields, or undefined when the plan is not streamed; the same at every piece length
 * (the changes themselves are compared with the document's).
 */
function streamedCount(text: string): number | undefined {
  const counts = PIECE_LENGTHS.map((pieceLength) => streamAll(textSource(text), pieceLength)?.changes.length)
  expect(new Set(counts).size).toBe(1)
  return counts[0]
}

const generated = (() => {
  const file = join(mkdtempSync(join(tmpdir(), 'plan-stream-')), 'plan.json')
  execFileSync(process.execPath, ['bench/gen-plan.mjs', file, '1500'])
  return readFileSync(file, 'utf8')
})()

const compact = (text: string): string => JSON.stringify(JSON.parse(text))
const fixture = (name: string): string => readFileSync(name, 'utf8')
const mixed = JSON.parse(fixture('test/fixtures/plans/mixed.json')) as Record<string, unknown> & { resource_changes: unknown[] }

describe('a plan read a few changes at a time', () => {
  const files = [
    'test/fixtures/plans/mixed.json',
    'test/fixtures/plans/opentofu.json',
    'test/fixtures/plans/sg-module.json',
    'test/fixtures/plans/terraform-1.0.json',
    'examples/plan.json'
  ]
  const plans: Array<[string, string]> = [
    ...files.map((f): [string, string] => [`${f} as written (indented)`, fixture(f)]),
    ...files.map((f): [string, string] => [`${f} compact`, compact(fixture(f))]),
    ['a generated plan of 1,500 resources', generated],
    ['the generated plan indented', JSON.stringify(JSON.parse(generated), null, 2)]
  ]
  it.each(plans)('%s reads the same from text and from bytes as whole', (_name, text) => {
    const expected = whole(text)
    expect(expected.resources.length).toBeGreaterThan(0)
    expectSamePlan(streamedText(text), expected)
    expectSamePlan(streamedBytes(text), expected)
  })

  it.each(PIECE_LENGTHS)('yields exactly the document\'s changes and the rest of it, %d characters or more a piece', (pieceLength) => {
    // terraform-1.0.json is format 0.2: read whole.
    for (const text of [generated, ...files.filter((f) => !f.endsWith('terraform-1.0.json')).map((f) => compact(fixture(f)))]) {
      const { resource_changes: expected, planned_values: _left, ...rest } = JSON.parse(text) as Record<string, unknown>
      for (const source of [textSource(text), bytesSource(Buffer.from(text, 'utf8'))]) {
        const streamed = streamAll(source, pieceLength)!
        expect(streamed.changes).toEqual(expected)
        expect(streamed.doc).toEqual(rest)
      }
    }
  })

  it('streams format 1.x plans as Terraform writes them (compact), and reads indented ones whole', () => {
    const changes = (JSON.parse(generated) as { resource_changes: unknown[] }).resource_changes.length
    expect(streamedCount(generated)).toBe(changes)
    expect(streamedCount(JSON.stringify(JSON.parse(generated), null, 2))).toBeUndefined()
    // With resource_drift between planned_values and resource_changes (mixed, the example) and without (the others).
    for (const file of ['test/fixtures/plans/mixed.json', 'test/fixtures/plans/opentofu.json', 'test/fixtures/plans/sg-module.json', 'examples/plan.json']) {
      const text = fixture(file)
      expect(streamedCount(compact(text))).toBe((JSON.parse(text) as { resource_changes: unknown[] }).resource_changes.length)
    }
  })

  it('leaves out planned_values and resource_changes, and nothing else', () => {
    const streamed = streamAll(textSource(compact(fixture('test/fixtures/plans/mixed.json'))))!
    const expected = { ...mixed } as Record<string, unknown>
    delete expected.planned_values
    delete expected.resource_changes
    expect(streamed.doc).toEqual(expected)
    expect(streamed.changes).toEqual(mixed.resource_changes)
  })

  it('finds the end of the changes whichever member follows them', () => {
    const { planned_values, resource_changes, ...others } = mixed
    const head = { format_version: '1.2', planned_values, resource_changes }
    const followers: Array<Record<string, unknown>> = [
      { deferred_changes: [], ...others },
      { output_changes: { a: { actions: ['create'] } }, ...others },
      { prior_state: others.prior_state, configuration: others.configuration },
      { configuration: others.configuration },
      { timestamp: '2026-12-05T00:00:00Z', applyable: true, complete: true, errored: false }
    ]
    for (const follower of followers) {
      const text = JSON.stringify({ ...head, ...follower })
      for (const pieceLength of PIECE_LENGTHS) {
        const streamed = streamAll(textSource(text), pieceLength)!
        expect(streamed.changes).toEqual(resource_changes)
        expect(streamed.doc).toEqual({ format_version: '1.2', ...follower })
      }
    }
  })

  it('takes a change ending like the array only where it really ends (a key named like a member inside the last change)', () => {
    const doc = structuredClone(mixed)
    const last = doc.resource_changes[doc.resource_changes.length - 1] as { change: { after: Record<string, unknown> } }
    last.change.after = { ...last.change.after, list: [{ a: 1 }], prior_state: 'x', timestamp: [1] }
    const text = JSON.stringify(doc)
    expect(text).toContain('],"prior_state":"x"')
    for (const pieceLength of PIECE_LENGTHS) expect(streamAll(textSource(text), pieceLength)!.changes).toEqual(doc.resource_changes)
  })

  it('reads format 0.x plans whole (their resource_changes may not mark sensitivity)', () => {
    const text = compact(fixture('test/fixtures/plans/terraform-0.12.json'))
    expectNotStreamed(text)
    expect(streamedText(text)).toEqual(whole(text))
  })

  it('joins the pieces of a change that holds the separator (a nested object whose first key is address)', () => {
    const doc = structuredClone(mixed)
    setPlanned(doc, 'ip_blocks', [{ address: '10.0.0.1' }, { address: '10.0.0.2' }, { address: '10.0.0.3' }])
    const text = JSON.stringify(doc)
    expect(text.split('},{"address":').length - 1).toBeGreaterThan(doc.resource_changes.length - 1)
    expect(streamedCount(text)).toBe(doc.resource_changes.length)
    expectSamePlan(streamedText(text), whole(text))
    expectSamePlan(streamedBytes(text), whole(text))
  })

  it('reads a change split too often whole', () => {
    const doc = structuredClone(mixed)
    const first = (doc.resource_changes[0] as { address: string }).address
    setPlanned(doc, 'ip_blocks', Array.from({ length: 40 }, (_, i) => ({ address: `10.0.0.${i}` })), first)
    const text = JSON.stringify(doc)
    // Cut after each change, the first change's 40 separators make 40 joins; in pieces longer than the plan, none.
    expect(() => streamAll(textSource(text), 0)).toThrow(StreamAbandoned)
    expect(streamAll(textSource(text), PIECE_LENGTH)!.changes).toEqual(doc.resource_changes)
    expectSamePlan(streamedText(text), whole(text))
  })

  it('reads text outside ASCII from bytes at the right offsets', () => {
    const doc = structuredClone(mixed)
    setPlanned(doc, 'description', 'Ünïcödé ✓ 🚀 naïve café')
    const text = JSON.stringify(doc)
    const bytes = Buffer.from(text, 'utf8')
    expect(bytes.length).toBeGreaterThan(text.length)
    expect(streamAll(bytesSource(bytes))!.changes).toEqual(doc.resource_changes)
    expectSamePlan(streamedBytes(text), whole(text))
  })

  it('reads a plan with a byte-order mark or in UTF-16 from bytes as the text reader does', () => {
    const text = compact(fixture('test/fixtures/plans/mixed.json'))
    const expected = whole(text)
    expectSamePlan(parsePlanBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'plan.json', 0), expected)
    expectSamePlan(parsePlanBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'plan.json', 0), expected)
  })

  it('reads the plan whole when a cut would land inside a value', () => {
    // A tag named like a top-level key inside planned_values: cutting there leaves the brackets unbalanced.
    const doc = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: { bucket: 'b', tags: { resource_changes: 'x' } } }
          ]
        }
      },
      resource_changes: [
        {
          address: 'aws_s3_bucket.b',
          mode: 'managed',
          type: 'aws_s3_bucket',
          name: 'b',
          change: { actions: ['create'], before: null, after: { bucket: 'b', tags: { resource_changes: 'x' } }, after_unknown: {}, after_sensitive: {}, before_sensitive: false }
        }
      ],
      configuration: {}
    }
    const text = JSON.stringify(doc)
    expectNotStreamed(text)
    const plan = streamedText(text)
    expect(plan).toEqual(whole(text))
    expect(plan.resources.map((r) => r.values)).toEqual([{ bucket: 'b', tags: { resource_changes: 'x' } }])
  })

  it('reads the plan whole when a variable holds keys named like the plan\'s', () => {
    // Before the real planned_values: a value with both names at the same depth.
    const variables = { copy: { value: { planned_values: { a: 1 }, resource_drift: [], resource_changes: [], prior_state: {} } } }
    const text = JSON.stringify({ ...mixed, variables })
    expectNotStreamed(text)
    expect(streamedText(text)).toEqual(whole(text))
    expect(streamedText(text).resources.length).toBeGreaterThan(0)
  })

  it('reads the plan whole when the keys are written in another order', () => {
    const { resource_changes, ...others } = mixed
    const reordered = JSON.stringify({ resource_changes, ...others })
    expect(reordered.indexOf('"resource_changes":')).toBeLessThan(reordered.indexOf('"planned_values":'))
    expectNotStreamed(reordered)
    expect(streamedText(reordered)).toEqual(whole(reordered))
  })

  it('reads the plan whole when an address repeats (the whole reader keeps the last one)', () => {
    const doc = structuredClone(mixed)
    const first = doc.resource_changes[0] as { address: string }
    const again = structuredClone(doc.resource_changes[1]) as { address: string }
    again.address = first.address
    doc.resource_changes.push(again)
    const text = JSON.stringify(doc)
    expect(streamedCount(text)).toBe(doc.resource_changes.length)
    expectSamePlan(streamedText(text), whole(text))
  })

  it('says where a broken plan breaks, as the whole reader does', () => {
    const text = compact(fixture('test/fixtures/plans/mixed.json'))
    const broken = text.slice(0, Math.floor(text.length * 0.6))
    const message = (read: () => unknown): string => {
      try {
        read()
      } catch (err) {
        return (err as Error).message
      }
      return 'no error'
    }
    expect(message(() => streamedText(broken))).toBe(message(() => whole(broken)))
    expect(message(() => streamedText(broken))).toMatch(/^plan\.json: .*line 1, column \d+/)
    // A change cut inside its text: the document parses, the last change does not.
    const lastChange = text.lastIndexOf('},{"address":')
    const damaged = `${text.slice(0, lastChange)}},{"address"::${text.slice(lastChange + '},{"address":'.length)}`
    expect(message(() => streamedText(damaged))).toBe(message(() => whole(damaged)))
  })
})

/**
 * Sets `key` in the planned values of every resource of `doc` (change.after and the planned_values resource with the
 * same address), or of the one at address `only`, so that the plan read either way has it.
 */
function setPlanned(doc: typeof mixed, key: string, value: unknown, only?: string): void {
  const planned = new Map<string, Record<string, unknown>>()
  const collect = (module: { resources?: Array<{ address: string; values: Record<string, unknown> }>; child_modules?: unknown[] }): void => {
    for (const r of module.resources ?? []) planned.set(r.address, r.values)
    for (const child of module.child_modules ?? []) collect(child as typeof module)
  }
  collect((doc.planned_values as { root_module: Parameters<typeof collect>[0] }).root_module)
  for (const rc of doc.resource_changes as Array<{ address: string; change: { after: Record<string, unknown> | null } }>) {
    const values = planned.get(rc.address)
    if (!rc.change.after || !values || (only !== undefined && rc.address !== only)) continue
    rc.change.after[key] = value
    values[key] = value
  }
}
