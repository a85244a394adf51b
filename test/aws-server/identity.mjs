// Who signed a request: access keys issued by this server (IAM user keys and STS sessions), mapped to their
// account and principal; roles and their trust; and each service's answer to a key it cannot accept.
import { randomBytes } from 'node:crypto'
import { ServiceError } from './protocol.mjs'
import { parseAuthorization, signatureProblem } from './sigv4.mjs'

const SIGNATURE_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'
const INVALID_TOKEN_MESSAGE = 'The security token included in the request is invalid.'
const EXPIRED_TOKEN_MESSAGE = 'The security token included in the request is expired'

// Each protocol family names these failures differently: JSON services use the coral exception names,
// query services their short codes, EC2 AuthFailure/RequestExpired, S3 its REST codes.
const AUTH_ERRORS = {
  cloudcontrol: {
    missing: ['MissingAuthenticationTokenException', 400, 'Missing Authentication Token'],
    invalidKey: ['UnrecognizedClientException', 400, INVALID_TOKEN_MESSAGE],
    invalidToken: ['UnrecognizedClientException', 400, INVALID_TOKEN_MESSAGE],
    badSignature: ['InvalidSignatureException', 400, SIGNATURE_MESSAGE],
    expired: ['ExpiredTokenException', 400, EXPIRED_TOKEN_MESSAGE]
  },
  sts: {
    missing: ['MissingAuthenticationToken', 403, 'Request is missing Authentication Token'],
    invalidKey: ['InvalidClientTokenId', 403, INVALID_TOKEN_MESSAGE],
    invalidToken: ['InvalidClientTokenId', 403, INVALID_TOKEN_MESSAGE],
    badSignature: ['SignatureDoesNotMatch', 403, SIGNATURE_MESSAGE],
    expired: ['ExpiredToken', 403, EXPIRED_TOKEN_MESSAGE]
  },
  ec2: {
    missing: ['AuthFailure', 401, 'AWS was not able to validate the provided access credentials'],
    invalidKey: ['AuthFailure', 401, 'AWS was not able to validate the provided access credentials'],
    invalidToken: ['AuthFailure', 401, 'AWS was not able to validate the provided access credentials'],
    badSignature: ['SignatureDoesNotMatch', 403, SIGNATURE_MESSAGE],
    expired: ['RequestExpired', 400, 'Request has expired.']
  },
  s3: {
    missing: ['AccessDenied', 403, 'Access Denied'],
    invalidKey: ['InvalidAccessKeyId', 403, 'The AWS Access Key Id you provided does not exist in our records.'],
    invalidToken: ['InvalidToken', 400, 'The provided token is malformed or otherwise invalid.'],
    badSignature: ['SignatureDoesNotMatch', 403, 'The request signature we calculated does not match the signature you provided. Check your key and signing method.'],
    expired: ['ExpiredToken', 400, 'The provided token has expired.']
  }
}
// Lambda (restJson1) answers with the same coral names as the JSON services, as HTTP 403.
AUTH_ERRORS.lambda = {
  missing: ['MissingAuthenticationTokenException', 403, 'Missing Authentication Token'],
  invalidKey: ['UnrecognizedClientException', 403, INVALID_TOKEN_MESSAGE],
  invalidToken: ['UnrecognizedClientException', 403, INVALID_TOKEN_MESSAGE],
  badSignature: ['InvalidSignatureException', 403, SIGNATURE_MESSAGE],
  expired: ['ExpiredTokenException', 403, EXPIRED_TOKEN_MESSAGE]
}
AUTH_ERRORS.iam = AUTH_ERRORS.sts
// RDS is an awsQuery service like IAM and STS: the same codes, as RDS documents them (InvalidClientTokenId, 403).
AUTH_ERRORS.rds = AUTH_ERRORS.sts
// Config is an awsJson service like Cloud Control: the same coral names, HTTP 400.
AUTH_ERRORS.config = AUTH_ERRORS.cloudcontrol
AUTH_ERRORS.organizations = AUTH_ERRORS.cloudcontrol
AUTH_ERRORS.cloudtrail = AUTH_ERRORS.cloudcontrol
AUTH_ERRORS.s3control = AUTH_ERRORS.s3

