import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmIamPolicyChanges = eventsAlarmedRule('iam-policy-changes')
