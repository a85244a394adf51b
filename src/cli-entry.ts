// Entry of the CLI bundle (dist/cli.js, run by bin/plumbline.js).
import { optionValue, prefetchFile } from './prefetch.js'

// The plan is read while the rest of the CLI loads (prefetch.ts); the arguments are parsed for real by runCli.
const args = process.argv.slice(2)
const planArgument = optionValue(args, '--plan')
if (planArgument !== undefined) prefetchFile(process.cwd(), planArgument)
const { runCli } = await import('./cli.js')

// The AWS SDK warns on Node 20 that SDK releases after January 2027 will need Node 22. The SDK is bundled into
// dist/ at a fixed version, so the notice is about releases this CLI does not load: keep stderr for our own lines.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

process.exitCode = await runCli(args, {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env
})
