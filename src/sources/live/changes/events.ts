// Which resources a CloudTrail write event touched, for the "changes since the last scan" mode: it reads
// CloudTrail's management events (LookupEvents) since the last inventory's scan and re-reads exactly those resources
// with Cloud Control GetResource (a NotFound removes the resource). Pure: no I/O.
//
// One table per service (./services/*.ts: one entry per event name or pattern, each service's quirks named there);
// this module only dispatches: failed calls, read-only events and events no table knows are ignored with the reason,
// and touches are kept for the scanned types only. A touch is re-read in the record's awsRegion ('global' for the
// global types, IAM); a { type, relist: true } touch asks for that type to be listed again there, because the record
// does not name the resource (an asynchronous create, a name where the identifier is an ARN, ...).
import { cloudcontrolTable } from './services/cloudcontrol.js'
import { cloudtrailTable } from './services/cloudtrail.js'
import { configTable } from './services/config.js'
import { ecrTable, eksTable } from './services/containers.js'
import { dynamodbTable, secretsManagerTable } from './services/data.js'
import { ec2Table } from './services/ec2.js'
import { elbv2Table } from './services/elbv2.js'
import { iamTable } from './services/iam.js'
import { kmsTable } from './services/kms.js'
import { lambdaTable } from './services/lambda.js'
import { logsTable } from './services/logs.js'
import { cloudwatchTable, guarddutyTable } from './services/monitoring.js'
import { rdsTable } from './services/rds.js'
import { s3Table } from './services/s3.js'
import { snsTable, sqsTable } from './services/sns-sqs.js'
import { partitionOf, str, type EventContext, type EventEntry, type ServiceTable, type Touch, type TrailRecord } from './table.js'

export type { Touch, TrailRecord, UserIdentity } from './table.js'

export interface TouchedResources {
  touches: Touch[]
  /** why nothing is re-read: a failed call (errorCode), a read-only event, an event the table does not know */
  ignored?: string
}

/** Every service's table, one per event source. */
export const SERVICE_TABLES: readonly ServiceTable[] = [
  ec2Table,
  s3Table,
  iamTable,
  kmsTable,
  rdsTable,
  lambdaTable,
  cloudtrailTable,
  snsTable,
  sqsTable,
  logsTable,
  elbv2Table,
  ecrTable,
  dynamodbTable,
  eksTable,
  secretsManagerTable,
  configTable,
  cloudwatchTable,
  guarddutyTable,
  cloudcontrolTable
]

const BY_SOURCE = new Map(SERVICE_TABLES.map((t) => [t.eventSource, t]))

/** Event sources (e.g. 'ec2.amazonaws.com') whose write events the table knows, for the EventBridge rule example. */
export const KNOWN_EVENT_SOURCES: readonly string[] = SERVICE_TABLES.map((t) => t.eventSource).sort()

/**
 * CloudFormation's own events are skipped: a stack's resource changes are recorded as the services' own events,
 * made by the stack's role with invokedBy cloudformation.amazonaws.com, which the tables read.
 */
const CLOUDFORMATION = 'cloudformation.amazonaws.com'

/** Event names of reads, for records that do not say readOnly (LookupEvents filters on it, a trail's files keep it). */
const READ_NAME = /^(Describe|Get|List|Head|Lookup|BatchGet|Search|Select|Scan|Query)[A-Z]/

function matches(entry: EventEntry, name: string): boolean {
  return Array.isArray(entry.names) ? entry.names.includes(name) : (entry.names as RegExp).test(name)
}

function matchesAny(names: readonly string[] | RegExp | undefined, name: string): boolean {
  if (!names) return false
  return Array.isArray(names) ? names.includes(name) : (names as RegExp).test(name)
}

export function resourcesTouchedBy(record: TrailRecord, scannedTypes: ReadonlySet<string>): TouchedResources {
  const event = `${record.eventSource} ${record.eventName}`
  if (record.errorCode) return { touches: [], ignored: `the call failed: ${record.errorCode}` }
  if (record.readOnly === true || (record.readOnly === undefined && READ_NAME.test(record.eventName))) {
    return { touches: [], ignored: `read-only event: ${event}` }
  }
  if (record.eventSource === CLOUDFORMATION) {
    return { touches: [], ignored: `CloudFormation stack event (${record.eventName}): the stack's resource changes are the services' own events` }
  }
  const table = BY_SOURCE.get(record.eventSource)
  if (!table) return { touches: [], ignored: `unknown event: ${event} (no table for ${record.eventSource})` }
  const name = table.eventName ? table.eventName(record.eventName) : record.eventName
  const entry = table.entries.find((e) => matches(e, name))
  if (!entry) {
    if (matchesAny(table.noChange, name)) return { touches: [], ignored: `${event} changes nothing the scan reads` }
    return { touches: [], ignored: `unknown event: ${event} (the ${table.service} table does not know ${name})` }
  }
  const all = entry.touches(contextOf(record))
  const touches = dedupe(all.filter((t) => scannedTypes.has(t.type)))
  if (touches.length === 0) {
    const types = [...new Set(all.map((t) => t.type))]
    return { touches, ignored: types.length > 0 ? `${event} touches no scanned type (${types.join(', ')})` : `${event} touches no resource of a type the scan reads` }
  }
  return { touches }
}

