// Signature Version 4 verification, written to AWS's "Create a signed AWS API request" steps
// (docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html): canonical request, string to sign,
// signing key derived from the secret, HMAC-SHA256. The server recomputes the signature from the issued
// secret, so a client signing with any other secret is rejected exactly as AWS would reject it.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

const ALGORITHM = 'AWS4-HMAC-SHA256'

/** The parts of `Authorization: AWS4-HMAC-SHA256 Credential=AKID/DATE/REGION/SERVICE/aws4_request, SignedHeaders=a;b, Signature=hex`. */
export function parseAuthorization(header) {
  if (typeof header !== 'string' || !header.startsWith(ALGORITHM + ' ')) return undefined
  const fields = {}
  for (const part of header.slice(ALGORITHM.length + 1).split(',')) {
    const eq = part.indexOf('=')
    if (eq > 0) fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim()
  }
  const scope = (fields.Credential ?? '').split('/')
  if (scope.length !== 5 || scope[4] !== 'aws4_request' || !fields.SignedHeaders || !fields.Signature) return undefined
  const [accessKeyId, date, region, service] = scope
  return { accessKeyId, date, region, service, signedHeaders: fields.SignedHeaders.split(';'), signature: fields.Signature }
}

const sha256Hex = (data) => createHash('sha256').update(data).digest('hex')
const hmac = (key, data) => createHmac('sha256', key).update(data).digest()

// Deriving the key costs four HMACs; a scan signs thousands of requests with one secret per day and scope.
const signingKeys = new Map()
function signingKey(secret, date, region, service) {
  const cacheKey = `${secret}\n${date}\n${region}\n${service}`
  let key = signingKeys.get(cacheKey)
  if (!key) {
    key = hmac(hmac(hmac(hmac('AWS4' + secret, date), region), service), 'aws4_request')
    if (signingKeys.size > 1000) signingKeys.clear()
    signingKeys.set(cacheKey, key)
  }
  return key
}

/** RFC 3986 encoding as SigV4 requires: everything but A-Z a-z 0-9 - _ . ~ is percent-encoded. */
function uriEncode(value) {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
}

function safeDecode(value) {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function canonicalUri(rawPath, service) {
  // S3 signs the path as sent; every other service signs each segment URI-encoded once more.
  if (service === 's3') return rawPath || '/'
  return (rawPath || '/').split('/').map((segment) => uriEncode(safeDecode(segment))).join('/')
}

function canonicalQuery(rawQuery) {
  if (!rawQuery) return ''
  return rawQuery
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=')
      const key = eq < 0 ? pair : pair.slice(0, eq)
      const value = eq < 0 ? '' : pair.slice(eq + 1)
      return [uriEncode(safeDecode(key)), uriEncode(safeDecode(value))]
    })
    .sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
}

const headerValue = (value) => (Array.isArray(value) ? value.join(',') : String(value ?? '')).trim().replace(/\s+/g, ' ')

/**
 * Checks a request's SigV4 signature against `secret`. Returns undefined when it matches, else why not
 * (for the error message; never includes the secret).
 * @param {{ method: string, url: string, headers: Record<string, string | string[] | undefined>, body: Buffer }} request
 * @param {ReturnType<typeof parseAuthorization>} auth
 * @param {string} secret
 */
export function signatureProblem(request, auth, secret) {
  const amzDate = request.headers['x-amz-date']
  if (typeof amzDate !== 'string' || !/^\d{8}T\d{6}Z$/.test(amzDate)) return 'missing or malformed X-Amz-Date'
  if (amzDate.slice(0, 8) !== auth.date) return 'credential scope date does not match X-Amz-Date'
  if (!auth.signedHeaders.includes('host')) return "'Host' must be a signed header"
  const queryStart = request.url.indexOf('?')
  const rawPath = queryStart < 0 ? request.url : request.url.slice(0, queryStart)
  const rawQuery = queryStart < 0 ? '' : request.url.slice(queryStart + 1)
  const declaredPayloadHash = request.headers['x-amz-content-sha256']
  const bodyHash = sha256Hex(request.body)
  if (typeof declaredPayloadHash === 'string' && /^[0-9a-f]{64}$/.test(declaredPayloadHash) && declaredPayloadHash !== bodyHash) {
    return 'x-amz-content-sha256 does not match the body'
  }
  const payloadHash = typeof declaredPayloadHash === 'string' ? declaredPayloadHash : bodyHash
  const canonicalRequest = [
    request.method,
    canonicalUri(rawPath, auth.service),
    canonicalQuery(rawQuery),
    auth.signedHeaders.map((name) => `${name}:${headerValue(request.headers[name])}\n`).join(''),
    auth.signedHeaders.join(';'),
    payloadHash
  ].join('\n')
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(canonicalRequest)].join('\n')
  const expected = createHmac('sha256', signingKey(secret, auth.date, auth.region, auth.service)).update(stringToSign).digest()
  const given = Buffer.from(auth.signature, 'hex')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'signature mismatch'
  return undefined
}
