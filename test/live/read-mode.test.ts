// How a type was read is a field of its ledger entry (`read`), set by the scan engine and its service hooks, and
// drift decides "compare on presence only" from it, not from the human note. Version-1 inventories, which said
// it only in the note, still load and give the same drift. The engine itself names no service and no type: each
// service's quirks are in its hooks (src/sources/live/services/).
import '../aws-server/resolve-localhost.mjs'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { compareInventories } from '../../src/drift/index.js'
import { SCHEMA_DATA } from '../../src/model/schema-data.js'
import { buildInventoryFile, readInventoryFile, writeInventoryFile, type InventoryFile } from '../../src/sources/inventory-file.js'
import { scanLive, type LiveScanOptions } from '../../src/sources/live/scan.js'
import { SERVICE_HOOKS, typeHooks } from '../../src/sources/live/services/index.js'
import { InputError, type Resource } from '../../src/types.js'
import { ROOT } from '../e2e/helpers.js'

const ACCOUNT = '111111111111'
const REGION = 'eu-west-1'
const V1_FIXTURE = join(ROOT, 'test/live/fixtures/inventory-v1.json')

/** Terraform's view: the function with more memory than the list showed, the volume unencrypted. */
const iac: Resource[] = [
  { type: 'AWS::Lambda::Function', id: 'fn', origin: 'state', region: REGION, address: 'aws_lambda_function.fn', properties: { FunctionName: 'fn', MemorySize: 256 } },
  { type: 'AWS::EC2::Volume', id: 'vol-1', origin: 'state', region: REGION, address: 'aws_ebs_volume.v', properties: { VolumeId: 'vol-1', AvailabilityZone: 'eu-west-1a', Size: 8, Encrypted: false } }
]

const drift = (file: InventoryFile) => {
  const result = compareInventories({ iac, live: file.resources, coverage: file.coverage, defaultAccount: file.primaryAccount })
  return { counts: result.counts, changes: result.entries.map((e) => `${e.class} ${e.resource.id}: ${e.changes.map((c) => c.path).join(',')}`).sort() }
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'plumbline-read-mode-')), name)
  writeFileSync(path, content)
  return path
}

describe('a version-1 inventory (the read mode only in the note)', () => {
  it('loads with the note mapped to read: list-only, and other entries left as they were', async () => {
    const file = await readInventoryFile(V1_FIXTURE, '--inventory')
    expect(file.schemaVersion).toBe(2)
    expect(file.coverage.map((c) => `${c.type} ${c.read ?? '(not said)'}`)).toEqual(['AWS::EC2::Volume (not said)', 'AWS::Lambda::Function list-only'])
    // The note stays, for people.
    expect(file.coverage[1].note).toMatch(/^read from list properties only: lambda:ListFunctions failed/)
  })

  it('gives the same drift as the version-2 file of the same scan: the list-only function on presence, the volume on values', async () => {
    const v1 = await readInventoryFile(V1_FIXTURE, '--inventory')
    const fromV1 = drift(v1)
    expect(fromV1).toEqual({ counts: { inSync: 1, changed: 1, missing: 0, unmanaged: 0 }, changes: ['changed vol-1: Encrypted'] })

    // The same scan written by this version: the field says it, the note is only text.
    const raw = JSON.parse(readFileSync(V1_FIXTURE, 'utf8')) as InventoryFile
    const current = buildInventoryFile({
      ...raw,
      coverage: raw.coverage.map((c) => (c.type === 'AWS::Lambda::Function' ? { ...c, read: 'list-only' as const, note: 'listed only' } : { ...c, read: 'full' as const }))
    })
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-read-mode-'))
    await writeInventoryFile(join(dir, 'v2.json'), current)
    expect(JSON.parse(readFileSync(join(dir, 'v2.json'), 'utf8')).schemaVersion).toBe(2)
    expect(drift(await readInventoryFile(join(dir, 'v2.json'), '--inventory'))).toEqual(fromV1)
  })

  it('compares values when the version-1 note did not say list-only (the mapping is what makes the difference)', async () => {
    const raw = JSON.parse(readFileSync(V1_FIXTURE, 'utf8')) as InventoryFile
    raw.coverage[1].note = "read from Cloud Control's list and lambda:ListFunctions (configuration, never code)"
    const file = await readInventoryFile(tempFile('v1.json', JSON.stringify(raw)), '--inventory')
    expect(file.coverage[1].read).toBeUndefined()
    expect(drift(file).changes).toEqual(['changed fn: MemorySize', 'changed vol-1: Encrypted'])
  })

  it('ignores the note of a version-2 file: only the field decides', async () => {
    const raw = JSON.parse(readFileSync(V1_FIXTURE, 'utf8')) as InventoryFile
    const file = await readInventoryFile(tempFile('v2.json', JSON.stringify({ ...raw, schemaVersion: 2 })), '--inventory')
    expect(file.coverage[1].read).toBeUndefined()
    expect(drift(file).changes).toEqual(['changed fn: MemorySize', 'changed vol-1: Encrypted'])
  })

  it('refuses a read mode it does not know, with one line naming the entry', async () => {
    const raw = JSON.parse(readFileSync(V1_FIXTURE, 'utf8')) as InventoryFile
    const bad = { ...raw, schemaVersion: 2, coverage: [raw.coverage[0], { ...raw.coverage[1], read: 'presence' }] }
    const error = await readInventoryFile(tempFile('bad.json', JSON.stringify(bad)), '--inventory', 'bad.json').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toBe('--inventory: bad.json coverage entry #2 has read "presence", not one of full, list-enriched, list-only; the file is damaged, scan again')
  })
})

