import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmConsoleAuthenticationFailures = eventsAlarmedRule('console-authentication-failures')
