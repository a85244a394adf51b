// Checkov-style fixtures: for every rule, a small Terraform project whose resources are named for the
// verdict they must get (pass_*, fail_*, unknown_*). Each runs twice, as the user would: as .tf code (no
// plan) and as the plan Terraform would print for it, through the real sources, mapping and rules.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EMPTY_CONFIG_FILE } from '../../src/config-file.js'
import { evaluateInventory } from '../../src/evaluate.js'
import { mapTerraform } from '../../src/mapping/index.js'
import { ALL_RULES, findRules, LIVE_ONLY_RULE_IDS } from '../../src/rules/index.js'
import { loadTerraformDir } from '../../src/sources/hcl/index.js'
import { readPlan } from '../../src/sources/plan.js'
import { REGION_TYPE } from '../../src/model/facts.js'
import { withRegionResources } from '../../src/mapping/region-resources.js'
import type { Resource, TfResource } from '../../src/types.js'
import { ROOT } from '../e2e/helpers.js'
import { planFromHcl } from './plan-from-hcl.js'

const FIXTURES = join(ROOT, 'test/fixtures/rules')
const VERDICTS = ['pass', 'fail', 'unknown'] as const

/** A region control judges the region pseudo-resource, not a Terraform resource. */
const isRegionControl = (ruleId: string) => ALL_RULES.find((r) => r.id === ruleId)!.resourceTypes.includes(REGION_TYPE)

const nameOf = (r: Resource) => r.address!.split('.').pop()!

/**
 * Region controls whose Terraform resource is itself the enabling (aws_securityhub_account): code cannot write the
 * failing case, which a plan deleting the resource or a live region without one gives (tested elsewhere).
 */
const PASS_ONLY_FIXTURES: ReadonlySet<string> = new Set(['securityhub-enabled'])

function verdictsByName(tf: readonly TfResource[], ruleId: string): Record<string, string[]> {
  const rule = ALL_RULES.find((r) => r.id === ruleId)!
  const { resources } = mapTerraform([...tf])
  for (const r of resources) r.region ??= 'us-east-1'
  const got: Record<string, string[]> = { pass: [], fail: [], unknown: [] }
  const evaluate = (inventory: Resource[]) => evaluateInventory(inventory, { rules: [rule], configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup: findRules })
  if (isRegionControl(ruleId)) {
    // Each name is a region of its own: the resources sharing it (a recorder and its status) with their region's
    // pseudo-resource, whose verdict is the name's.
    for (const name of new Set(resources.map(nameOf))) {
      for (const e of evaluate(withRegionResources(resources.filter((r) => nameOf(r) === name)))) got[e.status]?.push(name)
    }
  } else {
    for (const e of evaluate(resources)) got[e.status]?.push(nameOf(e.resource as Resource))
  }
  for (const v of VERDICTS) got[v].sort()
  return got
}

function expectedByName(tf: readonly TfResource[], ruleId: string): Record<string, string[]> {
  const rule = ALL_RULES.find((r) => r.id === ruleId)!
  const { resources } = mapTerraform([...tf])
  const judged = new Set(resources.filter((r) => isRegionControl(ruleId) || rule.resourceTypes.includes(r.type)).map(nameOf))
  const expected: Record<string, string[]> = { pass: [], fail: [], unknown: [] }
  for (const name of judged) {
    const verdict = VERDICTS.find((v) => name.startsWith(`${v}_`))
    if (verdict) expected[verdict].push(name)
  }
  for (const v of VERDICTS) expected[v].sort()
  return expected
}

const ruleIds = readdirSync(FIXTURES).sort()

describe('rule fixtures', () => {
  it('cover every rule a plan or .tf code can answer', () => {
    expect(ruleIds).toEqual(ALL_RULES.map((r) => r.id).filter((id) => !LIVE_ONLY_RULE_IDS.has(id)).sort())
  })

  describe.each(ruleIds)('%s', (ruleId) => {
    let tf: TfResource[]
    beforeAll(async () => {
      tf = (await loadTerraformDir(join(FIXTURES, ruleId), { repoRoot: ROOT, env: {} })).resources
    })

    it('has passing and failing examples', () => {
      const expected = expectedByName(tf, ruleId)
      expect(expected.pass.length).toBeGreaterThan(0)
      if (!PASS_ONLY_FIXTURES.has(ruleId)) expect(expected.fail.length).toBeGreaterThan(0)
    })

    it('judges the .tf code exactly as named', () => {
      expect(verdictsByName(tf, ruleId)).toEqual(expectedByName(tf, ruleId))
    })

    it('judges the plan of that code exactly as named', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'plumbline-fixture-plan-'))
      const file = join(dir, 'plan.json')
      writeFileSync(file, JSON.stringify(planFromHcl(tf, 'us-east-1')))
      const plan = await readPlan(file)
      expect(verdictsByName(plan.resources, ruleId)).toEqual(expectedByName(tf, ruleId))
    })
  })
})
