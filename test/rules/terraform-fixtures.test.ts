// Checkov-style fixtures: for every rule, a small Terraform project whose resources are named for the
// verdict they must get (pass_*, fail_*, unknown_*). Each runs twice, as the user would: as .tf code (no
// plan) and as the plan Terraform would print for it, through the real sources, mapping and rules.
// test/rules/live-fixtures.test.ts runs the live twin of each fixture and holds the three to the same verdicts.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ALL_RULES, LIVE_ONLY_RULE_IDS } from '../../src/rules/index.js'
import { loadTerraformDir } from '../../src/sources/hcl/index.js'
import { readPlan } from '../../src/sources/plan.js'
import type { TfResource } from '../../src/types.js'
import { ROOT } from '../e2e/helpers.js'
import { planFromHcl } from './plan-from-hcl.js'
import { expectedByName, mappedTerraform, PENDING_RULE_IDS, verdictsByName } from './fixture-verdicts.js'

const FIXTURES = join(ROOT, 'test/fixtures/rules')

/**
 * Rules whose verdict no Terraform value can leave open, so their fixture has no unknown_* example; each with
 * the reason. Every other rule's fixture shows a value known only after apply giving `unknown`.
 */
const NO_UNKNOWN_IN_TERRAFORM: ReadonlyMap<string, string> = new Map<string, string>([])

const ruleIds = readdirSync(FIXTURES)
  .filter((id) => !LIVE_ONLY_RULE_IDS.has(id))
  .sort()

describe('rule fixtures (Terraform)', () => {
  it('cover every rule a plan or .tf code can answer', () => {
    expect(ruleIds).toEqual(ALL_RULES.map((r) => r.id).filter((id) => !LIVE_ONLY_RULE_IDS.has(id)).sort())
  })

  describe.each(ruleIds)('%s', (ruleId) => {
    let tf: TfResource[]
    beforeAll(async () => {
      tf = (await loadTerraformDir(join(FIXTURES, ruleId), { repoRoot: ROOT, env: {} })).resources
    })

    it('has passing, failing and unknown examples', () => {
      const expected = expectedByName(mappedTerraform(tf), ruleId)
      expect(expected.pass.length).toBeGreaterThan(0)
      expect(expected.fail.length).toBeGreaterThan(0)
      if (!NO_UNKNOWN_IN_TERRAFORM.has(ruleId) && !PENDING_RULE_IDS.has(ruleId)) expect(expected.unknown.length).toBeGreaterThan(0)
    })

    it('judges the .tf code exactly as named', () => {
      expect(verdictsByName(mappedTerraform(tf), ruleId)).toEqual(expectedByName(mappedTerraform(tf), ruleId))
    })

    it('judges the plan of that code exactly as named', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'plumbline-fixture-plan-'))
      const file = join(dir, 'plan.json')
      writeFileSync(file, JSON.stringify(planFromHcl(tf, 'us-east-1')))
      const plan = await readPlan(file)
      expect(verdictsByName(mappedTerraform(plan.resources), ruleId)).toEqual(expectedByName(mappedTerraform(tf), ruleId))
    })
  })
})
