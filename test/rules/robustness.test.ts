// No rule throws, whatever a property holds. Generated, not hand-written: every rule runs over resources of the
// types it judges (its Checkov-style fixtures as .tf code and as a plan, the recorded live inventory of the demo,
// and empty resources), every property path it reads is recorded, and each such path is then replaced in turn by
// the unknown marker, the redaction marker, null, an empty string, an empty list, an empty object and values of
// the wrong type — and the rule runs again, reading further paths the new value leads it to. Nothing may escape:
// an exception here is a rule that would end up as an `error` evaluation in a real run (evaluate.ts), which the
// engine survives, but which is a bug all the same.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildView } from '../../src/evaluate.js'
import { mapTerraform } from '../../src/mapping/index.js'
import { REDACTED, formatPath, type PathStep } from '../../src/paths.js'
import { ALL_RULES } from '../../src/rules/index.js'
import { loadTerraformDir } from '../../src/sources/hcl/index.js'
import { readInventoryFile } from '../../src/sources/inventory-file.js'
import { readPlan } from '../../src/sources/plan.js'
import type { Resource, Rule } from '../../src/types.js'
import { ROOT } from '../e2e/helpers.js'
import { planFromHcl } from './plan-from-hcl.js'

const FIXTURES = join(ROOT, 'test/fixtures/rules')

/** What a path may hold instead of a sane value. UNKNOWN_MARKER means: listed in `resource.unknown`. */
const UNKNOWN_MARKER = Symbol('listed as unknown')
const DELETE = Symbol('absent')
const HOSTILE: readonly unknown[] = [UNKNOWN_MARKER, DELETE, REDACTED, null, '', [], {}, 0, -1, 'not-what-you-expect', true, [null], [{}]]

/** At most this many mutated inventories per rule and seed (breadth first): enough to reach every path read. */
const MAX_VARIANTS = 2500

interface Seed {
  name: string
  resources: Resource[]
}

/** Wraps a properties tree so that every property read (at any depth) reports its path. */
function recording(root: Record<string, unknown>, onRead: (steps: PathStep[]) => void): Record<string, unknown> {
  const wrap = (node: object, steps: PathStep[]): object =>
    new Proxy(node, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver)
        if (typeof key === 'symbol') return value
        const isArray = Array.isArray(target)
        // Array methods and length, Object.prototype members: not properties of the resource.
        if (isArray ? !/^\d+$/.test(key) : !Object.prototype.hasOwnProperty.call(target, key) && key in Object.prototype) return value
        const childSteps = [...steps, isArray ? Number(key) : key]
        onRead(childSteps)
        return value !== null && typeof value === 'object' ? wrap(value, childSteps) : value
      }
    })
  return wrap(root, []) as Record<string, unknown>
}

function setAt(root: Record<string, unknown>, steps: readonly PathStep[], value: unknown): void {
  let node: Record<string | number, unknown> = root
  for (let i = 0; i < steps.length - 1; i++) {
    let next = node[steps[i]]
    if (next === null || typeof next !== 'object') {
      next = typeof steps[i + 1] === 'number' ? [] : {}
      node[steps[i]] = next
    }
    node = next as Record<string | number, unknown>
  }
  const last = steps[steps.length - 1]
  // JSON has no holes: an absent list item is one fewer item.
  if (value === DELETE) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1)
    else delete node[last]
  } else node[last] = structuredClone(value)
}

interface Mutation {
  resource: number
  steps: PathStep[]
  value: unknown
}

function describeValue(value: unknown): string {
  if (value === UNKNOWN_MARKER) return '(unknown after apply)'
  if (value === DELETE) return '(absent)'
  return JSON.stringify(value)
}

/**
 * Runs `rule` over the seed with one mutation applied; returns the failures (exceptions) and reports every path
 * read, per resource index.
 */
