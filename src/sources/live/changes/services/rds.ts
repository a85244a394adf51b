// RDS's write events (eventSource rds.amazonaws.com). Shapes: RDS's API parameter names in lowerCamelCase, with
// RDS's own spelling: requestParameters.dBInstanceIdentifier, dBClusterIdentifier, dBSnapshotIdentifier,
// newDBInstanceIdentifier; responseElements the DBInstance/DBCluster itself (responseElements.dBInstanceIdentifier)
// (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/logging-using-cloudtrail.html, its CreateDBInstance example).
// Quirks, named:
// - RDS stores identifiers in lower case whatever the request's case: the response's identifier is used when
//   present, else the request's, lower-cased.
// - Renames (newDBInstanceIdentifier, newDBClusterIdentifier): the old id is re-read (NotFound removes it) and the new.
// - Neptune clusters share RDS's API and event source: a create names its engine (neptune → AWS::Neptune::DBCluster);
//   the other cluster calls do not, so they re-read AWS::RDS::DBCluster by id and re-list AWS::Neptune::DBCluster.
// - An instance made inside an Aurora cluster (dBClusterIdentifier) changes the cluster's members: both are re-read.
// - Manual snapshots are the Plumbline::RDS::DBSnapshot / DBClusterSnapshot facts (id the snapshot identifier).
import { DB_CLUSTER_SNAPSHOT_TYPE, DB_SNAPSHOT_TYPE } from '../../../../model/facts.js'
import { parseArn, relist, str, touch, type EventContext, type ServiceTable, type Touch } from '../table.js'

const INSTANCE = 'AWS::RDS::DBInstance'
const CLUSTER = 'AWS::RDS::DBCluster'
const NEPTUNE = 'AWS::Neptune::DBCluster'

function lower(value: unknown): string | undefined {
  return str(value)?.toLowerCase()
}

/** The identifier RDS keeps: the response's, else the request's lower-cased. */
function identifier(ctx: EventContext, name: string): string | undefined {
  return str(ctx.res[name]) ?? lower(ctx.req[name])
}

function instance(ctx: EventContext, name = 'dBInstanceIdentifier'): Touch[] {
  const out = [touch(INSTANCE, identifier(ctx, name))]
  const newId = lower(ctx.req.newDBInstanceIdentifier)
  if (newId) out.push(touch(INSTANCE, newId))
  const cluster = lower(ctx.req.dBClusterIdentifier)
  if (cluster) out.push(touch(CLUSTER, cluster))
  return out
}

function cluster(ctx: EventContext, name = 'dBClusterIdentifier'): Touch[] {
  const type = lower(ctx.req.engine) === 'neptune' ? NEPTUNE : CLUSTER
  const out = [touch(type, identifier(ctx, name))]
  const newId = lower(ctx.req.newDBClusterIdentifier)
  if (newId) out.push(touch(type, newId))
  if (type === CLUSTER && !str(ctx.req.engine)) out.push(relist(NEPTUNE))
  return out
}

/** AddTagsToResource/RemoveTagsFromResource: resourceName is the ARN (arn:aws:rds:<region>:<account>:db:<id>). */
function tagged(ctx: EventContext): Touch[] {
  const arn = parseArn(ctx.req.resourceName)
  if (!arn) return []
  const [kind, ...rest] = arn.resource.split(':')
  const id = rest.join(':')
  if (kind === 'db') return [touch(INSTANCE, id)]
  if (kind === 'cluster') return [touch(CLUSTER, id), relist(NEPTUNE)]
  if (kind === 'snapshot') return [touch(DB_SNAPSHOT_TYPE, id)]
  if (kind === 'cluster-snapshot') return [touch(DB_CLUSTER_SNAPSHOT_TYPE, id)]
  return []
}

export const rdsTable: ServiceTable = {
  service: 'RDS',
  eventSource: 'rds.amazonaws.com',
  entries: [
    {
      names: ['CreateDBInstance', 'CreateDBInstanceReadReplica', 'ModifyDBInstance', 'DeleteDBInstance', 'StartDBInstance', 'StopDBInstance', 'PromoteReadReplica'],
      touches: (ctx) => instance(ctx)
    },
    {
      names: ['RestoreDBInstanceFromDBSnapshot', 'RestoreDBInstanceFromS3'],
      touches: (ctx) => instance(ctx)
    },
    { names: ['RestoreDBInstanceToPointInTime'], touches: (ctx) => instance(ctx, 'targetDBInstanceIdentifier') },
    {
      names: ['CreateDBCluster', 'ModifyDBCluster', 'DeleteDBCluster', 'StartDBCluster', 'StopDBCluster', 'RestoreDBClusterFromSnapshot', 'RestoreDBClusterFromS3', 'RestoreDBClusterToPointInTime'],
      touches: (ctx) => cluster(ctx)
    },
    { names: ['CreateDBSnapshot', 'DeleteDBSnapshot', 'ModifyDBSnapshotAttribute', 'ModifyDBSnapshot'], touches: (ctx) => [touch(DB_SNAPSHOT_TYPE, identifier(ctx, 'dBSnapshotIdentifier'))] },
    { names: ['CopyDBSnapshot'], touches: (ctx) => [touch(DB_SNAPSHOT_TYPE, identifier(ctx, 'targetDBSnapshotIdentifier'))] },
    {
      names: ['CreateDBClusterSnapshot', 'DeleteDBClusterSnapshot', 'ModifyDBClusterSnapshotAttribute'],
      touches: (ctx) => [touch(DB_CLUSTER_SNAPSHOT_TYPE, identifier(ctx, 'dBClusterSnapshotIdentifier'))]
    },
    { names: ['CopyDBClusterSnapshot'], touches: (ctx) => [touch(DB_CLUSTER_SNAPSHOT_TYPE, identifier(ctx, 'targetDBClusterSnapshotIdentifier'))] },
    { names: ['AddTagsToResource', 'RemoveTagsFromResource'], touches: tagged }
  ],
  noChange: ['RebootDBInstance', 'RebootDBCluster'],
  trailResourceNames: {
    // Event history finds RDS events under the DB identifier.
    [INSTANCE]: (id) => id,
    [CLUSTER]: (id) => id,
    [NEPTUNE]: (id) => id
  }
}
