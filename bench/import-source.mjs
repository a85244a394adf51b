// This checkout's TypeScript sources, bundled on the fly and imported, for benches that call a module directly
// (dist/ may lag the sources). Dependencies stay external: they load from node_modules as the tests load them.
import { build } from 'esbuild'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))

/**
 * The modules' exports, every named export of each path (relative to the repository root: 'src/report/html.ts'),
 * merged; the bundle is written to bench/out/`name`.mjs.
 */
export async function importSource(name, paths) {
  const contents = paths.map((path) => `export * from ${JSON.stringify(`./${path}`)}`).join('\n')
  const bundled = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    loader: { '.hbs': 'text' },
    write: false,
    logLevel: 'warning'
  })
  const file = join(root, 'bench/out', `${name}.mjs`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, bundled.outputFiles[0].text)
  return import(pathToFileURL(file).href)
}
