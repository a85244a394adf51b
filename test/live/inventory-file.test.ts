// The saved live inventory: secret values never reach the file, it reads back to the same resources, and a file
// of another kind or version gets one clear line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildInventoryFile, readInventoryFile, writeInventoryFile } from '../../src/sources/inventory-file.js'
import { InputError, type Resource } from '../../src/types.js'

const secretValue = 'hunter2-hunter2-hunter2'
const fn: Resource = {
  type: 'AWS::Lambda::Function',
  id: 'fn',
  account: '111111111111',
  region: 'us-east-1',
  origin: 'live',
  properties: { FunctionName: 'fn', Environment: { Variables: { DB_PASSWORD: secretValue, MODE: 'prod' } } },
  sensitive: ['Environment.Variables.DB_PASSWORD', 'Environment.Variables.MODE']
}

function inventory() {
  return buildInventoryFile({
    tool: { name: 'Plumbline', version: '0.1.0' },
    scannedAt: '2026-11-24T00:00:00.000Z',
    accounts: ['111111111111'],
    regions: ['us-east-1'],
    types: ['AWS::Lambda::Function'],
    resources: [fn],
    coverage: [{ account: '111111111111', region: 'us-east-1', type: 'AWS::Lambda::Function', state: 'scanned', count: 1 }]
  })
}

describe('inventory file', () => {
  it('redacts every sensitive value, leaves the in-memory resource whole, and reads back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-inventory-'))
    const path = join(dir, 'plumbline-inventory.json')
    await writeInventoryFile(path, inventory())
    const text = readFileSync(path, 'utf8')
    expect(text).not.toContain(secretValue)
    expect(text).not.toContain('"prod"')
    expect((fn.properties.Environment as { Variables: Record<string, string> }).Variables.DB_PASSWORD).toBe(secretValue)
    const back = await readInventoryFile(path, 'inventory')
    expect(back.resources[0].properties.Environment).toEqual({ Variables: { DB_PASSWORD: { redacted: true }, MODE: { redacted: true } } })
    expect(back.resources[0].origin).toBe('live')
    expect(back.coverage).toEqual(inventory().coverage)
  })

  it('refuses another schema version, another kind of file and broken JSON with one line naming the input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-inventory-'))
    const cases: Array<[string, RegExp]> = [
      [JSON.stringify({ ...inventory(), schemaVersion: 2 }), /^--inventory: .* has inventory schema version 2, this Plumbline reads version 1; scan again/],
      [JSON.stringify({ version: 4, resources: [] }), /^--inventory: .* is not a Plumbline inventory/],
      ['{ not json', /^--inventory: .* is not valid JSON/],
      [JSON.stringify({ ...inventory(), resources: [{ id: 'x' }] }), /resource #1 has no type or properties/]
    ]
    for (const [content, message] of cases) {
      const path = join(dir, 'bad.json')
      writeFileSync(path, content)
      const error = await readInventoryFile(path, '--inventory').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InputError)
      expect((error as Error).message).toMatch(message)
      expect((error as Error).message).not.toContain('\n')
    }
  })
})
