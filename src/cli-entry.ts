// Entry of the CLI bundle (dist/cli.js, run by bin/plumbline.js).
import { runCli } from './cli.js'

// The AWS SDK warns on Node 20 that SDK releases after January 2027 will need Node 22. The SDK is bundled into
// dist/ at a fixed version, so the notice is about releases this CLI does not load: keep stderr for our own lines.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env
})
