// The property comparison of one IaC resource with its live counterpart, in the canonical form (design.md),
// driftctl-style: small named normalizers (src/drift/normalizers/), each tested on its own, then a plain
// comparison.
//
// What is compared (issue 4, "Compare only what can drift"):
// - what the IaC side declares: its present properties, recursively (live carries many properties Terraform
//   never sets, which are not drift); a list the IaC side declares is declared whole, and so are free-form JSON
//   and map properties (schema kinds 'json' and 'map'), whose keys are data;
// - plus the collections Terraform owns whole (normalizers/collections.ts), even when the IaC side leaves them
//   out: tags, security-group rules, ManagedPolicyArns and inline Policies of IAM principals;
// - never the schema's read-only and write-only properties, a path unknown on the IaC side, a path sensitive on
//   either side or a redacted value: none of these is compared or written into a change (for a sensitive value
//   that differs we may not even know it does);
// - never a property the live side did not read (a partial read: Resource.readProperties, paths.isPropertyRead):
//   not read is unknown, not absent.
//
// What a change looks like (sorted by path, steps compared in order, list indexes as numbers):
// - a differing leaf: its path ('BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm'),
//   both values, null for the absent side; an item only one side's list has: 'List[i]' with the item;
// - tags: 'Tags.<key>' (formatPath quotes keys that need it: 'Tags["kubernetes.io/role"]'), one change per key
//   whose value differs or that only one side has;
// - set-like collections (rules, ManagedPolicyArns, unordered id lists): 'Collection[i]' per entry found on one
//   side only, i its index on that side, the entry in canonical form; a security-group rule whose description
//   alone was edited: 'SecurityGroupIngress[i].Description', i the IaC index;
// - a policy document: one change at the document's path with both canonical documents
//   ('AssumeRolePolicyDocument', 'Policies[i].PolicyDocument'); an inline policy only one side has: 'Policies[i]'.
import { schemaFacts, type PropertyNode } from '../model/schemas.js'
import { formatPath, isPropertyRead, isRedacted, parsePath, type PathStep } from '../paths.js'
import type { DriftChange, Resource } from '../types.js'
import {
  canonicalJson,
  canonicalPolicyDocument,
  canonicalRuleEntry,
  canonicalTags,
  isAbsent,
  matchSets,
  ownedCollections,
  parseJsonDocument,
  POLICY_DOCUMENT_PROPERTIES,
  PROVIDER_DEFAULTS,
  ruleEntryKey,
  sameScalar,
  sameValue,
  scalarKey,
  UNORDERED_LISTS,
  KEYED_LISTS,
  type OwnedCollection,
  type SetEntry
} from './normalizers/index.js'

/** The property differences that are drift, in the canonical form; [] when in sync. Pure. */
export function diffResources(iac: Resource, live: Resource): DriftChange[] {
  const facts = factsOf(iac.type)
  const ctx = newContext(iac, live)
  const steps: PathStep[] = []
  for (const key in iac.properties) {
    if (facts.ownedNames.has(key)) continue
    const node = facts.root.children?.get(key)
    if (node?.ignored) continue
    const value = iac.properties[key]
    if (isAbsent(value) || !isPropertyRead(live, key)) continue
    steps.push(key)
    compare(ctx, node, steps, value, live.properties[key], false)
    steps.pop()
  }
  for (const owned of facts.owned) compareOwned(ctx, owned, facts.root.children?.get(owned.property), iac, live)
  return ctx.found.sort(byPath).map((f) => ({ path: formatPath(f.steps), iac: f.iac, live: f.live }))
}

// ---------------------------------------------------------------------------------------------------------
// Per-type facts, computed once per type. Lists are transparent, as in the schema's property tree: a node
// describes one item, and '[*]' in a pattern is dropped.

interface FactNode {
  children?: Map<string, FactNode>
  /** Read-only or write-only in the schema: never compared. */
  ignored?: boolean
  /** Free-form JSON or a map whose keys are data: compared whole, JSON strings parsed. */
  whole?: boolean
  /** A list of ids whose order means nothing. */
  unordered?: boolean
  /** A list of {Key, Value} settings compared by Key, for the keys the IaC side lists (normalizers KEYED_LISTS). */
  keyed?: boolean
  hasDefault?: boolean
  defaultValue?: unknown
}

