import { builtinRule } from '../declarative/builtin.js'

export const s3BucketPolicyNoPublicWrite = builtinRule({
  id: 's3-bucket-policy-no-public-write',
  title: 'S3 bucket policy does not let everyone write',
  severity: 'critical',
  description:
    'Checks that no Allow statement of the bucket policy lets Principal "*" (or {"AWS": "*"}), or everyone but a NotPrincipal, put, delete or reconfigure (s3:Put*, s3:Delete*, s3:*, *, ...) without a condition that confines it to an account, organisation, network or source.',
  risk: 'Public write lets anyone overwrite or delete the bucket\'s data, plant malware for downstream consumers, run up storage costs, or change the bucket\'s own policy.',
  remediation: {
    text: 'Remove write actions from public statements; grant writes to named principals, or confine the statement with aws:PrincipalOrgID or aws:SourceVpce.',
    terraform: `data "aws_iam_policy_document" "bucket" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/uploader"]
    }
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::S3::BucketPolicy'],
  aliases: { checkov: [], prowler: ['s3_bucket_policy_public_write_access'] },
  notes:
    'Read-only public statements pass here (s3-bucket-policy-not-public fails them). Actions are matched with their wildcards (s3:P*, s3:*Object) against the S3 write actions, and NotAction counts for every write action it does not exclude. A RestrictPublicBuckets setting on the bucket or the account (when in the inventory) voids public statements and the rule passes, as in Prowler.',
  condition: { predicate: 'bucket-policy-no-public-write' }
})
