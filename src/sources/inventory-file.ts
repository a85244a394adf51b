// The saved live inventory (plumbline-inventory.json): written on every live scan, read back with the
// `inventory` setting so rules and drift run offline, the demo runs on a recorded one, and two scans can be
// compared. Secret values never reach the file: every sensitive path holds the {"redacted": true} marker
// (design: canonical form), so a rule that needs one answers unknown when run on the file. A resource read
// partially keeps its `readProperties` (the properties the read returned), so "not read" stays unknown offline.
//
// Schema versions: 2 gives each coverage entry `read` (how the type was read: drift compares `list-only` types on
// presence only). Version 1 said that only in the human note's first words; such files still load, the note
// mapped to the field, so an old inventory gives the same drift.
import { readFile } from 'node:fs/promises'
import { holdsMaskedAccountId } from '../account-ids.js'
import { compareText } from '../model/values.js'
import { jsonErrorPlace } from '../json-location.js'
import { REDACTED, parsePath, redactStringsWhere } from '../paths.js'
import { InputError, type CoverageEntry, type ReadMode, type Resource } from '../types.js'
import { writeFileSafely } from '../write-file.js'

export const INVENTORY_SCHEMA_VERSION = 2
export const INVENTORY_KIND = 'plumbline-inventory'

/** Every schema version this Plumbline reads: older ones are upgraded as they are read. */
const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, INVENTORY_SCHEMA_VERSION]

const READ_MODES: readonly ReadMode[] = ['full', 'list-enriched', 'list-only']

/**
 * How a version-1 coverage note began when the type was read from its list properties only: the only place that
 * version recorded it. Frozen here, whatever the scanner's notes say today, because version-1 files are.
 */
const V1_LIST_ONLY_NOTE = 'read from list properties only'

export interface InventoryFile {
  schemaVersion: typeof INVENTORY_SCHEMA_VERSION
  kind: typeof INVENTORY_KIND
  tool: { name: string; version: string }
  scannedAt: string
  accounts: string[]
  /**
   * The account the credentials scanned first (role-to-assume's, or the default chain's): Terraform resources
   * that do not state their account belong to it.
   */
  primaryAccount?: string
  regions: string[]
  /** The types the scan meant to read (its coverage ledger says how each went). */
  types: string[]
  resources: Resource[]
  coverage: CoverageEntry[]
  /** A shard's scan: which shard, and the estate every shard cut (so a merge can tell what a missing shard held). */
  shard?: ShardRecord
}

export interface ShardRecord {
  index: number
  count: number
  /** The range of the pair order this shard read, when the scan was cut by `plumbline shards` (shard.ts). */
  range?: { from?: { account: string; region?: string }; to?: { account: string; region?: string } }
  /** Every account of the scan with its regions: the list all the shards cut. */
  estate: Array<{ account: string; regions: string[] }>
  /** Whether the scan read the global types (the regions setting named global). */
  global: boolean
}

/** A copy of the resource fit for a file: sensitive values replaced by the redaction marker. */
export function redactResource(resource: Resource): Resource {
  const out: Resource = { ...resource, properties: resource.properties }
  if (resource.sensitive && resource.sensitive.length > 0) {
    const properties = structuredClone(resource.properties)
    for (const path of resource.sensitive) replaceAt(properties, path)
    out.properties = properties
  }
  return out
}

function replaceAt(root: Record<string, unknown>, path: string): void {
  const steps = parsePath(path)
  let node: unknown = root
  for (let i = 0; i < steps.length - 1; i++) {
    node = (node as Record<string | number, unknown> | undefined)?.[steps[i]]
    if (node === null || typeof node !== 'object') return
  }
  const last = steps[steps.length - 1]
  const parent = node as Record<string | number, unknown>
  if (last !== undefined && parent[last] !== undefined) parent[last] = { ...REDACTED }
}

/**
 * An inventory written with redact-identifiers holds masked account ids (`********9012`) in its property values:
 * such a value is no longer what AWS holds, so it counts as redacted — rules that need it answer unknown, drift
 * does not compare it — rather than as a value that differs from the Terraform code.
 */
function redactMaskedValues(resource: Resource): void {
  const masked = redactStringsWhere(resource.properties, holdsMaskedAccountId)
  if (masked.length > 0) resource.sensitive = [...new Set([...(resource.sensitive ?? []), ...masked])].sort()
}

