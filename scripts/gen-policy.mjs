// Writes policy/plumbline-read-only.json (and -2.json, ... when IAM's size limit needs more documents), the
// least-privilege policy for the default live scan, from the committed schema data (src/sources/live/permissions.ts
// does the work; esbuild bundles it so plain node can run it).
//   node scripts/gen-policy.mjs                      rewrite the committed policy (the default live types, src/live-types.ts)
//   node scripts/gen-policy.mjs AWS::SQS::Queue ...  print, without writing, the policy for the defaults plus these
//   node scripts/gen-policy.mjs --out DIR TYPE ...   write it into DIR, in as many documents as it needs
// test/unit/policy.test.ts fails when the committed file differs from what this writes.
import { build } from 'esbuild'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = await build({
  stdin: {
    contents:
      "export * from './src/sources/live/permissions.ts'; export { defaultLiveTypes, driftLiveTypes } from './src/live-types.ts'; import { schemaFacts } from './src/model/schemas.ts'; export const typeHasSchema = (type) => schemaFacts(type) !== undefined",
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

// Optional `--out DIR` (for the extra types' form): where to write the documents when they are more than one.
const args = process.argv.slice(2)
const outAt = args.indexOf('--out')
const outDir = outAt >= 0 ? args[outAt + 1] : undefined
const extraTypes = outAt >= 0 ? args.filter((_, i) => i !== outAt && i !== outAt + 1) : args
if (outAt >= 0 && (outDir === undefined || outDir.startsWith('--'))) {
  console.error('gen-policy: --out needs a folder to write the policy documents into, e.g. --out my-policy')
  process.exit(2)
}
const unknownTypes = extraTypes.filter((type) => !live.typeHasSchema(type))
if (unknownTypes.length > 0) {
  console.error(`gen-policy: ${unknownTypes.join(', ')}: not a CloudFormation resource type Plumbline ships a schema for; name types as AWS::Service::Resource, as the README's table of mapped types spells them`)
  process.exit(2)
}
const types = [...live.defaultLiveTypes(), ...extraTypes]
const parts = live.readOnlyPolicies(types)
for (const { type, handler, action } of live.policyActionsFor(types).excluded) {
  console.error(`left out by design: ${action} (${type} ${handler} handler)`)
}
/** plumbline-read-only.json, plumbline-read-only-2.json, ...: the documents to attach together. */
const partName = (i) => (i === 0 ? 'plumbline-read-only.json' : `plumbline-read-only-${i + 1}.json`)
const writeParts = (dir, label = dir) => {
  for (const file of readdirSync(dir)) if (/^plumbline-read-only-\d+\.json$/.test(file)) rmSync(join(dir, file))
  parts.forEach((part, i) => writeFileSync(join(dir, partName(i)), live.renderPolicy(part)))
  console.error(`wrote ${parts.map((_, i) => join(label, partName(i))).join(', ')} (${parts.map((p) => live.policySize(p)).join(', ')} characters)`)
}
if (extraTypes.length > 0) {
  if (outDir !== undefined) {
    mkdirSync(outDir, { recursive: true })
    writeParts(outDir)
  } else if (parts.length === 1) {
    process.stdout.write(live.renderPolicy(parts[0]))
  } else {
    console.error(`gen-policy: these types need ${parts.length} policy documents (IAM allows ${live.MANAGED_POLICY_MAX_CHARS} characters per policy): add --out DIR to write them as files, and attach them all`)
    process.exit(2)
  }
} else {
  writeParts(`${root}/policy`, 'policy')
  // What a live scan with Terraform input reads beyond the defaults (every type the mapping produces, for drift), in
  // as many documents as IAM's size limit needs, attached beside the read-only policy.
  for (const file of readdirSync(`${root}/policy`)) if (/^plumbline-drift-read-only-\d+\.json$/.test(file)) rmSync(`${root}/policy/${file}`)
  const drift = live.additionalPolicies(live.driftLiveTypes(), live.defaultLiveTypes())
  drift.forEach((part, i) => writeFileSync(`${root}/policy/plumbline-drift-read-only-${i + 1}.json`, live.renderPolicy(part)))
  console.error(`wrote ${drift.length} policy/plumbline-drift-read-only-N.json (${live.driftLiveTypes().length} types; ${drift.map((p) => live.policySize(p)).join(', ')} characters)`)
}
