// s3-bucket-object-write-events-logged and s3-bucket-object-read-events-logged (CIS AWS 3.8 / 3.9): which trail
// selectors record a bucket's data events, and when a plan says nothing about trails managed elsewhere.
import { expected, judge, planned, res, ruleById } from './builders.js'

const BUCKET = 'AWS::S3::Bucket'
const TRAIL = 'AWS::CloudTrail::Trail'
const write = ruleById('s3-bucket-object-write-events-logged')
const read = ruleById('s3-bucket-object-read-events-logged')

const bucket = (name: string, region = 'eu-west-1') => res(BUCKET, name, { BucketName: name }, { region, account: '111111111111' })
const trail = (name: string, properties: Record<string, unknown>, region = 'eu-west-1') =>
  res(TRAIL, name, { IsLogging: true, IsMultiRegionTrail: true, ...properties }, { region, account: '111111111111' })
const objects = (values: string[], readWriteType?: string) => ({ ...(readWriteType ? { ReadWriteType: readWriteType } : {}), DataResources: [{ Type: 'AWS::S3::Object', Values: values }] })

describe('s3-bucket-object-write-events-logged', () => {
  describe('classic event selectors', () => {
  it('record every bucket with arn:aws:s3, one bucket with its ARN prefix, and only the kind selected', () => {
    const buckets = [bucket('alpha'), bucket('beta')]
    const all = trail('all', { EventSelectors: [objects(['arn:aws:s3'])] })
    expect(judge(write, buckets, [all])).toEqual(expected({ pass: ['alpha', 'beta'] }))
    const onlyAlpha = trail('alpha-only', { EventSelectors: [objects(['arn:aws:s3:::alpha/'], 'WriteOnly')] })
    expect(judge(write, buckets, [onlyAlpha])).toEqual(expected({ pass: ['alpha'], fail: ['beta'] }))
    expect(judge(read, buckets, [onlyAlpha])).toEqual(expected({ fail: ['alpha', 'beta'] }))
    // A bucket whose name starts like another's is not selected by the other's ARN.
    expect(judge(write, [bucket('alpha-logs')], [onlyAlpha])).toEqual(expected({ fail: ['alpha-logs'] }))
    // Lambda data events, or management events only, select no object.
    const lambda = trail('lambda', { EventSelectors: [{ DataResources: [{ Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] }] }, { ReadWriteType: 'All' }] })
    expect(judge(write, buckets, [lambda])).toEqual(expected({ fail: ['alpha', 'beta'] }))
  })

  it('need the trail to be logging, in the bucket\'s region (or multi-region) and of its account (or the organization\'s)', () => {
    const selectors = { EventSelectors: [objects(['arn:aws:s3'])] }
    expect(judge(write, [bucket('alpha')], [trail('stopped', { ...selectors, IsLogging: false })])).toEqual(expected({ fail: ['alpha'] }))
    expect(judge(write, [bucket('alpha')], [trail('elsewhere', { ...selectors, IsMultiRegionTrail: false }, 'us-east-1')])).toEqual(expected({ fail: ['alpha'] }))
    expect(judge(write, [bucket('alpha')], [trail('here', { ...selectors, IsMultiRegionTrail: false })])).toEqual(expected({ pass: ['alpha'] }))
    const other = { ...trail('other-account', selectors), account: '222222222222' }
    expect(judge(write, [bucket('alpha')], [other])).toEqual(expected({ fail: ['alpha'] }))
    const organization = { ...trail('org', { ...selectors, IsOrganizationTrail: true }), account: '222222222222' }
    expect(judge(write, [bucket('alpha')], [organization])).toEqual(expected({ pass: ['alpha'] }))
  })
  })
})

describe('s3-bucket-object-read-events-logged', () => {
  describe('advanced event selectors', () => {
  const selector = (fields: Array<Record<string, unknown>>) => ({ AdvancedEventSelectors: [{ Name: 's3', FieldSelectors: fields }] })
  const data = { Field: 'eventCategory', Equals: ['Data'] }
  const s3 = { Field: 'resources.type', Equals: ['AWS::S3::Object'] }

  it('record object events by category and type, narrowed by readOnly and resources.ARN', () => {
    const buckets = [bucket('alpha'), bucket('beta')]
    expect(judge(write, buckets, [trail('all', selector([data, s3]))])).toEqual(expected({ pass: ['alpha', 'beta'] }))
    const writesOnly = trail('writes', selector([data, s3, { Field: 'readOnly', Equals: ['false'] }]))
    expect(judge(write, buckets, [writesOnly])).toEqual(expected({ pass: ['alpha', 'beta'] }))
    expect(judge(read, buckets, [writesOnly])).toEqual(expected({ fail: ['alpha', 'beta'] }))
    const alpha = trail('alpha', selector([data, s3, { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::alpha/'] }]))
    expect(judge(read, buckets, [alpha])).toEqual(expected({ pass: ['alpha'], fail: ['beta'] }))
    const notAlpha = trail('not-alpha', selector([data, s3, { Field: 'resources.ARN', NotStartsWith: ['arn:aws:s3:::alpha/'] }]))
    expect(judge(read, buckets, [notAlpha])).toEqual(expected({ fail: ['alpha', 'beta'] }))
    expect(judge(read, buckets, [trail('management', selector([{ Field: 'eventCategory', Equals: ['Management'] }]))])).toEqual(expected({ fail: ['alpha', 'beta'] }))
  })
  })
})

describe('Terraform and unknowns (both rules)', () => {
  it('gives no verdict on a plan without a trail, and fails a live bucket without one', () => {
    const planBucket = planned(BUCKET, 'aws_s3_bucket.data', { BucketName: 'data' })
    expect(judge(write, [planBucket])).toEqual(expected({ skipped: ['aws_s3_bucket.data'] }))
    expect(judge(write, [bucket('alpha')])).toEqual(expected({ fail: ['alpha'] }))
  })

  it('is unknown while the selectors or a bucket-specific name are known only after apply', () => {
    const newTrail = planned(TRAIL, 'aws_cloudtrail.main', { IsLogging: true, IsMultiRegionTrail: true }, ['EventSelectors'])
    const planBucket = planned(BUCKET, 'aws_s3_bucket.data', { BucketName: 'data' })
    expect(judge(write, [planBucket], [newTrail])).toEqual(expected({ unknown: ['aws_s3_bucket.data'] }))
    const specific = planned(TRAIL, 'aws_cloudtrail.specific', { IsLogging: true, IsMultiRegionTrail: true, EventSelectors: [objects(['arn:aws:s3:::data/'])] })
    const unnamed = planned(BUCKET, 'aws_s3_bucket.unnamed', {}, ['BucketName'])
    expect(judge(write, [unnamed], [specific])).toEqual(expected({ unknown: ['aws_s3_bucket.unnamed'] }))
    // Every bucket selected: the unknown name does not matter.
    const every = planned(TRAIL, 'aws_cloudtrail.every', { IsLogging: true, IsMultiRegionTrail: true, EventSelectors: [objects(['arn:aws:s3'])] })
    expect(judge(write, [unnamed], [every])).toEqual(expected({ pass: ['aws_s3_bucket.unnamed'] }))
  })
})
