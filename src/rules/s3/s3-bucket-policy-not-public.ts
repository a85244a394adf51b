import type { InventoryView, Resource } from '../../types.js'
import { statementsOf } from '../../model/policy-document.js'
import { hasRestrictingCondition, isPublicPrincipal } from '../support/iam-policy.js'
import { referencedBy, sameAccount } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { isTrue, read, UNKNOWN } from '../support/read.js'

/** True when the bucket (or the account) is known to set RestrictPublicBuckets, which voids public policies. */
function publicPoliciesRestricted(view: InventoryView, policy: Resource): boolean {
  const account = view.ofType('Plumbline::S3::AccountPublicAccessBlock').filter((a) => sameAccount(a, policy))
  if (account.some((a) => isTrue(read(a, 'RestrictPublicBuckets')))) return true
  const buckets = referencedBy(view, policy, 'Bucket', 'AWS::S3::Bucket', 'BucketName')
  return buckets.some((b) => isTrue(read(b, 'PublicAccessBlockConfiguration.RestrictPublicBuckets')))
}

export const s3BucketPolicyNotPublic: RuleDefinition = {
  id: 's3-bucket-policy-not-public',
  title: 'S3 bucket policy does not grant access to everyone',
  severity: 'critical',
  description:
    'Checks that no Allow statement of the bucket policy names Principal "*" (or {"AWS": "*"}), or uses NotPrincipal, without a condition that confines it to an account, organisation, network or source.',
  risk: 'A public Allow statement lets anyone on the internet read, list or write the bucket, the classic S3 data leak.',
  remediation: {
    text: 'Name the principals that need access, or add a confining condition such as aws:PrincipalOrgID or aws:SourceVpce.',
    terraform: `data "aws_iam_policy_document" "bucket" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["\${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/reader"]
    }
  }
}`
  },
  categories: ['internet-exposed'],
  resourceTypes: ['AWS::S3::BucketPolicy'],
  aliases: { checkov: ['CKV_AWS_70'], prowler: ['s3_bucket_public_access'] },
  notes:
    'Judges the policy document. Like Prowler, a RestrictPublicBuckets setting on the bucket or the account (when in the inventory) voids public statements and the rule passes; ACL grants are not judged here (AccessControl is write-only in CloudFormation). The VPC endpoint owner keys (aws:VpceAccount, aws:VpceOrgID, aws:VpceOrgPaths) confine like aws:SourceVpce. An ARN condition (aws:PrincipalArn, aws:SourceArn, s3:DataAccessPointArn under ArnLike, ArnEquals or StringLike) confines only when it pins the owner: a wildcard in the account field (arn:aws:iam::*:role/x, which anyone can match with a role of their own) or an S3 ARN whose resource is only wildcards confines nothing.',
  check(resource, view) {
    const path = 'PolicyDocument'
    const document = read(resource, path)
    if (document === UNKNOWN) return unknownAt(resource, path, 'the bucket policy document')
    const statements = statementsOf(document)
    const index = statements.findIndex(
      (s) =>
        typeof s.Effect === 'string' &&
        s.Effect.toLowerCase() === 'allow' &&
        // Allow with NotPrincipal grants everyone but the principals it names, anonymous callers included.
        (isPublicPrincipal(s.Principal) || (s.NotPrincipal !== undefined && s.NotPrincipal !== null)) &&
        !hasRestrictingCondition(s)
    )
    const bucket = read(resource, 'Bucket')
    const label = typeof bucket === 'string' ? bucket : nameOf(resource)
    if (index < 0) return pass(`The policy of bucket ${label} grants nothing to everyone`, path)
    const at = `${path}.Statement${Array.isArray((document as { Statement?: unknown }).Statement) ? `[${index}]` : ''}`
    if (publicPoliciesRestricted(view, resource)) {
      return pass(`The policy of bucket ${label} has a public statement, but RestrictPublicBuckets voids it`, at)
    }
    return fail(`The policy of bucket ${label} allows access to everyone (Principal "*" or NotPrincipal) without a confining condition`, at)
  }
}
