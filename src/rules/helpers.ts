// Shared pieces of the posture rules: an unknown-aware property accessor, outcome builders, inventory joins,
// policy-document and security-group helpers. Every rule stays a few lines of logic on top of these.
//
// Three-valued logic: a property the plan only knows after apply (listed in `resource.unknown`), a value
// replaced by the {"redacted": true} marker, or a property a partial live read did not return (not in
// `resource.readProperties`) is UNKNOWN. Rules combine facts with `and`/`or` (Kleene logic), so
// an unknown value decides nothing unless the known values leave the answer open — then the rule answers
// `unknown` instead of guessing.

import type { InventoryView, Resource, RuleMetadata, RuleOutcome } from '../types.js'
import { isPropertyRead, isRedacted, parsePath, pathsOverlap, isUnder } from '../paths.js'

export { joinPath } from '../paths.js'
import { asList, type PolicyStatement } from '../model/policy-document.js'
export { asList, statementsOf, type PolicyStatement } from '../model/policy-document.js'

export const UNKNOWN: unique symbol = Symbol('unknown')
export type Unknown = typeof UNKNOWN
/** A fact that may be known only after apply. */
export type Verdict = boolean | Unknown

/** What a rule file exports: its metadata and check. The registry adds `frameworks` from the framework maps. */
export type RuleDefinition = Omit<RuleMetadata, 'frameworks'> & {
  check: (resource: Resource, view: InventoryView) => RuleOutcome | null
}

function containsRedacted(value: unknown): boolean {
  if (isRedacted(value)) return true
  if (Array.isArray(value)) {
    for (const item of value) if (containsRedacted(item)) return true
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) if (containsRedacted((value as Record<string, unknown>)[key])) return true
  }
  return false
}

/** Whether any of the resource's unknown paths overlaps `path` (is it, an ancestor or a descendant). */
function unknownOverlaps(resource: Resource, path: string): boolean {
  const unknown = resource.unknown
  if (unknown === undefined) return false
  for (const u of unknown) if (pathsOverlap(u, path)) return true
  return false
}

/**
 * The node at `path`, walked once from the root, or UNKNOWN when the root or a node on the way (the node
 * itself included) holds the redacted marker. `undefined` when the path leads nowhere.
 */
function walkUnredacted(resource: Resource, path: string): unknown {
  let current: unknown = resource.properties
  if (isRedacted(current)) return UNKNOWN
  for (const step of parsePath(path)) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[step as never]
    if (isRedacted(current)) return UNKNOWN
  }
  return current
}

/**
 * The value at `path`, or UNKNOWN when the value is not fully known: the path, an ancestor of it or anything
 * inside it is listed as unknown, holds the redacted marker, or was not read. `undefined` means absent (known
 * to be unset).
 */
export function read(resource: Resource, path: string): unknown {
  if (!isPropertyRead(resource, path) || unknownOverlaps(resource, path)) return UNKNOWN
  const value = walkUnredacted(resource, path)
  return value !== UNKNOWN && containsRedacted(value) ? UNKNOWN : value
}

/**
 * Like `read`, but only the node itself must be known: unknown or redacted values *inside* it are left for
 * the caller to read entry by entry (a security group with one unknown rule still has other rules to judge).
 */
export function readNode(resource: Resource, path: string): unknown {
  if (!isPropertyRead(resource, path) || (resource.unknown ?? []).some((u) => isUnder(path, u))) return UNKNOWN
  return walkUnredacted(resource, path)
}

/** The entries of a list property, UNKNOWN when the list itself is unknown; absent or not a list → []. */
export function readList(resource: Resource, path: string): unknown[] | Unknown {
  const node = readNode(resource, path)
  if (node === UNKNOWN) return UNKNOWN
  return Array.isArray(node) ? node : []
}

export function isUnknown(value: unknown): value is Unknown {
  return value === UNKNOWN
}

/** Kleene AND: false wins, then unknown. */
export function and(...facts: Verdict[]): Verdict {
  if (facts.some((f) => f === false)) return false
  return facts.some((f) => f === UNKNOWN) ? UNKNOWN : true
}

/** Kleene OR: true wins, then unknown. */
export function or(...facts: Verdict[]): Verdict {
  if (facts.some((f) => f === true)) return true
  return facts.some((f) => f === UNKNOWN) ? UNKNOWN : false
}

