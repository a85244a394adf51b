// trail-bucket-access-logging: the S3 bucket a CloudTrail trail delivers to has server access logging (CIS AWS 3.4 in
// v3.0 and v4.0). The bucket is found by the trail's S3BucketName, or by the Terraform reference behind it; a bucket
// that is not in the inventory (another account, another configuration) leaves the verdict unknown.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { referencedBy } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

const BUCKET = 'AWS::S3::Bucket'
const DESTINATION = 'LoggingConfiguration.DestinationBucketName'

export const trailBucketAccessLogging: PredicateDefinition = {
  name: 'trail-bucket-access-logging',
  description: "The S3 bucket the CloudTrail trail delivers to (S3BucketName) has server access logging (LoggingConfiguration.DestinationBucketName); unknown when that bucket is not in the inventory.",
  parameters: {},
  judge(trail, view) {
    const name = read(trail, 'S3BucketName')
    const buckets = referencedBy(view, trail, 'S3BucketName', BUCKET, 'BucketName')
    if (buckets.length === 0) {
      if (name === UNKNOWN) return unknownAt(trail, 'S3BucketName', "the trail's bucket")
      const shown = typeof name === 'string' && name !== '' ? `bucket ${name}` : "the trail's bucket"
      return unknownAt(trail, 'S3BucketName', `access logging of ${shown}`, 'is not in this inventory (another account or configuration)')
    }
    const bucket = buckets[0]
    const destination = read(bucket, DESTINATION)
    if (destination === UNKNOWN) return unknownAt(trail, 'S3BucketName', `access logging of bucket ${nameOf(bucket)}`)
    if (typeof destination === 'string' && destination !== '') {
      return pass(`Trail ${nameOf(trail)} delivers to bucket ${nameOf(bucket)}, which logs access to ${destination}`, 'S3BucketName')
    }
    return fail(`Trail ${nameOf(trail)} delivers to bucket ${nameOf(bucket)}, which has no server access logging`, 'S3BucketName')
  }
}
