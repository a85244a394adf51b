// Where the gzipped WebAssembly of @cdktf/hcl2json's Go parser comes from. Run from source (tests), it is read
// from node_modules. The bundle must not depend on a file beside it, so scripts/bundle.mjs replaces this
// module with one that embeds the bytes (see embed-hcl2json-wasm.mjs in this folder).
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

export async function readHcl2jsonWasmGz(): Promise<Uint8Array> {
  const require = createRequire(import.meta.url)
  return readFile(require.resolve('@cdktf/hcl2json/main.wasm.gz'))
}
