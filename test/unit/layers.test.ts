// Every layer of src/ imports only the layers below it (docs/architecture.md, "Layers"). The order is written
// here once; the architecture page lists the same names in the same order, and a test holds the two together.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../e2e/helpers.js'
import { importGraph, layerViolations, type LayerOrder } from '../import-graph.js'

/** From the bottom up; layers sharing a level stand side by side and may not import each other. */
const LAYERS: LayerOrder = [
  [{ name: 'model', paths: ['src/model/', 'src/types.ts', 'src/paths.ts', 'src/secrets.ts'] }],
  [
    {
      name: 'support',
      paths: [
        'src/account-ids.ts',
        'src/file-glob.ts',
        'src/github-api.ts',
        'src/glob.ts',
        'src/json-location.ts',
        'src/prefetch.ts',
        'src/printable.ts',
        'src/retry.ts',
        'src/suggest.ts',
        'src/text-slices.ts',
        'src/timings.ts',
        'src/version.ts',
        'src/write-file.ts'
      ]
    }
  ],
  [{ name: 'auth', paths: ['src/auth/'] }],
  [{ name: 'sources', paths: ['src/sources/'] }],
  [{ name: 'mapping', paths: ['src/mapping/'] }],
  [
    { name: 'rules', paths: ['src/rules/'] },
    { name: 'drift', paths: ['src/drift/'] }
  ],
  [{ name: 'config', paths: ['src/config.ts', 'src/config-file.ts', 'src/rule-files.ts', 'src/live-types.ts'] }],
  [{ name: 'evaluate', paths: ['src/evaluate.ts', 'src/added-suppressions.ts'] }],
  [{ name: 'gate', paths: ['src/gate.ts'] }],
  [{ name: 'report', paths: ['src/report/', 'src/templates.d.ts'] }],
  [{ name: 'publish', paths: ['src/publish/'] }],
  [{ name: 'pipeline', paths: ['src/pipeline.ts'] }],
  [{ name: 'entries', paths: ['src/main.ts', 'src/cli.ts', 'src/cli-catalogue.ts', 'src/cli-entry.ts', 'src/index.ts'] }]
]

describe('layers', () => {
  it('every import of src/ points to its own layer or one below, and every file has a layer', () => {
    const graph = importGraph(ROOT)
    // The graph is read for real: a parser that found nothing would make this test pass on any code.
    expect(graph.edges.length).toBeGreaterThan(300)
    expect(graph.edges).toContainEqual({ from: 'src/rules/index.ts', to: 'src/types.ts' })
    // toEqual([]) prints the offending edges, one line each, when it fails.
    expect(layerViolations(LAYERS, graph)).toEqual([])
  })

  it('counts type-only imports, export ... from and import() as edges', () => {
    const graph = importGraph(ROOT)
    expect(graph.edges).toContainEqual({ from: 'src/report/view.ts', to: 'src/model/counts.ts' })
    expect(graph.edges).toContainEqual({ from: 'src/pipeline.ts', to: 'src/sources/live/index.ts' })
  })

  it('finds an upward edge, a sideways edge and a file outside every layer in a small graph', () => {
    const order: LayerOrder = [
      [{ name: 'model', paths: ['src/model/'] }],
      [
        { name: 'rules', paths: ['src/rules/'] },
        { name: 'drift', paths: ['src/drift/'] }
      ],
      [{ name: 'report', paths: ['src/report/'] }]
    ]
    const files = ['src/model/a.ts', 'src/rules/b.ts', 'src/drift/c.ts', 'src/report/d.ts', 'src/stray.ts']
    const edges = [
      { from: 'src/report/d.ts', to: 'src/model/a.ts' },
      { from: 'src/rules/b.ts', to: 'src/model/a.ts' },
      { from: 'src/model/a.ts', to: 'src/report/d.ts' },
      { from: 'src/drift/c.ts', to: 'src/rules/b.ts' }
    ]
    expect(layerViolations(order, { files, edges })).toEqual([
      'src/stray.ts: in no layer',
      'src/model/a.ts (model) -> src/report/d.ts (report): upward',
      'src/drift/c.ts (drift) -> src/rules/b.ts (rules): sideways'
    ])
  })

  it('docs/architecture.md lists the layers in this order', () => {
    const page = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8')
    const start = page.indexOf('\n## Layers\n')
    expect(start).toBeGreaterThan(-1)
    const end = page.indexOf('\n## ', start + 1)
    const section = page.slice(start, end === -1 ? undefined : end)
    const documented = [...section.matchAll(/^\d+\. (.+)$/gm)].map((m) => [...m[1].matchAll(/\*\*([a-z]+)\*\*/g)].map((n) => n[1]))
    expect(documented).toEqual(LAYERS.map((level) => level.map((layer) => layer.name)))
  })
})
