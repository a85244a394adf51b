// terraform-reference: a property whose value is known only after apply, but whose Terraform expression refers to
// a resource of a given type (`iam_instance_profile = aws_iam_instance_profile.app.name`). In .tf code every
// attribute of another resource is unknown, and in a plan many are (a name_prefix, an ARN): the reference alone
// says the property will be set, and to what kind of thing. Resource.references holds the addresses, from the
// HCL evaluator and from the plan's configuration section.
import { terraformTypeOf } from '../../sources/address.js'
import type { Resource } from '../../types.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, nameOf, pass } from '../support/outcome.js'

function referencedAddresses(resource: Resource, property: string, type: string): string[] {
  return (resource.references?.[property] ?? []).filter((address) => terraformTypeOf(address) === type)
}

const PROPERTY = /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/
const TERRAFORM_TYPE = /^[a-z][a-z0-9]*_[a-z0-9_]+$/

export const terraformReference: PredicateDefinition = {
  name: 'terraform-reference',
  description:
    'The Terraform expression of `property` refers to a resource of Terraform type `type` (IaC only: a live resource never holds), so the property will be set after apply even though its value is not known yet.',
  parameters: {
    property: {
      description: 'the CloudFormation property (IamInstanceProfile), a top-level one',
      required: true,
      check: (value) => (typeof value === 'string' && PROPERTY.test(value) ? undefined : `must be a property name such as IamInstanceProfile, not ${JSON.stringify(value)}`)
    },
    type: {
      description: 'the Terraform resource type referred to (aws_iam_instance_profile)',
      required: true,
      check: (value) => (typeof value === 'string' && TERRAFORM_TYPE.test(value) ? undefined : `must be a Terraform resource type such as aws_iam_instance_profile, not ${JSON.stringify(value)}`)
    }
  },
  judge(resource, _view, args) {
    const property = args.property as string
    const type = args.type as string
    const addresses = referencedAddresses(resource, property, type)
    if (addresses.length > 0) return pass(`${nameOf(resource)}: ${property} refers to ${addresses[0]}`, property)
    return fail(`${nameOf(resource)}: ${property} does not refer to any ${type}`, property)
  }
}
