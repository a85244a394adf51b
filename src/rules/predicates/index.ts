// Every named predicate a declarative rule can call, one module each.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { configRecorderRecording } from './config-recorder-recording.js'
import { noInternetIngress } from './no-internet-ingress.js'
import { noInternetNaclIngress } from './no-internet-nacl-ingress.js'
import { regionHas } from './region-has.js'
import { s3ObjectEventsLogged } from './s3-object-events-logged.js'
import { terraformReference } from './terraform-reference.js'
import { trailBucketAccessLogging } from './trail-bucket-access-logging.js'

export const PREDICATES: readonly PredicateDefinition[] = [
  configRecorderRecording,
  noInternetIngress,
  noInternetNaclIngress,
  regionHas,
  s3ObjectEventsLogged,
  terraformReference,
  trailBucketAccessLogging
]