function contextOf(record: TrailRecord): EventContext {
  return {
    record,
    req: record.requestParameters ?? {},
    res: record.responseElements ?? {},
    region: record.awsRegion,
    account: str(record.recipientAccountId) ?? str(record.userIdentity?.accountId),
    partition: partitionOf(record.awsRegion)
  }
}

/** One touch per (type, id); a re-list of a type stands for every id of it. */
function dedupe(touches: Touch[]): Touch[] {
  const relisted = new Set(touches.filter((t) => 'relist' in t).map((t) => t.type))
  const seen = new Set<string>()
  const out: Touch[] = []
  for (const t of touches) {
    if (!('relist' in t) && relisted.has(t.type)) continue
    const key = 'relist' in t ? `${t.type} *` : `${t.type} ${t.id}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(t)
  }
  return out
}

const TRAIL_RESOURCE_NAMES = new Map(
  SERVICE_TABLES.flatMap((t) => Object.entries(t.trailResourceNames ?? {}))
)

/**
 * The CloudTrail ResourceName under which LookupEvents finds events on a resource (for "who changed it"); undefined
 * when CloudTrail does not index it. Per service (each table's trailResourceNames): EC2 the resource id (sg-…, i-…,
 * vpc-…, subnet-…, vol-…, snap-…, ami-…, fl-…); S3 the bucket name; IAM the role, user or group name and the policy
 * ARN; KMS the key ARN (properties.Arn); RDS the DB identifier; Lambda the function name; CloudTrail the trail ARN
 * (properties.Arn); SNS the topic ARN; SQS the queue URL; CloudWatch Logs the log group name; ELBv2 the ARN; ECR the
 * repository name; DynamoDB the table name; EKS the cluster name; Secrets Manager the secret ARN; Config the
 * recorder name; CloudWatch the alarm name; GuardDuty the detector id.
 */
export function trailResourceName(type: string, id: string, properties: Record<string, unknown>): string | undefined {
  const name = TRAIL_RESOURCE_NAMES.get(type)
  return name ? name(id, properties) : undefined
}

/**
 * Who made the call, from userIdentity as CloudTrail documents it
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html):
 * - AssumedRole: the sts assumed-role ARN (arn:aws:sts::<account>:assumed-role/<role>/<session>), sessionName its
 *   last path part;
 * - IAMUser, Root, FederatedUser (arn:aws:sts::<account>:federated-user/<name>), Role: the arn;
 * - AWSService: the service (invokedBy, e.g. 'elasticloadbalancing.amazonaws.com');
 * - IdentityCenterUser: the Identity Store user (arn:<partition>:identitystore:::user/<onBehalfOf.userId>);
 * - AWSAccount (another account's principal): that account (arn:<partition>:iam::<accountId>:root), or its
 *   principalId when the account is not given;
 * - SAMLUser, WebIdentityUser: '<identityProvider>:<userName>'.
 * Anything else: the arn, principalId or invokedBy it carries, else 'unknown'.
 */
export function principalOf(record: TrailRecord): { principal: string; sessionName?: string } {
  const u = record.userIdentity ?? {}
  const partition = partitionOf(record.awsRegion ?? '')
  switch (u.type) {
    case 'AssumedRole': {
      const arn = str(u.arn)
      if (arn) return { principal: arn, sessionName: arn.split('/').slice(2).join('/') || undefined }
      // No arn (rare): the role that issued the session, and the session from principalId "<role id>:<session>".
      const session = str(u.principalId)?.split(':')[1]
      return { principal: str(u.sessionContext?.sessionIssuer?.arn) ?? str(u.principalId) ?? 'unknown', ...(session ? { sessionName: session } : {}) }
    }
    case 'AWSService':
      return { principal: str(u.invokedBy) ?? 'unknown' }
    case 'IdentityCenterUser': {
      const userId = str(u.onBehalfOf?.userId)
      return { principal: userId ? `arn:${partition}:identitystore:::user/${userId}` : (str(u.credentialId) ?? 'unknown') }
    }
    case 'AWSAccount': {
      const account = str(u.accountId)
      return { principal: account ? `arn:${partition}:iam::${account}:root` : (str(u.principalId) ?? 'unknown') }
    }
    case 'SAMLUser':
    case 'WebIdentityUser': {
      const user = str(u.userName) ?? str(u.principalId)
      return { principal: user ? (str(u.identityProvider) ? `${u.identityProvider}:${user}` : user) : 'unknown' }
    }
    default:
      return { principal: str(u.arn) ?? str(u.principalId) ?? str(u.invokedBy) ?? 'unknown' }
  }
}
