import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmCloudtrailChanges = eventsAlarmedRule('cloudtrail-changes')
