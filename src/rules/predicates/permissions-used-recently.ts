// permissions-used-recently: an IAM role or user holds no service it has not used for `max-days` days, by IAM's
// service last accessed data (Plumbline::IAM::ServiceLastAccessed, src/model/facts.ts). A join with the fact, with
// the principal's policies (to name what grants each unused service) and dates: code.
//
// Ages are whole days before the fact's JobCompletionDate, never the clock: rules are pure, and the data is what
// IAM knew when the job completed, so an offline re-run on the saved inventory judges the same.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { SERVICE_LAST_ACCESSED_TYPE } from '../../model/facts.js'
import { asList, statementsOf } from '../../model/policy-document.js'
import type { InventoryView, Resource, RuleOutcome } from '../../types.js'
import { maxDaysParameter, parseReportDate, daysBefore } from '../iam/credential-report.js'
import { grantsFullAdmin } from '../support/iam-policy.js'
import { fail, pass } from '../support/outcome.js'
import { read, readList, UNKNOWN } from '../support/read.js'

const ROLE = 'AWS::IAM::Role'
const USER = 'AWS::IAM::User'
const GROUP = 'AWS::IAM::Group'
const MANAGED_POLICY = 'AWS::IAM::ManagedPolicy'
const SERVICE_LINKED_PATH = '/aws-service-role/'
const AWS_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/
/** AWS-managed policies whose grants are known by ARN: every service (AdministratorAccess also makes an administrator). */
const GRANTS_EVERY_SERVICE = new Set(['AdministratorAccess', 'PowerUserAccess'])
const ADMINISTRATOR_ACCESS = 'AdministratorAccess'
/** At most this many services are named per kind (never used, not used recently); the rest are counted. */
export const MAX_NAMED_SERVICES = 30

/** One permissions policy of the principal: how a message names it, and its document when it can be read. */
interface HeldPolicy {
  label: string
  /** The parsed document; undefined when it cannot be read (an AWS-managed policy not known by ARN, a customer managed one not in the inventory). */
  document?: unknown
  /** Known by ARN to grant every service. */
  everyService?: boolean
  administrator?: boolean
}

/** The principal's name for messages: RoleName / UserName, else its id. */
function principalName(principal: Resource): string {
  const property = principal.type === ROLE ? 'RoleName' : 'UserName'
  const value = principal.properties[property]
  return typeof value === 'string' && value !== '' ? value : principal.id ?? principal.address ?? 'a new principal'
}

/** The last part of an ARN's resource path: a role's or user's name. */
function nameInArn(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1)
}

// Every principal of an inventory looks up the same facts: index them by account, type and name once per list.
const factIndexes = new WeakMap<readonly Resource[], Map<string, Resource>>()

function factOf(principal: Resource, view: InventoryView): Resource | undefined {
  const arn = principal.properties.Arn
  if (typeof arn === 'string' && arn !== '') {
    const byArn = view.find(SERVICE_LAST_ACCESSED_TYPE, arn)
    if (byArn) return byArn
  }
  const facts = view.ofType(SERVICE_LAST_ACCESSED_TYPE)
  let index = factIndexes.get(facts)
  if (index === undefined) {
    index = new Map()
    for (const fact of facts) {
      const factArn = fact.properties.PrincipalArn ?? fact.id
      if (typeof factArn === 'string') index.set(`${fact.account}|${String(fact.properties.PrincipalType)}|${nameInArn(factArn)}`, fact)
    }
    factIndexes.set(facts, index)
  }
  return index.get(`${principal.account}|${principal.type === ROLE ? 'Role' : 'User'}|${principalName(principal)}`)
}

// Customer managed policies by ARN, once per list.
const policyIndexes = new WeakMap<readonly Resource[], Map<string, Resource>>()

function managedPolicy(arn: string, view: InventoryView): Resource | undefined {
  const policies = view.ofType(MANAGED_POLICY)
  let index = policyIndexes.get(policies)
  if (index === undefined) {
    index = new Map()
    for (const p of policies) {
      const key = p.properties.PolicyArn ?? p.id
      if (typeof key === 'string') index.set(key, p)
    }
    policyIndexes.set(policies, index)
  }
  return index.get(arn)
}

