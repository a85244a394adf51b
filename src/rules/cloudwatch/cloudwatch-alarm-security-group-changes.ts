import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmSecurityGroupChanges = eventsAlarmedRule('security-group-changes')