describe('the scan engine and its service hooks', () => {
  let server: AwsServer
  const savedEnv = { ...process.env }
  let keys: { accessKeyId: string; secretAccessKey: string }

  beforeAll(async () => {
    server = await startAwsServer()
    Object.assign(process.env, server.env(), { AWS_REGION: REGION })
    server.addAccount({
      id: ACCOUNT,
      enabledRegions: [REGION],
      resources: [
        { type: 'AWS::EC2::Volume', region: REGION, properties: { VolumeId: 'vol-1', AvailabilityZone: 'eu-west-1a', Size: 8, Encrypted: true } },
        { type: 'AWS::Lambda::Function', region: REGION, properties: { FunctionName: 'fn', Arn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:fn`, Runtime: 'python3.12', Role: 'r', MemorySize: 128 } },
        { type: 'AWS::Lambda::Permission', region: REGION, properties: { FunctionName: 'fn', Id: 'invoke', Action: 'lambda:InvokeFunction', Principal: 'events.amazonaws.com' } }
      ]
    })
    keys = server.createUserKeys(ACCOUNT, 'scanner')
  })

  afterAll(async () => {
    await server.close()
    process.env = savedEnv
  })

  beforeEach(() => server.clearFaults())

  const options = (): LiveScanOptions => ({
    sessions: [{ accountId: ACCOUNT, principalArn: `arn:aws:iam::${ACCOUNT}:user/scanner`, credentials: async () => ({ ...keys }) }],
    regions: { named: [REGION], all: false, global: false },
    types: ['AWS::EC2::Volume', 'AWS::Lambda::Function', 'AWS::Lambda::Permission', 'Plumbline::EC2::EbsEncryptionByDefault'],
    homeRegion: REGION,
    rateLimit: 1000,
    concurrency: 4,
    retry: { baseMs: 1, capMs: 5 },
    sleep: async () => undefined
  })

  it('records how each type was read: GetResource and facts whole, Lambda functions completed by ListFunctions', async () => {
    const result = await scanLive(options())
    expect(result.coverage.map((c) => `${c.type} ${c.state} ${c.read}`)).toEqual([
      'AWS::EC2::Volume scanned full',
      'AWS::Lambda::Function scanned list-enriched',
      'AWS::Lambda::Permission scanned full',
      'Plumbline::EC2::EbsEncryptionByDefault scanned full'
    ])
    // The permission was listed under its function (the Lambda hooks' list parent).
    expect(result.resources.filter((r) => r.type === 'AWS::Lambda::Permission').map((r) => r.id)).toEqual(['fn|invoke'])
  })

  it('says list-only when ListFunctions is denied, and drift then compares that function on presence only', async () => {
    server.addFault({ kind: 'deny', service: 'lambda' })
    const result = await scanLive(options())
    const entry = result.coverage.find((c) => c.type === 'AWS::Lambda::Function')
    expect(entry).toMatchObject({ state: 'scanned', read: 'list-only' })
    const compared = compareInventories({ iac, live: result.resources, coverage: result.coverage, defaultAccount: ACCOUNT })
    // The function's MemorySize (128 live, 256 in Terraform) is not compared; the volume's Encrypted is; the
    // permission is not in Terraform.
    expect(compared.entries.map((e) => `${e.class} ${e.resource.id}: ${e.changes.map((c) => c.path).join(',')}`).sort()).toEqual(['changed vol-1: Encrypted', 'unmanaged fn|invoke: '])
    expect(compared.counts).toEqual({ inSync: 1, changed: 1, missing: 0, unmanaged: 1 })
  })

  it('names no service and no type: every quirk is a hook in the services table', () => {
    const engine = readFileSync(join(ROOT, 'src/sources/live/scan.ts'), 'utf8')
    const code = engine.replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, '')
    expect(code.match(/'(AWS|Plumbline)::[^']*'/g)).toBeNull()
    expect(code.match(/@aws-sdk\/client-[a-z0-9-]+/g)).toEqual(['@aws-sdk/client-cloudcontrol'])
    expect(code.match(/\.client\('([a-z0-9]+)'/g)).toEqual([".client('cloudcontrol'", ".client('cloudcontrol'"])
  })

  it('hooks only types with committed schema data, each under one service, parents included', () => {
    const hooked = SERVICE_HOOKS.flatMap((s) => Object.keys(s.types ?? {}))
    expect(new Set(hooked).size).toBe(hooked.length)
    for (const type of hooked) {
      expect(`${type}: ${SCHEMA_DATA[type] !== undefined}`).toBe(`${type}: true`)
      const parent = typeHooks(type)?.listParent?.parentType
      if (parent) expect(`${type} parent ${parent}: ${SCHEMA_DATA[parent] !== undefined}`).toBe(`${type} parent ${parent}: true`)
    }
  })
})
