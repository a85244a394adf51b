import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmRouteTableChanges = eventsAlarmedRule('route-table-changes')