/** Compare a possibly unknown value with a predicate. */
export function holds(value: unknown, predicate: (known: unknown) => boolean): Verdict {
  return value === UNKNOWN ? UNKNOWN : predicate(value)
}

/** A CloudFormation boolean: true, or the string "true" as some sources write it. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true'
}

/** How a message names a resource: its id, else its Terraform address. */
export function nameOf(resource: Resource): string {
  return resource.id ?? resource.address ?? `new ${resource.type}`
}

export function pass(message: string, path?: string): RuleOutcome {
  return path === undefined ? { status: 'pass', message } : { status: 'pass', message, path }
}

export function fail(message: string, path?: string): RuleOutcome {
  return path === undefined ? { status: 'fail', message } : { status: 'fail', message, path }
}

/** The standard answer when the value a rule needs is known only after apply (or hidden). */
export function unknownAt(
  resource: Resource,
  path: string,
  what = path,
  why = 'is known only after apply (or is hidden)'
): RuleOutcome {
  return { status: 'unknown', message: `${nameOf(resource)}: ${what} ${why}, so this cannot be judged yet`, path }
}

/** Why a setting left out of the code cannot be judged from state or .tf alone. */
export const NOT_IN_CODE = 'is not set in the code and depends on the existing resource'

/**
 * True when the judged setting falls back to an AWS default that the resource will get: it is being created
 * by this plan. Live resources report their effective setting, so for them an absent value is really unset;
 * for state and HCL without a plan we cannot tell whether the resource predates the default.
 */
export function isNewInPlan(resource: Resource): boolean {
  return resource.origin === 'plan' && (resource.action === 'create' || resource.action === 'replace')
}

// ---------------------------------------------------------------------------------------------------------
// Joins through the inventory view

export interface Joined {
  /** Candidates known to belong to the owner. */
  matches: Resource[]
  /** Candidates whose join key (or filter) is unknown: they might belong to the owner. */
  undecided: Resource[]
}

/**
 * The resources of `type` whose `keyPath` names the owner: equal to the owner's key (`ownKey(owner,
 * ownKeyPath)`), or, for IaC, an expression referring to the owner's Terraform address (Resource.references),
 * which decides even when the id is known only after apply. A candidate whose key is unknown and whose
 * references say nothing is undecided. When the owner's key is unknown (a resource the plan creates), a
 * candidate with a known key is not its: an id known today cannot belong to a resource that does not exist yet.
 */
export function joinOn(
  view: InventoryView,
  type: string,
  keyPath: string,
  owner: Resource,
  ownKeyPath: string,
  filter: (candidate: Resource) => Verdict = () => true
): Joined {
  const key = ownKey(owner, ownKeyPath)
  const index = joinIndex(view.ofType(type), keyPath)
  const byReference = owner.address === undefined ? undefined : index.byReference.get(owner.address)
  const byKey = key === UNKNOWN ? undefined : index.byKey.get(key)
  const matches: Resource[] = []
  const undecided: Resource[] = []
  // Only these candidates can belong: every other one has a known key that differs (or refers elsewhere).
  for (const position of mergePositions(byReference, byKey, index.unknownKey)) {
    const candidate = index.candidates[position]
    const refs = candidate.references?.[keyPath] ?? []
    let keyMatches: Verdict
    if (owner.address !== undefined && refs.includes(owner.address)) keyMatches = true
    else if (index.keys[position] === UNKNOWN) keyMatches = refs.length > 0 ? false : UNKNOWN
    else keyMatches = key === UNKNOWN ? false : index.keys[position] === key
    if (keyMatches === false) continue
    const belongs = and(filter(candidate), keyMatches)
    if (belongs === true) matches.push(candidate)
    else if (belongs === UNKNOWN) undecided.push(candidate)
  }
  return { matches, undecided }
}

/**
 * The candidates of one join (`view.ofType(type)` on `keyPath`), indexed once: every owner of the inventory
 * joins against the same list, and scanning it per owner is quadratic (20,000 VPCs × their flow logs). Lists
 * hold positions in `candidates`, ascending, so that results keep the inventory's order.
 */
interface JoinIndex {
  candidates: readonly Resource[]
  /** read(candidate, keyPath) by position. */
  keys: unknown[]
  /** Known key → positions of the candidates holding it. */
  byKey: Map<unknown, number[]>
  /** Terraform address → positions of the candidates whose keyPath expression refers to it. */
  byReference: Map<string, number[]>
  /** Positions of the candidates whose key is unknown and whose expression refers to nothing. */
  unknownKey: number[]
}

