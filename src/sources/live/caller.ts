// Every AWS call of the live scan goes through one Caller: it waits for the (account, region) rate limit,
// holds one of the scan's in-flight slots while the request runs, retries what can succeed on retry, and
// counts calls (the benchmark reports calls per resource). SDK clients are built once per account, region and
// service, with the SDK's own retries off: retrying here keeps the rate limit and the call count honest.
import { CloudControlClient } from '@aws-sdk/client-cloudcontrol'
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail'
import { ConfigServiceClient } from '@aws-sdk/client-config-service'
import { EC2Client } from '@aws-sdk/client-ec2'
import { IAMClient } from '@aws-sdk/client-iam'
import { LambdaClient } from '@aws-sdk/client-lambda'
import { RDSClient } from '@aws-sdk/client-rds'
import { S3Client } from '@aws-sdk/client-s3'
import { S3ControlClient } from '@aws-sdk/client-s3-control'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { DEFAULT_RETRY, RateLimiter, Semaphore, withRetry, type RetryOptions } from './limits.js'

export interface CallerOptions {
  rateLimit: number
  concurrency: number
  retry?: Partial<RetryOptions>
}

interface ClientKinds {
  cloudcontrol: CloudControlClient
  cloudtrail: CloudTrailClient
  config: ConfigServiceClient
  ec2: EC2Client
  iam: IAMClient
  lambda: LambdaClient
  rds: RDSClient
  s3: S3Client
  s3control: S3ControlClient
}
type Service = keyof ClientKinds

export class Caller {
  private readonly limiters = new Map<string, RateLimiter>()
  private readonly clients = new Map<string, ClientKinds[Service]>()
  private readonly slots: Semaphore
  private readonly retry: RetryOptions
  /** Requests sent, retries included. */
  calls = 0

  constructor(private readonly options: CallerOptions) {
    this.slots = new Semaphore(Math.max(1, options.concurrency))
    this.retry = { ...DEFAULT_RETRY, ...options.retry }
  }

  client<S extends Service>(service: S, account: string, region: string, credentials: AwsCredentialIdentityProvider): ClientKinds[S] {
    const key = `${service}/${account}/${region}`
    let client = this.clients.get(key)
    if (!client) {
      const config = { region, credentials, maxAttempts: 1 }
      client =
        service === 'cloudcontrol' ? new CloudControlClient(config)
        : service === 'cloudtrail' ? new CloudTrailClient(config)
        : service === 'config' ? new ConfigServiceClient(config)
        : service === 'ec2' ? new EC2Client(config)
        : service === 'iam' ? new IAMClient(config)
        : service === 'lambda' ? new LambdaClient(config)
        : service === 'rds' ? new RDSClient(config)
        : service === 's3' ? new S3Client(config)
        : new S3ControlClient(config)
      this.clients.set(key, client)
    }
    return client as ClientKinds[S]
  }

  /**
   * Run one AWS request for (account, region) under the rate limit, the in-flight cap and the retry policy. A call
   * with a `lane` is paced by that lane's own limit instead: an API with a published quota of its own
   * (CloudTrail's LookupEvents: 2 requests per second per account and region) keeps to it whatever rate-limit says.
   */
  async call<T>(account: string, region: string, request: () => Promise<T>, lane?: { name: string; perSecond: number }): Promise<T> {
    const limiter = this.limiter(lane ? `${lane.name}/${account}/${region}` : `${account}/${region}`, lane?.perSecond ?? this.options.rateLimit)
    const result = await withRetry(
      async () => {
        await limiter.acquire()
        return this.slots.run(() => {
          this.calls++
          return request()
        })
      },
      () => limiter.throttled(),
      this.retry
    )
    limiter.succeeded()
    return result
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy()
    this.clients.clear()
  }

  private limiter(key: string, perSecond: number): RateLimiter {
    let limiter = this.limiters.get(key)
    if (!limiter) {
      limiter = new RateLimiter(perSecond)
      this.limiters.set(key, limiter)
    }
    return limiter
  }
}
