// data "aws_iam_policy_document": the `json` and `minified_json` the AWS provider computes, without the
// provider. Follows internal/service/iam/policy_document_data_source.go and policy_model.go of
// hashicorp/terraform-provider-aws: Version (default "2012-10-17"), Id, Statement; per statement Sid, Effect
// (default "Allow"), Action, NotAction, Resource, NotResource, Principal, NotPrincipal, Condition, empty
// ones left out. A set with one element becomes a string, a longer one is sorted in reverse byte order;
// `&{` in resources, principals and condition values becomes `${`; "*" principals of type "*" collapse to "*".
// Principals and conditions are sets of blocks whose order comes from the SDK's hashes: when two blocks
// would merge under one key their order is not ours to know, so the document is unknown. So are documents
// with source/override documents, dynamic statements, count/for_each, or any input we cannot evaluate.
import { compareStrings, goJson, isObject, sortedKeys, UNKNOWN, type Maybe } from './values.js'

type Body = Record<string, unknown>

/** Evaluates one attribute of the data block (or of a nested block) as a whole value. */
export type AttributeEvaluator = (raw: unknown) => { value: Maybe; sensitive: boolean }

export interface PolicyDocumentResult {
  value: { json: string; minified_json: string } | typeof UNKNOWN
  sensitive: boolean
}

const SUPPORTED_ATTRIBUTES = new Set(['statement', 'version', 'policy_id', 'depends_on', 'provider'])
const STATEMENT_ATTRIBUTES = new Set(['sid', 'effect', 'actions', 'not_actions', 'resources', 'not_resources', 'principals', 'not_principals', 'condition'])
const VERSIONS = new Set(['2008-10-17', '2012-10-17'])

class Unknowable extends Error {}

export function evaluatePolicyDocument(body: Body, evaluateAttribute: AttributeEvaluator): PolicyDocumentResult {
  let sensitive = false
  const value = (raw: unknown): unknown => {
    const result = evaluateAttribute(raw)
    sensitive ||= result.sensitive
    if (result.value === UNKNOWN) throw new Unknowable()
    return result.value
  }
  try {
    for (const key of Object.keys(body)) {
      // source/override documents are merged by the provider (not implemented here); empty deprecated ones are fine
      if (SUPPORTED_ATTRIBUTES.has(key)) continue
      if ((key === 'source_json' || key === 'override_json') && value(body[key]) === '') continue
      if ((key === 'source_policy_documents' || key === 'override_policy_documents') && isEmptyList(value(body[key]))) continue
      throw new Unknowable()
    }
    const version = 'version' in body ? (value(body.version) ?? '2012-10-17') : '2012-10-17'
    if (typeof version !== 'string' || !VERSIONS.has(version)) throw new Unknowable()
    const document: Record<string, unknown> = { Version: version }
    if ('policy_id' in body) {
      const id = value(body.policy_id)
      if (id !== null && typeof id !== 'string') throw new Unknowable()
      if (id) document.Id = id
    }
    const statements = blocks(body.statement).map((block) => statement(block, version, value))
    const sids = statements.map((s) => s.Sid).filter((sid): sid is string => typeof sid === 'string')
    if (new Set(sids).size !== sids.length) throw new Unknowable() // the provider rejects a duplicate Sid
    if (statements.length > 0) document.Statement = statements
    const json = goJson(document, { sortKeys: false, indent: '  ' })
    const minified = goJson(document, { sortKeys: false })
    if (json === undefined || minified === undefined) throw new Unknowable()
    return { value: { json, minified_json: minified }, sensitive }
  } catch (error) {
    if (error instanceof Unknowable) return { value: UNKNOWN, sensitive }
    throw error
  }
}

function isEmptyList(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0)
}

/** Nested blocks as parser.ts gives them: a list of bodies (absent: none). */
function blocks(raw: unknown): Body[] {
  if (raw === undefined) return []
  if (!Array.isArray(raw) || !raw.every(isObject)) throw new Unknowable()
  return raw
}

