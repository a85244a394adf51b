// Runs one measured task in this fresh process and prints {ms, maxRssMb} as the last line of stderr.
//   node bench/measure-child.mjs parse <file>          the floor: read the file and JSON.parse it
//   node bench/measure-child.mjs cli <args...>         the whole check through the built CLI bundle
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const [task, ...args] = process.argv.slice(2)
const start = performance.now()
const report = () => {
  const ms = performance.now() - start
  const maxRssMb = process.resourceUsage().maxRSS / 1024
  process.stderr.write(`\n${JSON.stringify({ ms, maxRssMb })}\n`)
}
if (task === 'parse') {
  const data = JSON.parse(readFileSync(args[0], 'utf8'))
  if (!data.format_version) throw new Error('not a plan')
  report()
} else if (task === 'cli') {
  process.argv = [process.argv[0], 'plumbline', ...args]
  process.on('exit', report)
  await import('../dist/cli.js')
} else {
  throw new Error(`unknown task ${task}`)
}
