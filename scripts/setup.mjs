// One-time set-up that npm 11 will not do by itself: it skips dependencies' install scripts unless approved,
// so the SARIF Multitool's native binary (used by the test suite to validate our SARIF) arrives without its
// run bit. Safe to run again.
import { chmodSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const multitool = join(root, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')
if (existsSync(multitool)) chmodSync(multitool, 0o755)

// The HTML report is tested in a real browser: Debian's chromium, driven by playwright-core (a browser download
// cannot work here). Install it when it is missing, as root through apt; otherwise say what to run.
// PLUMBLINE_CHROMIUM names another Chromium build instead (GitHub's Ubuntu runners ship google-chrome).
const CHROMIUM = process.env.PLUMBLINE_CHROMIUM ?? '/usr/bin/chromium'
if (!existsSync(CHROMIUM)) {
  const { spawnSync } = await import('node:child_process')
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    console.error(`setup: ${CHROMIUM} is missing and this is not root; install it with: sudo apt-get install -y chromium`)
    process.exit(1)
  }
  console.log('setup: installing chromium (apt-get install -y chromium) for the browser tests of the HTML report')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (run.status !== 0) {
      console.error(`setup: apt-get ${args.join(' ')} failed (exit ${run.status}); install chromium and run again`)
      process.exit(1)
    }
  }
}
