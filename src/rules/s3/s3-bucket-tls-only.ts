import { asList, statementsOf, type PolicyStatement } from '../../model/policy-document.js'
import { isPublicPrincipal } from '../support/iam-policy.js'
import { joinOn } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
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

export const s3BucketTlsOnly: RuleDefinition = {
  id: 's3-bucket-tls-only',
  title: 'S3 bucket policy denies requests that do not use TLS',
  severity: 'medium',
  description:
    'Checks that the bucket has a policy with a Deny statement for all principals and all S3 actions when aws:SecureTransport is false (and on no other condition).',
  risk: 'Without it, clients may read and write the bucket over plain HTTP, exposing data and credentials to anyone on the path.',
  remediation: {
    text: 'Add a statement to the bucket policy that denies s3:* to "*" when aws:SecureTransport is false.',
    terraform: `data "aws_iam_policy_document" "tls_only" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.this.arn, "\${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}`
  },
  categories: ['encryption'],
  resourceTypes: ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV_AWS_379'], prowler: ['s3_bucket_secure_transport_policy'] },
  notes:
    'Joins the bucket to AWS::S3::BucketPolicy by bucket name, or, in Terraform, by a Bucket expression referring to the bucket (Resource.references). A policy whose Bucket is unknown and refers to no known resource might be this bucket\'s: then the answer is unknown; without any policy the bucket fails.',
  check(resource, view) {
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
