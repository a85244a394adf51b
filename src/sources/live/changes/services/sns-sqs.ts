// SNS and SQS write events. Shapes: SNS (https://docs.aws.amazon.com/sns/latest/dg/sns-logging-using-cloudtrail.html)
// CreateTopic responseElements.topicArn, the others requestParameters.topicArn, tags requestParameters.resourceArn,
// Unsubscribe requestParameters.subscriptionArn; SQS (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/logging-using-cloudtrail.html)
// CreateQueue responseElements.queueUrl, the others requestParameters.queueUrl.
// Quirks, named:
// - AWS::SNS::Topic's identifier is the topic ARN; a subscription ARN is the topic ARN plus ":<id>".
// - AWS::SQS::Queue's identifier is the queue URL as Cloud Control gives it (https://sqs.<region>.amazonaws.com/
//   <account>/<name>); callers may use the legacy endpoints (https://queue.amazonaws.com/…,
//   https://<region>.queue.amazonaws.com/…), so the URL is rebuilt from its account and name.
import { parseArn, str, touch, type EventContext, type ServiceTable } from '../table.js'

const TOPIC = 'AWS::SNS::Topic'
const QUEUE = 'AWS::SQS::Queue'

export const snsTable: ServiceTable = {
  service: 'SNS',
  eventSource: 'sns.amazonaws.com',
  entries: [
    { names: ['CreateTopic'], touches: (ctx) => [touch(TOPIC, ctx.res.topicArn)] },
    {
      names: ['DeleteTopic', 'SetTopicAttributes', 'AddPermission', 'RemovePermission', 'Subscribe'],
      touches: (ctx) => [touch(TOPIC, ctx.req.topicArn)]
    },
    { names: ['TagResource', 'UntagResource', 'PutDataProtectionPolicy'], touches: (ctx) => [touch(TOPIC, ctx.req.resourceArn)] },
    {
      names: ['Unsubscribe'],
      touches: (ctx) => {
        const arn = str(ctx.req.subscriptionArn)
        return [touch(TOPIC, arn && parseArn(arn) ? arn.slice(0, arn.lastIndexOf(':')) : undefined)]
      }
    }
  ],
  trailResourceNames: {
    // Event history finds SNS events under the topic ARN.
    [TOPIC]: (id) => id
  }
}

/** The queue URL Cloud Control uses, from any SQS endpoint form of it. */
export function queueUrl(value: unknown, region: string): string | undefined {
  const text = str(value)
  if (!text) return undefined
  const match = /^https?:\/\/([^/]+)\/(\d{12})\/([^/?#]+)\/?$/.exec(text)
  if (!match) return undefined
  const [, host, account, name] = match
  const hostRegion = /^sqs\.([a-z0-9-]+)\.amazonaws\.com/.exec(host)?.[1] ?? /^([a-z0-9-]+)\.queue\.amazonaws\.com/.exec(host)?.[1] ?? region
  const domain = hostRegion.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
  return `https://sqs.${hostRegion}.${domain}/${account}/${name}`
}

const queue = (ctx: EventContext, value: unknown) => [touch(QUEUE, queueUrl(value, ctx.region))]

export const sqsTable: ServiceTable = {
  service: 'SQS',
  eventSource: 'sqs.amazonaws.com',
  entries: [
    { names: ['CreateQueue'], touches: (ctx) => queue(ctx, ctx.res.queueUrl) },
    {
      names: ['DeleteQueue', 'SetQueueAttributes', 'AddPermission', 'RemovePermission', 'TagQueue', 'UntagQueue'],
      touches: (ctx) => queue(ctx, ctx.req.queueUrl)
    }
  ],
  noChange: ['PurgeQueue'],
  trailResourceNames: {
    // Event history finds SQS events under the queue URL.
    [QUEUE]: (id) => id
  }
}