function runVariant(rule: Rule, seed: Seed, mutation: Mutation | undefined, onRead: (resource: number, steps: PathStep[]) => void): string[] {
  const resources = seed.resources.map((original, index) => {
    let properties = original.properties
    let unknown = original.unknown
    if (mutation && mutation.resource === index) {
      if (mutation.value === UNKNOWN_MARKER) unknown = [...(unknown ?? []), formatPath(mutation.steps)]
      else {
        properties = structuredClone(properties)
        setAt(properties, mutation.steps, mutation.value)
      }
    }
    return { ...original, unknown, properties: recording(properties, (steps) => onRead(index, steps)) }
  })
  const view = buildView(resources)
  const failures: string[] = []
  resources.forEach((resource) => {
    if (!rule.resourceTypes.includes(resource.type)) return
    try {
      rule.check(resource, view)
    } catch (err) {
      const where = mutation ? `${formatPath(mutation.steps)} of ${seed.resources[mutation.resource].address ?? seed.resources[mutation.resource].type} = ${describeValue(mutation.value)}` : 'unmutated'
      failures.push(`${rule.id} on ${resource.address ?? `${resource.type} ${resource.id}`} (${seed.name}; ${where}): ${(err as Error).message}`)
    }
  })
  return failures
}

/** Every path the rule reads from the seed, and every path it reads once one of those holds a hostile value. */
function explore(rule: Rule, seed: Seed): { failures: string[]; pathsRead: number } {
  const seen = new Set<string>()
  const queue: Array<{ resource: number; steps: PathStep[] }> = []
  const onRead = (resource: number, steps: PathStep[]) => {
    const key = `${resource}\u0000${formatPath(steps)}`
    if (seen.has(key)) return
    seen.add(key)
    queue.push({ resource, steps })
  }
  const failures = runVariant(rule, seed, undefined, onRead)
  let variants = 0
  for (let next = 0; next < queue.length && variants < MAX_VARIANTS; next++) {
    for (const value of HOSTILE) {
      if (variants++ >= MAX_VARIANTS) break
      failures.push(...runVariant(rule, seed, { ...queue[next], value }, onRead))
    }
  }
  return { failures, pathsRead: seen.size }
}

/** Seeds per rule: its fixture as .tf code and as a plan, the demo's live inventory, and empty resources. */
async function seedsFor(rule: Rule, live: Resource[]): Promise<Seed[]> {
  const seeds: Seed[] = []
  if (readdirSync(FIXTURES).includes(rule.id)) {
    const tf = (await loadTerraformDir(join(FIXTURES, rule.id), { repoRoot: ROOT, env: {} })).resources
    seeds.push({ name: 'fixture .tf', resources: mapTerraform(tf).resources })
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-robustness-'))
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(planFromHcl(tf, 'us-east-1')))
    seeds.push({ name: 'fixture plan', resources: mapTerraform((await readPlan(join(dir, 'plan.json'))).resources).resources })
  }
  seeds.push({ name: 'demo live inventory', resources: live.filter((r) => rule.resourceTypes.includes(r.type) || r.type.startsWith('Plumbline::')) })
  for (const origin of ['live', 'plan', 'state'] as const) {
    seeds.push({
      name: `empty ${origin} resources`,
      resources: rule.resourceTypes.map((type) => ({ type, id: origin === 'plan' ? null : 'x', origin, properties: {}, address: origin === 'live' ? undefined : `${type}.x`, action: origin === 'plan' ? ('create' as const) : undefined }))
    })
  }
  return seeds
}

describe('every rule survives whatever a property holds', () => {
  let live: Resource[]
  beforeAll(async () => {
    live = (await readInventoryFile(join(ROOT, 'examples/inventory.json'), 'inventory')).resources
  })

  it.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('%s', async (_id, rule) => {
    const failures: string[] = []
    let pathsRead = 0
    for (const seed of await seedsFor(rule, live)) {
      const explored = explore(rule, seed)
      failures.push(...explored.failures)
      pathsRead += explored.pathsRead
    }
    // The exploration reached the rule's properties (a rule reading nothing would make this test vacuous).
    expect(pathsRead).toBeGreaterThan(0)
    expect(failures.slice(0, 5)).toEqual([])
  }, 60_000)
})
