// imdsv2-required: the instance metadata service of an EC2 instance requires session tokens, or is off. Without
// MetadataOptions the answer depends on the source: Terraform code leaves it to the AMI and account defaults (a
// fail, as with Checkov), while Cloud Control does not return the property of a live instance (unknown).
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

export const imdsv2Required: PredicateDefinition = {
  name: 'imdsv2-required',
  description:
    'The EC2 instance requires IMDSv2 session tokens (MetadataOptions.HttpTokens required) or turns the metadata service off (HttpEndpoint disabled); without MetadataOptions, code fails and a live instance is unknown.',
  parameters: {},
  reads: ['MetadataOptions', 'MetadataOptions.HttpTokens', 'MetadataOptions.HttpEndpoint'],
  judge(resource) {
    const options = read(resource, 'MetadataOptions')
    if (options === UNKNOWN) return unknownAt(resource, 'MetadataOptions', 'the metadata options')
    const tokens = read(resource, 'MetadataOptions.HttpTokens')
    const endpoint = read(resource, 'MetadataOptions.HttpEndpoint')
    if (endpoint === 'disabled') return pass(`Instance ${nameOf(resource)} has the metadata service turned off`, 'MetadataOptions.HttpEndpoint')
    if (tokens === 'required') return pass(`Instance ${nameOf(resource)} requires IMDSv2`, 'MetadataOptions.HttpTokens')
    if (tokens === UNKNOWN || endpoint === UNKNOWN) return unknownAt(resource, 'MetadataOptions.HttpTokens', 'the IMDS token setting')
    if (options === undefined || options === null) {
      if (resource.origin === 'live') return unknownAt(resource, 'MetadataOptions', 'the metadata options (not returned by Cloud Control)')
      return fail(`Instance ${nameOf(resource)} does not require IMDSv2 (no metadata options set; the AMI and account defaults decide)`, 'MetadataOptions')
    }
    return fail(`Instance ${nameOf(resource)} allows IMDSv1 (HttpTokens is ${String(tokens ?? 'optional')})`, 'MetadataOptions.HttpTokens')
  }
}
