// What IAM policy statements grant: administrator-grade access, public principals, and the conditions that
// confine a public principal. Documents are read with src/model/policy-document.ts.
import { asList, type PolicyStatement } from '../../model/policy-document.js'

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
    // KMS's own: the account of the caller (the pattern AWS-managed and service-created key policies use with
    // Principal "*").
    'kms:CallerAccount',
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
 * True when a statement's Condition confines it: a confining operator on a key that limits who can use it
 * (`keys`, lower-case: by default every key above; a caller may narrow them, such as to the source keys),
 * with values none of which admits anyone ({"StringLike": {"aws:PrincipalOrgID": "*"}} confines nothing).
 */
export function hasRestrictingCondition(statement: PolicyStatement, keys: ReadonlySet<string> = RESTRICTING_CONDITION_KEYS): boolean {
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
        return keys.has(name) && values.length > 0 && !values.some((v) => admitsAnyone(v, name, operator))
      })
  )
}
