// Read vs absent (issue 9, item 17): a resource read partially records the properties the read returned
// (Resource.readProperties); every other property is unknown to the rules and never compared by drift.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { diffResources } from '../../src/drift/diff.js'
import { read, readList, readNode, UNKNOWN } from '../../src/rules/support/read.js'
import { readInventoryFile } from '../../src/sources/inventory-file.js'
import { FUNCTION_CONFIGURATION_PROPERTIES, toCloudFormation } from '../../src/sources/live/lambda-functions.js'
import { InputError, type Resource } from '../../src/types.js'

const FN = 'AWS::Lambda::Function'
const listedOnly: Resource = { type: FN, id: 'fn', origin: 'live', account: '1', region: 'r', properties: { FunctionName: 'fn' }, readProperties: ['FunctionName'] }

describe('the rules\' readers', () => {
  it('answer unknown for a property that was not read, and absent only for one that was', () => {
    expect(read(listedOnly, 'FunctionName')).toBe('fn')
    expect(read(listedOnly, 'Environment.Variables')).toBe(UNKNOWN)
    expect(readNode(listedOnly, 'Environment')).toBe(UNKNOWN)
    expect(readList(listedOnly, 'Layers')).toBe(UNKNOWN)
    const configured: Resource = { ...listedOnly, readProperties: [...FUNCTION_CONFIGURATION_PROPERTIES] }
    expect(read(configured, 'Environment.Variables')).toBeUndefined() // read, and not there: no variables
    expect(read(configured, 'Code')).toBe(UNKNOWN) // ListFunctions never says
    const whole: Resource = { ...listedOnly, readProperties: undefined }
    expect(read(whole, 'Environment')).toBeUndefined()
  })
})

describe('drift', () => {
  it('never compares a property the live side did not read', () => {
    const iac: Resource = { type: FN, id: 'fn', origin: 'state', properties: { FunctionName: 'fn', Runtime: 'python3.12', Timeout: 30 } }
    const live: Resource = { ...listedOnly, properties: { FunctionName: 'fn', Timeout: 3 }, readProperties: ['FunctionName', 'Timeout'] }
    expect(diffResources(iac, live).map((c) => c.path)).toEqual(['Timeout'])
    expect(diffResources(iac, { ...live, readProperties: undefined }).map((c) => c.path)).toEqual(['Runtime', 'Timeout'])
  })
})

describe('the inventory file', () => {
  const write = (resources: unknown[]): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'plumbline-read-')), 'inventory.json')
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, kind: 'plumbline-inventory', resources, coverage: [] }))
    return file
  }

  it('keeps readProperties and refuses one that is not a list of names', async () => {
    const kept = await readInventoryFile(write([listedOnly]), '--inventory')
    expect(kept.resources[0].readProperties).toEqual(['FunctionName'])
    await expect(readInventoryFile(write([{ ...listedOnly, readProperties: 'FunctionName' }]), '--inventory')).rejects.toThrow(InputError)
    await expect(readInventoryFile(write([{ ...listedOnly, readProperties: 'FunctionName' }]), '--inventory')).rejects.toThrow(
      /resource #1 has a readProperties that is not a list of property names/
    )
  })
})

describe('Lambda functions read through ListFunctions', () => {
  it('list every property toCloudFormation can write as read', () => {
    const full = toCloudFormation({
      FunctionName: 'f', FunctionArn: 'arn', Runtime: 'python3.12', Role: 'r', Handler: 'h', Description: 'd', Timeout: 3, MemorySize: 128,
      PackageType: 'Zip', Architectures: ['x86_64'], KMSKeyArn: 'k', Environment: { Variables: { A: 'b' } },
      VpcConfig: { SubnetIds: ['s'], SecurityGroupIds: ['g'] }, TracingConfig: { Mode: 'Active' }, Layers: [{ Arn: 'l' }], EphemeralStorage: { Size: 512 }
    })
    expect(Object.keys(full).sort()).toEqual([...FUNCTION_CONFIGURATION_PROPERTIES].sort())
  })
})
