import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmConsoleSignInWithoutMfa = eventsAlarmedRule('console-sign-in-without-mfa')
