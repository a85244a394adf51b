// Every named predicate a declarative rule can call, one module each.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { imdsv2Required } from './imdsv2-required.js'
import { isAwsDefault } from './is-aws-default.js'
import { noInternetIngress } from './no-internet-ingress.js'
import { noSecretsInEnvironment } from './no-secrets-in-environment.js'
import { noStandaloneSgRules } from './no-standalone-sg-rules.js'
import { refersTo } from './refers-to.js'
import { vpcHasFlowLog } from './vpc-has-flow-log.js'

export const PREDICATES: readonly PredicateDefinition[] = [
  imdsv2Required,
  isAwsDefault,
  noInternetIngress,
  noSecretsInEnvironment,
  noStandaloneSgRules,
  refersTo,
  vpcHasFlowLog
]