export function buildInventoryFile(input: Omit<InventoryFile, 'schemaVersion' | 'kind' | 'resources'> & { resources: readonly Resource[] }): InventoryFile {
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    kind: INVENTORY_KIND,
    tool: input.tool,
    scannedAt: input.scannedAt,
    accounts: input.accounts,
    ...(input.primaryAccount ? { primaryAccount: input.primaryAccount } : {}),
    regions: input.regions,
    types: input.types,
    resources: input.resources.map(redactResource),
    coverage: input.coverage,
    ...(input.shard ? { shard: input.shard } : {})
  }
}

export async function writeInventoryFile(path: string, inventory: InventoryFile): Promise<void> {
  await writeFileSafely(path, JSON.stringify(inventory, null, 1) + '\n')
}

/**
 * A version-1 entry said "read from the list only" in its note's first words: that becomes `read: 'list-only'`.
 * Other entries stay without `read` (version 1 did not say), which drift treats as values to compare, as it did.
 */
function upgradeV1CoverageEntry(entry: CoverageEntry): void {
  if (entry.read === undefined && typeof entry.note === 'string' && entry.note.startsWith(V1_LIST_ONLY_NOTE)) entry.read = 'list-only'
}

/** Reads and checks a saved inventory (any readable schema version, upgraded to the current one); `inputName` names the setting in the one-line error. */
export async function readInventoryFile(path: string, inputName: string, shownPath = path): Promise<InventoryFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable')
    throw new InputError(`${inputName}: ${shownPath} cannot be read (${why}); give a plumbline-inventory.json written by a live scan`)
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    // JSON.parse's message quotes the text around the error, and an inventory may hold values: say only where.
    throw new InputError(`${inputName}: ${shownPath} is not valid JSON at ${jsonErrorPlace(text)}; give a plumbline-inventory.json written by a live scan (or fix the file there)`)
  }
  const file = data as Partial<InventoryFile> | null
  if (!file || typeof file !== 'object' || file.kind !== INVENTORY_KIND) {
    throw new InputError(`${inputName}: ${shownPath} is not a Plumbline inventory (no "kind": "${INVENTORY_KIND}"); give a plumbline-inventory.json written by a live scan`)
  }
  const version = file.schemaVersion as unknown
  if (typeof version !== 'number' || !READABLE_SCHEMA_VERSIONS.includes(version)) {
    throw new InputError(
      `${inputName}: ${shownPath} has inventory schema version ${JSON.stringify(version)}, this Plumbline reads versions ${READABLE_SCHEMA_VERSIONS.join(' and ')}; scan again with this version or use the Plumbline version that wrote it`
    )
  }
  if (!Array.isArray(file.resources) || !Array.isArray(file.coverage)) {
    throw new InputError(`${inputName}: ${shownPath} has no resources or coverage list; the file is damaged, scan again`)
  }
  file.resources.forEach((r, i) => {
    if (!r || typeof r.type !== 'string' || typeof r.properties !== 'object' || r.properties === null) {
      throw new InputError(`${inputName}: ${shownPath} resource #${i + 1} has no type or properties; the file is damaged, scan again`)
    }
    // Which properties a partial read returned: dropping or mangling it would turn "not read" into "absent".
    if (r.readProperties !== undefined && !(Array.isArray(r.readProperties) && r.readProperties.every((p) => typeof p === 'string'))) {
      throw new InputError(`${inputName}: ${shownPath} resource #${i + 1} has a readProperties that is not a list of property names; the file is damaged, scan again`)
    }
    r.origin = 'live'
    redactMaskedValues(r)
  })
  file.coverage.forEach((c, i) => {
    if (!c || typeof c !== 'object') throw new InputError(`${inputName}: ${shownPath} coverage entry #${i + 1} is not an object; the file is damaged, scan again`)
    if (version === 1) upgradeV1CoverageEntry(c)
    // Drift decides on this field whether to compare values: a value it does not know must not pass silently.
    else if (c.read !== undefined && !READ_MODES.includes(c.read)) {
      throw new InputError(`${inputName}: ${shownPath} coverage entry #${i + 1} has read ${JSON.stringify(c.read)}, not one of ${READ_MODES.join(', ')}; the file is damaged, scan again`)
    }
  })
  if (file.shard !== undefined && !isShardRecord(file.shard)) {
    throw new InputError(`${inputName}: ${shownPath} has a shard record that is not {index, count, estate}; the file is damaged, scan again`)
  }
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    kind: INVENTORY_KIND,
    ...(file.shard !== undefined ? { shard: file.shard } : {}),
    tool: file.tool ?? { name: 'Plumbline', version: 'unknown' },
    scannedAt: file.scannedAt ?? '',
    accounts: file.accounts ?? [],
    primaryAccount: typeof file.primaryAccount === 'string' ? file.primaryAccount : file.accounts?.length === 1 ? file.accounts[0] : undefined,
    regions: file.regions ?? [],
    types: file.types ?? [],
    resources: file.resources,
    coverage: file.coverage
  }
}

