// Entry of the action bundle (dist/index.js): run(), after starting to read the plan input while the rest of the
// action loads (prefetch.ts; main.ts resolves inputs from the workspace).
import { prefetchFile } from './prefetch.js'

const planInput = process.env['INPUT_TERRAFORM-PLAN']?.trim()
if (planInput) prefetchFile(process.env.GITHUB_WORKSPACE ?? process.cwd(), planInput)
const { run } = await import('./main.js')

await run()
