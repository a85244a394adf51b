// S3 (REST-XML, path style) ListBuckets and S3 Control GetPublicAccessBlock. S3 Control addresses the account
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
