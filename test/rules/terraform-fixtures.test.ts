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
import { expectedByName, expectedToday, knownDisagreements, mappedTerraform, NO_FAIL_IN_TERRAFORM, NO_UNKNOWN_IN_TERRAFORM, verdictOf, verdictsByName, type FixtureSource, type Verdicts } from './fixture-verdicts.js'

const FIXTURES = join(ROOT, 'test/fixtures/rules')

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
      if (!NO_FAIL_IN_TERRAFORM.has(ruleId)) expect(expected.fail.length).toBeGreaterThan(0)
      if (!NO_UNKNOWN_IN_TERRAFORM.has(ruleId)) expect(expected.unknown.length).toBeGreaterThan(0)
    })

    const verdictsFrom = async (source: FixtureSource): Promise<Verdicts> => {
      if (source === 'code') return verdictsByName(mappedTerraform(tf), ruleId)
      const dir = mkdtempSync(join(tmpdir(), 'plumbline-fixture-plan-'))
      const file = join(dir, 'plan.json')
      writeFileSync(file, JSON.stringify(planFromHcl(tf, 'us-east-1')))
      const plan = await readPlan(file)
      return verdictsByName(mappedTerraform(plan.resources), ruleId)
    }

    it.each([
      ['the .tf code', 'code'],
      ['the plan of that code', 'plan']
    ] as const)('judges %s exactly as named', async (_, source) => {
      expect(await verdictsFrom(source)).toEqual(expectedToday(expectedByName(mappedTerraform(tf), ruleId), knownDisagreements(ruleId, source)))
    })

    for (const known of knownDisagreements(ruleId).filter((d) => d.source !== 'live')) {
      it.failing(`KNOWN BUG: gives ${known.example} its named verdict from the ${known.source} (today: ${known.gives}; ${known.reason})`, async () => {
        expect(verdictOf(await verdictsFrom(known.source), known.example)).toBe(verdictOf(expectedByName(mappedTerraform(tf), ruleId), known.example))
      })
    }
  })
})
