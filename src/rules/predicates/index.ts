// Every named predicate a declarative rule can call, one module each.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { isAwsDefault } from './is-aws-default.js'
import { noInternetIngress } from './no-internet-ingress.js'
import { refersTo } from './refers-to.js'

export const PREDICATES: readonly PredicateDefinition[] = [isAwsDefault, noInternetIngress, refersTo]
