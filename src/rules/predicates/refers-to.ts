// refers-to: a property that points at another resource of the inventory, known or not. In a plan, an attribute of
// a resource the same plan creates (kms_key_id = aws_kms_key.trail.arn) is known only after apply, but the
// Terraform expression names the resource (Resource.references): the value is that resource's, whatever it will be.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { referencedBy } from '../support/joins.js'
import { nameOf } from '../support/outcome.js'

const nonEmptyText = (what: string) => (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? undefined : `must be ${what}, not ${JSON.stringify(value)}`)

export const refersTo: PredicateDefinition = {
  name: 'refers-to',
  description:
    'The resource\'s `property` refers to a resource of type `type` in the inventory: its Terraform expression names one, or its value is one\'s `attribute` (its id when the attribute is absent).',
  parameters: {
    property: { description: 'the property path that holds the reference (KMSKeyId)', required: true, path: true, check: nonEmptyText('a property path such as KMSKeyId') },
    type: { description: 'the type of the resource referred to (AWS::KMS::Key)', required: true, check: nonEmptyText('a type name such as AWS::KMS::Key') },
    attribute: { description: 'the property of that resource the value holds (Arn); its id by default', check: nonEmptyText('a property path such as Arn') }
  },
  reads: [],
  judge(resource, view, args) {
    const property = args.property as string
    const type = args.type as string
    const targets = referencedBy(view, resource, property, type, (args.attribute as string | undefined) ?? '')
    if (targets.length > 0) {
      return { status: 'pass', message: `${nameOf(resource)}: ${property} refers to ${targets[0].address ?? nameOf(targets[0])}`, path: property }
    }
    return { status: 'fail', message: `${nameOf(resource)}: ${property} refers to no ${type} of the inventory`, path: property }
  }
}
