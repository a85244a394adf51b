// One-time set-up that npm 11 will not do by itself: it skips dependencies' install scripts unless approved,
// so the SARIF Multitool's native binary (used by the test suite to validate our SARIF) arrives without its
// run bit. Safe to run again.
import { chmodSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const multitool = join(root, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')
if (existsSync(multitool)) chmodSync(multitool, 0o755)
