// trust-policy-limits: who a role's trust policy (AssumeRolePolicyDocument) lets assume it. One predicate, four
// readings of the Allow statements, chosen by `principals`:
//   anyone     Principal "*" / {"AWS": "*"} (or a NotPrincipal) without a condition confining it
//   account    a whole account ("123456789012" or arn:aws:iam::123456789012:root) without sts:ExternalId or aws:PrincipalArn
//   services   a service principal without a source condition (aws:SourceAccount, aws:SourceArn, aws:SourceOrg...)
//   github     GitHub's OIDC provider without a `sub` condition that pins the repository owner
import { asList, statementsOf, type PolicyStatement } from '../../model/policy-document.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { hasRestrictingCondition, isPublicPrincipal } from '../support/iam-policy.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

const PROPERTY = 'AssumeRolePolicyDocument'

const SOURCE_KEYS: ReadonlySet<string> = new Set(['aws:sourceaccount', 'aws:sourcearn', 'aws:sourceorgid', 'aws:sourceorgpaths'])
const PRINCIPAL_ARN_KEYS: ReadonlySet<string> = new Set(['aws:principalarn'])

function isAllow(statement: PolicyStatement): boolean {
  return typeof statement.Effect === 'string' && statement.Effect.toLowerCase() === 'allow'
}

function principalsOf(statement: PolicyStatement, kind: string): unknown[] {
  const principal = statement.Principal
  if (principal === null || typeof principal !== 'object' || Array.isArray(principal)) return []
  return asList((principal as Record<string, unknown>)[kind])
}

/** Whether the statement's Action takes in sts:AssumeRole (sts:AssumeRole itself, sts:*, "*"...). */
function allowsAssumeRole(statement: PolicyStatement): boolean {
  return asList(statement.Action).some((a) => typeof a === 'string' && /^(sts:assumerole|sts:\*|\*)$/i.test(a.trim()))
}

function hasConditionKey(statement: PolicyStatement, key: string): boolean {
  const condition = statement.Condition
  if (condition === null || typeof condition !== 'object') return false
  return Object.values(condition).some((block) => block !== null && typeof block === 'object' && Object.keys(block).some((k) => k.toLowerCase() === key))
}

const WHOLE_ACCOUNT = /^(\d{12}|arn:aws[a-z-]*:iam::\d{12}:root)$/

/**
 * A `sub` value that pins the repository owner: repo:OWNER/... with an owner free of wildcards. A first claim other
 * than repo (workflow:, environment:, ref:...) names something anyone can also name in a repository of their own.
 */
function pinsGithubOwner(value: unknown): boolean {
  if (typeof value !== 'string') return false
  const claims = value.split(':')
  return claims.length >= 2 && claims[0] === 'repo' && /^[A-Za-z0-9_.-]+\/./.test(claims[1])
}

/** The `token.actions.githubusercontent.com:sub` values of the statement's conditions (any operator). */
function githubSubValues(statement: PolicyStatement): unknown[] {
  const condition = statement.Condition
  if (condition === null || typeof condition !== 'object') return []
  const values: unknown[] = []
  for (const block of Object.values(condition)) {
    if (block === null || typeof block !== 'object') continue
    for (const [key, value] of Object.entries(block)) if (/:sub$/i.test(key) && /githubusercontent\.com/i.test(key)) values.push(...asList(value))
  }
  return values
}

interface Reading {
  /** Why the statement is too open, or undefined when it is not. */
  offends(statement: PolicyStatement): string | undefined
  ok: string
}

const READINGS: Readonly<Record<string, Reading>> = {
  anyone: {
    offends: (s) =>
      (isPublicPrincipal(s.Principal) || s.NotPrincipal !== undefined) && !hasRestrictingCondition(s)
        ? 'lets anyone (Principal "*") assume the role without a condition confining them'
        : undefined,
    ok: 'does not let anyone assume the role'
  },
  account: {
    offends: (s) => {
      const account = principalsOf(s, 'AWS').find((p) => typeof p === 'string' && WHOLE_ACCOUNT.test(p.trim()))
      if (account === undefined) return undefined
      // An external id (for a third party) or the ARN of the principals meant narrows the account down.
      if ((allowsAssumeRole(s) && hasConditionKey(s, 'sts:externalid')) || hasRestrictingCondition(s, PRINCIPAL_ARN_KEYS)) return undefined
      return `trusts every principal of account ${String(account)} (no sts:ExternalId or aws:PrincipalArn condition)`
    },
    ok: 'does not trust a whole account without narrowing it'
  },
  services: {
    offends: (s) => {
      const services = principalsOf(s, 'Service')
      if (services.length === 0 || !allowsAssumeRole(s) || hasRestrictingCondition(s, SOURCE_KEYS)) return undefined
      return `lets ${services.map(String).join(', ')} assume the role on behalf of any account (no aws:SourceAccount or aws:SourceArn condition)`
    },
    ok: 'confines every service principal to a source account or resource'
  },
  github: {
    offends: (s) => {
      if (!principalsOf(s, 'Federated').some((p) => typeof p === 'string' && p.includes('oidc-provider/token.actions.githubusercontent.com'))) return undefined
      const subs = githubSubValues(s)
      if (subs.length === 0) return 'trusts GitHub Actions without a token.actions.githubusercontent.com:sub condition: any repository can assume the role'
      const loose = subs.find((v) => !pinsGithubOwner(v))
      return loose === undefined ? undefined : `trusts GitHub Actions for sub ${JSON.stringify(loose)}, which does not pin the repository owner`
    },
    ok: 'trusts GitHub Actions only for named repositories, or not at all'
  }
}

export const trustPolicyLimits: PredicateDefinition = {
  name: 'trust-policy-limits',
  description:
    'The IAM role\'s trust policy (AssumeRolePolicyDocument) has no Allow statement open to `principals`: anyone (Principal "*" without a confining condition), account (a whole account without sts:ExternalId or aws:PrincipalArn), services (a service principal without aws:SourceAccount/SourceArn/SourceOrgID/SourceOrgPaths), github (GitHub\'s OIDC provider without a sub condition pinning the repository owner).',
  parameters: {
    principals: {
      description: `who must not be let in: ${Object.keys(READINGS).join(', ')}`,
      required: true,
      check: (value) => (typeof value === 'string' && Object.hasOwn(READINGS, value) ? undefined : `must be one of ${Object.keys(READINGS).join(', ')}, not ${JSON.stringify(value)}`)
    }
  },
  reads: [PROPERTY],
  judge(resource, _view, args) {
    const reading = READINGS[args.principals as string]
    const document = read(resource, PROPERTY)
    if (document === UNKNOWN) return unknownAt(resource, PROPERTY, 'the trust policy')
    const statements = statementsOf(document)
    for (let i = 0; i < statements.length; i++) {
      if (!isAllow(statements[i])) continue
      const why = reading.offends(statements[i])
      if (why !== undefined) {
        const sid = typeof statements[i].Sid === 'string' && statements[i].Sid !== '' ? `statement ${statements[i].Sid}` : `statement ${i + 1}`
        return fail(`${nameOf(resource)}: the trust policy's ${sid} ${why}`, PROPERTY)
      }
    }
    return pass(`${nameOf(resource)}: the trust policy ${reading.ok}`, PROPERTY)
  }
}
