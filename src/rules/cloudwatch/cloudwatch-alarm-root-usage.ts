import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmRootUsage = eventsAlarmedRule('root-usage')
