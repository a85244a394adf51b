import { builtinRule } from '../declarative/builtin.js'

export const s3BucketPolicyNotPublic = builtinRule({
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
  'resource-types': ['AWS::S3::BucketPolicy'],
  aliases: { checkov: ['CKV_AWS_70'], prowler: ['s3_bucket_public_access'] },
  notes:
    'Judges the policy document. Like Prowler, a RestrictPublicBuckets setting on the bucket or the account (when in the inventory) voids public statements and the rule passes; ACL grants are not judged here (AccessControl is write-only in CloudFormation). The VPC endpoint owner keys (aws:VpceAccount, aws:VpceOrgID, aws:VpceOrgPaths) confine like aws:SourceVpce. An ARN condition (aws:PrincipalArn, aws:SourceArn, s3:DataAccessPointArn under ArnLike, ArnEquals or StringLike) confines only when it pins the owner: a wildcard in the account field (arn:aws:iam::*:role/x, which anyone can match with a role of their own) or an S3 ARN whose resource is only wildcards confines nothing.',
  condition: { predicate: 'bucket-policy-not-public' }
})
