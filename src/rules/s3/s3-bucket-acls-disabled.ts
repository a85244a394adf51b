import { fail, isNewInPlan, NOT_IN_CODE, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { read, readList, UNKNOWN } from '../support/read.js'

export const s3BucketAclsDisabled: RuleDefinition = {
  id: 's3-bucket-acls-disabled',
  title: 'S3 bucket has ACLs disabled (object ownership BucketOwnerEnforced)',
  severity: 'medium',
  description: 'Checks that the bucket enforces bucket-owner object ownership, which turns off access control lists.',
  risk: 'ACLs grant access outside the bucket policy and IAM, are hard to audit, and are a common way buckets become public.',
  remediation: {
    text: 'Set object ownership to BucketOwnerEnforced (aws_s3_bucket_ownership_controls).',
    terraform: `resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}`
  },
  categories: ['identity-access'],
  resourceTypes: ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV2_AWS_65'], prowler: ['s3_bucket_acl_prohibited'] },
  notes:
    'Without OwnershipControls: a bucket this plan creates passes, because AWS creates new buckets with BucketOwnerEnforced since April 2023; a live bucket fails (it has no ownership controls, so ACLs are on); a bucket from state or HCL alone is unknown, since its real setting is not in the code.',
  check(resource) {
    const path = 'OwnershipControls.Rules'
    const rules = readList(resource, path)
    if (rules === UNKNOWN) return unknownAt(resource, path, 'the object ownership')
    if (rules.length === 0) {
      if (read(resource, 'OwnershipControls') === UNKNOWN) return unknownAt(resource, path, 'the object ownership')
      if (isNewInPlan(resource)) {
        return pass(`Bucket ${nameOf(resource)} is new and gets BucketOwnerEnforced (ACLs disabled) by default`, path)
      }
      if (resource.origin === 'live') return fail(`Bucket ${nameOf(resource)} has no ownership controls, so ACLs are enabled`, path)
      return unknownAt(resource, path, 'the object ownership', NOT_IN_CODE)
    }
    const ownership = rules.map((_, i) => read(resource, `${path}[${i}].ObjectOwnership`))
    if (ownership.includes('BucketOwnerEnforced')) return pass(`Bucket ${nameOf(resource)} has ACLs disabled`, path)
    if (ownership.includes(UNKNOWN)) return unknownAt(resource, path, 'the object ownership')
    return fail(`Bucket ${nameOf(resource)} has ACLs enabled (object ownership ${ownership.join(', ')})`, path)
  }
}