export function authError(service, kind, detail) {
  const [code, status, message] = AUTH_ERRORS[service][kind]
  return new ServiceError(code, status, detail ? `${message} ${detail}` : message)
}

/** The SigV4 signing name each service's requests must be scoped to. */
export const SIGNING_NAMES = { cloudcontrol: 'cloudcontrolapi', config: 'config', sts: 'sts', iam: 'iam', ec2: 'ec2', s3: 's3', s3control: 's3', lambda: 'lambda', rds: 'rds', organizations: 'organizations', cloudtrail: 'cloudtrail' }

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const randomId = (prefix) => prefix + Array.from(randomBytes(16), (b) => KEY_ALPHABET[b % 32]).join('')
const randomSecret = () => randomBytes(30).toString('base64')

export class IdentityRegistry {
  constructor() {
    /** @type {Map<string, { secret: string, sessionToken?: string, account: string, arn: string, userId: string, expiresAt?: number, roleArn?: string }>} */
    this.keys = new Map()
    /** @type {Map<string, { arn: string, account: string, name: string, roleId: string, maxSessionDuration: number, oidc?: { aud: string, sub: string }, trustedPrincipals: string[], externalId?: string }>} */
    this.roles = new Map()
    this.sessionLifetimeSeconds = undefined
  }

  addRole(seed) {
    const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(seed.arn ?? '')
    if (!match) throw new Error(`addRole: not a role ARN: '${seed.arn}'`)
    this.roles.set(seed.arn, {
      arn: seed.arn,
      account: match[1],
      name: match[2],
      roleId: randomId('AROA'),
      maxSessionDuration: seed.maxSessionDuration ?? 3600,
      oidc: seed.oidc,
      trustedPrincipals: seed.trustedPrincipals ?? [],
      externalId: seed.externalId
    })
  }

  createUserKeys(account, userName = 'plumbline-test') {
    const accessKeyId = randomId('AKIA')
    const secretAccessKey = randomSecret()
    this.keys.set(accessKeyId, { secret: secretAccessKey, account, arn: `arn:aws:iam::${account}:user/${userName}`, userId: randomId('AIDA') })
    return { accessKeyId, secretAccessKey }
  }

  /** A new STS session for `role`, lasting `durationSeconds` (or the lifetime the test set). */
  issueSession(role, sessionName, durationSeconds) {
    const lifetime = this.sessionLifetimeSeconds ?? durationSeconds
    const expiresAt = Date.now() + lifetime * 1000
    const accessKeyId = randomId('ASIA')
    const secretAccessKey = randomSecret()
    const sessionToken = randomBytes(96).toString('base64')
    const arn = `arn:aws:sts::${role.account}:assumed-role/${role.name}/${sessionName}`
    const userId = `${role.roleId}:${sessionName}`
    this.keys.set(accessKeyId, { secret: secretAccessKey, sessionToken, account: role.account, arn, userId, expiresAt, roleArn: role.arn })
    return { accessKeyId, secretAccessKey, sessionToken, expiration: new Date(expiresAt), arn, userId }
  }

  /**
   * Verifies a signed request for `service` and returns its principal. Throws the service's own error for a
   * missing or unknown key, a wrong session token, an expired session, a wrong scope or a bad signature.
   */
  authenticate(service, request) {
    const auth = parseAuthorization(request.headers.authorization)
    if (!auth) throw authError(service, 'missing')
    const key = this.keys.get(auth.accessKeyId)
    if (!key) throw authError(service, 'invalidKey')
    const sentToken = request.headers['x-amz-security-token']
    if (key.sessionToken !== undefined ? sentToken !== key.sessionToken : sentToken !== undefined) throw authError(service, 'invalidToken')
    if (key.expiresAt !== undefined && Date.now() >= key.expiresAt) throw authError(service, 'expired')
    if (auth.service !== SIGNING_NAMES[service]) {
      throw authError(service, 'badSignature', `Credential should be scoped to correct service: '${SIGNING_NAMES[service]}'.`)
    }
    const problem = signatureProblem(request, auth, key.secret)
    if (problem) throw authError(service, 'badSignature')
    return { accessKeyId: auth.accessKeyId, region: auth.region, account: key.account, arn: key.arn, userId: key.userId, roleArn: key.roleArn, isSession: key.sessionToken !== undefined }
  }
}
