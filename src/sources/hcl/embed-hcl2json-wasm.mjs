// esbuild plugin for scripts/bundle.mjs: embeds @cdktf/hcl2json's gzipped WebAssembly (1.7 MB) in the bundle in
// place of wasm-bytes.ts, which reads it from node_modules. dist/ then runs with nothing beside it.
// Usage: import { embedHcl2jsonWasm } from '../src/sources/hcl/embed-hcl2json-wasm.mjs'; plugins: [embedHcl2jsonWasm]
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'

const require = createRequire(import.meta.url)

export const embedHcl2jsonWasm = {
  name: 'embed-hcl2json-wasm',
  setup(build) {
    build.onLoad({ filter: /[\\/]sources[\\/]hcl[\\/]wasm-bytes\.ts$/ }, (args) => ({
      contents:
        "import bytes from '@cdktf/hcl2json/main.wasm.gz'\n" +
        'export async function readHcl2jsonWasmGz() { return bytes }\n',
      loader: 'ts',
      resolveDir: dirname(args.path)
    }))
    // The module path stays the package specifier (esbuild prints it in the bundle): an absolute path would
    // make dist/ differ between checkouts and fail the check-dist workflow.
    build.onResolve({ filter: /^@cdktf\/hcl2json\/main\.wasm\.gz$/ }, (args) => ({
      path: args.path,
      namespace: 'hcl2json-wasm',
      pluginData: { file: require.resolve(args.path) }
    }))
    build.onLoad({ filter: /.*/, namespace: 'hcl2json-wasm' }, async (args) => ({
      contents: await readFile(args.pluginData.file),
      loader: 'binary'
    }))
  }
}
