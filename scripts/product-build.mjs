// The esbuild options that make the product's JavaScript: dist/ (scripts/bundle.mjs) and any bench that runs this
// checkout's sources as the product runs (bench/changes.mjs), so the two cannot drift apart.
import Handlebars from 'handlebars'
import { readFileSync } from 'node:fs'

/**
 * templates/report.hbs precompiled here rather than compiled at run time: compiling it took tens of milliseconds
 * of every run that writes a report. The module's default export becomes Handlebars' template specification,
 * which src/report/html.ts hands to its private instance's `template()`; everything else that imports the file
 * (the tests, the benches) still gets its text and compiles it there. The options are html.ts COMPILE_OPTIONS.
 */
const precompiledReport = {
  name: 'precompiled-report-template',
  setup(build) {
    build.onLoad({ filter: /[\\/]templates[\\/]report\.hbs$/ }, (args) => ({
      contents: `export default ${Handlebars.precompile(readFileSync(args.path, 'utf8'), { strict: true, knownHelpersOnly: true })}`,
      loader: 'js'
    }))
  }
}

/** Everything but the entry points and where the output goes. */
export const PRODUCT_BUILD_OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  // Whitespace and syntax minified (names kept): every run compiles the bundle before it does anything, and V8's
  // compile time follows the source's size; `plumbline --version` took 70 ms less (median of 15, 2.7 → 1.9 MB of
  // JavaScript loaded). Nothing reads the bundle but Node: the sources are the code to read.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  loader: { '.hbs': 'text' },
  plugins: [precompiledReport],
  // With the report template precompiled, the product needs Handlebars' runtime only: its compiler (and the
  // source-map library the compiler uses) would be 0.25 MB of JavaScript to load on every start for nothing.
  alias: { handlebars: 'handlebars/runtime' },
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __plumblineCreateRequire } from 'node:module'; const require = __plumblineCreateRequire(import.meta.url);"
  }
}
