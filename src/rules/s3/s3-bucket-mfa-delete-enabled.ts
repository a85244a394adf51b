import { builtinRule } from '../declarative/builtin.js'

export const s3BucketMfaDeleteEnabled = builtinRule({
  id: 's3-bucket-mfa-delete-enabled',
  title: 'S3 bucket requires MFA to delete object versions',
  severity: 'medium',
  description:
    "Checks that MFA delete is enabled on the bucket (GetBucketVersioning MFADelete is Enabled): permanently deleting an object version or changing the bucket's versioning state then needs the root user's MFA code.",
  risk: 'Without MFA delete, stolen or misused credentials that may delete object versions can destroy every copy a versioned bucket keeps, or suspend versioning first; the backups versioning promised are gone with one compromised key.',
  remediation: {
    text: 'Only the bucket owner\'s root user can enable MFA delete, and only through the CLI or API with its MFA device (not the console): `aws s3api put-bucket-versioning --bucket NAME --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "SERIAL CODE"`. In Terraform, aws_s3_bucket_versioning sets mfa_delete = "Enabled" and needs `mfa` (the device serial, a space, and a current code) and root credentials when it is applied.',
    terraform: `resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  # The root user's MFA device serial, a space and its current code; applied with root credentials.
  mfa    = var.root_mfa
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::S3::Bucket'],
  aliases: { checkov: [], prowler: ['s3_bucket_no_mfa_delete'] },
  notes:
    "Judged on the bucket's versioning state as S3 GetBucketVersioning returns it (Plumbline::S3::BucketVersioning: Cloud Control and CloudFormation have no MFA delete). In Terraform, aws_s3_bucket_versioning's mfa_delete or the legacy inline versioning block decides; a bucket without either fails, as S3 leaves MFA delete off (one enabled by hand outside Terraform shows in the live scan). Live, a bucket whose versioning could not be read is unknown.",
  condition: { predicate: 'bucket-mfa-delete-enabled' }
})
