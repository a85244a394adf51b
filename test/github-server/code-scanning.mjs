// Code scanning's SARIF endpoints (POST /repos/{owner}/{repo}/code-scanning/sarifs and GET .../sarifs/{sarif_id}),
// written to GitHub's REST reference: the body is { commit_sha, ref, sarif, checkout_uri?, started_at?, tool_name?,
// validate? } with `sarif` gzip-compressed then base64-encoded, at most 10 MB compressed; 202 { id, url } and then
// a processing status that is pending for a while and ends complete or failed (with errors).
import { randomUUID } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import { RestError, invalidRequest, parseJsonBody } from './rest.mjs'

export const UPLOAD_DOCS = 'https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data'
export const STATUS_DOCS = 'https://docs.github.com/rest/code-scanning/code-scanning#get-information-about-a-sarif-upload'

/** "SARIF support for code scanning": the gzip-compressed file may be at most 10 MB. */
export const MAX_GZIP_BYTES = 10 * 1024 * 1024

/** The file's hard limits from the same page: above them the upload is rejected (processing fails). */
const LIMITS = { runs: 20, resultsPerRun: 25_000, rulesPerRun: 25_000, extensionsPerRun: 100, locationsPerResult: 1_000, threadFlowLocations: 10_000, tagsPerRule: 20 }

/** Code scanning unavailable, as GitHub answers the upload when the repository cannot use it. */
export const UNAVAILABLE = {
  'advanced-security-disabled': () => new RestError(403, 'Advanced Security must be enabled for this repository to use code scanning.', { documentationUrl: UPLOAD_DOCS }),
  'code-scanning-disabled': () => new RestError(403, 'Code scanning is not enabled for this repository. Please enable code scanning in the repository settings.', { documentationUrl: UPLOAD_DOCS }),
  'not-found': () => new RestError(404, 'Not Found', { documentationUrl: UPLOAD_DOCS })
}

const COMMIT_SHA = /^[0-9a-fA-F]{40}$/
const FULL_REF = /^refs\/(heads|tags|pull)\/.+$/
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** Validates the upload body in GitHub's order (schema, size, encoding) and returns the decoded SARIF text. */
export function readUpload(rawBody) {
  const body = parseJsonBody(rawBody, UPLOAD_DOCS)
  for (const field of ['commit_sha', 'ref', 'sarif']) {
    if (body[field] === undefined) throw invalidRequest(`"${field}" wasn't supplied.`, UPLOAD_DOCS)
    if (typeof body[field] !== 'string') throw invalidRequest(`Invalid property /${field}: \`${JSON.stringify(body[field])}\` is not of type \`string\`.`, UPLOAD_DOCS)
  }
  if (!COMMIT_SHA.test(body.commit_sha)) throw invalidRequest(`Invalid property /commit_sha: \`${body.commit_sha}\` does not match /^[0-9a-fA-F]{40}$/.`, UPLOAD_DOCS)
  if (!FULL_REF.test(body.ref)) throw invalidRequest(`Invalid property /ref: \`${body.ref}\` does not match /^refs\\/(heads|tags|pull)\\/.*$/.`, UPLOAD_DOCS)
  for (const field of ['checkout_uri', 'started_at', 'tool_name']) {
    if (body[field] !== undefined && typeof body[field] !== 'string') throw invalidRequest(`Invalid property /${field}: \`${JSON.stringify(body[field])}\` is not of type \`string\`.`, UPLOAD_DOCS)
  }
  if (body.started_at !== undefined && Number.isNaN(Date.parse(body.started_at))) throw invalidRequest(`Invalid property /started_at: \`${body.started_at}\` is not a valid date-time.`, UPLOAD_DOCS)
  if (body.validate !== undefined && typeof body.validate !== 'boolean') throw invalidRequest(`Invalid property /validate: \`${JSON.stringify(body.validate)}\` is not of type \`boolean\`.`, UPLOAD_DOCS)

  // base64 carries 3 bytes in 4 characters: size is judged on what the client compressed.
  if (Math.floor((body.sarif.length * 3) / 4) > MAX_GZIP_BYTES + 2) throw new RestError(413, 'SARIF file is too large', { documentationUrl: UPLOAD_DOCS })
  if (!BASE64.test(body.sarif) || body.sarif.length % 4 !== 0) throw new RestError(400, 'The sarif field is not valid base64.', { documentationUrl: UPLOAD_DOCS })
  const gzipped = Buffer.from(body.sarif, 'base64')
  if (gzipped.length > MAX_GZIP_BYTES) throw new RestError(413, 'SARIF file is too large', { documentationUrl: UPLOAD_DOCS })
  let sarifText
  try {
    if (gzipped[0] !== 0x1f || gzipped[1] !== 0x8b) throw new Error('no gzip header')
    sarifText = gunzipSync(gzipped).toString('utf8')
  } catch {
    throw new RestError(400, 'The sarif field must be gzip-compressed and then base64-encoded.', { documentationUrl: UPLOAD_DOCS })
  }
  let log
  try {
    log = JSON.parse(sarifText)
  } catch {
    throw new RestError(400, 'The sarif field does not contain a JSON document.', { documentationUrl: UPLOAD_DOCS })
  }
  return { body, sarifText, log }
}

/**
 * Category of a run: runAutomationDetails.id up to its last '/' (after it comes the run's own id), or the
 * whole id when it has no '/'.
 */
