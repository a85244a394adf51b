// trail-events-alarmed: the CIS AWS monitoring controls (section 4 of v3.0, 4.1 of v4.0). A multi-region trail sends
// its events to a CloudWatch Logs group, a metric filter on that group matches the events of one kind (the CIS filter
// pattern: unauthorized API calls, root usage, IAM policy changes...), and an alarm on the filter's metric has an
// action. The filter pattern is accepted when it names every term CIS's pattern names (spaces and quotes aside), as
// Prowler checks it; more terms are fine.
//
// A trail that records one region is not judged (cloudtrail-multi-region-enabled is about it). Outside a live scan the
// filters and alarms usually live in a monitoring stack of their own: a configuration without any metric filter gives
// no verdict, as a plan that does not touch GuardDuty does not fail on GuardDuty.
import type { InventoryView, Resource } from '../../types.js'
import { REGION_TYPE } from '../../model/facts.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { liveReadOf } from './region-has.js'
import { sameAccount } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { isTrue, read, readList, UNKNOWN, type Verdict } from '../support/read.js'

const FILTER = 'AWS::Logs::MetricFilter'
const ALARM = 'AWS::CloudWatch::Alarm'

const names = (...eventNames: string[]) => eventNames.map((name) => `$.eventName=${name}`)

/** The events of each control, as the terms of CIS's filter pattern (written without spaces and quotes). */
export const MONITORED_EVENTS: Readonly<Record<string, { what: string; terms: readonly string[] }>> = {
  'unauthorized-api-calls': { what: 'unauthorized API calls', terms: ['$.errorCode=*UnauthorizedOperation', '$.errorCode=AccessDenied*'] },
  'console-sign-in-without-mfa': { what: 'console sign-in without MFA', terms: ['$.eventName=ConsoleLogin', '$.additionalEventData.MFAUsed!=Yes'] },
  'root-usage': { what: 'use of the root user', terms: ['$.userIdentity.type=Root', '$.userIdentity.invokedByNOTEXISTS', '$.eventType!=AwsServiceEvent'] },
  'iam-policy-changes': {
    what: 'IAM policy changes',
    terms: names('DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy', 'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy')
  },
  'cloudtrail-changes': { what: 'CloudTrail configuration changes', terms: names('CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging') },
  'console-authentication-failures': { what: 'console authentication failures', terms: ['$.eventName=ConsoleLogin', '$.errorMessage=Failedauthentication'] },
  'cmk-disable-or-deletion': { what: 'disabling or scheduled deletion of customer-managed KMS keys', terms: ['$.eventSource=kms.amazonaws.com', ...names('DisableKey', 'ScheduleKeyDeletion')] },
  's3-bucket-policy-changes': {
    what: 'S3 bucket policy changes',
    terms: ['$.eventSource=s3.amazonaws.com', ...names('PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy', 'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication')]
  },
  'config-changes': { what: 'AWS Config configuration changes', terms: ['$.eventSource=config.amazonaws.com', ...names('StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder')] },
  'security-group-changes': {
    what: 'security group changes',
    terms: names('AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup')
  },
  'network-acl-changes': {
    what: 'network ACL changes',
    terms: names('CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation')
  },
  'network-gateway-changes': {
    what: 'network gateway changes',
    terms: names('CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway')
  },
  'route-table-changes': {
    what: 'route table changes',
    terms: ['$.eventSource=ec2.amazonaws.com', ...names('CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable')]
  },
  'vpc-changes': {
    what: 'VPC changes',
    terms: names('CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection', 'AttachClassicLinkVpc', 'DetachClassicLinkVpc', 'DisableVpcClassicLink', 'EnableVpcClassicLink')
  },
  'organizations-changes': {
    what: 'AWS Organizations changes',
    terms: [
      '$.eventSource=organizations.amazonaws.com',
      ...names('AcceptHandshake', 'AttachPolicy', 'CreateAccount', 'CreateOrganizationalUnit', 'CreatePolicy', 'DeclineHandshake', 'DeleteOrganization', 'DeleteOrganizationalUnit', 'DeletePolicy', 'DetachPolicy', 'DisablePolicyType', 'EnablePolicyType', 'InviteAccountToOrganization', 'LeaveOrganization', 'MoveAccount', 'RemoveAccountFromOrganization', 'UpdatePolicy', 'UpdateOrganizationalUnit')
    ]
  }
}

