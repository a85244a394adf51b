import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmS3BucketPolicyChanges = eventsAlarmedRule('s3-bucket-policy-changes')
