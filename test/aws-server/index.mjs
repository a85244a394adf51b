// A local AWS for tests: Cloud Control, STS, IAM, EC2, S3, S3 Control, Lambda, RDS, Config, Organizations and CloudTrail on one HTTP port, speaking each
// service's real wire protocol and verifying every SigV4 signature, plus GitHub's OIDC token endpoint.
// The SDK reaches it through the AWS_ENDPOINT_URL_* variables (env()); see index.d.mts for the API.
import { createServer } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import * as cloudcontrol from './cloudcontrol.mjs'
import * as cloudtrail from './cloudtrail.mjs'
import * as config from './config.mjs'
import * as ec2 from './ec2.mjs'
import { DROP_CONNECTION, FaultSet, faultAnswer } from './faults.mjs'
import * as iam from './iam.mjs'
import { IdentityRegistry, SIGNING_NAMES, authError } from './identity.mjs'
import { OidcIssuer } from './oidc.mjs'
import { ServiceError, errorReply, newRequestId } from './protocol.mjs'
import * as lambda from './lambda.mjs'
import * as organizations from './organizations.mjs'
import * as rds from './rds.mjs'
import * as s3 from './s3.mjs'
import { AccountState } from './store.mjs'
import * as sts from './sts.mjs'
import { parseAuthorization } from './sigv4.mjs'

const QUERY_VERSIONS = { '2011-06-15': 'sts', '2010-05-08': 'iam', '2016-11-15': 'ec2', '2014-10-31': 'rds' }

/** Each operation: its handler and the IAM action it needs. */
const OPERATIONS = {
  cloudcontrol: {
    ListResources: [cloudcontrol.listResources, 'cloudformation:ListResources'],
    GetResource: [cloudcontrol.getResource, 'cloudformation:GetResource']
  },
  sts: {
    AssumeRoleWithWebIdentity: [sts.assumeRoleWithWebIdentity, 'sts:AssumeRoleWithWebIdentity'],
    AssumeRole: [sts.assumeRole, 'sts:AssumeRole'],
    GetCallerIdentity: [sts.getCallerIdentity, 'sts:GetCallerIdentity']
  },
  iam: {
    GetAccountSummary: [iam.getAccountSummary, 'iam:GetAccountSummary'],
    GetAccountPasswordPolicy: [iam.getAccountPasswordPolicy, 'iam:GetAccountPasswordPolicy'],
    GenerateCredentialReport: [iam.generateCredentialReport, 'iam:GenerateCredentialReport'],
    GetCredentialReport: [iam.getCredentialReport, 'iam:GetCredentialReport'],
    ListServerCertificates: [iam.listServerCertificates, 'iam:ListServerCertificates'],
    ListVirtualMFADevices: [iam.listVirtualMfaDevices, 'iam:ListVirtualMFADevices'],
    ListRoles: [iam.listRoles, 'iam:ListRoles'],
    ListUsers: [iam.listUsers, 'iam:ListUsers'],
    GenerateServiceLastAccessedDetails: [iam.generateServiceLastAccessedDetails, 'iam:GenerateServiceLastAccessedDetails'],
    GetServiceLastAccessedDetails: [iam.getServiceLastAccessedDetails, 'iam:GetServiceLastAccessedDetails']
  },
  ec2: {
    GetEbsEncryptionByDefault: [ec2.getEbsEncryptionByDefault, 'ec2:GetEbsEncryptionByDefault'],
    DescribeRegions: [ec2.describeRegions, 'ec2:DescribeRegions'],
    DescribeInstances: [ec2.describeInstances, 'ec2:DescribeInstances'],
    DescribeVpcs: [ec2.describeVpcs, 'ec2:DescribeVpcs'],
    DescribeSnapshots: [ec2.describeSnapshots, 'ec2:DescribeSnapshots'],
    DescribeImages: [ec2.describeImages, 'ec2:DescribeImages']
  },
  config: {
    DescribeConfigurationRecorders: [config.describeConfigurationRecorders, 'config:DescribeConfigurationRecorders'],
    DescribeConfigurationRecorderStatus: [config.describeConfigurationRecorderStatus, 'config:DescribeConfigurationRecorderStatus']
  },
  s3: { ListBuckets: [s3.listBuckets, 's3:ListAllMyBuckets'], GetBucketVersioning: [s3.getBucketVersioning, 's3:GetBucketVersioning'] },
  lambda: { ListFunctions: [lambda.listFunctions, 'lambda:ListFunctions'] },
  rds: {
    DescribeDBSnapshots: [rds.describeDBSnapshots, 'rds:DescribeDBSnapshots'],
    DescribeDBSnapshotAttributes: [rds.describeDBSnapshotAttributes, 'rds:DescribeDBSnapshotAttributes'],
    DescribeDBClusterSnapshots: [rds.describeDBClusterSnapshots, 'rds:DescribeDBClusterSnapshots'],
    DescribeDBClusterSnapshotAttributes: [rds.describeDBClusterSnapshotAttributes, 'rds:DescribeDBClusterSnapshotAttributes']
  },
  organizations: {
    ListAccounts: [organizations.listAccounts, 'organizations:ListAccounts'],
    ListAccountsForParent: [organizations.listAccountsForParent, 'organizations:ListAccountsForParent'],
    ListOrganizationalUnitsForParent: [organizations.listOrganizationalUnitsForParent, 'organizations:ListOrganizationalUnitsForParent']
  },
  s3control: { GetPublicAccessBlock: [s3.getPublicAccessBlock, 's3:GetAccountPublicAccessBlock'] },
  cloudtrail: { LookupEvents: [cloudtrail.lookupEvents, 'cloudtrail:LookupEvents'] },
  // The token endpoint needs no IAM action.
  oidc: { GetIDToken: [undefined, ''] }
}

