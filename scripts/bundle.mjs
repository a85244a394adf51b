// Builds dist/: the action entry (dist/index.js, what action.yml runs) and the CLI entry (dist/cli.js, what
// bin/plumbline.js runs), sharing their code through chunks. ESM for Node 20+; no source maps (dist/ is
// committed and diffed by the check-dist workflow). The options themselves are in product-build.mjs.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import { PRODUCT_BUILD_OPTIONS } from './product-build.mjs'

rmSync('dist', { recursive: true, force: true })
await build({
  ...PRODUCT_BUILD_OPTIONS,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli-entry.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]'
})