// Keyed by the candidate list itself: an inventory view hands out the same list for a type every time, and
// the index dies with the inventory. Views that build a new list per call (tests) simply index each time.
const joinIndexes = new WeakMap<readonly Resource[], Map<string, JoinIndex>>()

function joinIndex(candidates: readonly Resource[], keyPath: string): JoinIndex {
  let perPath = joinIndexes.get(candidates)
  if (perPath === undefined) joinIndexes.set(candidates, (perPath = new Map()))
  let index = perPath.get(keyPath)
  if (index !== undefined) return index
  index = { candidates, keys: [], byKey: new Map(), byReference: new Map(), unknownKey: [] }
  for (let position = 0; position < candidates.length; position++) {
    const candidate = candidates[position]
    const refs = candidate.references?.[keyPath] ?? []
    const candidateKey = read(candidate, keyPath)
    index.keys.push(candidateKey)
    for (const address of new Set(refs)) pushTo(index.byReference, address, position)
    if (candidateKey !== UNKNOWN) pushTo(index.byKey, candidateKey, position)
    else if (refs.length === 0) index.unknownKey.push(position)
  }
  perPath.set(keyPath, index)
  return index
}

function pushTo<K>(map: Map<K, number[]>, key: K, position: number): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [position])
  else list.push(position)
}

/** The union of ascending position lists, ascending and without repeats. */
function mergePositions(...lists: Array<readonly number[] | undefined>): number[] {
  const present = lists.filter((l): l is readonly number[] => l !== undefined && l.length > 0)
  if (present.length === 0) return []
  if (present.length === 1) return present[0] as number[]
  return [...new Set(present.flat())].sort((a, b) => a - b)
}

/** Whether an account-level fact can apply to a resource: same account, or either account not stated. */
export function sameAccount(fact: Resource, resource: Resource): boolean {
  return fact.account === undefined || resource.account === undefined || fact.account === resource.account
}

/** A resource's own identifier for joins: the property if known, else its primary id, else UNKNOWN. */
export function ownKey(resource: Resource, path: string): unknown {
  const value = read(resource, path)
  if (value === UNKNOWN) return UNKNOWN
  if (typeof value === 'string' && value !== '') return value
  return resource.id ?? UNKNOWN
}

/**
 * The resources of `type` that `from.property` names: by Terraform reference to their address, or by a known
 * value equal to their `targetKeyPath` (the reverse direction of joinOn: a bucket policy finding its bucket).
 */
export function referencedBy(view: InventoryView, from: Resource, property: string, type: string, targetKeyPath: string): Resource[] {
  const refs = from.references?.[property] ?? []
  const value = read(from, property)
  return view.ofType(type).filter((target) => {
    if (target.address !== undefined && refs.includes(target.address)) return true
    return value !== UNKNOWN && value !== undefined && value !== null && value !== '' && ownKey(target, targetKeyPath) === value
  })
}

// ---------------------------------------------------------------------------------------------------------
// Policy documents

function isAllow(statement: PolicyStatement): boolean {
  return typeof statement.Effect === 'string' && statement.Effect.toLowerCase() === 'allow'
}

/**
 * Allow of every action on every resource: Action "*" or "*:*" (alone or in a list) with Resource "*", or
 * with a NotResource that is not "*" (every action on everything but the listed resources is still
 * administrator-grade: iam:* on the account is among what it grants). NotAction statements are not counted:
 * `Allow NotAction iam:*` is AWS's PowerUserAccess, which CIS does not call administrative. Conditions are
 * ignored: a conditioned `*:*` is still administrator-grade.
 */
export function grantsFullAdmin(statement: PolicyStatement): boolean {
  if (!isAllow(statement)) return false
  const actions = asList(statement.Action)
  if (!actions.some((a) => a === '*' || a === '*:*')) return false
  if (asList(statement.Resource).some((r) => r === '*')) return true
  const excluded = asList(statement.NotResource)
  return excluded.length > 0 && !excluded.some((r) => r === '*')
}

