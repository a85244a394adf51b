// properties-differ: two properties of one resource that must not hold the same value (an ECS task definition's
// execution role and task role). Values known on both sides are compared; in Terraform, where both are often known
// only after apply (aws_iam_role.app.arn), the expressions decide: the same single resource on both sides is the same
// value, two different managed resources of one type (aws_iam_role.a, aws_iam_role.b) different values; a data
// source or anything else may read the same value twice (Resource.references holds the addresses each refers to).
import { splitAddress, terraformTypeOf } from '../../sources/address.js'
import type { Resource } from '../../types.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

const PROPERTY = /^[A-Za-z0-9]+$/

function check(value: unknown): string | undefined {
  return typeof value === 'string' && PROPERTY.test(value) ? undefined : `must be a top-level property name such as TaskRoleArn, not ${JSON.stringify(value)}`
}

/** Whether two addresses name different managed resources of one type (which never share an ARN or id). */
function differentManagedResources(a: string, b: string): boolean {
  const type = terraformTypeOf(a)
  return a !== b && type !== undefined && type === terraformTypeOf(b) && !isDataSource(a) && !isDataSource(b)
}

/** data.aws_x.y, or module.m.data.aws_x.y. */
function isDataSource(address: string): boolean {
  const steps = splitAddress(address)
  let i = 0
  while (steps[i] === 'module' && i + 2 < steps.length) i += 2
  return steps[i] === 'data'
}

/** The one address the property's Terraform expression refers to, or undefined when it refers to none or several. */
function soleReference(resource: Resource, property: string): string | undefined {
  const addresses = resource.references?.[property] ?? []
  return addresses.length === 1 ? addresses[0] : undefined
}

export const propertiesDiffer: PredicateDefinition = {
  name: 'properties-differ',
  description:
    'The resource\'s `property` and `other` do not hold the same value; where either is absent it holds. Values known only after apply compare by their Terraform expressions: the same single resource on both sides is the same value, two different managed resources of one type different values, anything else unknown.',
  parameters: {
    property: { description: 'a top-level property (ExecutionRoleArn)', required: true, check },
    other: { description: 'the top-level property it must differ from (TaskRoleArn)', required: true, check }
  },
  reads: [],
  judge(resource, _view, args) {
    const property = args.property as string
    const other = args.other as string
    const a = read(resource, property)
    const b = read(resource, other)
    if (a === undefined || b === undefined) return pass(`${nameOf(resource)} does not set both ${property} and ${other}`, a === undefined ? property : other)
    if (a !== UNKNOWN && b !== UNKNOWN) {
      return a === b ? fail(`${nameOf(resource)} uses the same value for ${property} and ${other}`, property) : pass(`${nameOf(resource)} uses different values for ${property} and ${other}`, property)
    }
    const refA = soleReference(resource, property)
    const refB = soleReference(resource, other)
    if (refA !== undefined && refA === refB) return fail(`${nameOf(resource)} takes ${property} and ${other} from the same resource, ${refA}`, property)
    if (refA !== undefined && refB !== undefined && differentManagedResources(refA, refB)) {
      return pass(`${nameOf(resource)} takes ${property} and ${other} from different resources (${refA}, ${refB})`, property)
    }
    return unknownAt(resource, a === UNKNOWN ? property : other, `whether ${property} and ${other} are the same`)
  }
}
