// Runs one measured task in this fresh process and prints {ms, cpuMs, maxRssMb} as the last line of stderr.
//   node bench/measure-child.mjs parse <file>          the floor: read the file and JSON.parse it
//   node bench/measure-child.mjs cli <args...>         the whole check through the built CLI bundle
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const [task, ...args] = process.argv.slice(2)
const start = performance.now()
const report = () => {
  const ms = performance.now() - start
  const usage = process.resourceUsage()
  const maxRssMb = usage.maxRSS / 1024
  // CPU time of the whole process (every thread: the collector's and the compiler's too): less sensitive than
  // the wall clock to other work on a shared machine.
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000
  process.stderr.write(`\n${JSON.stringify({ ms, cpuMs, maxRssMb })}\n`)
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
