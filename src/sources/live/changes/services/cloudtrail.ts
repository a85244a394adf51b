// CloudTrail's own write events (eventSource cloudtrail.amazonaws.com). Shapes
// (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-examples.html and the CloudTrail
// API's names): CreateTrail requestParameters.name / responseElements.name and trailARN; UpdateTrail, DeleteTrail,
// StartLogging, StopLogging, PutEventSelectors, PutInsightSelectors requestParameters.name (or trailName);
// AddTags/RemoveTags requestParameters.resourceId (the trail ARN).
// Quirk, named: a trail may be given by its ARN (arn:aws:cloudtrail:r:a:trail/<name>): AWS::CloudTrail::Trail's
// identifier is the name.
import { parseArn, str, touch, type ServiceTable } from '../table.js'

const TRAIL = 'AWS::CloudTrail::Trail'

export function trailName(value: unknown): string | undefined {
  const arn = parseArn(value)
  if (arn) return arn.resource.startsWith('trail/') ? arn.resource.slice('trail/'.length) : undefined
  return str(value)
}

export const cloudtrailTable: ServiceTable = {
  service: 'CloudTrail',
  eventSource: 'cloudtrail.amazonaws.com',
  entries: [
    { names: ['CreateTrail'], touches: (ctx) => [touch(TRAIL, trailName(ctx.res.name ?? ctx.req.name))] },
    {
      names: ['UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging', 'PutEventSelectors', 'PutInsightSelectors'],
      touches: (ctx) => [touch(TRAIL, trailName(ctx.req.name ?? ctx.req.trailName))]
    },
    { names: ['AddTags', 'RemoveTags'], touches: (ctx) => [touch(TRAIL, trailName(ctx.req.resourceId))] }
  ],
  trailResourceNames: {
    // Event history finds trail events under the trail's ARN.
    [TRAIL]: (_id, properties) => str(properties.Arn)
  }
}
