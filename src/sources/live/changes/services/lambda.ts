// Lambda's write events (eventSource lambda.amazonaws.com). Shapes
// (https://docs.aws.amazon.com/lambda/latest/dg/logging-using-cloudtrail.html): requestParameters.functionName
// (a name, a full ARN or a partial ARN), AddPermission's statementId, the function URL calls' qualifier; responses
// echo functionName and functionArn.
// Quirks, named:
// - CloudTrail names Lambda events with the API version they came through: CreateFunction20150331,
//   UpdateFunctionConfiguration20150331v2, AddPermission20150331v2, CreateFunctionUrlConfig20211031: the suffix is
//   stripped before the table is read.
// - functionName may be an ARN ("arn:aws:lambda:r:a:function:name[:qualifier]") or a partial one
//   ("a:function:name"): the Cloud Control identifier of AWS::Lambda::Function is the bare name.
// - AWS::Lambda::Permission's identifier is "<function name>|<statement id>" (the scan lists permissions under the
//   function's name); a permission on a qualifier (alias, version) is re-listed.
// - AWS::Lambda::Url's identifier is the function ARN (with the qualifier when the URL is on an alias).
import { parseArn, relist, str, touch, type EventContext, type ServiceTable, type Touch } from '../table.js'

const FUNCTION = 'AWS::Lambda::Function'
const PERMISSION = 'AWS::Lambda::Permission'
const URL = 'AWS::Lambda::Url'

/** The function name of a name, ARN or partial ARN (the qualifier dropped). */
export function lambdaFunctionName(value: unknown): string | undefined {
  const text = str(value)
  if (!text) return undefined
  const at = text.indexOf('function:')
  if (at < 0) return text
  return text.slice(at + 'function:'.length).split(':')[0] || undefined
}

function fn(ctx: EventContext): Touch {
  return touch(FUNCTION, lambdaFunctionName(ctx.res.functionName ?? ctx.req.functionName))
}

function permission(ctx: EventContext): Touch[] {
  const name = lambdaFunctionName(ctx.req.functionName)
  const sid = str(ctx.req.statementId)
  return name && sid && !str(ctx.req.qualifier) ? [{ type: PERMISSION, id: `${name}|${sid}` }] : [relist(PERMISSION)]
}

/** The function URL's identifier: the response's functionArn, else built from the record's account and region. */
function url(ctx: EventContext): Touch {
  const responseArn = str(ctx.res.functionArn)
  if (responseArn) return touch(URL, responseArn)
  const given = parseArn(ctx.req.functionName)
  const name = lambdaFunctionName(ctx.req.functionName)
  const account = given?.account ?? ctx.account
  if (!name || !account) return relist(URL)
  const qualifier = str(ctx.req.qualifier)
  return touch(URL, `arn:${ctx.partition}:lambda:${given?.region ?? ctx.region}:${account}:function:${name}${qualifier ? `:${qualifier}` : ''}`)
}

export const lambdaTable: ServiceTable = {
  service: 'Lambda',
  eventSource: 'lambda.amazonaws.com',
  eventName: (name) => name.replace(/20\d{6}(v\d+)?$/, ''),
  entries: [
    {
      names: ['CreateFunction', 'UpdateFunctionConfiguration', 'UpdateFunctionCode', 'DeleteFunction', 'PutFunctionConcurrency', 'DeleteFunctionConcurrency'],
      touches: (ctx) => [fn(ctx)]
    },
    // Tags: requestParameters.resource is the function ARN.
    { names: ['TagResource', 'UntagResource'], touches: (ctx) => [touch(FUNCTION, lambdaFunctionName(ctx.req.resource))] },
    { names: ['AddPermission', 'RemovePermission'], touches: permission },
    { names: ['CreateFunctionUrlConfig', 'UpdateFunctionUrlConfig', 'DeleteFunctionUrlConfig'], touches: (ctx) => [url(ctx)] }
  ],
  noChange: ['PublishVersion', 'CreateAlias', 'UpdateAlias', 'DeleteAlias', 'Invoke'],
  trailResourceNames: {
    // Event history finds Lambda events under the function's name.
    [FUNCTION]: (id) => id
  }
}
