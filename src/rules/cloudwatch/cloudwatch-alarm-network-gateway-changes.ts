import { eventsAlarmedRule } from './events-alarmed.js'

export const cloudwatchAlarmNetworkGatewayChanges = eventsAlarmedRule('network-gateway-changes')