/** A filter pattern without its spaces and quotes, as the terms are written. */
function squeezed(pattern: string): string {
  return pattern.replace(/[\s"']/g, '')
}

function patternMatches(pattern: unknown, terms: readonly string[]): Verdict {
  if (pattern === UNKNOWN) return UNKNOWN
  if (typeof pattern !== 'string') return false
  const text = squeezed(pattern)
  return terms.every((term) => text.includes(term))
}

/** `arn:aws:logs:eu-west-1:123456789012:log-group:trail-events:*` → `trail-events`. */
function logGroupNameOf(arn: unknown): string | typeof UNKNOWN | undefined {
  if (arn === UNKNOWN) return UNKNOWN
  if (typeof arn !== 'string' || arn === '') return undefined
  const match = /:log-group:([^:]+)/.exec(arn)
  return match ? match[1] : undefined
}

/** Terraform references that name managed resources only (a data source or a variable may hold any value). */
function namesResourcesOnly(addresses: readonly string[]): boolean {
  return addresses.length > 0 && addresses.every((address) => !/(^|\.)(data|var|local)\./.test(address))
}

/** Whether the filter is on the trail's log group: by name, or by the Terraform resource both expressions name. */
function onTrailGroup(filter: Resource, trail: Resource, group: string | typeof UNKNOWN): Verdict {
  const trailRefs = trail.references?.CloudWatchLogsLogGroupArn ?? []
  const filterRefs = filter.references?.LogGroupName ?? []
  if (trailRefs.some((address) => filterRefs.includes(address))) return true
  const name = read(filter, 'LogGroupName')
  if (name !== UNKNOWN && group !== UNKNOWN) return name === group
  // Both name log-group resources of the configuration, different ones: not the same group whatever their names.
  return namesResourcesOnly(trailRefs) && namesResourcesOnly(filterRefs) ? false : UNKNOWN
}

/** Whether an alarm with an action watches the filter's metric (a metric name and namespace of its transformations). */
function alarmed(filter: Resource, view: InventoryView): Verdict {
  const transformations = readList(filter, 'MetricTransformations')
  if (transformations === UNKNOWN) return UNKNOWN
  let verdict: Verdict = false
  for (let i = 0; i < transformations.length; i++) {
    const metric = read(filter, `MetricTransformations[${i}].MetricName`)
    const namespace = read(filter, `MetricTransformations[${i}].MetricNamespace`)
    if (metric === UNKNOWN || namespace === UNKNOWN) {
      verdict = UNKNOWN
      continue
    }
    for (const alarm of view.ofType(ALARM)) {
      if (!sameAccount(alarm, filter)) continue
      const name = read(alarm, 'MetricName')
      const space = read(alarm, 'Namespace')
      const actions = readList(alarm, 'AlarmActions')
      const enabled = read(alarm, 'ActionsEnabled')
      if (name === UNKNOWN || space === UNKNOWN || actions === UNKNOWN || enabled === UNKNOWN) {
        if (name === UNKNOWN || name === metric) verdict = UNKNOWN
        continue
      }
      if (name === metric && space === namespace && actions.length > 0 && (enabled === undefined || isTrue(enabled))) return true
    }
  }
  return verdict
}

/** How the live scan read `type` in the trail's account and region (its region pseudo-resource says; none: read). */
function liveReadInTrailRegion(view: InventoryView, trail: Resource, type: string): 'read' | 'unread' | 'not-scanned' {
  for (const region of view.ofType(REGION_TYPE)) {
    if (region.properties.Region === trail.region && sameAccount(region, trail)) return liveReadOf(region, type)
  }
  return 'read'
}

function judge(trail: Resource, view: InventoryView, key: string) {
  const { what, terms } = MONITORED_EVENTS[key]
  const multi = read(trail, 'IsMultiRegionTrail')
  if (multi !== UNKNOWN && !isTrue(multi)) return null
  const filters = view.ofType(FILTER)
  // Outside a live scan the monitoring usually lives in a stack of its own: no verdict without a filter here.
  if (filters.length === 0 && trail.origin !== 'live') return null
  // Live: the filters and alarms must have been read in the trail's region (an older inventory, or a scan limited
  // with resource-types, did not read them: no verdict; a denied or failed listing: unknown).
  if (trail.origin === 'live') {
    const reads = [FILTER, ALARM].map((type) => liveReadInTrailRegion(view, trail, type))
    if (reads.includes('not-scanned')) return null
    if (reads.includes('unread')) return unknownAt(trail, 'CloudWatchLogsLogGroupArn', `whether an alarm watches ${what}`, 'cannot be told: the metric filters or alarms of its region could not be read')
  }
  const arnPath = 'CloudWatchLogsLogGroupArn'
  const arn = read(trail, arnPath)
  const group = logGroupNameOf(arn)
  if (group === undefined && (trail.references?.[arnPath] ?? []).length === 0) {
    return fail(`Trail ${nameOf(trail)} sends no events to CloudWatch Logs, so no alarm watches ${what}`, arnPath)
  }
  let undecided = multi === UNKNOWN
  for (const filter of filters) {
    if (!sameAccount(filter, trail)) continue
    const on = onTrailGroup(filter, trail, group ?? UNKNOWN)
    if (on === false) continue
    const matches = patternMatches(read(filter, 'FilterPattern'), terms)
    if (matches === false) continue
    const watched = on === true && matches === true ? alarmed(filter, view) : UNKNOWN
    if (watched === true && on === true && matches === true && multi !== UNKNOWN) {
      return pass(`Trail ${nameOf(trail)}: metric filter ${nameOf(filter)} and an alarm watch ${what}`, arnPath)
    }
    if (watched !== false) undecided = true
  }
  if (undecided) return unknownAt(trail, arnPath, `whether an alarm watches ${what} on the trail's log group`, 'depends on values known only after apply (or hidden)')
  return fail(`Trail ${nameOf(trail)}: no metric filter with an alarm watches ${what} on its log group`, arnPath)
}

export const trailEventsAlarmed: PredicateDefinition = {
  name: 'trail-events-alarmed',
  description: `A multi-region CloudTrail trail sends its events to CloudWatch Logs, a metric filter on that log group matches the \`events\` (every term of CIS's filter pattern), and an alarm with an action watches the filter's metric. \`events\`: ${Object.keys(MONITORED_EVENTS).join(', ')}. Outside a live scan, judged only where the configuration manages a metric filter.`,
  parameters: {
    events: {
      description: `which events: ${Object.keys(MONITORED_EVENTS).join(', ')}`,
      required: true,
      check: (value) => (typeof value === 'string' && value in MONITORED_EVENTS ? undefined : `must be one of ${Object.keys(MONITORED_EVENTS).join(', ')}, not ${JSON.stringify(value)}`)
    }
  },
  reads: ['IsMultiRegionTrail', 'CloudWatchLogsLogGroupArn'],
  judge: (trail, view, args) => judge(trail, view, args.events as string)
}
