// AWS Config, awsJson1_1 (`X-Amz-Target: StarlingDoveService.<Op>`, Content-Type application/x-amz-json-1.1):
// DescribeConfigurationRecorders and DescribeConfigurationRecorderStatus, the two calls the live scan makes for
// the Config recorder region control. Members are lowerCamel on the wire (`name`, `recordingGroup`, `recording`,
// `lastStatus`), timestamps epoch seconds. A region's recorders are the account seed's
// `facts.configRecorders[region]`: [{ name, roleARN, recordingGroup, recordingMode, recording, lastStatus }].
import { ServiceError, reply } from './protocol.mjs'

const CONTENT_TYPE = 'application/x-amz-json-1.1'
const json11 = (value, requestId) => reply(200, CONTENT_TYPE, JSON.stringify(value), { 'x-amzn-requestid': requestId })

function recordersOf(account, region, body) {
  const all = account.facts.configRecorders?.[region] ?? []
  const names = Array.isArray(body?.ConfigurationRecorderNames) ? body.ConfigurationRecorderNames : undefined
  if (!names) return all
  const missing = names.find((name) => !all.some((r) => r.name === name))
  if (missing !== undefined) {
    throw new ServiceError('NoSuchConfigurationRecorderException', 400, `Cannot find configuration recorder with the specified name '${missing}'.`)
  }
  return all.filter((r) => names.includes(r.name))
}

export function describeConfigurationRecorders(ctx) {
  const { account, region, body, requestId } = ctx
  const recorders = recordersOf(account, region, body).map((r) => {
    const out = { name: r.name, roleARN: r.roleARN ?? `arn:aws:iam::${account.id}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig` }
    if (r.recordingGroup) out.recordingGroup = r.recordingGroup
    if (r.recordingMode) out.recordingMode = r.recordingMode
    return out
  })
  return json11({ ConfigurationRecorders: recorders }, requestId)
}

export function describeConfigurationRecorderStatus(ctx) {
  const { account, region, body, requestId } = ctx
  const statuses = recordersOf(account, region, body).map((r) => ({
    name: r.name,
    recording: r.recording ?? false,
    ...(r.lastStatus ? { lastStatus: r.lastStatus, lastStatusChangeTime: 1767225600 } : {}),
    ...(r.recording ? { lastStartTime: 1767225600 } : {})
  }))
  return json11({ ConfigurationRecordersStatus: statuses }, requestId)
}
