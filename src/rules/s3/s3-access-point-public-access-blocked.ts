import { builtinRule } from '../declarative/builtin.js'

const SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const

export const s3AccessPointPublicAccessBlocked = builtinRule({
  id: 's3-access-point-public-access-blocked',
  title: 'S3 access point blocks all public access',
  severity: 'critical',
  description:
    'Checks that the access point turns on all four Block Public Access settings (PublicAccessBlockConfiguration: BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets). S3 turns each on when it is not set.',
  risk: 'An access point that allows public access can open the bucket\'s objects to everyone through the access point\'s own policy, where the bucket\'s policy delegates access control to its access points.',
  remediation: {
    text: 'Turn all four settings on; they can only be set when the access point is created, so recreate it.',
    terraform: `resource "aws_s3_access_point" "this" {
  bucket = aws_s3_bucket.this.id
  name   = "reports"
  public_access_block_configuration {
    block_public_acls       = true
    ignore_public_acls      = true
    block_public_policy     = true
    restrict_public_buckets = true
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::S3::AccessPoint'],
  aliases: { checkov: [], prowler: ['s3_access_point_public_access_block'] },
  condition: { 'all-of': SETTINGS.map((setting) => ({ property: `PublicAccessBlockConfiguration.${setting}`, equals: true, default: true })) },
  messages: {
    pass: 'Access point {name} blocks all public access',
    fail: 'Access point {name} does not block all public access ({property} is {value})',
    unknown: 'the Block Public Access settings'
  }
})
