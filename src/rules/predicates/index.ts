// Every named predicate a declarative rule can call, one module each.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { configRecorderRecording } from './config-recorder-recording.js'
import { noInternetIngress } from './no-internet-ingress.js'
import { regionHas } from './region-has.js'

export const PREDICATES: readonly PredicateDefinition[] = [noInternetIngress, regionHas, configRecorderRecording]
