// The Azure Blob Storage calls @azure/storage-blob's BlockBlobClient makes against the signed URL CreateArtifact
// hands out (uploadStream: Put Block per 8 MiB chunk, then Put Block List), plus Put Blob and Get Blob, written to
// the Blob service REST reference: SAS query (sv, se, sr, sp, sig), 201 Created with ETag / Last-Modified /
// x-ms-request-id / x-ms-version, and XML errors with x-ms-error-code.
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'

/** Account and container in the path (the SDK reads localhost URLs path-style: /account/container/blob). */
export const BLOB_PREFIX = '/results-storage/actions-results/'
const BLOB_PATH = /^\/results-storage\/actions-results\/(\d+)\/[^/]+$/
const SERVICE_VERSION = '2025-11-05'
const MAX_BLOCK_ID_BYTES = 64

export class BlobError extends Error {
  constructor(status, code, message, detail) {
    super(message)
    this.status = status
    this.code = code
    this.detail = detail
  }
}

const escapeXml = (value) => String(value).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c])

export function blobErrorResponse(error, requestId = randomUUID()) {
  const body =
    '<?xml version="1.0" encoding="utf-8"?><Error>' +
    `<Code>${error.code}</Code><Message>${escapeXml(`${error.message}\nRequestId:${requestId}\nTime:${new Date().toISOString()}`)}</Message>` +
    (error.detail ? `<AuthenticationErrorDetail>${escapeXml(error.detail)}</AuthenticationErrorDetail>` : '') +
    '</Error>'
  return { status: error.status, headers: { 'content-type': 'application/xml', 'x-ms-error-code': error.code, 'x-ms-request-id': requestId, 'x-ms-version': SERVICE_VERSION }, body }
}

/** Shared Access Signatures over (artifact id, expiry, permissions), HMAC-signed with this server's key. */
export class BlobSigner {
  constructor(baseUrl) {
    this.baseUrl = baseUrl
    this.key = randomBytes(32)
  }

  signature(artifactId, expiry, permissions) {
    return createHmac('sha256', this.key).update(`${artifactId}\n${expiry}\n${permissions}`).digest('base64')
  }

  /** @param {{ id: number, name: string, archived: boolean }} artifact @param {string} permissions e.g. 'cw', 'r' */
  url(artifact, permissions, lifetimeMs = 3600_000) {
    const fileName = artifact.archived ? `${artifact.name}.zip` : artifact.name
    const expiry = new Date(Date.now() + lifetimeMs).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const query = new URLSearchParams({ sv: SERVICE_VERSION, se: expiry, sr: 'b', sp: permissions, sig: this.signature(artifact.id, expiry, permissions) })
    return `${this.baseUrl}${BLOB_PREFIX}${artifact.id}/${encodeURIComponent(fileName).replace(/%/g, '_')}?${query}`
  }

