// Every named predicate a declarative rule can call, one module each.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { noInternetIngress } from './no-internet-ingress.js'
import { noInternetNaclIngress } from './no-internet-nacl-ingress.js'
import { terraformReference } from './terraform-reference.js'

export const PREDICATES: readonly PredicateDefinition[] = [noInternetIngress, noInternetNaclIngress, terraformReference]
