// bucket-denies-insecure-transport: a join and IAM policy semantics: a bucket policy of the inventory for this
// bucket denies all S3 actions to everyone when aws:SecureTransport is false, and on no other condition: code.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { asList, statementsOf, type PolicyStatement } from '../../model/policy-document.js'
import { isPublicPrincipal } from '../support/iam-policy.js'
import { joinOn } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

/**
 * Deny of all S3 actions to everyone when aws:SecureTransport is false, and on no other condition: any further
 * condition key narrows the Deny (only insecure requests from one VPC endpoint, say), so it no longer covers
 * every plain-HTTP request. Action names are case-insensitive in IAM.
 */
function deniesInsecureTransport(statement: PolicyStatement): boolean {
  if (typeof statement.Effect !== 'string' || statement.Effect.toLowerCase() !== 'deny') return false
  if (!isPublicPrincipal(statement.Principal)) return false
  if (!asList(statement.Action).some((a) => typeof a === 'string' && (a === '*' || a.toLowerCase() === 's3:*'))) return false
  const condition = statement.Condition
  if (condition === null || typeof condition !== 'object') return false
  const entries = Object.entries(condition).flatMap(([operator, block]) =>
    block !== null && typeof block === 'object' ? Object.entries(block).map(([key, value]) => ({ operator, key, value })) : [{ operator, key: '', value: block }]
  )
  return (
    entries.length === 1 &&
    entries.every(
      ({ operator, key, value }) =>
        /^bool(ifexists)?$/i.test(operator) &&
        key.toLowerCase() === 'aws:securetransport' &&
        asList(value).some((v) => v === false || v === 'false')
    )
  )
}

export const bucketDeniesInsecureTransport: PredicateDefinition = {
  name: 'bucket-denies-insecure-transport',
  description:
    'A bucket policy of the inventory for the S3 bucket (joined on Bucket, or a Terraform reference) has a Deny of s3:* for Principal "*" when aws:SecureTransport is false and on no other condition; a policy whose bucket is open makes the answer unknown.',
  parameters: {},
  reads: ['BucketName'],
  judge(resource, view) {
    const { matches, undecided } = joinOn(view, 'AWS::S3::BucketPolicy', 'Bucket', resource, 'BucketName')
    let undecidedDocument = false
    for (const policy of matches) {
      const document = read(policy, 'PolicyDocument')
      if (document === UNKNOWN) undecidedDocument = true
      else if (statementsOf(document).some(deniesInsecureTransport)) {
        return pass(`Bucket ${nameOf(resource)} denies requests without TLS`, 'PolicyDocument')
      }
    }
    if (undecidedDocument || undecided.length > 0) return unknownAt(resource, 'PolicyDocument', 'the bucket policy')
    const why = matches.length === 0 ? 'has no bucket policy' : 'has a policy that does not deny requests without TLS'
    return fail(`Bucket ${nameOf(resource)} ${why}`)
  }
}
