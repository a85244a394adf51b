// Elastic Load Balancing v2 keeps a load balancer's settings as a list of {Key, Value} attributes
// (LoadBalancerAttributes). A Terraform argument left out of the code is absent from the mapped list, and AWS's
// default then holds: the rules say what an absent key means (its default) rather than reading it as a failure.
import type { ConditionDocument } from '../declarative/builtin.js'

/** The attribute `key` is set and its value meets `value` (a condition on the item's Value). */
export function attributeIs(key: string, value: ConditionDocument): ConditionDocument {
  return { property: 'LoadBalancerAttributes', some: { 'all-of': [{ property: 'Key', equals: key }, { property: 'Value', ...value }] } }
}

/** No item sets the attribute `key` to a value meeting `value`: with the key absent, AWS's default holds. */
export function attributeIsNot(key: string, value: ConditionDocument): ConditionDocument {
  return { property: 'LoadBalancerAttributes', none: { 'all-of': [{ property: 'Key', equals: key }, { property: 'Value', ...value }] } }
}

/** An Application Load Balancer (Type application, CloudFormation's default). */
export const APPLICATION: ConditionDocument = { property: 'Type', equals: 'application', default: 'application' }
