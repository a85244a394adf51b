// has-companion: a join, not a property. Some settings of a resource are resources of their own that name it: a WAF
// web ACL's logging configuration (AWS::WAFv2::LoggingConfiguration, ResourceArn = the ACL's Arn). The companion is
// found through joinOn (its key equal to the resource's own key, or a Terraform expression referring to the
// resource), indexed once per inventory.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { joinOn, sameAccount } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'

const nonEmptyText = (what: string) => (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? undefined : `must be ${what}, not ${JSON.stringify(value)}`)

export const hasCompanion: PredicateDefinition = {
  name: 'has-companion',
  description:
    'A resource of type `type` in the inventory, of the same account, names the resource judged: its `key` equals the resource\'s `own-key` (its id when that is absent), or its Terraform expression for `key` refers to the resource; a candidate whose key is open and refers to nothing known makes the answer unknown.',
  parameters: {
    type: { description: 'the companion\'s type (AWS::WAFv2::LoggingConfiguration)', required: true, check: nonEmptyText('a type name such as AWS::WAFv2::LoggingConfiguration') },
    key: { description: 'the companion\'s property that names the resource (ResourceArn)', required: true, check: nonEmptyText('a property path such as ResourceArn') },
    'own-key': { description: 'the property of the resource judged that the key holds (Arn)', required: true, path: true, check: nonEmptyText('a property path such as Arn') },
    what: { description: 'how messages name the companion ("a logging configuration")', required: true, check: nonEmptyText('a short description such as "a logging configuration"') }
  },
  reads: [],
  judge(resource, view, args) {
    const type = args.type as string
    const ownKey = args['own-key'] as string
    const what = args.what as string
    // A companion names a resource of its own account (the key is an ARN or id there): one of another account's
    // whose key is open cannot be this resource's.
    const { matches, undecided } = joinOn(view, type, args.key as string, resource, ownKey, (candidate) => sameAccount(candidate, resource))
    if (matches.length > 0) return pass(`${nameOf(resource)} has ${what}`)
    if (undecided.length > 0) return unknownAt(resource, ownKey, `whether ${what} belongs to the resource`)
    return fail(`${nameOf(resource)} has no ${what}`)
  }
}