/** Principal "*", {"AWS": "*"} or a list containing "*": anyone, including anonymous callers. */
export function isPublicPrincipal(principal: unknown): boolean {
  if (principal === '*') return true
  if (principal !== null && typeof principal === 'object' && !Array.isArray(principal)) {
    return asList((principal as Record<string, unknown>).AWS).some((p) => p === '*')
  }
  return false
}

/** Condition keys that confine a public principal to an account, organisation, network or source. */
const RESTRICTING_CONDITION_KEYS = new Set(
  [
    'aws:SourceArn',
    'aws:SourceAccount',
    'aws:SourceOwner',
    'aws:SourceVpc',
    'aws:SourceVpce',
    // The account, organisation or OU path that owns the VPC endpoint the request came through.
    'aws:VpceAccount',
    'aws:VpceOrgID',
    'aws:VpceOrgPaths',
    'aws:SourceIp',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:PrincipalArn',
    'aws:PrincipalAccount',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:userid',
    'aws:username',
    'aws:ResourceAccount',
    'aws:ResourceOrgID',
    's3:DataAccessPointAccount',
    's3:DataAccessPointArn'
  ].map((k) => k.toLowerCase())
)

/**
 * Operators that, on a confining key, admit only callers whose value matches. Negated operators
 * (StringNotEquals: everyone but one account), ...IfExists (a caller without the key, such as an anonymous
 * one, passes) and Null confine nothing; ForAllValues: passes when the key is absent. ForAnyValue: needs a match.
 */
const CONFINING_OPERATORS = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike', 'ipaddress'])

/** The operator without a ForAnyValue: prefix, lower-case. */
function baseOperator(operator: string): string {
  const op = operator.toLowerCase()
  return op.startsWith('foranyvalue:') ? op.slice('foranyvalue:'.length) : op
}

function confiningOperator(operator: string): boolean {
  return CONFINING_OPERATORS.has(baseOperator(operator))
}

/** Confining keys whose values are ARNs: a pattern confines only as far as it pins the ARN's owner down. */
const ARN_CONDITION_KEYS = new Set(['aws:principalarn', 'aws:sourcearn', 's3:dataaccesspointarn'])

/**
 * Operators that read `*` and `?` in the policy's value as wildcards. ArnEquals does too: AWS matches both ARN
 * operators field by field, each field allowing wildcards (IAM User Guide, "Condition operators", ARN).
 */
const WILDCARD_OPERATORS = new Set(['stringlike', 'arnlike', 'arnequals'])

/** A condition value that admits anyone: a bare wildcard, a CIDR of a whole address family, an ARN any account can match. */
function admitsAnyone(value: unknown, key: string, operator: string): boolean {
  if (typeof value !== 'string') return false
  const v = value.trim()
  if (/^\*+$/.test(v) || /\/0+$/.test(v)) return true
  const op = baseOperator(operator)
  return ARN_CONDITION_KEYS.has(key) && WILDCARD_OPERATORS.has(op) && arnPatternAdmitsAnyOwner(v, op === 'stringlike')
}

/**
 * Whether an ARN pattern can be satisfied by ARNs of any account's own: a wildcard in the account field
 * (`arn:aws:iam::*:role/deploy`: anyone can create a role of that name in their own account), or, for ARNs without an account
 * field (S3 buckets: `arn:aws:s3:::*`), a resource part of wildcards only. ARN operators match the six fields
 * apart, so a pattern of fewer fields matches no ARN at all; under StringLike a `*` also matches colons, so such a
 * pattern (`arn:aws:iam::*`) reaches into the account field.
 */
function arnPatternAdmitsAnyOwner(pattern: string, wildcardsSpanFields: boolean): boolean {
  const fields = pattern.split(':')
  if (fields.length < 6) return wildcardsSpanFields && pattern.includes('*')
  const account = fields[4]
  if (/[*?]/.test(account)) return true
  const resource = fields.slice(5).join(':')
  return account === '' && /^[*?/:]+$/.test(resource) && /[*?]/.test(resource)
}

/**
 * True when a statement's Condition confines it: a confining operator on a key that limits who can use it,
 * with values none of which admits anyone ({"StringLike": {"aws:PrincipalOrgID": "*"}} confines nothing).
 */
