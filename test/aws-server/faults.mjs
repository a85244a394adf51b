// Injected faults: which calls a fault affects, how often, and what each kind looks like on each service's wire.
import { ServiceError } from './protocol.mjs'
import { SCHEMA_FACTS } from './schema-facts.mjs'

const KINDS = new Set(['deny', 'throttle', 'server-error', 'drop', 'latency', 'idp-unreachable', 'verification-key'])
const WEB_IDENTITY = { service: 'sts', operation: 'AssumeRoleWithWebIdentity' }
// These two only exist on STS's web-identity call, so a fault of that kind targets it unless told otherwise.
const IMPLIED_TARGET = { 'idp-unreachable': WEB_IDENTITY, 'verification-key': WEB_IDENTITY }

/** Thrown to make the server destroy the socket without answering. */
export const DROP_CONNECTION = Symbol('drop connection')

class ActiveFault {
  constructor(fault) {
    if (!KINDS.has(fault.kind)) throw new Error(`addFault: unknown kind '${fault.kind}'`)
    this.fault = { ...IMPLIED_TARGET[fault.kind], ...fault }
    this.remaining = fault.times ?? Infinity
    /** @type {Map<string, { tokens: number, refilledAt: number }>} token buckets per account and region */
    this.buckets = new Map()
  }

  matches(call) {
    const f = this.fault
    return (
      this.remaining > 0 &&
      (f.service === undefined || f.service === call.service) &&
      (f.operation === undefined || f.operation === call.operation) &&
      (f.account === undefined || f.account === call.account) &&
      (f.region === undefined || f.region === call.region) &&
      (f.typeName === undefined || f.typeName === call.typeName) &&
      (f.identifier === undefined || f.identifier === call.identifier)
    )
  }

  /** Throttling by rate: a token bucket per (account, region) holding one second's worth of calls. */
  overRate(call) {
    const rate = this.fault.ratePerSecond
    const key = `${call.account}|${call.region}`
    const now = Date.now()
    const bucket = this.buckets.get(key) ?? { tokens: Math.max(1, rate), refilledAt: now }
    bucket.tokens = Math.min(Math.max(1, rate), bucket.tokens + ((now - bucket.refilledAt) / 1000) * rate)
    bucket.refilledAt = now
    this.buckets.set(key, bucket)
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return false
    }
    return true
  }
}

export class FaultSet {
  constructor() {
    /** @type {ActiveFault[]} */
    this.active = []
  }

  add(fault) {
    this.active.push(new ActiveFault(fault))
  }

  clear() {
    this.active = []
  }

  /**
   * What the faults do to `call`: extra latency (every matching latency fault adds its own) and the first
   * matching fault that answers in the service's place, if any.
   */
  evaluate(call) {
    let latencyMs = 0
    let answering
    for (const active of this.active) {
      if (!active.matches(call)) continue
      if (active.fault.kind === 'latency') {
        latencyMs += active.fault.latencyMs ?? 0
        active.remaining--
        continue
      }
      if (answering) continue
      if (active.fault.kind === 'throttle' && active.fault.ratePerSecond !== undefined && !active.overRate(call)) continue
      active.remaining--
      answering = active.fault
    }
    return { latencyMs, answering }
  }
}

const RATE_EXCEEDED = {
  cloudcontrol: ['ThrottlingException', 400, 'Rate exceeded'],
  config: ['ThrottlingException', 400, 'Rate exceeded'],
  cloudtrail: ['ThrottlingException', 400, 'Rate exceeded'],
  sts: ['Throttling', 400, 'Rate exceeded'],
  iam: ['Throttling', 400, 'Rate exceeded'],
  ec2: ['RequestLimitExceeded', 503, 'Request limit exceeded.'],
  s3: ['SlowDown', 503, 'Please reduce your request rate.'],
  s3control: ['SlowDown', 503, 'Please reduce your request rate.'],
  lambda: ['TooManyRequestsException', 429, 'Rate exceeded'],
  rds: ['Throttling', 400, 'Rate exceeded'],
  oidc: ['TooManyRequests', 429, 'Too many requests']
}

const INTERNAL_ERROR = {
  cloudcontrol: ['ServiceInternalErrorException', 500, 'Service internal error'],
  config: ['InternalFailure', 500, 'The request processing has failed because of an unknown error, exception or failure.'],
  cloudtrail: ['InternalFailure', 500, 'The request processing has failed because of an unknown error, exception or failure.'],
  sts: ['InternalFailure', 500, 'The request processing has failed because of an unknown error, exception or failure.'],
  iam: ['ServiceFailure', 500, 'The request processing has failed because of an unknown error, exception or failure.'],
  ec2: ['InternalError', 500, 'An internal error has occurred'],
  s3: ['InternalError', 500, 'We encountered an internal error. Please try again.'],
  s3control: ['InternalError', 500, 'We encountered an internal error. Please try again.'],
  lambda: ['ServiceException', 500, 'The AWS Lambda service encountered an internal error.'],
  oidc: ['InternalServerError', 500, 'Internal server error']
}

