// Writes policy/plumbline-read-only.json, the least-privilege policy for the default live scan, from the committed
// schema data (src/sources/live/permissions.ts does the work; esbuild bundles it so plain node can run it).
//   node scripts/gen-policy.mjs                      rewrite the committed policy (the default live types, src/live-types.ts)
//   node scripts/gen-policy.mjs AWS::SQS::Queue ...  print, without writing, the policy for the defaults plus these
// test/unit/policy.test.ts fails when the committed file differs from what this writes.
import { build } from 'esbuild'
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = await build({
  stdin: {
    contents:
      "export * from './src/sources/live/permissions.ts'; export { defaultLiveTypes, driftLiveTypes } from './src/live-types.ts'",
    resolveDir: root,
    loader: 'ts'
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
  loader: { '.hbs': 'text' }
})
const live = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`)

const extraTypes = process.argv.slice(2)
const types = [...live.defaultLiveTypes(), ...extraTypes]
const text = live.renderPolicy(live.readOnlyPolicy(types))
for (const { type, handler, action } of live.policyActionsFor(types).excluded) {
  console.error(`left out by design: ${action} (${type} ${handler} handler)`)
}
if (extraTypes.length > 0) {
  process.stdout.write(text)
} else {
  writeFileSync(`${root}/policy/plumbline-read-only.json`, text)
  console.error('wrote policy/plumbline-read-only.json')
  // What a live scan with Terraform input reads beyond the defaults (every type the mapping produces, for drift), in
  // as many documents as IAM's size limit needs, attached beside the read-only policy.
  for (const file of readdirSync(`${root}/policy`)) if (/^plumbline-drift-read-only-\d+\.json$/.test(file)) rmSync(`${root}/policy/${file}`)
  const parts = live.additionalPolicies(live.driftLiveTypes(), live.defaultLiveTypes())
  parts.forEach((part, i) => writeFileSync(`${root}/policy/plumbline-drift-read-only-${i + 1}.json`, live.renderPolicy(part)))
  console.error(`wrote ${parts.length} policy/plumbline-drift-read-only-N.json (${live.driftLiveTypes().length} types; ${parts.map((p) => live.policySize(p)).join(', ')} characters)`)
}
