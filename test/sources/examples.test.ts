import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { readPlan } from '../../src/sources/plan.js'
import { configAddress } from '../../src/sources/address.js'

// The demo plan is authored by hand: it must stay what `terraform show -json` would print for examples/.
function declaredResources(dir: string, prefix: string): string[] {
  const found: string[] = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tf'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^resource\s+"([^"]+)"\s+"([^"]+)"/gm)) {
      found.push(`${prefix}${m[1]}.${m[2]}`)
    }
  }
  return found
}

describe('examples/plan.json', () => {
  it('plans exactly the resource blocks of examples/ and its modules, and deletes the one removed', async () => {
    const plan = await readPlan('examples/plan.json')
    const declared = [
      ...declaredResources('examples', ''),
      ...declaredResources('examples/modules/app', 'module.app.'),
      ...declaredResources('examples/modules/network', 'module.network.')
    ].sort()
    const planned = [...new Set(plan.resources.map((r) => configAddress(r.address)))].sort()
    expect(planned).toEqual(declared)
    expect(plan.deleted.map((d) => d.address)).toEqual(['aws_s3_bucket.legacy_uploads'])
    expect(declared).not.toContain('aws_s3_bucket.legacy_uploads')
  })

  it('marks the sensitive variables where they are used', async () => {
    const plan = await readPlan('examples/plan.json')
    const sensitive = plan.resources.flatMap((r) => r.sensitive.map((p) => `${r.address}:${p}`))
    expect(sensitive).toEqual(['aws_db_instance.orders:password', 'module.app.aws_lambda_function.this:environment[0].variables.PAYMENT_API_TOKEN'])
    expect(plan.region).toBe('eu-west-1')
    expect(plan.drift.map((d) => d.changedPaths)).toEqual([['enable_key_rotation']])
  })
})
