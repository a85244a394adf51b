import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmCmkDisableOrDeletion = eventsAlarmedRule('cmk-disable-or-deletion')