  /** The artifact id a request's URL was signed for, when its signature, expiry and permissions allow `needed`. */
  authorize(url, needed) {
    const match = BLOB_PATH.exec(url.pathname)
    if (!match) throw new BlobError(404, 'ResourceNotFound', 'The specified resource does not exist.')
    const id = Number(match[1])
    const expiry = url.searchParams.get('se') ?? ''
    const permissions = url.searchParams.get('sp') ?? ''
    const given = Buffer.from(url.searchParams.get('sig') ?? '', 'base64')
    const expected = Buffer.from(this.signature(id, expiry, permissions), 'base64')
    const authFailed = (detail) => new BlobError(403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.', detail)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw authFailed('Signature did not match.')
    if (Number.isNaN(Date.parse(expiry)) || Date.parse(expiry) < Date.now()) throw authFailed('Signed expiry time has to be after signed start time')
    if (![...needed].every((p) => permissions.includes(p))) {
      throw new BlobError(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.')
    }
    return id
  }
}

/** Block blob state per artifact: staged (uncommitted) blocks and the committed list. */
class BlockBlob {
  constructor() {
    this.uncommitted = new Map()
    this.committed = new Map()
    this.committedOrder = []
    this.blockIdLength = undefined
    this.etag = undefined
    this.lastModified = undefined
  }
}

function decodeBlockId(raw) {
  if (raw === null || raw === '' || !/^[A-Za-z0-9+/]*={0,2}$/.test(raw) || raw.length % 4 !== 0) {
    throw new BlobError(400, 'InvalidQueryParameterValue', 'Value for one of the query parameters specified in the request URI is invalid.')
  }
  return Buffer.from(raw, 'base64')
}

function checkContentMd5(headers, body) {
  const md5 = headers['content-md5']
  if (md5 && md5 !== createHash('md5').update(body).digest('base64')) {
    throw new BlobError(400, 'Md5Mismatch', 'The MD5 value specified in the request did not match with the MD5 value calculated by the server.')
  }
}

/** Blob REST endpoints over the artifact store: the committed bytes land on the artifact. */
export class BlobService {
  constructor(signer, artifacts) {
    this.signer = signer
    this.artifacts = artifacts
    /** @type {Map<number, BlockBlob>} */
    this.blobs = new Map()
  }

  blobOf(id) {
    let blob = this.blobs.get(id)
    if (!blob) {
      blob = new BlockBlob()
      this.blobs.set(id, blob)
    }
    return blob
  }

  /** @returns {{ status: number, headers: Record<string, string>, body: string | Buffer }} */
  handle(method, url, headers, body) {
    const comp = url.searchParams.get('comp')
    const requestId = randomUUID()
    const common = { 'x-ms-request-id': requestId, 'x-ms-version': headers['x-ms-version'] ?? SERVICE_VERSION, date: new Date().toUTCString() }
    if (method === 'PUT' && comp === 'block') return this.putBlock(url, headers, body, common)
    if (method === 'PUT' && comp === 'blocklist') return this.putBlockList(url, headers, body, common)
    if (method === 'PUT' && comp === null) return this.putBlob(url, headers, body, common)
    if ((method === 'GET' || method === 'HEAD') && comp === null) return this.getBlob(method, url, common)
    if (comp !== null) throw new BlobError(400, 'InvalidQueryParameterValue', 'Value for one of the query parameters specified in the request URI is invalid.')
    throw new BlobError(405, 'UnsupportedHttpVerb', "The resource doesn't support specified Http Verb.")
  }

  artifactFor(url, permissions) {
    const id = this.signer.authorize(url, permissions)
    const artifact = this.artifacts.byId(id)
    if (!artifact) throw new BlobError(404, 'ContainerNotFound', 'The specified container does not exist.')
    return artifact
  }

  putBlock(url, headers, body, common) {
    const artifact = this.artifactFor(url, 'w')
    const blockId = decodeBlockId(url.searchParams.get('blockid'))
    const blob = this.blobOf(artifact.id)
    // The service requires every block id of a blob to have the same length, at most 64 bytes before encoding.
    if (blockId.length > MAX_BLOCK_ID_BYTES || (blob.blockIdLength !== undefined && blob.blockIdLength !== blockId.length)) {
      throw new BlobError(400, 'InvalidBlobOrBlock', 'The specified blob or block content is invalid.')
    }
    checkContentMd5(headers, body)
    blob.blockIdLength = blockId.length
    blob.uncommitted.set(blockId.toString('base64'), body)
    return { status: 201, headers: { ...common, 'content-md5': createHash('md5').update(body).digest('base64'), 'x-ms-request-server-encrypted': 'true' }, body: '' }
  }

  putBlockList(url, headers, body, common) {
    const artifact = this.artifactFor(url, 'w')
    const blob = this.blobOf(artifact.id)
    const xmlText = body.toString('utf8')
    if (!/<BlockList>[\s\S]*<\/BlockList>|<BlockList\s*\/>/.test(xmlText)) throw new BlobError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.')
    const parts = []
    const order = []
    for (const [, kind, rawId] of xmlText.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)) {
      const id = decodeBlockId(rawId.trim()).toString('base64')
      const fromUncommitted = kind !== 'Committed' ? blob.uncommitted.get(id) : undefined
      const fromCommitted = kind !== 'Uncommitted' ? blob.committed.get(id) : undefined
      const bytes = fromUncommitted ?? fromCommitted
      if (!bytes) throw new BlobError(400, 'InvalidBlockList', 'The specified block list is invalid.')
      parts.push(bytes)
      order.push([id, bytes])
    }
    blob.committed = new Map(order)
    blob.committedOrder = order.map(([id]) => id)
    blob.uncommitted.clear()
    return this.commit(artifact, blob, Buffer.concat(parts), headers['x-ms-blob-content-type'], common)
  }

  putBlob(url, headers, body, common) {
    const artifact = this.artifactFor(url, 'cw')
    if (headers['x-ms-blob-type'] !== 'BlockBlob') throw new BlobError(400, 'MissingRequiredHeader', 'An HTTP header that\'s mandatory for this request is not specified.')
    checkContentMd5(headers, body)
    const blob = this.blobOf(artifact.id)
    blob.committed = new Map()
    blob.committedOrder = []
    blob.uncommitted.clear()
    return this.commit(artifact, blob, body, headers['x-ms-blob-content-type'] ?? headers['content-type'], common)
  }

  commit(artifact, blob, bytes, contentType, common) {
    artifact.bytes = bytes
    artifact.committed = true
    artifact.blobContentType = contentType
    blob.etag = `"0x${randomBytes(8).toString('hex').toUpperCase()}"`
    blob.lastModified = new Date().toUTCString()
    return {
      status: 201,
      headers: { ...common, etag: blob.etag, 'last-modified': blob.lastModified, 'content-md5': createHash('md5').update(bytes).digest('base64'), 'x-ms-request-server-encrypted': 'true' },
      body: ''
    }
  }

  getBlob(method, url, common) {
    const artifact = this.artifactFor(url, 'r')
    const blob = this.blobs.get(artifact.id)
    if (!artifact.committed || !blob) throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.')
    const headers = {
      ...common,
      'content-type': artifact.blobContentType ?? 'application/octet-stream',
      'content-length': String(artifact.bytes.length),
      etag: blob.etag,
      'last-modified': blob.lastModified,
      'x-ms-blob-type': 'BlockBlob'
    }
    return { status: 200, headers, body: method === 'HEAD' ? '' : artifact.bytes, contentLength: artifact.bytes.length }
  }
}
