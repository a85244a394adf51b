// cloudtrail-bucket-access-logging-enabled (CIS AWS 3.0/4.0 3.4): the trail's bucket, found by name or by the
// Terraform reference, logs server access; a bucket outside the inventory leaves the verdict unknown.
import { expected, judge, planned, res, ruleById } from './builders.js'

const rule = ruleById('cloudtrail-bucket-access-logging-enabled')
const TRAIL = 'AWS::CloudTrail::Trail'
const BUCKET = 'AWS::S3::Bucket'

describe('cloudtrail-bucket-access-logging-enabled', () => {
  it('passes a trail whose bucket logs access, fails one whose bucket does not, and is unknown for a bucket it cannot see', () => {
    const buckets = [
      res(BUCKET, 'logged-trail-bucket', { BucketName: 'logged-trail-bucket', LoggingConfiguration: { DestinationBucketName: 'access-logs', LogFilePrefix: 'trail/' } }),
      res(BUCKET, 'silent-trail-bucket', { BucketName: 'silent-trail-bucket' })
    ]
    const trails = [
      res(TRAIL, 'logged', { S3BucketName: 'logged-trail-bucket' }),
      res(TRAIL, 'silent', { S3BucketName: 'silent-trail-bucket' }),
      res(TRAIL, 'central', { S3BucketName: 'bucket-in-the-log-archive-account' })
    ]
    expect(judge(rule, trails, buckets)).toEqual(expected({ pass: ['logged'], fail: ['silent'], unknown: ['central'] }))
  })

  it('follows the Terraform reference when the bucket name is known only after apply', () => {
    const bucket = planned(BUCKET, 'aws_s3_bucket.trail', { LoggingConfiguration: { DestinationBucketName: 'access-logs' } }, ['BucketName'])
    const trail = { ...planned(TRAIL, 'aws_cloudtrail.main', {}, ['S3BucketName']), references: { S3BucketName: ['aws_s3_bucket.trail'] } }
    expect(judge(rule, [trail], [bucket])).toEqual(expected({ pass: ['aws_cloudtrail.main'] }))
    const unreferenced = planned(TRAIL, 'aws_cloudtrail.other', {}, ['S3BucketName'])
    expect(judge(rule, [unreferenced], [bucket])).toEqual(expected({ unknown: ['aws_cloudtrail.other'] }))
    const newBucket = planned(BUCKET, 'aws_s3_bucket.trail', { BucketName: 'trail' }, ['LoggingConfiguration'])
    const named = planned(TRAIL, 'aws_cloudtrail.named', { S3BucketName: 'trail' })
    expect(judge(rule, [named], [newBucket])).toEqual(expected({ unknown: ['aws_cloudtrail.named'] }))
  })
})
