// HCL values through @cdktf/hcl2json's Go parser (HashiCorp's hclsyntax compiled to WebAssembly). We load the
// WebAssembly ourselves instead of importing the package's entry: that entry reads main.wasm.gz from beside its
// own file through __dirname and require('performance'), neither of which survives bundling into one ESM file.
import { gunzipSync } from 'node:zlib'

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

/** A syntax error from the parser, at a 1-based line and column of `file`. */
export class HclSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string
  ) {
    super(`${file}:${line}:${column}: ${reason}`)
    this.name = 'HclSyntaxError'
  }
}

let exportsPromise: Promise<Hcl2jsonExports> | undefined

function loadParser(): Promise<Hcl2jsonExports> {
  exportsPromise ??= (async () => {
    // Go's wasm_exec.js defines globalThis.Go; the Go program then registers its functions on the object below.
    await import('@cdktf/hcl2json/wasm/wasm_exec.js')
    const Go = (globalThis as unknown as { Go: new () => GoRuntime }).Go
    const go = new Go()
    // imported on demand: in the bundle this module holds 2.3 MB of embedded bytes that a run with a plan never needs
    const { readHcl2jsonWasmGz } = await import('./wasm-bytes.js')
    const bytes = gunzipSync(await readHcl2jsonWasmGz())
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
export async function parseHcl(fileName: string, contents: string): Promise<Record<string, unknown>> {
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
