// The plan reader leaves planned_values out of large plans and reads the planned resources from resource_changes
// (parsePlan's cutFromChars). Both ways must read the same plan: every fixture, the example plan and a generated
// plan across every mapped type are read both ways here and compared whole.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parsePlan, textWithoutPlannedValues, type PlanData } from '../../src/sources/plan.js'

const bothWays = (text: string): { whole: PlanData; cut: PlanData } => ({
  whole: parsePlan(text, 'plan.json', Infinity),
  cut: parsePlan(text, 'plan.json', 0)
})

const generated = (() => {
  const file = join(mkdtempSync(join(tmpdir(), 'plan-cut-')), 'plan.json')
  execFileSync(process.execPath, ['bench/gen-plan.mjs', file, '1500'])
  return readFileSync(file, 'utf8')
})()

describe('parsePlan without planned_values', () => {
  const plans: Array<[string, string]> = [
    ['test/fixtures/plans/mixed.json', readFileSync('test/fixtures/plans/mixed.json', 'utf8')],
    ['test/fixtures/plans/opentofu.json', readFileSync('test/fixtures/plans/opentofu.json', 'utf8')],
    ['test/fixtures/plans/sg-module.json', readFileSync('test/fixtures/plans/sg-module.json', 'utf8')],
    ['test/fixtures/plans/terraform-1.0.json', readFileSync('test/fixtures/plans/terraform-1.0.json', 'utf8')],
    ['examples/plan.json', readFileSync('examples/plan.json', 'utf8')],
    ['a generated plan of 1,500 resources', generated],
    ['a plan printed with indentation', JSON.stringify(JSON.parse(generated), null, 2)]
  ]
  it.each(plans)('%s reads the same resources both ways', (_name, text) => {
    const { whole, cut } = bothWays(text)
    expect(cut.resources.length).toBeGreaterThan(0)
    // resource_changes are sorted by address, planned_values by module: the same resources, in another order.
    const byAddress = (plan: PlanData) => [...plan.resources].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0))
    expect(byAddress(cut)).toEqual(byAddress(whole))
    expect({ ...cut, resources: [] }).toEqual({ ...whole, resources: [] })
  })

  it('reads format 0.x plans whole (their resource_changes may not mark sensitivity)', () => {
    const text = readFileSync('test/fixtures/plans/terraform-0.12.json', 'utf8')
    expect(parsePlan(text, 'plan.json', 0)).toEqual(parsePlan(text, 'plan.json', Infinity))
  })

  it('cuts only at the member and the key Terraform writes after it', () => {
    const doc = '{"format_version":"1.2","planned_values":{"root_module":{}},"resource_changes":[],"prior_state":{}}'
    expect(textWithoutPlannedValues(doc)).toBe('{"format_version":"1.2","resource_changes":[],"prior_state":{}}')
    expect(textWithoutPlannedValues('{"format_version":"1.2","resource_changes":[]}')).toBeUndefined()
    expect(textWithoutPlannedValues('{"planned_values":{}}')).toBeUndefined()
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
      ]
    }
    const text = JSON.stringify(doc)
    expect(() => JSON.parse(textWithoutPlannedValues(text) as string)).toThrow()
    const plan = parsePlan(text, 'plan.json', 0)
    expect(plan).toEqual(parsePlan(text, 'plan.json', Infinity))
    expect(plan.resources.map((r) => r.values)).toEqual([{ bucket: 'b', tags: { resource_changes: 'x' } }])
  })

  it('reads the plan whole when a variable holds keys named like the plan\'s', () => {
    const doc = JSON.parse(readFileSync('test/fixtures/plans/mixed.json', 'utf8')) as Record<string, unknown>
    // Before the real planned_values: a value with both names at the same depth, so that the cut text parses.
    const variables = { copy: { value: { planned_values: { a: 1 }, resource_changes: [] } } }
    const text = JSON.stringify({ ...doc, variables })
    expect(JSON.parse(textWithoutPlannedValues(text) as string)).toHaveProperty('planned_values')
    expect(parsePlan(text, 'plan.json', 0)).toEqual(parsePlan(text, 'plan.json', Infinity))
    expect(parsePlan(text, 'plan.json', 0).resources.length).toBeGreaterThan(0)
  })

  it('reads the plan whole when the keys are written in another order', () => {
    const doc = JSON.parse(readFileSync('test/fixtures/plans/mixed.json', 'utf8')) as Record<string, unknown>
    const reordered = JSON.stringify({ resource_changes: doc.resource_changes, ...doc })
    expect(parsePlan(reordered, 'plan.json', 0)).toEqual(parsePlan(reordered, 'plan.json', Infinity))
  })
})