function isShardRecord(value: unknown): value is ShardRecord {
  const record = value as Partial<ShardRecord> | null
  return (
    typeof record === 'object' &&
    record !== null &&
    Number.isInteger(record.index) &&
    Number.isInteger(record.count) &&
    (record.index as number) >= 1 &&
    (record.index as number) <= (record.count as number) &&
    typeof record.global === 'boolean' &&
    (record.range === undefined || (typeof record.range === 'object' && record.range !== null)) &&
    Array.isArray(record.estate) &&
    record.estate.every((a) => typeof a?.account === 'string' && Array.isArray(a.regions) && a.regions.every((r) => typeof r === 'string'))
  )
}

/**
 * Live resources in one order whatever order the scan's concurrent reads finished in, or the shards of a merge were
 * given in: by account, region, type and identifier (stable for equal keys). Evaluations, the report and the saved
 * inventory follow it, so two scans of the same estate, sharded or not, list the same things in the same order.
 */
export function inLiveOrder(resources: readonly Resource[]): Resource[] {
  return [...resources].sort(
    (a, b) =>
      compareText(a.account ?? '', b.account ?? '') || compareText(a.region ?? '', b.region ?? '') || compareText(a.type, b.type) || compareText(a.id ?? '', b.id ?? '')
  )
}

/** A read inventory with the path it came from, as the user wrote it, for messages. */
export interface ReadInventory {
  file: InventoryFile
  shownPath: string
}

/**
 * Several inventories as one live side, as a single scan of them all would have given it: resources and coverage
 * entries side by side, accounts, regions and types each once (in the order first seen), the first file's tool
 * and primary account, and the oldest scan time (the merged side is as old as its oldest part). The files must be
 * separate scans (shards of one estate, or scans of different accounts or regions): two that both cover a type in
 * the same account and region would count its resources twice, so that is refused with one line naming both.
 */
export function mergeInventories(parts: readonly ReadInventory[], inputName: string): InventoryFile {
  if (parts.length === 1) return parts[0].file
  if (parts.length === 0) throw new Error('mergeInventories needs at least one inventory')
  const coveredBy = new Map<string, string>()
  for (const { file, shownPath } of parts) {
    for (const entry of file.coverage) {
      const key = `${entry.type} in ${entry.account || 'the account'} ${entry.region}`
      const earlier = coveredBy.get(key)
      if (earlier !== undefined && earlier !== shownPath) {
        throw new InputError(
          `${inputName}: ${earlier} and ${shownPath} both cover ${key}; give each scan once (inventories merged must be separate scans, such as the shards of one)`
        )
      }
      coveredBy.set(key, shownPath)
    }
  }
  const union = (lists: Array<readonly string[]>): string[] => [...new Set(lists.flat())]
  const files = parts.map((part) => part.file)
  const scanTimes = files.map((file) => file.scannedAt).filter((time) => time !== '')
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    kind: INVENTORY_KIND,
    tool: files[0].tool,
    // ISO 8601 times in UTC sort as text.
    scannedAt: scanTimes.length > 0 ? scanTimes.reduce((a, b) => (b < a ? b : a)) : '',
    accounts: union(files.map((file) => file.accounts)),
    primaryAccount: files.find((file) => file.primaryAccount !== undefined)?.primaryAccount,
    regions: union(files.map((file) => file.regions)),
    types: union(files.map((file) => file.types)),
    resources: files.flatMap((file) => file.resources),
    coverage: files.flatMap((file) => file.coverage)
  }
}
