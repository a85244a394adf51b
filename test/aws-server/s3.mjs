// S3 (REST-XML) ListBuckets and GetBucketVersioning (path style or virtual-hosted: `<bucket>.localhost`), and S3
// Control GetPublicAccessBlock. S3 Control addresses the account
// in the host name (`<account>.<endpoint host>`) and in the x-amz-account-id header.
import { ServiceError, restXmlReply, xml } from './protocol.mjs'
import { decodePageToken, encodePageToken } from './store.mjs'

const BUCKET_CREATION_DATE = '2024-01-15T10:00:00.000Z'

/** GET /?bucket-region=&prefix=&max-buckets=&continuation-token= */
export function listBuckets(ctx) {
  const { account, url, requestId } = ctx
  const regionFilter = url.searchParams.get('bucket-region')
  const prefix = url.searchParams.get('prefix')
  let buckets = account
    .resourcesOfEveryRegion('AWS::S3::Bucket')
    .map((entry) => ({ name: String(entry.properties.BucketName ?? entry.identifier), region: entry.region }))
    .filter((b) => (regionFilter === null || b.region === regionFilter) && (prefix === null || b.name.startsWith(prefix)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const scope = `${account.id}|buckets|${regionFilter}|${prefix}`
  let offset = 0
  const token = url.searchParams.get('continuation-token')
  if (token !== null) {
    offset = decodePageToken(token, scope)
    if (offset === undefined) throw new ServiceError('InvalidArgument', 400, 'The continuation token provided is incorrect')
  }
  const rawMax = url.searchParams.get('max-buckets')
  const max = rawMax === null ? 10000 : Number(rawMax)
  if (!Number.isInteger(max) || max < 1 || max > 10000) throw new ServiceError('InvalidArgument', 400, 'Argument max-buckets must be an integer between 1 and 10000')
  const page = buckets.slice(offset, offset + max)
  const next = offset + max < buckets.length ? encodePageToken(scope, offset + max) : undefined
  buckets = page.map((b) => xml('Bucket', { Name: b.name, CreationDate: BUCKET_CREATION_DATE, BucketRegion: b.region }))
  return restXmlReply(
    'ListAllMyBucketsResult',
    's3',
    [
      xml('Buckets', buckets),
      xml('Owner', { ID: Buffer.from(account.id).toString('hex').padEnd(64, '0') }),
      ...(next ? [xml('ContinuationToken', next)] : []),
      ...(prefix !== null ? [xml('Prefix', prefix)] : [])
    ],
    requestId
  )
}

/**
 * The bucket a request addresses: virtual-hosted (`<bucket>.localhost:PORT`, what the SDK sends to a custom endpoint
 * by default) or path style (`/<bucket>`); undefined for a request to the service itself (ListBuckets).
 */
export function bucketOf(host, pathname) {
  const hostname = String(host ?? '').replace(/:\d+$/, '')
  const virtual = /^(.+)\.localhost$/i.exec(hostname)
  if (virtual) return virtual[1]
  const path = /^\/([^/]+)\/?$/.exec(pathname)
  return path ? decodeURIComponent(path[1]) : undefined
}

/**
 * GET /?versioning on a bucket: VersioningConfiguration with Status and MfaDelete, each only when set (S3 omits
 * both for a bucket never versioned, MfaDelete for one never configured with MFA delete). Status comes from the
 * seeded bucket's VersioningConfiguration, MfaDelete from facts.bucketMfaDelete (CloudFormation has no such
 * property). S3 answers a bucket only in its own region, and checks x-amz-expected-bucket-owner.
 */
export function getBucketVersioning(ctx) {
  const { account, region, bucket, headers, requestId } = ctx
  const entry = account.resourcesOfEveryRegion('AWS::S3::Bucket').find((e) => String(e.properties.BucketName ?? e.identifier) === bucket)
  if (!entry) throw new ServiceError('NoSuchBucket', 404, 'The specified bucket does not exist', { BucketName: bucket })
  if (entry.region !== region) {
    throw new ServiceError('AuthorizationHeaderMalformed', 400, `The authorization header is malformed; the region '${region}' is wrong; expecting '${entry.region}'`, { Region: entry.region })
  }
  const owner = headers['x-amz-expected-bucket-owner']
  if (owner !== undefined && owner !== account.id) throw new ServiceError('AccessDenied', 403, 'Access Denied')
  const status = entry.properties.VersioningConfiguration?.Status
  const mfaDelete = account.facts.bucketMfaDelete?.[bucket]
  const children = [...(status !== undefined ? [xml('Status', status)] : []), ...(mfaDelete !== undefined ? [xml('MfaDelete', mfaDelete)] : [])]
  return restXmlReply('VersioningConfiguration', 's3', children, requestId)
}

/** The account an S3 Control request names, checked for agreement between host and header. */
export function s3ControlAccount(headers) {
  const accountId = headers['x-amz-account-id']
  if (typeof accountId !== 'string' || !/^\d{12}$/.test(accountId)) {
    throw new ServiceError('InvalidRequest', 400, 'Missing or invalid x-amz-account-id header')
  }
  const host = String(headers.host ?? '')
  if (!host.startsWith(`${accountId}.`)) throw new ServiceError('InvalidRequest', 400, `Host '${host}' does not address account ${accountId}`)
  return accountId
}

/** GET /v20180820/configuration/publicAccessBlock */
export function getPublicAccessBlock(ctx) {
  const { account, requestId } = ctx
  const block = account.facts.publicAccessBlock
  if (!block) {
    throw new ServiceError('NoSuchPublicAccessBlockConfiguration', 404, 'The public access block configuration was not found', { AccountId: account.id })
  }
  const settings = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'].map((name) => xml(name, String(block[name] ?? false)))
  return restXmlReply('PublicAccessBlockConfiguration', 's3control', settings, requestId)
}
