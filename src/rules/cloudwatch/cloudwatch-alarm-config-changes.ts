import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmConfigChanges = eventsAlarmedRule('config-changes')
