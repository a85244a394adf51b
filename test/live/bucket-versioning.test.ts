// Plumbline::S3::BucketVersioning's reader on its own: what a bucket that goes away between S3 ListBuckets and
// GetBucketVersioning leaves (nothing, and no failure), which the local AWS server cannot stage (its buckets do not
// change during a scan). The S3 client is a stand-in that answers the two commands; the rest is the real reader.
import { GetBucketVersioningCommand, ListBucketsCommand } from '@aws-sdk/client-s3'
import { PartialFactError, readFact } from '../../src/sources/live/account-facts.js'
import type { Caller } from '../../src/sources/live/caller.js'
import type { HookContext } from '../../src/sources/live/services/hooks.js'

const ACCOUNT = '111111111111'
const REGION = 'eu-west-1'

function contextFor(answers: Record<string, () => unknown>) {
  const asked: string[] = []
  const s3 = {
    send: async (command: unknown) => {
      if (command instanceof ListBucketsCommand) return { Buckets: Object.keys(answers).map((Name) => ({ Name, BucketRegion: REGION })) }
      if (command instanceof GetBucketVersioningCommand) {
        const bucket = command.input.Bucket!
        asked.push(bucket)
        return answers[bucket]()
      }
      throw new Error('unexpected command')
    }
  }
  const caller = { client: () => s3, call: (_account: string, _region: string, request: () => Promise<unknown>) => request() } as unknown as Caller
  const hooks = { account: ACCOUNT, partition: 'aws', homeRegion: REGION, caller, credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }), warn: () => undefined, normalize: () => undefined } as HookContext
  return { ctx: { caller, account: ACCOUNT, credentials: hooks.credentials, homeRegion: REGION, sleep: async () => undefined, hooks }, asked }
}

const failWith = (name: string) => () => {
  throw Object.assign(new Error(`${name} from S3`), { name })
}

describe('Plumbline::S3::BucketVersioning reader', () => {
  it('a bucket deleted after the listing leaves no fact and no failure', async () => {
    const { ctx, asked } = contextFor({ kept: () => ({ Status: 'Enabled', MFADelete: 'Enabled' }), gone: failWith('NoSuchBucket') })
    const read = await readFact('Plumbline::S3::BucketVersioning', ctx, REGION)
    expect(asked.sort()).toEqual(['gone', 'kept'])
    expect(read).toEqual([
      { type: 'Plumbline::S3::BucketVersioning', id: 'kept', account: ACCOUNT, region: REGION, origin: 'live', properties: { Bucket: 'kept', Status: 'Enabled', MFADelete: 'Enabled' } }
    ])
  })

  it('a denied bucket is a partial read that keeps the others and names it', async () => {
    const { ctx } = contextFor({ kept: () => ({}), locked: failWith('AccessDenied') })
    const error = await readFact('Plumbline::S3::BucketVersioning', ctx, REGION).then(
      () => undefined,
      (err: unknown) => err
    )
    expect(error).toBeInstanceOf(PartialFactError)
    expect((error as PartialFactError).read.map((r) => [r.id, r.properties])).toEqual([['kept', { Bucket: 'kept' }]])
    expect((error as PartialFactError).message).toMatch(/^1 of 2 could not be read \(locked\): /)
  })
})