function accessDenied(call, callerArn, scp) {
  const who = callerArn ?? 'anonymous'
  // An SCP denies before any handler runs, in the words AWS uses for it (the "explicit deny" variant of the message).
  if (scp) {
    const words = `User: ${who} is not authorized to perform: ${call.action} with an explicit deny in a service control policy`
    return call.service === 'ec2' ? new ServiceError('UnauthorizedOperation', 403, `You are not authorized to perform this operation. ${words}`)
      : call.service === 's3' || call.service === 's3control' ? new ServiceError('AccessDenied', 403, 'Access Denied')
      : ['sts', 'iam', 'rds'].includes(call.service) ? new ServiceError('AccessDenied', 403, words)
      : new ServiceError(call.service === 'cloudcontrol' ? 'com.amazon.coral.service#AccessDeniedException' : 'AccessDeniedException', call.service === 'lambda' ? 403 : 400, words)
  }
  switch (call.service) {
    case 'cloudcontrol': {
      const code = 'com.amazon.coral.service#AccessDeniedException'
      const facts = call.typeName ? SCHEMA_FACTS.get(call.typeName) : undefined
      if (facts) {
        // A type's handler lacking its own permission fails inside Cloud Control (aws-cloudformation-resource-providers-cloudformation#113).
        const permission = (call.operation === 'ListResources' ? facts.listPermissions : facts.readPermissions)[0]
        return new ServiceError(
          code,
          400,
          `${call.typeName} Handler returned status FAILED: User: ${who} is not authorized to perform: ${permission} because no identity-based policy allows the ${permission} action (Status Code: 403) (HandlerErrorCode: AccessDenied)`
        )
      }
      const resource = `arn:aws:cloudformation:${call.region}:${call.account}:resource/*`
      return new ServiceError(code, 400, `User: ${who} is not authorized to perform: ${call.action} on resource: ${resource} because no identity-based policy allows the ${call.action} action`)
    }
    case 'sts':
      return call.operation === 'AssumeRoleWithWebIdentity'
        ? new ServiceError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity')
        : new ServiceError('AccessDenied', 403, `User: ${who} is not authorized to perform: ${call.action}`)
    case 'iam':
      return new ServiceError('AccessDenied', 403, `User: ${who} is not authorized to perform: ${call.action} on resource: * because no identity-based policy allows the ${call.action} action`)
    case 'rds':
      return new ServiceError('AccessDenied', 403, `User: ${who} is not authorized to perform: ${call.action} on resource: arn:aws:rds:${call.region}:${call.account}:* because no identity-based policy allows the ${call.action} action`)
    case 'ec2':
      return new ServiceError('UnauthorizedOperation', 403, `You are not authorized to perform this operation. User: ${who} is not authorized to perform: ${call.action} because no identity-based policy allows the ${call.action} action`)
    case 's3':
    case 's3control':
      return new ServiceError('AccessDenied', 403, 'Access Denied')
    // LookupEvents has no resource-level permissions: the message names no resource.
    case 'config':
    case 'cloudtrail':
      return new ServiceError('AccessDeniedException', 400, `User: ${who} is not authorized to perform: ${call.action} because no identity-based policy allows the ${call.action} action`)
    case 'lambda':
      return new ServiceError('AccessDeniedException', 403, `User: ${who} is not authorized to perform: ${call.action} on resource: * because no identity-based policy allows the ${call.action} action`)
    default:
      return new ServiceError('Forbidden', 403, 'Forbidden')
  }
}

/** The answer `fault` gives in the service's place (or DROP_CONNECTION). */
export function faultAnswer(fault, call, callerArn) {
  const error = (entry) => new ServiceError(...entry)
  switch (fault.kind) {
    case 'deny':
      return accessDenied(call, callerArn, fault.scp === true)
    case 'throttle':
      return error(RATE_EXCEEDED[call.service])
    case 'server-error':
      return error(INTERNAL_ERROR[call.service])
    case 'drop':
      return DROP_CONNECTION
    case 'idp-unreachable':
      return new ServiceError('IDPCommunicationError', 400, 'The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached. Retry the request.')
    case 'verification-key':
      return new ServiceError('InvalidIdentityToken', 400, "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements")
    default:
      throw new Error(`fault kind '${fault.kind}' does not answer`)
  }
}
