import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmVpcChanges = eventsAlarmedRule('vpc-changes')
