#!/usr/bin/env node
// Records examples/inventory.json: the example estate (test/fixtures/live-estate.mjs) served by the local AWS
// server (test/aws-server) and scanned by the real CLI through the AWS SDK, exactly as a user's `--live` run
// would be. The demo then runs offline on the recording. Run `npm run bundle` first.
//
// Usage: node scripts/record-example-inventory.mjs
import { spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startAwsServer } from '../test/aws-server/index.mjs'
import { REGION, STAGING, seedExampleEstate } from '../test/fixtures/live-estate.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const server = await startAwsServer()
try {
  seedExampleEstate(server)
  const keys = server.createUserKeys(STAGING, 'plumbline-recorder')
  const out = mkdtempSync(join(tmpdir(), 'plumbline-record-'))
  const env = {
    PATH: process.env.PATH,
    ...server.env(),
    AWS_ACCESS_KEY_ID: keys.accessKeyId,
    AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
    AWS_REGION: REGION,
    NODE_OPTIONS: `--import ${join(root, 'test/aws-server/resolve-localhost.mjs')}`
  }
  // Not spawnSync: the server answers from this process's event loop.
  const child = spawn(process.execPath, [join(root, 'bin/plumbline.js'), 'scan', '--live', '--region', REGION, '--tf-dir', join(root, 'examples'), '--out', out, '--fail-on', 'none'], { env, stdio: ['ignore', 'inherit', 'inherit'] })
  const status = await new Promise((resolve) => child.on('close', resolve))
  if (status !== 0) throw new Error(`the scan exited with ${status}`)
  copyFileSync(join(out, 'plumbline-inventory.json'), join(root, 'examples/inventory.json'))
  console.log(`examples/inventory.json recorded (${server.calls.length} AWS calls)`)
} finally {
  await server.close()
}
