// is-aws-default: the resource is one AWS created for the account (a default security group, an AWS-managed key,
// policy or service-linked role): the sources mark them (Resource.isDefault), no property says it.
import type { PredicateDefinition } from '../declarative/predicates.js'

export const isAwsDefault: PredicateDefinition = {
  name: 'is-aws-default',
  description:
    'The resource is one AWS created and manages (a VPC\'s default security group, an AWS-managed KMS key or policy, a service-linked role), as the sources mark it; mostly used as `applies-when: {not: {predicate: is-aws-default}}`.',
  parameters: {},
  reads: [],
  judge(resource) {
    return resource.isDefault === true
      ? { status: 'pass', message: `${resource.id ?? resource.address ?? resource.type} is created and managed by AWS` }
      : { status: 'fail', message: `${resource.id ?? resource.address ?? resource.type} is not an AWS default resource` }
  }
}
