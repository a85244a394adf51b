// CloudWatch Logs write events (eventSource logs.amazonaws.com). Shapes
// (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/logging_cw_api_calls_cwl.html): requestParameters.logGroupName,
// filterName for metric filters, policyName for resource policies; the newer calls take logGroupIdentifier (a name or
// an ARN) or resourceArn (arn:aws:logs:r:a:log-group:<name>[:*]).
// Quirks, named: AWS::Logs::MetricFilter's identifier is "<log group>|<filter name>"; deleting a log group deletes
// its metric filters (re-listed).
import { parseArn, relist, str, touch, type EventContext, type ServiceTable, type Touch } from '../table.js'

const GROUP = 'AWS::Logs::LogGroup'
const FILTER = 'AWS::Logs::MetricFilter'
const POLICY = 'AWS::Logs::ResourcePolicy'

/** A log group name from a name or a log-group ARN. */
export function logGroupName(value: unknown): string | undefined {
  const arn = parseArn(value)
  if (!arn) return str(value)
  return arn.resource.startsWith('log-group:') ? arn.resource.slice('log-group:'.length).replace(/:\*$/, '') : undefined
}

const group = (ctx: EventContext): Touch => touch(GROUP, logGroupName(ctx.req.logGroupName ?? ctx.req.logGroupIdentifier ?? ctx.req.resourceArn))

export const logsTable: ServiceTable = {
  service: 'CloudWatch Logs',
  eventSource: 'logs.amazonaws.com',
  entries: [
    { names: ['DeleteLogGroup'], touches: (ctx) => [group(ctx), relist(FILTER)] },
    {
      names: [
        'CreateLogGroup',
        'PutRetentionPolicy',
        'DeleteRetentionPolicy',
        'AssociateKmsKey',
        'DisassociateKmsKey',
        'TagLogGroup',
        'UntagLogGroup',
        'TagResource',
        'UntagResource',
        'PutDataProtectionPolicy',
        'DeleteDataProtectionPolicy'
      ],
      touches: (ctx) => [group(ctx)]
    },
    {
      names: ['PutMetricFilter', 'DeleteMetricFilter'],
      touches: (ctx) => {
        const name = logGroupName(ctx.req.logGroupName)
        const filter = str(ctx.req.filterName)
        return [name && filter ? { type: FILTER, id: `${name}|${filter}` } : relist(FILTER)]
      }
    },
    { names: ['PutResourcePolicy', 'DeleteResourcePolicy'], touches: (ctx) => [touch(POLICY, ctx.req.policyName)] }
  ],
  trailResourceNames: {
    // Event history finds log group events under the group's name.
    [GROUP]: (id) => id
  }
}
