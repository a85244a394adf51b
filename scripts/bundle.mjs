// Builds dist/: the action entry (dist/index.js, what action.yml runs) and the CLI entry (dist/cli.js, what
// bin/plumbline.js runs), sharing their code through chunks. ESM for Node 20+; no source maps (dist/ is
// committed and diffed by the check-dist workflow).
import { build } from 'esbuild'
import { rmSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli-entry.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  loader: { '.hbs': 'text' },
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __plumblineCreateRequire } from 'node:module'; const require = __plumblineCreateRequire(import.meta.url);"
  }
})
