// The live twin of every rule fixture (test/fixtures/rules/<rule>/live.json): a saved inventory of the
// CloudFormation-shaped resources a live scan would record for the same examples, each resource's id the
// example's name (pass_*, fail_*, unknown_*; unknown ones are partial reads or redacted values). Read through the
// real inventory reader and judged by the real evaluator; for a rule Terraform can answer too, the .tf code, its
// plan and the live twin must give the same examples the same verdicts: one rule set, whatever the source.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ALL_RULES, LIVE_ONLY_RULE_IDS } from '../../src/rules/index.js'
import { loadTerraformDir } from '../../src/sources/hcl/index.js'
import { readInventoryFile } from '../../src/sources/inventory-file.js'
import { liveRegionResources } from '../../src/sources/live/region-resources.js'
import { readPlan } from '../../src/sources/plan.js'
import type { Resource } from '../../src/types.js'
import { ROOT } from '../e2e/helpers.js'
import { expectedByName, expectedToday, isRegionControl, knownDisagreements, LIVE_ONLY_EXAMPLES, mappedTerraform, NO_FAIL_IN_TERRAFORM, NO_UNKNOWN_IN_TERRAFORM, verdictOf, verdictsByName, without } from './fixture-verdicts.js'
import { planFromHcl } from './plan-from-hcl.js'

const FIXTURES = join(ROOT, 'test/fixtures/rules')
const ruleIds = ALL_RULES.map((r) => r.id).sort()

/**
 * The resources the rule judges, as the pipeline gives them: for a region control, the inventory's resources with
 * the region pseudo-resources its coverage ledger makes (each region of the fixture is one example).
 */
async function liveResources(ruleId: string): Promise<Resource[]> {
  const file = await readInventoryFile(join(FIXTURES, ruleId, 'live.json'), 'fixture')
  return isRegionControl(ruleId) ? [...file.resources, ...liveRegionResources(file.coverage)] : file.resources
}

describe('rule fixtures (live)', () => {
  it('exist for every rule, and only for rules', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(ruleIds)
    expect(ruleIds.filter((id) => !existsSync(join(FIXTURES, id, 'live.json')))).toEqual([])
  })

  describe.each(ruleIds)('%s', (ruleId) => {
    let live: Resource[]
    beforeAll(async () => {
      live = await liveResources(ruleId)
    })

    it('has passing, failing and unknown live examples, every resource live', () => {
      const expected = expectedByName(live, ruleId)
      expect(expected.pass.length).toBeGreaterThan(0)
      expect(expected.fail.length).toBeGreaterThan(0)
      expect(expected.unknown.length).toBeGreaterThan(0)
      expect(live.every((r) => r.origin === 'live' && typeof r.id === 'string' && r.account && r.region)).toBe(true)
    })

    it('has every live-only example it lists', () => {
      const named = Object.values(expectedByName(live, ruleId)).flat()
      expect(Object.keys(LIVE_ONLY_EXAMPLES.get(ruleId) ?? {}).filter((example) => !named.includes(example))).toEqual([])
    })

    it('judges the live resources exactly as named', () => {
      expect(verdictsByName(live, ruleId)).toEqual(expectedToday(expectedByName(live, ruleId), knownDisagreements(ruleId, 'live')))
    })

    for (const known of knownDisagreements(ruleId, 'live')) {
      it.failing(`KNOWN BUG: gives ${known.example} its named verdict (today: ${known.gives}; ${known.reason})`, () => {
        expect(verdictOf(verdictsByName(live, ruleId), known.example)).toBe(verdictOf(expectedByName(live, ruleId), known.example))
      })
    }

    if (!LIVE_ONLY_RULE_IDS.has(ruleId)) {
      it('gives the .tf code, its plan and the live twin the same verdicts, example by example', async () => {
        const tf = (await loadTerraformDir(join(FIXTURES, ruleId), { repoRoot: ROOT, env: {} })).resources
        const file = join(mkdtempSync(join(tmpdir(), 'plumbline-fixture-plan-')), 'plan.json')
        writeFileSync(file, JSON.stringify(planFromHcl(tf, 'us-east-1')))
        const plan = (await readPlan(file)).resources
        // Examples with a known disagreement are checked on their own (see KNOWN_DISAGREEMENTS); a rule whose
        // Terraform fixture cannot show unknown (NO_UNKNOWN_IN_TERRAFORM) or fail (NO_FAIL_IN_TERRAFORM) has those
        // examples in live only, as have the examples .tf code cannot write at all (LIVE_ONLY_EXAMPLES).
        const liveExpected = expectedByName(live, ruleId)
        const liveOnly = [
          ...(NO_UNKNOWN_IN_TERRAFORM.has(ruleId) ? liveExpected.unknown : []),
          ...(NO_FAIL_IN_TERRAFORM.has(ruleId) ? liveExpected.fail : []),
          ...Object.keys(LIVE_ONLY_EXAMPLES.get(ruleId) ?? {})
        ]
        const known = [...knownDisagreements(ruleId).map((d) => d.example), ...liveOnly]
        const codeVerdicts = verdictsByName(mappedTerraform(tf), ruleId)
        // A live-only example the .tf code judges after all would leave the comparison for no reason.
        expect(Object.keys(LIVE_ONLY_EXAMPLES.get(ruleId) ?? {}).filter((example) => verdictOf(codeVerdicts, example) !== undefined)).toEqual([])
        const fromCode = without(codeVerdicts, known)
        expect({ plan: without(verdictsByName(mappedTerraform(plan), ruleId), known), live: without(verdictsByName(live, ruleId), known) }).toEqual({
          plan: fromCode,
          live: fromCode
        })
      })
    }
  })
})
