import { builtinRule } from '../declarative/builtin.js'

export const s3BucketAclNoPublicWrite = builtinRule({
  id: 's3-bucket-acl-no-public-write',
  title: 'S3 bucket ACL does not let everyone write',
  severity: 'critical',
  description:
    'Checks that the bucket\'s canned ACL is not public-read-write (AccessControl PublicReadWrite), unless ACLs are disabled (object ownership BucketOwnerEnforced) or the bucket ignores public ACLs (IgnorePublicAcls).',
  risk: 'A public-read-write ACL lets anyone on the internet upload, overwrite and list the bucket\'s objects.',
  remediation: {
    text: 'Disable ACLs (object ownership BucketOwnerEnforced) and grant access with the bucket policy; at least turn on IgnorePublicAcls.',
    terraform: `resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV_AWS_57'], prowler: ['s3_bucket_public_write_acl'] },
  notes:
    'Judges the canned ACL: explicit grants (aws_s3_bucket_acl access_control_policy) are not mapped, so a WRITE grant to AllUsers there is missed where Checkov finds it. Cloud Control never returns a bucket\'s ACL (AccessControl is write-only): live, a bucket with ACLs enabled that does not ignore public ACLs is unknown, where Prowler reads its grants.',
  condition: {
    'any-of': [
      { predicate: 'bucket-acls-disabled' },
      { property: 'PublicAccessBlockConfiguration.IgnorePublicAcls', equals: true },
      { property: 'AccessControl', 'not-equals': 'PublicReadWrite' }
    ]
  },
  messages: {
    pass: 'Bucket {name} grants no public write through its ACL',
    fail: 'Bucket {name} has a public-read-write ACL',
    unknown: 'the bucket ACL'
  }
})
