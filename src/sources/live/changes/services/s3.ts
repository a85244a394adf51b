// S3's management events (eventSource s3.amazonaws.com): every bucket-level call records the bucket as
// requestParameters.bucketName (with Host), and `resources` holds { type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::name' }
// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/cloudtrail-logging-understanding-s3-entries.html).
// Quirks, named:
// - The companions (versioning, encryption, logging, public access block, ownership, ...) fold into AWS::S3::Bucket;
//   the bucket policy is its own type, AWS::S3::BucketPolicy (id the bucket name); versioning with MFA delete is
//   also the Plumbline::S3::BucketVersioning fact (id the bucket name).
// - S3 Control's account-level calls are recorded under s3.amazonaws.com too (PutAccountPublicAccessBlock).
import { ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, BUCKET_VERSIONING_TYPE } from '../../../../model/facts.js'
import { accountFact, resourceArns, str, touch, type EventContext, type ServiceTable, type Touch } from '../table.js'

const BUCKET = 'AWS::S3::Bucket'
const BUCKET_POLICY = 'AWS::S3::BucketPolicy'
const ACCESS_POINT = 'AWS::S3::AccessPoint'

/** requestParameters.bucketName, else the bucket of the record's resources (arn:aws:s3:::name). */
function bucketName(ctx: EventContext): string | undefined {
  return str(ctx.req.bucketName) ?? resourceArns(ctx.record, BUCKET).map((arn) => arn.split(':::')[1])[0]
}

function bucket(type: string): (ctx: EventContext) => Touch[] {
  return (ctx) => [touch(type, bucketName(ctx))]
}

export const s3Table: ServiceTable = {
  service: 'S3',
  eventSource: 's3.amazonaws.com',
  entries: [
    { names: ['CreateBucket'], touches: (ctx) => [touch(BUCKET, bucketName(ctx)), touch(BUCKET_VERSIONING_TYPE, bucketName(ctx))] },
    {
      names: ['DeleteBucket'],
      touches: (ctx) => [touch(BUCKET, bucketName(ctx)), touch(BUCKET_POLICY, bucketName(ctx)), touch(BUCKET_VERSIONING_TYPE, bucketName(ctx))]
    },
    { names: ['PutBucketPolicy', 'DeleteBucketPolicy'], touches: bucket(BUCKET_POLICY) },
    { names: ['PutBucketVersioning'], touches: (ctx) => [touch(BUCKET, bucketName(ctx)), touch(BUCKET_VERSIONING_TYPE, bucketName(ctx))] },
    // S3 Control: the account's public access block.
    { names: ['PutAccountPublicAccessBlock', 'DeleteAccountPublicAccessBlock'], touches: (ctx) => [accountFact(ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, ctx)] },
    // S3 Control: access points, requestParameters.name.
    {
      names: ['CreateAccessPoint', 'DeleteAccessPoint', 'PutAccessPointPolicy', 'DeleteAccessPointPolicy'],
      touches: (ctx) => [touch(ACCESS_POINT, ctx.req.name)]
    },
    // Every other bucket configuration call (PutBucketAcl, PutBucketEncryption, DeleteBucketEncryption,
    // PutBucketLogging, PutBucketPublicAccessBlock, DeleteBucketPublicAccessBlock, PutBucketTagging, DeleteBucketTagging,
    // PutBucketLifecycle, PutBucketReplication, PutBucketOwnershipControls, PutBucketCors, PutBucketWebsite, ...).
    { names: /^(Put|Delete)Bucket[A-Z]/, touches: bucket(BUCKET) },
    { names: ['PutObjectLockConfiguration'], touches: bucket(BUCKET) }
  ],
  trailResourceNames: {
    // Event history finds S3 management events under the bucket name.
    [BUCKET]: (id) => id,
    [BUCKET_POLICY]: (id) => id,
    [BUCKET_VERSIONING_TYPE]: (id) => id
  }
}