interface TypeFacts {
  root: FactNode
  owned: OwnedCollection[]
  ownedNames: ReadonlySet<string>
}

const factsByType = new Map<string, TypeFacts>()

function factsOf(type: string): TypeFacts {
  let facts = factsByType.get(type)
  if (!facts) {
    facts = buildFacts(type)
    factsByType.set(type, facts)
  }
  return facts
}

function buildFacts(type: string): TypeFacts {
  const root: FactNode = {}
  const schema = schemaFacts(type)
  if (schema) {
    addSchemaKinds(root, schema.properties)
    for (const pattern of [...schema.readOnly, ...schema.writeOnly]) nodeAt(root, pattern).ignored = true
  }
  for (const entry of PROVIDER_DEFAULTS) {
    if (entry.type !== type) continue
    const node = nodeAt(root, entry.path)
    node.hasDefault = true
    node.defaultValue = entry.value
  }
  for (const pattern of UNORDERED_LISTS[type] ?? []) nodeAt(root, pattern).unordered = true
  for (const pattern of KEYED_LISTS[type] ?? []) nodeAt(root, pattern).keyed = true
  const owned = ownedCollections(type)
  return { root, owned, ownedNames: new Set(owned.map((o) => o.property)) }
}

function addSchemaKinds(node: FactNode, tree: Record<string, PropertyNode>): void {
  for (const [name, child] of Object.entries(tree)) {
    if (child === 'json' || child === 'map') childOf(node, name).whole = true
    else if (child !== 0) addSchemaKinds(childOf(node, name), child)
  }
}

function childOf(node: FactNode, name: string): FactNode {
  node.children ??= new Map()
  let child = node.children.get(name)
  if (!child) {
    child = {}
    node.children.set(name, child)
  }
  return child
}

function nodeAt(root: FactNode, pattern: string): FactNode {
  let node = root
  for (const step of parsePath(pattern)) if (step !== '*' && typeof step === 'string') node = childOf(node, step)
  return node
}

// ---------------------------------------------------------------------------------------------------------
// The comparison.

interface Found {
  steps: PathStep[]
  iac: unknown
  live: unknown
}

interface Context {
  /** IaC paths never compared: unknown until apply, or sensitive. */
  iacHidden: ReadonlyArray<readonly PathStep[]>
  /** Live paths never compared: sensitive. */
  liveHidden: ReadonlyArray<readonly PathStep[]>
  anyHidden: boolean
  found: Found[]
}

function newContext(iac: Resource, live: Resource): Context {
  const iacHidden = [...(iac.unknown ?? []), ...(iac.sensitive ?? [])].map(parsePath)
  const liveHidden = (live.sensitive ?? []).map(parsePath)
  return { iacHidden, liveHidden, anyHidden: iacHidden.length + liveHidden.length > 0, found: [] }
}

/** The path is hidden or inside a hidden path. */
function covered(hidden: ReadonlyArray<readonly PathStep[]>, steps: readonly PathStep[]): boolean {
  outer: for (const h of hidden) {
    if (h.length > steps.length) continue
    for (let i = 0; i < h.length; i++) if (h[i] !== steps[i]) continue outer
    return true
  }
  return false
}

/** A hidden path lies strictly inside this one. */
function holdsHidden(hidden: ReadonlyArray<readonly PathStep[]>, steps: readonly PathStep[]): boolean {
  outer: for (const h of hidden) {
    if (h.length <= steps.length) continue
    for (let i = 0; i < steps.length; i++) if (h[i] !== steps[i]) continue outer
    return true
  }
  return false
}

function hiddenAt(ctx: Context, steps: readonly PathStep[]): boolean {
  return ctx.anyHidden && (covered(ctx.iacHidden, steps) || covered(ctx.liveHidden, steps))
}

// Most values are not objects; check the marker's one property before isRedacted looks at its keys.
function redacted(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { redacted?: unknown }).redacted === true && isRedacted(value)
}