/** The permissions policies of one principal (or group): its managed policies and inline ones, `owner` prefixing the labels. */
function policiesOf(holder: Resource, view: InventoryView, owner: string): HeldPolicy[] {
  const held: HeldPolicy[] = []
  const arns = readList(holder, 'ManagedPolicyArns')
  for (const arn of arns === UNKNOWN ? [] : arns) {
    if (typeof arn !== 'string') continue
    const awsManaged = AWS_MANAGED.exec(arn)
    if (awsManaged) {
      const name = awsManaged[1]
      held.push({ label: `${owner}AWS-managed ${name}`, everyService: GRANTS_EVERY_SERVICE.has(name), administrator: name === ADMINISTRATOR_ACCESS })
      continue
    }
    const policy = managedPolicy(arn, view)
    const document = policy ? read(policy, 'PolicyDocument') : undefined
    held.push({ label: `${owner}${nameInArn(arn)}`, document: document === UNKNOWN || document === undefined ? undefined : document })
  }
  const inline = readList(holder, 'Policies')
  for (const entry of inline === UNKNOWN ? [] : inline) {
    if (entry === null || typeof entry !== 'object') continue
    const { PolicyName, PolicyDocument } = entry as Record<string, unknown>
    held.push({ label: `${owner}inline ${typeof PolicyName === 'string' ? PolicyName : 'policy'}`, document: PolicyDocument ?? undefined })
  }
  return held
}

/** A user's policies include its groups' (access advisor counts what a group grants too). */
function heldPolicies(principal: Resource, view: InventoryView): HeldPolicy[] {
  const held = policiesOf(principal, view, '')
  if (principal.type !== USER) return held
  const groups = readList(principal, 'Groups')
  for (const name of groups === UNKNOWN ? [] : groups) {
    if (typeof name !== 'string') continue
    const group = view.ofType(GROUP).find((g) => g.account === principal.account && (g.properties.GroupName ?? g.id) === name)
    if (group) held.push(...policiesOf(group, view, `group ${name}'s `))
    else held.push({ label: `group ${name}'s policies` })
  }
  return held
}

