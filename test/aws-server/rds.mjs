// RDS, query protocol (Version 2014-10-31: PascalCase members, lists as repeated named elements, errors as
// <ErrorResponse><Error>): the account's manual DB and DB cluster snapshots and their `restore` attribute, which no
// CloudFormation type holds. DocumentDB and Neptune cluster snapshots are served by the same API (their Engine says which).
import { ServiceError, queryReply, xml } from './protocol.mjs'
import { decodePageToken, encodePageToken } from './store.mjs'

/** MaxRecords (20..100, default 100) and Marker paging over `entries`. */
function paginate(params, entries, scope) {
  const raw = params.get('MaxRecords')
  const max = raw === null ? 100 : Number(raw)
  if (!Number.isInteger(max) || max < 20 || max > 100) throw new ServiceError('InvalidParameterValue', 400, `Invalid value ${raw} for MaxRecords. Must be between 20 and 100`)
  const marker = params.get('Marker')
  const offset = marker === null ? 0 : decodePageToken(marker, scope)
  if (offset === undefined) throw new ServiceError('InvalidParameterValue', 400, 'The parameter Marker is not valid')
  const end = offset + max
  return { page: entries.slice(offset, end), next: end < entries.length ? encodePageToken(scope, end) : undefined }
}

/** SnapshotType: the seeds are the account's manual snapshots; `automated` (and the others) list none of them. */
function ofType(params, snapshots) {
  const type = params.get('SnapshotType')
  return type === null || type === 'manual' ? snapshots : []
}

const restoreAttribute = (tag, snapshot, accountId) =>
  xml(tag, [xml('AttributeName', 'restore'), xml('AttributeValues', [...(snapshot.Public ? ['all'] : []), ...(snapshot.SharedWith ?? [])].filter((v) => v !== accountId).map((v) => xml('AttributeValue', v)))])

export function describeDBSnapshots(ctx) {
  const { account, region, params, requestId } = ctx
  let snapshots = ofType(params, account.facts.dbSnapshots?.[region] ?? [])
  const id = params.get('DBSnapshotIdentifier')
  if (id !== null) {
    snapshots = snapshots.filter((s) => s.DBSnapshotIdentifier === id)
    if (snapshots.length === 0) throw new ServiceError('DBSnapshotNotFound', 404, `DBSnapshot ${id} not found.`)
  }
  const { page, next } = paginate(params, snapshots, `${account.id}|${region}|db-snapshots|${params.get('SnapshotType')}|${id}`)
  const items = page.map((s) =>
    xml('DBSnapshot', {
      DBSnapshotIdentifier: s.DBSnapshotIdentifier,
      DBInstanceIdentifier: s.DBInstanceIdentifier,
      Engine: s.Engine ?? 'postgres',
      SnapshotType: 'manual',
      Status: s.Status ?? 'available',
      Encrypted: String(s.Encrypted === true),
      KmsKeyId: s.KmsKeyId,
      DBSnapshotArn: `arn:aws:rds:${region}:${account.id}:snapshot:${s.DBSnapshotIdentifier}`,
      SnapshotCreateTime: '2026-11-01T00:00:00.000Z'
    })
  )
  return queryReply('rds', 'DescribeDBSnapshots', [xml('DBSnapshots', items), ...(next ? [xml('Marker', next)] : [])], requestId)
}

export function describeDBSnapshotAttributes(ctx) {
  const { account, region, params, requestId } = ctx
  const id = params.get('DBSnapshotIdentifier')
  const snapshot = (account.facts.dbSnapshots?.[region] ?? []).find((s) => s.DBSnapshotIdentifier === id)
  if (!snapshot) throw new ServiceError('DBSnapshotNotFound', 404, `DBSnapshot ${id} not found.`)
  return queryReply(
    'rds',
    'DescribeDBSnapshotAttributes',
    [xml('DBSnapshotAttributesResult', [xml('DBSnapshotIdentifier', id), xml('DBSnapshotAttributes', [restoreAttribute('DBSnapshotAttribute', snapshot, account.id)])])],
    requestId
  )
}

export function describeDBClusterSnapshots(ctx) {
  const { account, region, params, requestId } = ctx
  let snapshots = ofType(params, account.facts.dbClusterSnapshots?.[region] ?? [])
  const id = params.get('DBClusterSnapshotIdentifier')
  if (id !== null) {
    snapshots = snapshots.filter((s) => s.DBClusterSnapshotIdentifier === id)
    if (snapshots.length === 0) throw new ServiceError('DBClusterSnapshotNotFoundFault', 404, `DBClusterSnapshot ${id} not found.`)
  }
  const { page, next } = paginate(params, snapshots, `${account.id}|${region}|db-cluster-snapshots|${params.get('SnapshotType')}|${id}`)
  const items = page.map((s) =>
    xml('DBClusterSnapshot', {
      DBClusterSnapshotIdentifier: s.DBClusterSnapshotIdentifier,
      DBClusterIdentifier: s.DBClusterIdentifier,
      Engine: s.Engine ?? 'aurora-postgresql',
      SnapshotType: 'manual',
      Status: s.Status ?? 'available',
      StorageEncrypted: String(s.StorageEncrypted === true),
      KmsKeyId: s.KmsKeyId,
      DBClusterSnapshotArn: `arn:aws:rds:${region}:${account.id}:cluster-snapshot:${s.DBClusterSnapshotIdentifier}`,
      SnapshotCreateTime: '2026-11-01T00:00:00.000Z'
    })
  )
  return queryReply('rds', 'DescribeDBClusterSnapshots', [xml('DBClusterSnapshots', items), ...(next ? [xml('Marker', next)] : [])], requestId)
}

export function describeDBClusterSnapshotAttributes(ctx) {
  const { account, region, params, requestId } = ctx
  const id = params.get('DBClusterSnapshotIdentifier')
  const snapshot = (account.facts.dbClusterSnapshots?.[region] ?? []).find((s) => s.DBClusterSnapshotIdentifier === id)
  if (!snapshot) throw new ServiceError('DBClusterSnapshotNotFoundFault', 404, `DBClusterSnapshot ${id} not found.`)
  return queryReply(
    'rds',
    'DescribeDBClusterSnapshotAttributes',
    [
      xml('DBClusterSnapshotAttributesResult', [
        xml('DBClusterSnapshotIdentifier', id),
        xml('DBClusterSnapshotAttributes', [restoreAttribute('DBClusterSnapshotAttribute', snapshot, account.id)])
      ])
    ],
    requestId
  )
}
