// The fifteen CIS monitoring rules (cloudwatch-alarm-<events>): each accepts the filter pattern the CIS AWS Foundations
// Benchmark prints for it, and refuses it with one of its terms taken out; the join from trail to log group, filter
// and alarm, its unknowns, and when the rule gives no verdict.
import { expected, judge, planned, res, ruleById } from './builders.js'

const TRAIL = 'AWS::CloudTrail::Trail'
const FILTER = 'AWS::Logs::MetricFilter'
const ALARM = 'AWS::CloudWatch::Alarm'
const groupArn = (name: string) => `arn:aws:logs:eu-west-1:123456789012:log-group:${name}:*`
const trail = (id: string, group?: string, extra: Record<string, unknown> = {}) =>
  res(TRAIL, id, { TrailName: id, IsLogging: true, IsMultiRegionTrail: true, ...(group ? { CloudWatchLogsLogGroupArn: groupArn(group) } : {}), ...extra })
const filter = (group: string, pattern: unknown, metric = 'cis-metric') =>
  res(FILTER, `${group}|f`, { FilterName: 'f', LogGroupName: group, FilterPattern: pattern, MetricTransformations: [{ MetricName: metric, MetricNamespace: 'CIS', MetricValue: '1' }] })
const alarm = (metric = 'cis-metric', extra: Record<string, unknown> = {}) =>
  res(ALARM, `alarm-${metric}`, { AlarmName: `alarm-${metric}`, MetricName: metric, Namespace: 'CIS', AlarmActions: ['arn:aws:sns:eu-west-1:123456789012:security'], ...extra })

/** The rule judges a trail on group "g" with one filter of this pattern and an alarm on its metric. */
function verdictFor(ruleId: string, pattern: string): string {
  const verdicts = judge(ruleById(ruleId), [trail('t', 'g')], [filter('g', pattern), alarm()])
  return (['pass', 'fail', 'unknown'] as const).find((v) => verdicts[v].includes('t')) ?? 'none'
}

/** The pattern without one of its terms: the last `$.eventName = X`, AccessDenied for 4.1, else its last term. */
function withoutOneTerm(pattern: string): string {
  if (pattern.includes('AccessDenied*')) return pattern.replace('AccessDenied*', 'Throttling')
  const names = [...pattern.matchAll(/\$\.eventName\s*=\s*"?([A-Za-z]+)"?/g)]
  const last = names.length > 0 ? names[names.length - 1][0] : pattern.match(/\$\.[A-Za-z.]+\s*!?=\s*"?[^)"&|]+"?/g)!.pop()!
  return pattern.replace(last, '$.eventName = Unrelated')
}

describe('cloudwatch-alarm-unauthorized-api-calls', () => {
  const pattern = "{($.errorCode =\"*UnauthorizedOperation\") || ($.errorCode =\"AccessDenied*\") && ($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\") }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-unauthorized-api-calls', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-unauthorized-api-calls', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-console-sign-in-without-mfa', () => {
  const pattern = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-console-sign-in-without-mfa', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-console-sign-in-without-mfa', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-root-usage', () => {
  const pattern = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-root-usage', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-root-usage', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-iam-policy-changes', () => {
  const pattern = "{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-iam-policy-changes', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-iam-policy-changes', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-cloudtrail-changes', () => {
  const pattern = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-cloudtrail-changes', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-cloudtrail-changes', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-console-authentication-failures', () => {
  const pattern = "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-console-authentication-failures', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-console-authentication-failures', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-cmk-disable-or-deletion', () => {
  const pattern = "{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-cmk-disable-or-deletion', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-cmk-disable-or-deletion', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-s3-bucket-policy-changes', () => {
  const pattern = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-s3-bucket-policy-changes', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-s3-bucket-policy-changes', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-config-changes', () => {
  const pattern = "{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel) ||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-config-changes', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-config-changes', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-security-group-changes', () => {
  const pattern = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-security-group-changes', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-security-group-changes', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-network-acl-changes', () => {
  const pattern = "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-network-acl-changes', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-network-acl-changes', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-network-gateway-changes', () => {
  const pattern = "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-network-gateway-changes', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-network-gateway-changes', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-route-table-changes', () => {
  const pattern = "{($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-route-table-changes', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-route-table-changes', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-vpc-changes', () => {
  const pattern = "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-vpc-changes', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-vpc-changes', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('cloudwatch-alarm-organizations-changes', () => {
  const pattern = "{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = \"AcceptHandshake\") || ($.eventName = \"AttachPolicy\") || ($.eventName = \"CreateAccount\") || ($.eventName = \"CreateOrganizationalUnit\") || ($.eventName = \"CreatePolicy\") || ($.eventName = \"DeclineHandshake\") || ($.eventName = \"DeleteOrganization\") || ($.eventName = \"DeleteOrganizationalUnit\") || ($.eventName = \"DeletePolicy\") || ($.eventName = \"DetachPolicy\") || ($.eventName = \"DisablePolicyType\") || ($.eventName = \"EnablePolicyType\") || ($.eventName = \"InviteAccountToOrganization\") || ($.eventName = \"LeaveOrganization\") || ($.eventName = \"MoveAccount\") || ($.eventName = \"RemoveAccountFromOrganization\") || ($.eventName = \"UpdatePolicy\") || ($.eventName = \"UpdateOrganizationalUnit\")) }"
  it('accepts the CIS pattern and refuses it with a term missing', () => {
    expect(verdictFor('cloudwatch-alarm-organizations-changes', pattern)).toBe('pass')
    expect(verdictFor('cloudwatch-alarm-organizations-changes', withoutOneTerm(pattern))).toBe('fail')
  })
})

