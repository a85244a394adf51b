// aws_s3_bucket_policy → AWS::S3::BucketPolicy, its own type as Cloud Control lists it; id = bucket name.
import { ResourceBuilder } from '../builder.js'
import { copyFields, parsePolicy } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

export const s3BucketPolicy: ResourceMapper = {
  tfType: 'aws_s3_bucket_policy',
  map(tf) {
    const b = new ResourceBuilder('AWS::S3::BucketPolicy', tf)
    b.id = idFrom(tf.values, 'bucket')
    copyFields(b, [['Bucket', 'bucket'], ['PolicyDocument', 'policy', parsePolicy]])
    return b
  }
}