export function hasRestrictingCondition(statement: PolicyStatement): boolean {
  const condition = statement.Condition
  if (condition === null || typeof condition !== 'object') return false
  return Object.entries(condition).some(
    ([operator, block]) =>
      confiningOperator(operator) &&
      block !== null &&
      typeof block === 'object' &&
      Object.entries(block).some(([key, value]) => {
        const name = key.toLowerCase()
        const values = asList(value)
        return RESTRICTING_CONDITION_KEYS.has(name) && values.length > 0 && !values.some((v) => admitsAnyone(v, name, operator))
      })
  )
}

// ---------------------------------------------------------------------------------------------------------
// Security groups

/**
 * A CIDR with prefix length 0 covers its whole address family, however the address is spelled: EC2 and the
 * Terraform provider accept non-canonical forms such as "0::/0", "::0/0" or "0:0:0:0:0:0:0:0/0", so comparing
 * with "0.0.0.0/0" and "::/0" as strings misses them.
 */
function isInternetCidr(value: unknown): boolean {
  return typeof value === 'string' && /\/0+$/.test(value.trim())
}

/** What an ingress check looks for: one TCP port, or every port. */
export type IngressTarget = { tcpPort: number } | 'all-ports'

export interface OpenIngress {
  verdict: Verdict
  /** The first entry found open (when verdict is true), or the first undecided one (when unknown). */
  path?: string
}

function protocolOf(value: unknown): Verdict | string {
  if (value === UNKNOWN) return UNKNOWN
  const p = String(value).toLowerCase()
  if (p === '-1' || p === 'all') return 'all'
  if (p === '6') return 'tcp'
  return p
}

/** What one ingress entry says, as the "open to the internet" checks need it. */
interface IngressEntry {
  fromInternet: Verdict
  protocol: Verdict | string
  fromPort: unknown
  toPort: unknown
}

/** One ingress entry: `entryPath` inside a group, or '' for a standalone AWS::EC2::SecurityGroupIngress. */
function readIngressEntry(resource: Resource, entryPath: string): IngressEntry {
  const at = (field: string): string => (entryPath === '' ? field : `${entryPath}.${field}`)
  return {
    fromInternet: or(holds(read(resource, at('CidrIp')), isInternetCidr), holds(read(resource, at('CidrIpv6')), isInternetCidr)),
    protocol: protocolOf(read(resource, at('IpProtocol'))),
    fromPort: read(resource, at('FromPort')),
    toPort: read(resource, at('ToPort'))
  }
}

// The three "open to the internet" rules (SSH, RDP, all ports) judge the same entries of every group: each
// list is read once, keyed by the list itself and checked against the unknown paths it was read with.
const ingressEntries = new WeakMap<readonly unknown[], { unknown: Resource['unknown']; entries: IngressEntry[] }>()

function ingressEntriesOf(resource: Resource, list: readonly unknown[]): IngressEntry[] {
  const cached = ingressEntries.get(list)
  if (cached !== undefined && cached.unknown === resource.unknown && cached.entries.length === list.length) return cached.entries
  const entries = list.map((_, i) => readIngressEntry(resource, `SecurityGroupIngress[${i}]`))
  ingressEntries.set(list, { unknown: resource.unknown, entries })
  return entries
}

/**
 * Does one ingress entry open the target to the internet? Prowler's semantics: protocol -1 from 0.0.0.0/0
 * or ::/0 always matches; otherwise the protocol must be TCP and the port within FromPort..ToPort. For
 * 'all-ports', a range covering 0..65535 matches whatever its protocol.
 */
function entryOpens(entry: IngressEntry, target: IngressTarget): Verdict {
  const { fromInternet, protocol, fromPort, toPort } = entry
  const allProtocols: Verdict = protocol === UNKNOWN ? UNKNOWN : protocol === 'all'
  // An unknown port is the UNKNOWN symbol, which Number() refuses (it throws): compare only known ports.
  const portsKnown = fromPort !== UNKNOWN && toPort !== UNKNOWN
  const from = portsKnown ? Number(fromPort) : NaN
  const to = portsKnown ? Number(toPort) : NaN
  let portMatch: Verdict
  if (target === 'all-ports') {
    portMatch = portsKnown ? from <= 0 && to >= 65535 : UNKNOWN
  } else {
    const tcp: Verdict = protocol === UNKNOWN ? UNKNOWN : protocol === 'tcp'
    portMatch = and(tcp, portsKnown ? from <= target.tcpPort && target.tcpPort <= to : UNKNOWN)
  }
  return and(fromInternet, or(allProtocols, portMatch))
}

