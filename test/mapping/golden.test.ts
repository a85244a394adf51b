// Golden tests of the Terraform mapping: per mapped aws_* type, Terraform resources in (as a plan states them) and
// the canonical resources out, checked in as JSON under test/mapping/golden/<type>.json, and every mapped resource
// checked against its type's CloudFormation schema (names and shapes, schema-shape.ts).
// After a deliberate change of the mapping: UPDATE_GOLDEN=1 npx jest test/mapping/golden.test.ts, and review the diff.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AWS_TYPE_COVERAGE, mapTerraform } from '../../src/mapping/index.js'
import { tf } from './helpers.js'
import { shapeProblems } from './schema-shape.js'
import type { TfResource } from '../../src/types.js'

const DIR = join(process.cwd(), 'test/mapping/golden')
const UPDATE = process.env.UPDATE_GOLDEN === '1'

interface GoldenInput {
  type: string
  name?: string
  values: Record<string, unknown>
  unknown?: string[]
  sensitive?: string[]
  origin?: TfResource['origin']
  /** The attributes and blocks the configuration sets (a plan's configuration section), for the unset-computed defaults. */
  configured?: string[]
}
interface Golden {
  /** What the case shows, in a sentence. */
  about: string
  input: GoldenInput[]
  output?: unknown
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()
const goldens = files.map((file) => ({ file, golden: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Golden }))

function run(golden: Golden): ReturnType<typeof mapTerraform> {
  const input = golden.input.map((r, i) =>
    tf(r.type, r.name ?? (i === 0 ? 'this' : `r${i}`), r.values, {
      unknown: r.unknown ?? [],
      sensitive: r.sensitive ?? [],
      origin: r.origin ?? 'plan',
      ...(r.configured ? { configured: r.configured } : {})
    })
  )
  return mapTerraform(input)
}

describe('mapping golden files', () => {
  it.each(goldens.map((g) => [g.file, g.golden] as const))('%s maps to its golden output', (file, golden) => {
    const out = JSON.parse(JSON.stringify(run(golden))) as unknown
    if (UPDATE) {
      writeFileSync(join(DIR, file), `${JSON.stringify({ ...golden, output: out }, null, 2)}\n`)
      return
    }
    expect(golden.output).toBeDefined()
    expect(out).toEqual(golden.output)
  })

  it.each(goldens.map((g) => [g.file, g.golden] as const))('%s: every mapped property exists in the CloudFormation schema with its shape', (_file, golden) => {
    const { resources, unmapped } = run(golden)
    expect(resources.length + unmapped.length).toBeGreaterThan(0)
    const problems = resources.flatMap((r) => shapeProblems(r.type, r.properties).map((p) => `${r.address} (${r.type}) ${p}`))
    expect(problems).toEqual([])
  })

  it('every mapped aws_* type has a golden file named after it, whose first input is of that type', () => {
    const withGolden = new Set(goldens.filter((g) => g.file === `${g.golden.input[0]?.type}.json` || g.file.startsWith(`${g.golden.input[0]?.type}.`)).map((g) => g.golden.input[0].type))
    const mapped = [...AWS_TYPE_COVERAGE.resources, ...AWS_TYPE_COVERAGE.companions].filter((t) => t.startsWith('aws_'))
    expect(mapped.filter((t) => !withGolden.has(t))).toEqual([])
  })
})