function containsRedacted(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false
  if (redacted(value)) return true
  if (Array.isArray(value)) return value.some(containsRedacted)
  for (const key in value) if (containsRedacted((value as Record<string, unknown>)[key])) return true
  return false
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function compare(ctx: Context, node: FactNode | undefined, steps: PathStep[], iacValue: unknown, liveValue: unknown, whole: boolean): void {
  if (hiddenAt(ctx, steps) || redacted(iacValue) || redacted(liveValue)) return
  const name = steps[steps.length - 1]
  if (typeof name === 'string' && POLICY_DOCUMENT_PROPERTIES.has(name)) return comparePolicyDocument(ctx, steps, iacValue, liveValue)
  let iv = iacValue
  let lv = liveValue
  if (node?.whole || whole) {
    whole = true
    iv = parseJsonDocument(iv)
    lv = parseJsonDocument(lv)
  }
  const iacAbsent = isAbsent(iv)
  const liveAbsent = isAbsent(lv)
  if (iacAbsent && liveAbsent) return
  if (iacAbsent || liveAbsent) {
    if (node?.hasDefault && sameValue(iacAbsent ? lv : iv, node.defaultValue)) return
    // The IaC side's own values are compared one by one, so that defaults and hidden paths apply inside.
    if (liveAbsent && iv !== null && typeof iv === 'object') return descend(ctx, node, steps, iv, undefined, whole)
    return emit(ctx, node, steps, iacAbsent ? undefined : iv, liveAbsent ? undefined : lv)
  }
  if (Array.isArray(iv) && Array.isArray(lv)) {
    if (node?.unordered && iv.every(isScalar) && lv.every(isScalar)) return compareScalarSet(ctx, steps, iv, lv)
    if (node?.keyed) return compareKeyed(ctx, node, steps, iv, lv, whole)
    for (let i = 0; i < Math.max(iv.length, lv.length); i++) {
      steps.push(i)
      if (i >= iv.length) emit(ctx, node, steps, undefined, lv[i])
      else compare(ctx, node, steps, iv[i], lv[i], whole)
      steps.pop()
    }
    return
  }
  if (isPlainObject(iv) && isPlainObject(lv)) return descend(ctx, node, steps, iv, lv, whole)
  if (!sameScalar(iv, lv)) emit(ctx, node, steps, iv, lv)
}

/**
 * A {Key, Value} list by Key: each IaC entry against the live entry of the same Key (at the IaC entry's index, as a
 * change path says it); live entries of keys the code does not name are AWS's defaults, not drift.
 */
function compareKeyed(ctx: Context, node: FactNode, steps: PathStep[], iv: readonly unknown[], lv: readonly unknown[], whole: boolean): void {
  const liveByKey = new Map<string, unknown>()
  for (const entry of lv) if (isPlainObject(entry) && typeof entry.Key === 'string') liveByKey.set(entry.Key, entry)
  for (let i = 0; i < iv.length; i++) {
    const entry = iv[i]
    steps.push(i)
    compare(ctx, node, steps, entry, isPlainObject(entry) && typeof entry.Key === 'string' ? liveByKey.get(entry.Key) : undefined, whole)
    steps.pop()
  }
}

/** The IaC side's keys (both sides' when compared whole) or items, one by one. */
function descend(ctx: Context, node: FactNode | undefined, steps: PathStep[], iv: object, lv: unknown, whole: boolean): void {
  if (Array.isArray(iv)) {
    const other = Array.isArray(lv) ? lv : []
    for (let i = 0; i < iv.length; i++) {
      steps.push(i)
      compare(ctx, node, steps, iv[i], other[i], whole)
      steps.pop()
    }
    return
  }
  const ir = iv as Record<string, unknown>
  const lr = isPlainObject(lv) ? lv : {}
  for (const key in ir) {
    const child = node?.children?.get(key)
    if (child?.ignored || (!whole && isAbsent(ir[key]))) continue
    steps.push(key)
    compare(ctx, child, steps, ir[key], lr[key], whole)
    steps.pop()
  }
  if (!whole) return
  for (const key in lr) {
    if (key in ir) continue
    const child = node?.children?.get(key)
    if (child?.ignored) continue
    steps.push(key)
    compare(ctx, child, steps, undefined, lr[key], whole)
    steps.pop()
  }
}

function isScalar(value: unknown): boolean {
  return scalarKey(value) !== undefined
}

/** Records a change with what may be shown of both values; nothing when hidden content is all that differs. */
function emit(ctx: Context, node: FactNode | undefined, steps: readonly PathStep[], iacValue: unknown, liveValue: unknown): void {
  if (hiddenAt(ctx, steps)) return
  const iac = visible(ctx, node, [...steps], iacValue)
  const live = visible(ctx, node, [...steps], liveValue)
  if ((iacValue !== undefined && iac.value === undefined && iac.cut) || (liveValue !== undefined && live.value === undefined && live.cut)) return
  if (iac.value === undefined && live.value === undefined) return
  ctx.found.push({ steps: [...steps], iac: iac.value ?? null, live: live.value ?? null })
}

/**
 * A copy without hidden paths, redacted values, read-only and write-only properties. `cut` says something was
 * left out; `value` is undefined when nothing is left.
 */
function visible(ctx: Context, node: FactNode | undefined, steps: PathStep[], value: unknown): { value: unknown; cut: boolean } {
  if (value === undefined) return { value: undefined, cut: false }
  if (hiddenAt(ctx, steps) || redacted(value)) return { value: undefined, cut: true }
  if (value === null || typeof value !== 'object') return { value, cut: false }
  let cut = false
  if (Array.isArray(value)) {
    const out: unknown[] = []
    value.forEach((item, i) => {
      steps.push(i)
      const v = visible(ctx, node, steps, item)
      steps.pop()
      cut ||= v.cut
      if (v.value !== undefined) out.push(v.value)
    })
    return { value: out.length > 0 || !cut ? out : undefined, cut }
  }
  const out: Record<string, unknown> = {}
  let kept = 0
  for (const [key, item] of Object.entries(value)) {
    const child = node?.children?.get(key)
    if (child?.ignored) {
      cut = true
      continue
    }
    steps.push(key)
    const v = visible(ctx, child, steps, item)
    steps.pop()
    cut ||= v.cut
    if (v.value !== undefined) {
      out[key] = v.value
      kept++
    }
  }
  return { value: kept > 0 || !cut ? out : undefined, cut }
}

// ---------------------------------------------------------------------------------------------------------
// Policy documents: compared whole in canonical form; a document with a hidden or redacted part is not compared.

function comparePolicyDocument(ctx: Context, steps: readonly PathStep[], iv: unknown, lv: unknown): void {
  if (ctx.anyHidden && (holdsHidden(ctx.iacHidden, steps) || holdsHidden(ctx.liveHidden, steps))) return
  if (containsRedacted(iv) || containsRedacted(lv)) return
  const iacAbsent = isAbsent(iv)
  const liveAbsent = isAbsent(lv)
  if (iacAbsent && liveAbsent) return
  const iacDoc = iacAbsent ? null : canonicalPolicyDocument(iv)
  const liveDoc = liveAbsent ? null : canonicalPolicyDocument(lv)
  if (!iacAbsent && !liveAbsent && canonicalJson(iacDoc) === canonicalJson(liveDoc)) return
  ctx.found.push({ steps: [...steps], iac: iacDoc, live: liveDoc })
}

// ---------------------------------------------------------------------------------------------------------
// Collections Terraform owns whole: compared even when the IaC side leaves them out (absent = empty).

function compareOwned(ctx: Context, owned: OwnedCollection, node: FactNode | undefined, iac: Resource, live: Resource): void {
  const steps = [owned.property]
  if (node?.ignored || hiddenAt(ctx, steps) || !isPropertyRead(live, owned.property)) return
  const iv = iac.properties[owned.property]
  const lv = live.properties[owned.property]
  if (redacted(iv) || redacted(lv)) return
  switch (owned.kind) {
    case 'tags':
      return compareTags(ctx, owned.property, iv, lv)
    case 'rules':
      return compareRules(ctx, owned.property, node, listOf(iv), listOf(lv))
    case 'set': {
      const il = listOf(iv)
      const ll = listOf(lv)
      if (il.every(isScalar) && ll.every(isScalar)) return compareScalarSet(ctx, steps, il, ll)
      return compare(ctx, node, steps, iv, lv, false)
    }
    case 'policies':
      return comparePolicies(ctx, owned.property, listOf(iv), listOf(lv))
  }
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** Tags as Key → Value: one change per key whose value differs or that one side lacks. */
function compareTags(ctx: Context, property: string, iv: unknown, lv: unknown): void {
  const iacTags = canonicalTags(iv)
  const liveTags = canonicalTags(lv)
  const hiddenKeys = new Set<string>()
  const hideKeys = (tags: ReturnType<typeof canonicalTags>, hidden: Context['iacHidden']): void => {
    for (const [key, tag] of tags) {
      if (redacted(tag.value) || (hidden.length > 0 && (covered(hidden, [property, tag.at]) || holdsHidden(hidden, [property, tag.at])))) hiddenKeys.add(key)
    }
  }
  hideKeys(iacTags, ctx.iacHidden)
  hideKeys(liveTags, ctx.liveHidden)
  // A tag whose key is only known after apply may be any of the live keys the IaC side does not name.
  const iacKeyUnknown = Array.isArray(iv) && ctx.iacHidden.some((h) => h[0] === property && typeof h[1] === 'number' && (h.length === 2 || h[2] === 'Key'))
  for (const key of new Set([...iacTags.keys(), ...liveTags.keys()])) {
    if (hiddenKeys.has(key)) continue
    const a = iacTags.get(key)
    const b = liveTags.get(key)
    if (!a && iacKeyUnknown) continue
    if (a && b && sameScalar(a.value, b.value)) continue
    ctx.found.push({ steps: [property, key], iac: a ? (a.value ?? null) : null, live: b ? (b.value ?? null) : null })
  }
}

interface SideEntries<T> {
  entries: Array<SetEntry<T>>
  /** Entries we may not see at all (unknown, sensitive or redacted as a whole). */
  hidden: number
}

/**
 * Security-group rules as a set of canonical entries. A field we cannot see (unknown, sensitive, redacted, or
 * write-only like SourceSecurityGroupName) makes the entry partial: it matches an entry of the other side that
 * agrees on every visible field. A rule whose description alone differs is one Description change.
 */
function compareRules(ctx: Context, property: string, node: FactNode | undefined, il: unknown[], ll: unknown[]): void {
  const iac = ruleEntries(property, node, il, ctx.iacHidden)
  const live = ruleEntries(property, node, ll, ctx.liveHidden)
  const agrees = (partial: SetEntry<Record<string, unknown>>, other: SetEntry<Record<string, unknown>>): boolean => {
    for (const field in partial.value) if (!sameScalar(partial.value[field], other.value[field])) return false
    return true
  }
  const match = matchSets(iac.entries, live.entries, agrees, (e) => ruleEntryKey(e.value, true))
  for (const [i, l] of match.loosePairs) {
    ctx.found.push({ steps: [property, i.index, 'Description'], iac: i.value.Description ?? null, live: l.value.Description ?? null })
  }
  reportOneSided(ctx, property, match.iacOnly, match.liveOnly, iac.hidden, live.hidden)
}

function ruleEntries(property: string, node: FactNode | undefined, list: unknown[], hidden: Context['iacHidden']): SideEntries<Record<string, unknown>> {
  const out: SideEntries<Record<string, unknown>> = { entries: [], hidden: 0 }
  for (let index = 0; index < list.length; index++) {
    const item = list[index]
    if (!isPlainObject(item) || redacted(item) || (hidden.length > 0 && covered(hidden, [property, index]))) {
      out.hidden++
      continue
    }
    const fields: Record<string, unknown> = {}
    // A field only known after apply is usually left out of the entry altogether: the hidden path says it is there.
    let partial = hidden.length > 0 && holdsHidden(hidden, [property, index])
    for (const field in item) {
      const value = item[field]
      if (node?.children?.get(field)?.ignored || redacted(value) || (hidden.length > 0 && covered(hidden, [property, index, field]))) partial = true
      else fields[field] = value
    }
    const value = canonicalRuleEntry(fields)
    out.entries.push({ index, value, key: ruleEntryKey(value), partial })
  }
  return out
}

/** A set of scalars (ManagedPolicyArns, unordered id lists): one change per entry only one side has. */
function compareScalarSet(ctx: Context, steps: readonly PathStep[], il: readonly unknown[], ll: readonly unknown[]): void {
  const side = (list: readonly unknown[], hidden: Context['iacHidden']): SideEntries<unknown> => {
    const out: SideEntries<unknown> = { entries: [], hidden: 0 }
    list.forEach((value, index) => {
      if (hidden.length > 0 && covered(hidden, [...steps, index])) out.hidden++
      else out.entries.push({ index, value, key: scalarKey(value) ?? '', partial: false })
    })
    return out
  }
  const iac = side(il, ctx.iacHidden)
  const live = side(ll, ctx.liveHidden)
  const match = matchSets(iac.entries, live.entries)
  reportOneSided(ctx, steps, match.iacOnly, match.liveOnly, iac.hidden, live.hidden)
}

/**
 * Entries found on one side only. When the other side has entries we may not see, an entry may be one of them,
 * so it is not reported.
 */
function reportOneSided<T>(
  ctx: Context,
  at: string | readonly PathStep[],
  iacOnly: ReadonlyArray<SetEntry<T>>,
  liveOnly: ReadonlyArray<SetEntry<T>>,
  iacHidden: number,
  liveHidden: number
): void {
  const base = typeof at === 'string' ? [at] : at
  if (liveHidden === 0) for (const e of iacOnly) ctx.found.push({ steps: [...base, e.index], iac: e.value, live: null })
  if (iacHidden === 0) for (const e of liveOnly) ctx.found.push({ steps: [...base, e.index], iac: null, live: e.value })
}

interface InlinePolicy {
  index: number
  document: unknown
  /** The document has a hidden or redacted part: it is not compared or shown. */
  documentHidden: boolean
}

/** Inline policies keyed by PolicyName: one change per policy only one side has, or per differing document. */
function comparePolicies(ctx: Context, property: string, il: unknown[], ll: unknown[]): void {
  const side = (list: unknown[], hidden: Context['iacHidden']): { byName: Map<string, InlinePolicy>; hidden: number } => {
    const byName = new Map<string, InlinePolicy>()
    let hiddenCount = 0
    list.forEach((item, index) => {
      const name = isPlainObject(item) ? item.PolicyName : undefined
      if (typeof name !== 'string' || redacted(item) || covered(hidden, [property, index]) || covered(hidden, [property, index, 'PolicyName'])) {
        hiddenCount++
        return
      }
      const document = (item as Record<string, unknown>).PolicyDocument
      const at = [property, index, 'PolicyDocument']
      byName.set(name, { index, document, documentHidden: covered(hidden, at) || holdsHidden(hidden, at) || containsRedacted(document) })
    })
    return { byName, hidden: hiddenCount }
  }
  const iac = side(il, ctx.iacHidden)
  const live = side(ll, ctx.liveHidden)
  const shown = (name: string, p: InlinePolicy): Record<string, unknown> =>
    p.documentHidden || isAbsent(p.document) ? { PolicyName: name } : { PolicyName: name, PolicyDocument: canonicalPolicyDocument(p.document) }
  for (const [name, i] of iac.byName) {
    const l = live.byName.get(name)
    if (!l) {
      if (live.hidden === 0) ctx.found.push({ steps: [property, i.index], iac: shown(name, i), live: null })
    } else if (!i.documentHidden && !l.documentHidden) {
      comparePolicyDocument(ctx, [property, i.index, 'PolicyDocument'], i.document, l.document)
    }
  }
  if (iac.hidden > 0) return
  for (const [name, l] of live.byName) if (!iac.byName.has(name)) ctx.found.push({ steps: [property, l.index], iac: null, live: shown(name, l) })
}

// ---------------------------------------------------------------------------------------------------------

/** By path, step by step (indexes as numbers, so [2] before [10]); at one path the IaC-side entry first. */
function byPath(a: Found, b: Found): number {
  const n = Math.min(a.steps.length, b.steps.length)
  for (let i = 0; i < n; i++) {
    const x = a.steps[i]
    const y = b.steps[i]
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    const sx = String(x)
    const sy = String(y)
    if (sx !== sy) return sx < sy ? -1 : 1
  }
  if (a.steps.length !== b.steps.length) return a.steps.length - b.steps.length
  return (a.iac === null ? 1 : 0) - (b.iac === null ? 1 : 0)
}
