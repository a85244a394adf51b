// The oracle for our HCL parser (src/sources/hcl/parser.ts): @cdktf/hcl2json, HashiCorp's hclsyntax compiled to
// WebAssembly, which the product used before. A devDependency only: the differential tests and bench/hcl.mjs
// compare our output and our syntax errors with its. We load the WebAssembly ourselves instead of importing the
// package's entry, which needs __dirname and require('performance') (absent when bundled into ESM by esbuild).
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { gunzipSync } from 'node:zlib'
import { HclSyntaxError } from '../../src/sources/hcl/parser.js'

export { HclSyntaxError }

type Callback = (error: string | null, result?: string) => void
interface Hcl2jsonExports {
  parse(fileName: string, contents: string, callback: Callback): void
}
// The WebAssembly global is not in the ES2022 lib this project compiles against: the few members we use.
interface WasmInstance {
  readonly exports: unknown
}
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: unknown): Promise<{ instance: WasmInstance }>
}
interface GoRuntime {
  importObject: unknown
  run(instance: WasmInstance): Promise<void>
}

let exportsPromise: Promise<Hcl2jsonExports> | undefined

function loadParser(): Promise<Hcl2jsonExports> {
  exportsPromise ??= (async () => {
    // Go's wasm_exec.js defines globalThis.Go; the Go program then registers its functions on the object below.
    await import('@cdktf/hcl2json/wasm/wasm_exec.js')
    const Go = (globalThis as unknown as { Go: new () => GoRuntime }).Go
    const go = new Go()
    const require = createRequire(import.meta.url)
    const bytes = gunzipSync(await readFile(require.resolve('@cdktf/hcl2json/main.wasm.gz')))
    const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly
    const { instance } = await wasm.instantiate(bytes, go.importObject)
    const registry = {} as Hcl2jsonExports
    ;(globalThis as unknown as Record<string, unknown>).__parse_terraform_config_wasm__ = registry
    void go.run(instance) // resolves only when the Go program exits, which it never does
    if (typeof registry.parse !== 'function') throw new Error('hcl2json WebAssembly did not register its parser')
    return registry
  })()
  return exportsPromise
}

/**
 * Parse one HCL file into Terraform's JSON configuration syntax (blocks as arrays of objects, expressions
 * the parser cannot reduce to a value as "${...}" strings). `fileName` is the name diagnostics use.
 */
export async function parseWithHcl2json(fileName: string, contents: string): Promise<Record<string, unknown>> {
  const parser = await loadParser()
  const json = await new Promise<string>((resolve, reject) => {
    parser.parse(fileName, contents, (error, result) => (error ? reject(toSyntaxError(fileName, error)) : resolve(result ?? '{}')))
  })
  return JSON.parse(json) as Record<string, unknown>
}

/**
 * hcl2json reports `parse config: [f.tf:2,7-3,1: Summary; Detail. f.tf:5,1-2: Summary; Detail.]`, several
 * diagnostics in no particular order: keep the first in the file, as one line.
 */
export function toSyntaxError(fileName: string, message: string): HclSyntaxError {
  const body = message.replace(/^parse config: \[/, '').replace(/\]$/, '')
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const start = new RegExp(`(?:^|\\s)${escaped}:(\\d+),(\\d+)(?:-\\d+(?:,\\d+)?)?: `, 'g')
  const found: Array<{ line: number; column: number; at: number; textStart: number }> = []
  let match: RegExpExecArray | null
  while ((match = start.exec(body)) !== null) {
    found.push({ line: Number(match[1]), column: Number(match[2]), at: match.index, textStart: match.index + match[0].length })
  }
  if (found.length === 0) return new HclSyntaxError(fileName, 1, 1, oneLine(body))
  const diagnostics = found.map((d, i) => ({ ...d, reason: oneLine(body.slice(d.textStart, found[i + 1]?.at ?? body.length)) }))
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
  const first = diagnostics[0]
  return new HclSyntaxError(fileName, first.line, first.column, first.reason)
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
