// Entry of the CLI bundle (dist/cli.js, run by bin/plumbline.js).
import { runCli } from './cli.js'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env
})
