// The import graph of src/ and the layer check run over it (test/unit/layers.test.ts). An edge is one relative
// module specifier of one file: import, import type, export ... from, and import() (in code or in a type), as the
// TypeScript compiler's own pre-processor finds them, so a type-only dependency counts like any other.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix, relative, sep } from 'node:path'
import ts from 'typescript'

export interface ImportEdge {
  /** Importing file, relative to the repository root with '/' separators: 'src/drift/index.ts'. */
  from: string
  /** Imported file, likewise; a '.js' specifier is resolved to the '.ts' file it is compiled from. */
  to: string
}

export interface ImportGraph {
  /** Every .ts file, relative to the repository root with '/' separators. */
  files: string[]
  edges: ImportEdge[]
}

/** A layer: a name and the files it holds, a folder ('src/rules/') or one file ('src/gate.ts'). */
export interface Layer {
  name: string
  paths: readonly string[]
}

/**
 * Layers from the bottom up. Each entry is one level; a level with several layers holds layers that stand side
 * by side (neither may import the other).
 */
export type LayerOrder = ReadonlyArray<readonly Layer[]>

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return typeScriptFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** The .ts files under `folder` and their relative imports (non-TypeScript targets such as templates are left out). */
export function importGraph(root: string, folder = 'src'): ImportGraph {
  const files: string[] = []
  const edges: ImportEdge[] = []
  for (const file of typeScriptFiles(join(root, folder))) {
    const from = relative(root, file).split(sep).join('/')
    files.push(from)
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue
      const target = posix.normalize(posix.join(dirname(from), fileName)).replace(/\.js$/, '.ts')
      if (target.endsWith('.ts')) edges.push({ from, to: target })
    }
  }
  return { files, edges }
}

/** The level and layer of a file; undefined when no layer holds it. */
export function placeOf(order: LayerOrder, file: string): { level: number; layer: string } | undefined {
  for (let level = 0; level < order.length; level++) {
    for (const layer of order[level]) {
      if (layer.paths.some((path) => (path.endsWith('/') ? file.startsWith(path) : file === path))) return { level, layer: layer.name }
    }
  }
  return undefined
}

/**
 * The edges that break the order, one line each: an import of a higher level (upward) or of another layer of
 * the same level (sideways), and files that no layer holds (a new folder must be given its place).
 */
export function layerViolations(order: LayerOrder, graph: ImportGraph): string[] {
  const problems = new Set<string>()
  for (const file of graph.files) if (placeOf(order, file) === undefined) problems.add(`${file}: in no layer`)
  for (const { from, to } of graph.edges) {
    const source = placeOf(order, from)
    const target = placeOf(order, to)
    if (source === undefined || target === undefined || source.layer === target.layer) continue
    if (target.level > source.level) problems.add(`${from} (${source.layer}) -> ${to} (${target.layer}): upward`)
    else if (target.level === source.level) problems.add(`${from} (${source.layer}) -> ${to} (${target.layer}): sideways`)
  }
  return [...problems]
}