function statement(block: Body, version: string, value: (raw: unknown) => unknown): Record<string, unknown> {
  for (const key of Object.keys(block)) if (!STATEMENT_ATTRIBUTES.has(key)) throw new Unknowable() // e.g. dynamic
  const out: Record<string, unknown> = {}
  const sid = 'sid' in block ? (value(block.sid) ?? '') : ''
  if (sid !== null && typeof sid !== 'string') throw new Unknowable()
  if (sid) out.Sid = sid
  const effect = 'effect' in block ? (value(block.effect) ?? 'Allow') : 'Allow'
  if (effect !== 'Allow' && effect !== 'Deny') throw new Unknowable()
  out.Effect = effect
  const stringSet = (key: string, replaceVariables: boolean): string | string[] | undefined => {
    if (!(key in block)) return undefined
    const items = stringList(value(block[key]))
    if (items.length === 0) return undefined
    const collapsed = collapse([...new Set(items)])
    return replaceVariables ? replaceVars(collapsed, version) : collapsed
  }
  const action = stringSet('actions', false)
  const notAction = stringSet('not_actions', false)
  const resource = stringSet('resources', true)
  const notResource = stringSet('not_resources', true)
  if (action !== undefined) out.Action = action
  if (notAction !== undefined) out.NotAction = notAction
  if (resource !== undefined) out.Resource = resource
  if (notResource !== undefined) out.NotResource = notResource
  const principal = principals(block.principals, version, value)
  const notPrincipal = principals(block.not_principals, version, value)
  if (principal !== undefined) out.Principal = principal
  if (notPrincipal !== undefined) out.NotPrincipal = notPrincipal
  const condition = conditions(block.condition, version, value)
  if (condition !== undefined) out.Condition = condition
  return out
}

/** A set(string) argument: primitives become strings as Terraform converts them; null or a collection inside is unknown. */
function stringList(raw: unknown): string[] {
  if (raw === null) return []
  if (!Array.isArray(raw)) throw new Unknowable()
  return raw.map((item) => {
    if (typeof item === 'string') return item
    if (typeof item === 'boolean' || (typeof item === 'number' && Number.isSafeInteger(item))) return String(item)
    throw new Unknowable()
  })
}

/** policyDecodeConfigStrings: one element → the string; more → sorted, then reversed. */
function collapse(items: string[]): string | string[] {
  return items.length === 1 ? items[0] : [...items].sort(compareStrings).reverse()
}

function replaceVars<T extends string | string[]>(value: T, version: string): T {
  const replace = (text: string) => {
    if (version === '2008-10-17' && text.includes('&{')) throw new Unknowable() // the provider rejects it
    return text.replaceAll('&{', '${')
  }
  return (typeof value === 'string' ? replace(value) : value.map(replace)) as T
}

function principals(raw: unknown, version: string, value: (raw: unknown) => unknown): unknown {
  const entries = uniqueBlocks(
    blocks(raw).map((block) => {
      const type = value(block.type)
      if (typeof type !== 'string') throw new Unknowable()
      // the provider dedupes (a set), replaces &{, and sorts last (when it writes the JSON)
      const identifiers = replaceVars([...new Set(stringList(value(block.identifiers)))], version)
      return { type, identifiers: collapse(identifiers) }
    })
  )
  if (entries.length === 0) return undefined
  if (entries.length === 1 && entries[0].type === '*' && entries[0].identifiers === '*') return '*'
  const types = entries.map((entry) => entry.type)
  if (new Set(types).size !== types.length) throw new Unknowable() // merged in hash order
  const out: Record<string, unknown> = {}
  for (const type of [...types].sort(compareStrings)) out[type] = entries.find((entry) => entry.type === type)!.identifiers
  return out
}

function conditions(raw: unknown, version: string, value: (raw: unknown) => unknown): unknown {
  const entries = uniqueBlocks(
    blocks(raw).map((block) => {
      const test = value(block.test)
      const variable = value(block.variable)
      if (typeof test !== 'string' || typeof variable !== 'string') throw new Unknowable()
      const values = replaceVars(stringList(value(block.values)), version)
      return { test, variable, values: values.length === 1 ? values[0] : values }
    })
  )
  if (entries.length === 0) return undefined
  const pairs = entries.map((entry) => `${entry.test}\u0000${entry.variable}`)
  if (new Set(pairs).size !== pairs.length) throw new Unknowable() // values appended in hash order
  const out: Record<string, Record<string, unknown>> = {}
  for (const entry of entries) (out[entry.test] ??= {})[entry.variable] = entry.values
  const sorted: Record<string, unknown> = {}
  for (const test of sortedKeys(out)) {
    const byVariable: Record<string, unknown> = {}
    for (const variable of sortedKeys(out[test])) byVariable[variable] = out[test][variable]
    sorted[test] = byVariable
  }
  return sorted
}

/** Identical blocks in a set are one element. */
function uniqueBlocks<T>(entries: T[]): T[] {
  const seen = new Set<string>()
  return entries.filter((entry) => {
    const key = JSON.stringify(entry)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