/** Whether an action pattern (`s3:Get*`, `*`, `ec2:*`) can match an action of service `namespace`. */
function actionCovers(pattern: unknown, namespace: string): boolean {
  if (typeof pattern !== 'string') return false
  if (pattern === '*') return true
  const colon = pattern.indexOf(':')
  if (colon < 0) return false
  const service = pattern.slice(0, colon)
  const re = new RegExp(`^${service.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i')
  return re.test(namespace)
}

/** Whether a statement excluding `pattern` (NotAction) excludes every action of `namespace`. */
function excludesService(pattern: unknown, namespace: string): boolean {
  if (typeof pattern !== 'string') return false
  if (pattern === '*' || pattern === '*:*') return true
  return pattern.toLowerCase() === `${namespace.toLowerCase()}:*`
}

/** Whether the document allows some action of `namespace` (Action, or a NotAction that leaves some of it). */
function documentGrants(document: unknown, namespace: string): boolean {
  return statementsOf(document).some((s) => {
    if (typeof s.Effect !== 'string' || s.Effect.toLowerCase() !== 'allow') return false
    if (s.Action !== undefined) return asList(s.Action).some((a) => actionCovers(a, namespace))
    if (s.NotAction !== undefined) return !asList(s.NotAction).some((a) => excludesService(a, namespace))
    return false
  })
}

interface Judged {
  namespace: string
  /** Days unused before the job completed, or undefined: never used (in IAM's tracking period). */
  days?: number
  granters: string[]
}

function named(items: readonly string[]): string {
  const shown = items.slice(0, MAX_NAMED_SERVICES).join(', ')
  return items.length > MAX_NAMED_SERVICES ? `${shown} and ${items.length - MAX_NAMED_SERVICES} more` : shown
}

export const permissionsUsedRecently: PredicateDefinition = {
  name: 'permissions-used-recently',
  description:
    "Every service the IAM role's or user's permissions policies grant was used within `max-days` days before IAM's service last accessed data for it was generated (Plumbline::IAM::ServiceLastAccessed); service-linked roles, principals younger than `max-days` days and plans: no verdict.",
  parameters: {
    'max-days': maxDaysParameter('how long a granted service may go unused, in whole days (90 fails a service last used 90 days before the data)')
  },
  reads: ['Arn', 'Path', 'ManagedPolicyArns', 'Policies[*].PolicyName', 'Policies[*].PolicyDocument'],
  judge(principal, view, args) {
    // Live only: only IAM knows what was used.
    if (principal.origin !== 'live') return null
    if (principal.isDefault === true) return null
    const path = read(principal, 'Path')
    if (typeof path === 'string' && path.startsWith(SERVICE_LINKED_PATH)) return null
    const maxDays = args['max-days'] as number
    const kind = principal.type === ROLE ? 'Role' : 'User'
    const name = principalName(principal)
    const at = principal.type === ROLE ? 'RoleName' : 'UserName'
    const fact = factOf(principal, view)
    if (fact === undefined) {
      return {
        status: 'unknown',
        message: `${kind} ${name}: IAM's service last accessed data for it was not read (denied, failed, or not scanned: see the coverage ledger for ${SERVICE_LAST_ACCESSED_TYPE}), so its unused permissions cannot be judged`,
        path: at
      }
    }
    const factPath = read(fact, 'Path')
    if (typeof factPath === 'string' && factPath.startsWith(SERVICE_LINKED_PATH)) return null
    const completedAt = parseReportDate(read(fact, 'JobCompletionDate'))
    const services = readList(fact, 'Services')
    if (completedAt === undefined || services === UNKNOWN) {
      return { status: 'unknown', message: `${kind} ${name}: its service last accessed data has no readable ${completedAt === undefined ? 'JobCompletionDate' : 'Services'}, so this cannot be judged`, path: at }
    }
    const created = parseReportDate(read(fact, 'CreateDate'))
    // Younger than the window: it has not had the time to use what it holds.
    if (created !== undefined && daysBefore(completedAt, created) < maxDays) return null

    const held = heldPolicies(principal, view)
    const administrator = held.filter((p) => p.administrator || (p.document !== undefined && statementsOf(p.document).some(grantsFullAdmin))).map((p) => p.label)
    const unreadable = held.filter((p) => p.document === undefined && !p.everyService).map((p) => p.label)
    const unused: Judged[] = []
    const used: string[] = []
    for (const service of services) {
      if (service === null || typeof service !== 'object') continue
      const s = service as Record<string, unknown>
      const namespace = typeof s.ServiceNamespace === 'string' ? s.ServiceNamespace : String(s.ServiceName ?? '?')
      const last = parseReportDate(s.LastAuthenticated)
      if (s.LastAuthenticated !== undefined && last === undefined) {
        return { status: 'unknown', message: `${kind} ${name}: the last use of ${namespace} (${String(s.LastAuthenticated)}) cannot be read, so this cannot be judged`, path: at }
      }
      const days = last === undefined ? undefined : daysBefore(completedAt, last)
      if (days !== undefined && days < maxDays) {
        used.push(namespace)
        continue
      }
      const granters = held.filter((p) => p.everyService || (p.document !== undefined && documentGrants(p.document, namespace))).map((p) => p.label)
      unused.push({ namespace, days, granters })
    }

    const total = used.length + unused.length
    if (total === 0) return pass(`${kind} ${name} is granted no service by its permissions policies`, at)
    if (unused.length === 0) {
      return pass(`${kind} ${name} used every service its policies grant (${total}) within ${maxDays} days before its service last accessed data`, at)
    }
    const describe = (j: Judged): string => `${j.namespace} (${j.granters.length > 0 ? j.granters.join(', ') : 'granting policy not known'})`
    const never = unused.filter((j) => j.days === undefined).map(describe)
    const stale = unused.filter((j) => j.days !== undefined).sort((a, b) => (b.days ?? 0) - (a.days ?? 0))
    const parts: string[] = []
    if (never.length > 0) parts.push(`never used: ${named(never)}`)
    if (stale.length > 0) parts.push(`not used for ${maxDays} days or more: ${named(stale.map((j) => `${describe(j).slice(0, -1)}; last used ${j.days} days before)`))}`)
    const who = administrator.length > 0 ? `${kind} ${name} (an administrator: ${administrator.join(', ')})` : `${kind} ${name}`
    let message = `${who} holds ${unused.length} of ${total} granted services unused for ${maxDays} days or more: ${parts.join('; ')}`
    if (used.length > 0) message += `. Used within ${maxDays} days: ${named(used)}`
    if (unused.some((j) => j.granters.length === 0)) {
      message += `. Which policy grants a service marked "granting policy not known" cannot be told from the inventory${unreadable.length > 0 ? ` (policies whose document was not read: ${unreadable.join(', ')})` : ''}`
    }
    const outcome: RuleOutcome = fail(message, at)
    if (administrator.length > 0) outcome.severity = 'high'
    return outcome
  }
}