/** Services whose endpoints are regional: a region the account has not enabled rejects the credentials. */
const REGIONAL = new Set(['cloudcontrol', 'config', 'ec2', 'lambda', 'rds', 'cloudtrail'])
/** The awsJson services: a body that is not a JSON object is a SerializationException. */
const JSON_SERVICES = new Set(['cloudcontrol', 'config', 'organizations', 'cloudtrail'])

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** X-Amz-Target prefixes of the awsJson services. */
const JSON_TARGETS = [
  ['CloudApiService.', 'cloudcontrol'],
  ['StarlingDoveService.', 'config'],
  ['AWSOrganizationsV20161128.', 'organizations'],
  // CloudTrail: the API reference's examples use the long form, the JavaScript SDK sends the short one.
  ['com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.', 'cloudtrail'],
  ['CloudTrail_20131101.', 'cloudtrail']
]

/** Which service and operation a request is for, from what the protocol puts on the wire. */
function routeOf(req, url, body) {
  const target = req.headers['x-amz-target']
  if (url.pathname === '/oidc/token') return { service: 'oidc', operation: 'GetIDToken' }
  if (url.pathname.startsWith('/v20180820/')) {
    return { service: 's3control', operation: url.pathname === '/v20180820/configuration/publicAccessBlock' && req.method === 'GET' ? 'GetPublicAccessBlock' : 'Unknown' }
  }
  // The awsJson services: Cloud Control (1.0), Config, Organizations and CloudTrail (1.1), told apart by the target's prefix.
  const jsonService = typeof target === 'string' ? JSON_TARGETS.find(([prefix]) => target.startsWith(prefix)) : undefined
  if (jsonService) {
    let json
    try {
      json = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
    } catch {
      json = undefined
    }
    return { service: jsonService[1], operation: target.slice(jsonService[0].length), json }
  }
  if (req.method === 'POST' && String(req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
    const params = new URLSearchParams(body.toString('utf8'))
    const service = QUERY_VERSIONS[params.get('Version') ?? ''] ?? serviceOfScope(req) ?? 'sts'
    return { service, operation: params.get('Action') ?? 'Unknown', params }
  }
  const bucket = s3.bucketOf(req.headers.host, url.pathname)
  if (bucket !== undefined) {
    return { service: 's3', operation: req.method === 'GET' && url.searchParams.has('versioning') ? 'GetBucketVersioning' : 'Unknown', bucket }
  }
  if (req.method === 'GET' && url.pathname === '/') return { service: 's3', operation: 'ListBuckets' }
  if (url.pathname.startsWith('/2015-03-31/functions')) {
    return { service: 'lambda', operation: req.method === 'GET' && /^\/2015-03-31\/functions\/?$/.test(url.pathname) ? 'ListFunctions' : 'Unknown' }
  }
  return { service: serviceOfScope(req) ?? 's3', operation: 'Unknown' }
}

function serviceOfScope(req) {
  const signingName = parseAuthorization(req.headers.authorization)?.service
  return Object.keys(SIGNING_NAMES).find((service) => SIGNING_NAMES[service] === signingName)
}

function unknownOperation(service, operation, params) {
  if (JSON_SERVICES.has(service)) return new ServiceError('UnknownOperationException', 400, `Unknown operation ${operation}`)
  if (service === 'lambda') return new ServiceError('UnknownOperationException', 404, `Unknown operation ${operation}`)
  if (service === 's3' || service === 's3control' || service === 'oidc') return new ServiceError('NotImplemented', 501, 'A header or query you provided implies functionality that is not implemented.')
  return new ServiceError('InvalidAction', 400, `Could not find operation ${operation} for version ${params?.get('Version') ?? 'NO_VERSION_SPECIFIED'}`)
}

// Seeding helpers of the services, for the tests.
export { seedServiceUsage } from './iam.mjs'

/** @param {{ latencyMs?: number, pageSize?: number, lookupEventsPerSecond?: number | null }} [options] */
export async function startAwsServer(options = {}) {
  const globalLatencyMs = options.latencyMs ?? 0
  const pageSize = options.pageSize ?? 50
  /** @type {Map<string, AccountState>} */
  const accounts = new Map()
  const identities = new IdentityRegistry()
  const oidc = new OidcIssuer()
  const faults = new FaultSet()
  const calls = []
  /** @type {organizations.Organization[]} */
  const orgs = []
  const trail = new cloudtrail.TrailStore()
  // CloudTrail's documented LookupEvents rate unless the test sets another (null: no limit).
  const lookupRate = new cloudtrail.LookupRateLimiter(options.lookupEventsPerSecond === undefined ? cloudtrail.LOOKUP_EVENTS_PER_SECOND : options.lookupEventsPerSecond)

  // An account never seeded still exists (a role's account, say): empty, with the default regions.
  const accountState = (id) => {
    let state = accounts.get(id)
    if (!state) {
      state = new AccountState({ id })
      accounts.set(id, state)
    }
    return state
  }

  async function answer(req, url, body, route, call, requestId) {
    const { service, operation } = route
    const [handler] = OPERATIONS[service]?.[operation] ?? []
    if (globalLatencyMs > 0) await sleep(globalLatencyMs)
    if (service === 'oidc') {
      const { latencyMs, answering } = faults.evaluate(call)
      if (latencyMs > 0) await sleep(latencyMs)
      if (answering) throw faultAnswer(answering, call, undefined)
      return oidc.handleTokenRequest(url, req.headers.authorization)
    }
    const webIdentity = service === 'sts' && operation === 'AssumeRoleWithWebIdentity'
    let caller
    if (webIdentity) {
      // AssumeRoleWithWebIdentity is not signed: the token is the credential.
      call.account = sts.roleAccountOf(route.params)
    } else {
      caller = identities.authenticate(service, { method: req.method, url: req.url, headers: req.headers, body })
      call.account = caller.account
      call.region = caller.region
    }
    if (!handler) throw unknownOperation(service, operation, route.params)
    if (JSON_SERVICES.has(service)) {
      if (!route.json || typeof route.json !== 'object') throw new ServiceError('SerializationException', 400, 'Request body is not valid JSON')
      if (service === 'cloudcontrol') Object.assign(call, cloudcontrol.describeRequest(route.json))
    }
    // A bucket operation names its bucket, and an RDS attribute read its snapshot, so a fault can single one out.
    if (route.bucket !== undefined) call.identifier = route.bucket
    const snapshot = service === 'rds' ? route.params?.get('DBSnapshotIdentifier') ?? route.params?.get('DBClusterSnapshotIdentifier') : null
    if (snapshot) call.identifier = snapshot
    // An access advisor job names its principal, so a fault can single one out.
    const principalArn = service === 'iam' && operation === 'GenerateServiceLastAccessedDetails' ? route.params?.get('Arn') : null
    if (principalArn) call.identifier = principalArn
    let account = call.account ? accountState(call.account) : undefined
    if (REGIONAL.has(service) && !account.isRegionEnabled(caller.region)) throw authError(service, 'invalidKey')
    if (service === 's3control') {
      const addressed = s3.s3ControlAccount(req.headers)
      if (addressed !== caller.account) throw new ServiceError('AccessDenied', 403, 'Access Denied')
      account = accountState(addressed)
    }
    const { latencyMs, answering } = faults.evaluate(call)
    if (latencyMs > 0) await sleep(latencyMs)
    if (answering) throw faultAnswer(answering, call, caller?.arn)
    return handler({ account, region: caller?.region, caller, params: route.params, body: route.json, url, headers: req.headers, bucket: route.bucket, identities, organizations: orgs, oidc, pageSize, requestId, trail, lookupRate })
  }

  const server = createServer(async (req, res) => {
    const requestId = newRequestId()
    let route = { service: 's3', operation: 'Unknown' }
    let call
    try {
      const body = await readBody(req)
      const url = new URL(req.url ?? '/', 'http://localhost')
      route = routeOf(req, url, body)
      const action = OPERATIONS[route.service]?.[route.operation]?.[1] ?? `${route.service}:${route.operation}`
      call = { service: route.service, operation: route.operation, action, status: 0 }
      calls.push(call)
      const response = await answer(req, url, body, route, call, requestId)
      send(res, call, response)
    } catch (thrown) {
      if (thrown === DROP_CONNECTION) {
        if (call) call.errorCode = 'ConnectionDropped'
        req.socket.destroy()
        return
      }
      const error = thrown instanceof ServiceError ? thrown : new ServiceError('InternalFailure', 500, `Local AWS server failure: ${thrown?.message ?? thrown}`)
      if (!(thrown instanceof ServiceError)) console.error('aws-server:', thrown)
      if (call) call.errorCode = error.code.replace(/^.*#/, '')
      send(res, call, errorReply(route.service, error, requestId))
    }
  })

  function send(res, call, response) {
    if (call) call.status = response.status
    res.writeHead(response.status, { ...response.headers, 'content-length': Buffer.byteLength(response.body) })
    res.end(response.body)
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, 'localhost', resolve)
  })
  const { port } = server.address()
  const url = `http://localhost:${port}`

  return {
    url,
    env() {
      return {
        AWS_ENDPOINT_URL_CLOUDCONTROL: url,
        AWS_ENDPOINT_URL_CONFIG_SERVICE: url,
        AWS_ENDPOINT_URL_STS: url,
        AWS_ENDPOINT_URL_IAM: url,
        AWS_ENDPOINT_URL_EC2: url,
        AWS_ENDPOINT_URL_S3: url,
        AWS_ENDPOINT_URL_S3_CONTROL: url,
        AWS_ENDPOINT_URL_LAMBDA: url,
        AWS_ENDPOINT_URL_RDS: url,
        AWS_ENDPOINT_URL_ORGANIZATIONS: url,
        AWS_ENDPOINT_URL_CLOUDTRAIL: url,
        ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc/token?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken
      }
    },
    addAccount(seed) {
      accounts.set(seed.id, new AccountState(seed))
    },
    addOrganization(seed) {
      orgs.push(new organizations.Organization(seed))
    },
    putResource(account, seed) {
      accountState(account).putResource(seed)
    },
    removeResource(account, type, identifier) {
      return accountState(account).removeResource(type, identifier)
    },
    get trail() {
      return trail
    },
    recordTrailEvent(seed) {
      cloudtrail.recordTrailEvent(trail, seed)
    },
    setLookupEventsRate(perSecond) {
      lookupRate.setRate(perSecond)
    },
    addRole(role) {
      identities.addRole(role)
    },
    createUserKeys(account, userName) {
      return identities.createUserKeys(account, userName)
    },
    addFault(fault) {
      faults.add(fault)
    },
    clearFaults() {
      faults.clear()
    },
    get calls() {
      return calls
    },
    setTokenClaims(claims) {
      oidc.setClaims(claims)
    },
    tokenFor(audience, claims) {
      return oidc.tokenFor(audience, claims)
    },
    setSessionLifetimeSeconds(seconds) {
      identities.sessionLifetimeSeconds = seconds
    },
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(() => resolve()))
    }
  }
}

export { LOOKUP_EVENTS_PER_SECOND, recordTrailEvent, trailRecord } from './cloudtrail.mjs'