export function categoryOf(run) {
  const id = run?.automationDetails?.id
  if (typeof id !== 'string' || id === '') return undefined
  const slash = id.lastIndexOf('/')
  return slash < 0 ? id : id.slice(0, slash)
}

/** What processing finds wrong with the log (empty: it is accepted); `validate` adds the rendering requirements. */
export function processingErrors(log, validate) {
  const errors = []
  if (!log || typeof log !== 'object' || Array.isArray(log)) return ['The SARIF file is not a JSON object.']
  if (log.version !== '2.1.0') errors.push(`Unsupported SARIF version ${JSON.stringify(log.version)}: only 2.1.0 is supported.`)
  if (!Array.isArray(log.runs)) return [...errors, 'The SARIF file has no runs array.']
  if (log.runs.length > LIMITS.runs) errors.push(`The SARIF file has ${log.runs.length} runs; at most ${LIMITS.runs} are accepted.`)
  const seen = new Set()
  log.runs.forEach((run, r) => {
    const tool = run?.tool?.driver?.name
    if (typeof tool !== 'string' || tool === '') errors.push(`runs[${r}]: tool.driver.name is required.`)
    const key = `${tool}\u0000${categoryOf(run) ?? ''}`
    if (seen.has(key)) errors.push(`runs[${r}]: multiple runs of tool ${JSON.stringify(tool)} with the same category ${JSON.stringify(categoryOf(run) ?? '')} in one upload are not supported.`)
    seen.add(key)
    const results = Array.isArray(run?.results) ? run.results : []
    const rules = Array.isArray(run?.tool?.driver?.rules) ? run.tool.driver.rules : []
    if (results.length > LIMITS.resultsPerRun) errors.push(`runs[${r}]: ${results.length} results; at most ${LIMITS.resultsPerRun} are accepted.`)
    if (rules.length > LIMITS.rulesPerRun) errors.push(`runs[${r}]: ${rules.length} rules; at most ${LIMITS.rulesPerRun} are accepted.`)
    if ((run?.tool?.extensions?.length ?? 0) > LIMITS.extensionsPerRun) errors.push(`runs[${r}]: more than ${LIMITS.extensionsPerRun} tool extensions.`)
    rules.forEach((rule, i) => {
      if ((rule?.properties?.tags?.length ?? 0) > LIMITS.tagsPerRule) errors.push(`runs[${r}].tool.driver.rules[${i}]: more than ${LIMITS.tagsPerRule} tags.`)
      if (validate && (typeof rule?.id !== 'string' || rule.id === '')) errors.push(`runs[${r}].tool.driver.rules[${i}]: id is required.`)
    })
    results.forEach((result, i) => {
      if ((result?.locations?.length ?? 0) > LIMITS.locationsPerResult) errors.push(`runs[${r}].results[${i}]: more than ${LIMITS.locationsPerResult} locations.`)
      const flowLocations = (result?.codeFlows ?? []).flatMap((flow) => flow?.threadFlows ?? []).reduce((n, flow) => n + (flow?.locations?.length ?? 0), 0)
      if (flowLocations > LIMITS.threadFlowLocations) errors.push(`runs[${r}].results[${i}]: more than ${LIMITS.threadFlowLocations} thread flow locations.`)
      if (validate) {
        if (typeof result?.message?.text !== 'string' || result.message.text === '') errors.push(`runs[${r}].results[${i}]: message.text is required.`)
        if (!result?.locations?.[0]?.physicalLocation?.artifactLocation?.uri) errors.push(`runs[${r}].results[${i}]: locations[0].physicalLocation.artifactLocation.uri is required.`)
      }
    })
  })
  return errors
}

export class SarifUploads {
  constructor() {
    /** Recorded in arrival order; `status` fields are internal (polls so far, how it ends). */
    this.list = []
    this.pendingPolls = 1
    this.finalStatus = 'complete'
  }

  setProcessing(pendingPolls, finalStatus = 'complete') {
    if (!Number.isInteger(pendingPolls) || pendingPolls < 0) throw new Error('pendingPolls must be a whole number')
    this.pendingPolls = pendingPolls
    this.finalStatus = finalStatus
  }

  record(repository, { body, sarifText, log }) {
    const errors = processingErrors(log, body.validate === true)
    const categories = Array.isArray(log?.runs) ? log.runs.map(categoryOf).filter((c) => c !== undefined) : []
    const upload = {
      id: randomUUID(),
      repository,
      commit_sha: body.commit_sha,
      ref: body.ref,
      sarifText,
      category: categories[0],
      categories,
      body,
      polls: 0,
      pendingPolls: this.pendingPolls,
      outcome: errors.length > 0 ? 'failed' : this.finalStatus,
      errors: errors.length > 0 ? errors : this.finalStatus === 'failed' ? ['Code Scanning could not process the submitted SARIF file.'] : []
    }
    this.list.push(upload)
    return upload
  }

  find(repository, id) {
    return this.list.find((upload) => upload.repository === repository && upload.id === id)
  }

  /** One status poll: pending for the first `pendingPolls` polls, then the outcome. */
  status(upload, apiUrl) {
    upload.polls += 1
    const analysesUrl = `${apiUrl}/repos/${upload.repository}/code-scanning/analyses?sarif_id=${upload.id}`
    if (upload.polls <= upload.pendingPolls) return { processing_status: 'pending', analyses_url: null, errors: null }
    if (upload.outcome === 'failed') return { processing_status: 'failed', analyses_url: null, errors: upload.errors }
    return { processing_status: 'complete', analyses_url: analysesUrl, errors: [] }
  }
}
