// `redact-identifiers`: AWS account ids masked in everything a public audience can read (the HTML report, the
// job summary, the pull-request comment). An id keeps its last four digits (`********9012`): enough to tell the
// accounts of a multi-account report apart, far too little to name one (eight unknown digits remain).
//
// What counts as an account id: a run of exactly twelve digits not touching another digit (ARNs, bucket names
// such as `logs-123456789012`, ledger entries, messages). Two exceptions keep links and hashes intact:
// - a run inside a hexadecimal run of 32 characters or more (a commit SHA or a digest) is left alone;
// - inside a URL whose host is not AWS's, only the known account ids are masked: GitHub run, job and artifact
//   ids are long numbers too and the run link must keep working.
// The known account ids (the run's accounts, the ledger's, the resources') are masked wherever they appear.
import { maskAccountId } from '../account-ids.js'
import type { InventoryFile } from '../sources/inventory-file.js'
import type { ReportModel } from '../types.js'

export { MASK_KEPT_DIGITS, maskAccountId } from '../account-ids.js'

const ACCOUNT_RUN = /(?<![0-9])[0-9]{12}(?![0-9])/g
const URL_TOKEN = /\bhttps?:\/\/[^\s"'<>()[\]{}|\\^`]+/gi
const AWS_HOST = /(^|\.)(amazonaws\.com|aws\.amazon\.com|amazon\.com|amazonaws\.com\.cn)$/i
const HEX = /[0-9a-fA-F]/
const HASH_LENGTH = 32

/**
 * The text with every account id masked (see the rules above). `accounts` names ids known to be accounts: they
 * are masked everywhere, even inside URLs and hexadecimal runs.
 */
export function maskAccountIdsInText(text: string, accounts: readonly string[] = []): string {
  return accountIdMasker(accounts)(text)
}

/**
 * maskAccountIdsInText for one list of known accounts, its pattern compiled once: a model is millions of strings,
 * and compiling the alternation of an organization's 200 accounts for each of them took minutes.
 */
export function accountIdMasker(accounts: readonly string[]): (text: string) => string {
  const known = [...new Set(accounts.filter((account) => /^[0-9]{12}$/.test(account)))]
  const anyKnown = known.length > 0 ? new RegExp(known.join('|'), 'g') : undefined
  return (text) => {
    // Every known id is a run of twelve digits too: a text without one has nothing to mask (most texts).
    if (!ANY_TWELVE_DIGITS.test(text)) return text
    const masked = anyKnown ? text.replace(anyKnown, (id) => maskAccountId(id)) : text
    return ANY_TWELVE_DIGITS.test(masked) ? maskUnknownIds(masked) : masked
  }
}

const ANY_TWELVE_DIGITS = /[0-9]{12}/

/** Twelve-digit runs that are not known accounts: masked unless inside a foreign URL or a hash. */
function maskUnknownIds(masked: string): string {
  const foreignUrls = [...masked.matchAll(URL_TOKEN)]
    .filter((match) => !isAwsUrl(match[0]))
    .map((match) => [match.index, match.index + match[0].length] as const)
  // The ids come in text order, and so do the URLs and the hexadecimal runs: each is walked once, whatever the
  // number of ids (a long tag value of ids and URLs, or one long hexadecimal run of them, stays linear).
  let url = 0
  let hexRun: readonly [number, number] = [-1, -1]
  return masked.replace(ACCOUNT_RUN, (id: string, offset: number, whole: string) => {
    while (url < foreignUrls.length && foreignUrls[url][1] <= offset) url++
    if (url < foreignUrls.length && offset >= foreignUrls[url][0]) return id
    if (offset >= hexRun[1]) hexRun = hexRunAround(whole, offset, id.length)
    if (hexRun[1] - hexRun[0] >= HASH_LENGTH) return id
    return maskAccountId(id)
  })
}

function isAwsUrl(url: string): boolean {
  try {
    return AWS_HOST.test(new URL(url).hostname)
  } catch {
    return false
  }
}

/** The run of hexadecimal characters holding text[offset, offset + length): [start, end). */
function hexRunAround(text: string, offset: number, length: number): readonly [number, number] {
  let start = offset
  let end = offset + length
  while (start > 0 && HEX.test(text[start - 1])) start--
  while (end < text.length && HEX.test(text[end])) end++
  return [start, end]
}

/**
 * A deep copy of the model with account ids masked in every string and every object key: ids, ARNs, messages,
 * the run's accounts and inputs, the coverage ledger, drift values, rule texts. The run and source links are
 * GitHub URLs and get the URL treatment above.
 */
export function maskAccountIds(model: ReportModel): ReportModel {
  return maskDeep(model, accountIdMasker(knownAccounts(model))) as ReportModel
}

function knownAccounts(model: ReportModel): string[] {
  const ids = new Set<string>(model.run.accounts)
  for (const entry of model.coverage) ids.add(entry.account)
  for (const evaluation of model.evaluations) if (evaluation.resource.account) ids.add(evaluation.resource.account)
  for (const entry of model.drift) if (entry.resource.account) ids.add(entry.resource.account)
  return [...ids]
}

function maskDeep(value: unknown, mask: (text: string) => string): unknown {
  if (typeof value === 'string') return mask(value)
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, mask))
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      // defineProperty: a key such as `__proto__` (from a policy document or tags) stays an own data property.
      Object.defineProperty(copy, mask(key), {
        value: maskDeep(item, mask),
        enumerable: true,
        writable: true,
        configurable: true
      })
    }
    return copy
  }
  return value
}

/**
 * The saved inventory as it may be published when redact-identifiers applies: account ids masked everywhere
 * except the fields an offline run needs to place each resource and ledger entry in its account — the inventory's
 * `accounts` and `primaryAccount`, each resource's `account` and `id` (its Cloud Control identifier, which a
 * bucket name may make hold an account id) and each ledger entry's `account`. Property values, addresses, errors
 * and notes are masked; read back, a masked value counts as redacted (sources/inventory-file.ts).
 */
export function maskInventoryIdentifiers(file: InventoryFile): InventoryFile {
  const accounts = [...new Set([...file.accounts, ...file.resources.map((r) => r.account).filter((a): a is string => a !== undefined)])]
  const maskText = accountIdMasker(accounts)
  const mask = (value: unknown) => maskDeep(value, maskText)
  return {
    ...file,
    resources: file.resources.map((resource) => {
      const masked = { ...resource, properties: mask(resource.properties) as Record<string, unknown> }
      if (resource.address !== undefined) masked.address = maskText(resource.address)
      return masked
    }),
    coverage: file.coverage.map(({ account, ...rest }) => ({ ...(mask(rest) as typeof rest), account }))
  }
}