describe('the trail, log group, filter and alarm join', () => {
  const rule = ruleById('cloudwatch-alarm-root-usage')
  const pattern = '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }'

  it('needs the filter on the trail\'s own group and an alarm with an action on its metric', () => {
    const trails = [trail('watched', 'g'), trail('other-group', 'h'), trail('no-logs'), trail('single', 'g', { IsMultiRegionTrail: false })]
    expect(judge(rule, trails, [filter('g', pattern), alarm()])).toEqual(expected({ pass: ['watched'], fail: ['no-logs', 'other-group'], skipped: ['single'] }))
    // An alarm without actions, or with actions disabled, warns nobody.
    expect(judge(rule, [trail('t', 'g')], [filter('g', pattern), alarm('cis-metric', { AlarmActions: [] })])).toEqual(expected({ fail: ['t'] }))
    expect(judge(rule, [trail('t', 'g')], [filter('g', pattern), alarm('cis-metric', { ActionsEnabled: false })])).toEqual(expected({ fail: ['t'] }))
    // An alarm on another metric does not count.
    expect(judge(rule, [trail('t', 'g')], [filter('g', pattern), alarm('other-metric')])).toEqual(expected({ fail: ['t'] }))
  })

  it('is unknown while the pattern, the group or the alarm is known only after apply, and gives no verdict on a plan without filters', () => {
    const hiddenPattern = { ...filter('g', undefined), unknown: ['FilterPattern'] }
    expect(judge(rule, [trail('t', 'g')], [hiddenPattern, alarm()])).toEqual(expected({ unknown: ['t'] }))
    const newTrail = planned(TRAIL, 'aws_cloudtrail.main', { IsMultiRegionTrail: true }, ['CloudWatchLogsLogGroupArn'])
    expect(judge(rule, [newTrail], [filter('g', pattern), alarm()])).toEqual(expected({ unknown: ['aws_cloudtrail.main'] }))
    // Both expressions name the same log-group resource: the same group, whatever its name will be.
    const referring = { ...newTrail, references: { CloudWatchLogsLogGroupArn: ['aws_cloudwatch_log_group.trail'] } }
    const referred = { ...planned(FILTER, 'aws_cloudwatch_log_metric_filter.root', { FilterPattern: pattern, MetricTransformations: [{ MetricName: 'cis-metric', MetricNamespace: 'CIS' }] }, ['LogGroupName']), references: { LogGroupName: ['aws_cloudwatch_log_group.trail'] } }
    expect(judge(rule, [referring], [referred, alarm()])).toEqual(expected({ pass: ['aws_cloudtrail.main'] }))
    expect(judge(rule, [newTrail])).toEqual(expected({ skipped: ['aws_cloudtrail.main'] }))
  })
})

describe('the live side of the monitoring rules', () => {
  const rule = ruleById('cloudwatch-alarm-root-usage')
  const region = (scanned: string[], unread: string[] = []) =>
    res('Plumbline::Account::Region', '123456789012/eu-west-1', { AccountId: '123456789012', Region: 'eu-west-1', ScannedTypes: scanned, ...(unread.length ? { UnreadTypes: unread } : {}) }, { account: '123456789012', region: 'eu-west-1' })
  const liveTrail = { ...trail('t', 'g'), account: '123456789012', region: 'eu-west-1' }

  it('fails a live trail without filters only where the scan read filters and alarms', () => {
    expect(judge(rule, [liveTrail], [region([TRAIL, FILTER, ALARM])])).toEqual(expected({ fail: ['t'] }))
    // An inventory that did not read them (older, or limited with resource-types): no verdict.
    expect(judge(rule, [liveTrail], [region([TRAIL])])).toEqual(expected({ skipped: ['t'] }))
    // A denied listing: unknown.
    expect(judge(rule, [liveTrail], [region([TRAIL, ALARM], [FILTER])])).toEqual(expected({ unknown: ['t'] }))
  })
})
