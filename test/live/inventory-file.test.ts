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
      [JSON.stringify({ ...inventory(), schemaVersion: 3 }), /^--inventory: .* has inventory schema version 3, this Plumbline reads versions 1 and 2; scan again/],
      [JSON.stringify({ version: 4, resources: [] }), /^--inventory: .* is not a Plumbline inventory/],
      ['{ not json', /^--inventory: .* is not valid JSON at line 1, column 3 \(expected a double-quoted property name\); give a plumbline-inventory\.json/],
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

  it('names the line and column of broken JSON, never the text around it, which may be a value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-inventory-'))
    const path = join(dir, 'broken.json')
    // A hand-edited inventory whose unquoted value is a secret: V8's message would quote it.
    writeFileSync(path, `{\n "kind": "plumbline-inventory",\n "token": ${secretValue}\n}\n`)
    const error = await readInventoryFile(path, '--inventory', 'inv/broken.json').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toBe(
      '--inventory: inv/broken.json is not valid JSON at line 3, column 11 (unexpected bare word; strings need double quotes); give a plumbline-inventory.json written by a live scan (or fix the file there)'
    )
    expect((error as Error).message).not.toContain('hunter2')
  })

  it('places an error in JSON nested deeper than the call stack instead of crashing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-inventory-'))
    const path = join(dir, 'deep.json')
    writeFileSync(path, '['.repeat(100_000))
    const error = await readInventoryFile(path, '--inventory', 'deep.json').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(/^--inventory: deep\.json is not valid JSON at line 1, column 2002 \(nested more than 2,000 levels deep\)/)
  })

  it('says a missing file cannot be read', async () => {
    const error = await readInventoryFile(join(tmpdir(), 'no-such-plumbline-inventory.json'), '--inventory', 'no.json').catch((e: unknown) => e)
    expect((error as Error).message).toBe('--inventory: no.json cannot be read (no such file); give a plumbline-inventory.json written by a live scan')
  })
})
