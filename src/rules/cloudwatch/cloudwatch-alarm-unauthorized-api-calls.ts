import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmUnauthorizedApiCalls = eventsAlarmedRule('unauthorized-api-calls')
