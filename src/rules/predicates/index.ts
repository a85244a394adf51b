// Every named predicate a declarative rule can call, one module each.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { noInternetIngress } from './no-internet-ingress.js'
import { s3ObjectEventsLogged } from './s3-object-events-logged.js'
import { trailBucketAccessLogging } from './trail-bucket-access-logging.js'

export const PREDICATES: readonly PredicateDefinition[] = [noInternetIngress, s3ObjectEventsLogged, trailBucketAccessLogging]
