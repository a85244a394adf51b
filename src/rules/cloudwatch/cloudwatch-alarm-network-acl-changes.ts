import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmNetworkAclChanges = eventsAlarmedRule('network-acl-changes')
