import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmOrganizationsChanges = eventsAlarmedRule('organizations-changes')