/** Whether any SecurityGroupIngress entry of the group opens the target to the internet. */
export function findOpenIngress(resource: Resource, target: IngressTarget): OpenIngress {
  const list = readList(resource, 'SecurityGroupIngress')
  if (list === UNKNOWN) return { verdict: UNKNOWN, path: 'SecurityGroupIngress' }
  const entries = ingressEntriesOf(resource, list)
  let undecided: string | undefined
  for (let i = 0; i < entries.length; i++) {
    const path = `SecurityGroupIngress[${i}]`
    const verdict = entryOpens(entries[i], target)
    if (verdict === true) return { verdict: true, path }
    if (verdict === UNKNOWN && undecided === undefined) undecided = path
  }
  return undecided === undefined ? { verdict: false } : { verdict: UNKNOWN, path: undecided }
}

/** A security-group rule judged on its own (not folded into a group): one source, CloudFormation's standalone form. */
export const SECURITY_GROUP_INGRESS_TYPE = 'AWS::EC2::SecurityGroupIngress'

const standaloneEntries = new WeakMap<Resource, IngressEntry>()

function standaloneEntry(rule: Resource): IngressEntry {
  let entry = standaloneEntries.get(rule)
  if (entry === undefined) standaloneEntries.set(rule, (entry = readIngressEntry(rule, '')))
  return entry
}

/** How a message names a standalone rule: its address (and which source, when it has several) or its id. */
function ruleName(rule: Resource): string {
  return rule.part === undefined ? nameOf(rule) : `${nameOf(rule)} (${rule.part})`
}

/**
 * Shared outcome of the three "open to the internet" rules, for a group and for a standalone ingress rule.
 *
 * A group also answers for the standalone rules that may be its own (joinOn on GroupId): one known to be its
 * own and open fails it; one that might be its own (its GroupId is unknown: a rule whose group could not be
 * found) and is open makes a group that would otherwise pass `unknown`. A rule that might belong but opens
 * nothing relevant (443 from 10.0.0.0/8) changes nothing: the join's filter is the entry's own verdict.
 */
export function judgeOpenIngress(resource: Resource, view: InventoryView, target: IngressTarget, what: string): RuleOutcome {
  if (resource.type === SECURITY_GROUP_INGRESS_TYPE) {
    const verdict = entryOpens(standaloneEntry(resource), target)
    const name = ruleName(resource)
    if (verdict === true) {
      const source = read(resource, 'CidrIpv6') !== undefined && read(resource, 'CidrIp') === undefined ? 'CidrIpv6' : 'CidrIp'
      return fail(`Security group rule ${name} allows ${what} from the internet (0.0.0.0/0 or ::/0)`, source)
    }
    if (verdict === UNKNOWN) {
      const path = ['CidrIp', 'CidrIpv6', 'IpProtocol', 'FromPort', 'ToPort'].find((field) => read(resource, field) === UNKNOWN) ?? 'IpProtocol'
      return unknownAt(resource, path, `${path} of ${name}`)
    }
    return pass(`Security group rule ${name} does not allow ${what} from the internet`)
  }
  const found = findOpenIngress(resource, target)
  if (found.verdict === true) {
    return fail(`Security group ${nameOf(resource)} allows ${what} from the internet (0.0.0.0/0 or ::/0)`, found.path)
  }
  const rules = joinOn(view, SECURITY_GROUP_INGRESS_TYPE, 'GroupId', resource, 'GroupId', (rule) => entryOpens(standaloneEntry(rule), target))
  if (rules.matches.length > 0) {
    return fail(`Security group ${nameOf(resource)} allows ${what} from the internet (0.0.0.0/0 or ::/0) through ${ruleName(rules.matches[0])}`, 'SecurityGroupIngress')
  }
  if (found.verdict === UNKNOWN) return unknownAt(resource, found.path ?? 'SecurityGroupIngress', 'an ingress rule')
  if (rules.undecided.length > 0) {
    const more = rules.undecided.length > 1 ? ` and ${rules.undecided.length - 1} more` : ''
    return unknownAt(
      resource,
      'SecurityGroupIngress',
      `security group rule ${ruleName(rules.undecided[0])}${more}, which allows ${what} from the internet and whose group could not be determined,`,
      'might belong to it'
    )
  }
  return pass(`Security group ${nameOf(resource)} does not allow ${what} from the internet`, 'SecurityGroupIngress')
}
