// IAM, query protocol (Version 2010-05-08): the account-level facts Cloud Control cannot return.
import { randomUUID } from 'node:crypto'
import { ServiceError, queryReply, xml } from './protocol.mjs'
import { GLOBAL, decodePageToken, encodePageToken } from './store.mjs'

/** The credential report's columns, in IAM's order (IAM User Guide, "Understanding the report format"). */
export const CREDENTIAL_REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated'
]

const countOf = (account, type) => account.resourcesIn(type, 'global').length

export function getAccountSummary(ctx) {
  const { account, requestId } = ctx
  // Counts follow the seeded IAM resources unless the seed states them.
  const summary = {
    AccountMFAEnabled: 0,
    AccountAccessKeysPresent: 0,
    AccountSigningCertificatesPresent: 0,
    Users: countOf(account, 'AWS::IAM::User'),
    Roles: countOf(account, 'AWS::IAM::Role'),
    Groups: countOf(account, 'AWS::IAM::Group'),
    Policies: countOf(account, 'AWS::IAM::ManagedPolicy'),
    ...account.facts.accountSummary
  }
  const entries = Object.entries(summary).map(([key, value]) => xml('entry', { key, value }))
  return queryReply('iam', 'GetAccountSummary', [xml('SummaryMap', entries)], requestId)
}

export function getAccountPasswordPolicy(ctx) {
  const { account, requestId } = ctx
  const policy = account.facts.passwordPolicy
  if (!policy) throw new ServiceError('NoSuchEntity', 404, `The Password Policy with domain name ${account.id} cannot be found.`)
  return queryReply('iam', 'GetAccountPasswordPolicy', [xml('PasswordPolicy', policy)], requestId)
}

export function generateCredentialReport(ctx) {
  const { account, requestId } = ctx
  if (account.credentialReportGeneratedAt === undefined) {
    account.credentialReportGeneratedAt = new Date()
    return queryReply('iam', 'GenerateCredentialReport', { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' }, requestId)
  }
  return queryReply('iam', 'GenerateCredentialReport', { State: 'COMPLETE' }, requestId)
}

function csvField(value) {
  const text = String(value ?? 'N/A')
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function defaultRows(account) {
  // Without seeded rows the report holds the root user only, as a fresh account's does.
  return [
    {
      user: '<root_account>',
      arn: `arn:aws:iam::${account.id}:root`,
      user_creation_time: '2020-01-01T00:00:00+00:00',
      password_enabled: 'not_supported',
      password_last_used: 'no_information',
      password_last_changed: 'not_supported',
      password_next_rotation: 'not_supported',
      mfa_active: 'false',
      access_key_1_active: 'false',
      access_key_2_active: 'false',
      cert_1_active: 'false',
      cert_2_active: 'false'
    }
  ]
}

export function getCredentialReport(ctx) {
  const { account, requestId } = ctx
  if (account.credentialReportGeneratedAt === undefined) {
    throw new ServiceError('ReportNotPresent', 410, 'Credential report does not exist. Use GenerateCredentialReport to generate a credential report.')
  }
  const rows = account.facts.credentialReport ?? defaultRows(account)
  const csv = [CREDENTIAL_REPORT_COLUMNS.join(','), ...rows.map((row) => CREDENTIAL_REPORT_COLUMNS.map((c) => csvField(row[c])).join(','))].join('\n')
  return queryReply(
    'iam',
    'GetCredentialReport',
    {
      Content: Buffer.from(csv, 'utf8').toString('base64'),
      ReportFormat: 'text/csv',
      GeneratedTime: account.credentialReportGeneratedAt.toISOString().replace(/\.\d{3}Z$/, 'Z')
    },
    requestId
  )
}

/** ListServerCertificates: the seeded certificates' metadata (facts.serverCertificates), one page. */
export function listServerCertificates(ctx) {
  const { account, requestId } = ctx
  const certificates = account.facts.serverCertificates ?? []
  const members = certificates.map((c) =>
    xml('member', {
      Path: c.Path ?? '/',
      ServerCertificateName: c.ServerCertificateName,
      ServerCertificateId: c.ServerCertificateId ?? `ASCA${c.ServerCertificateName.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(17, 'X').slice(0, 17)}`,
      Arn: c.Arn ?? `arn:aws:iam::${account.id}:server-certificate/${c.ServerCertificateName}`,
      UploadDate: c.UploadDate ?? '2024-01-01T00:00:00Z',
      Expiration: c.Expiration
    })
  )
  return queryReply('iam', 'ListServerCertificates', [xml('ServerCertificateMetadataList', members), xml('IsTruncated', 'false')], requestId)
}

/** ListVirtualMFADevices: the seeded virtual devices (facts.virtualMfaDevices: serial and the user's ARN), assigned ones. */
export function listVirtualMfaDevices(ctx) {
  const { account, requestId } = ctx
  const devices = account.facts.virtualMfaDevices ?? []
  const members = devices.map((d) => xml('member', { SerialNumber: d.SerialNumber, User: d.UserArn ? { Arn: d.UserArn, UserName: d.UserArn.split('/').pop(), UserId: 'AIDAEXAMPLE', Path: '/', CreateDate: '2020-01-01T00:00:00Z' } : undefined, EnableDate: '2024-01-01T00:00:00Z' }))
  return queryReply('iam', 'ListVirtualMFADevices', [xml('VirtualMFADevices', members), xml('IsTruncated', 'false')], requestId)
}

// ---- Roles and users (ListRoles, ListUsers) and access advisor (Generate/GetServiceLastAccessedDetails) ----------
//
// Shapes as the IAM API Reference gives them: ListRoles/ListUsers page with MaxItems/Marker and IsTruncated;
// GenerateServiceLastAccessedDetails (Arn, Granularity SERVICE_LEVEL | ACTION_LEVEL) answers a JobId;
// GetServiceLastAccessedDetails (JobId, MaxItems, Marker) answers JobStatus IN_PROGRESS (no JobCompletionDate) for
// the first poll(s), then COMPLETED with ServicesLastAccessed (or FAILED with Error), JobType, JobCreationDate,
// JobCompletionDate, paged. The services listed are the ones the principal's permissions policies grant, computed
// from the seeded role or user (ManagedPolicyArns, inline Policies, a user's Groups' policies); LastAuthenticated
// comes from the usage seedServiceUsage() records in the account's facts.

/** Service namespaces and names "everything" stands for here (AdministratorAccess, Action "*"): a fixed, small list. */
export const ALL_SERVICES = [
  ['access-analyzer', 'IAM Access Analyzer'],
  ['cloudformation', 'AWS CloudFormation'],
  ['cloudtrail', 'AWS CloudTrail'],
  ['dynamodb', 'Amazon DynamoDB'],
  ['ec2', 'Amazon EC2'],
  ['iam', 'AWS Identity and Access Management'],
  ['kms', 'AWS Key Management Service'],
  ['lambda', 'AWS Lambda'],
  ['logs', 'Amazon CloudWatch Logs'],
  ['rds', 'Amazon RDS'],
  ['s3', 'Amazon S3'],
  ['sns', 'Amazon SNS'],
  ['sqs', 'Amazon SQS'],
  ['sts', 'AWS Security Token Service']
]
const SERVICE_NAMES = new Map(ALL_SERVICES)
/** AWS-managed policies whose grants the server knows: every service. Any other AWS-managed policy grants nothing here. */
const EVERY_SERVICE_POLICIES = new Set(['AdministratorAccess', 'PowerUserAccess'])

const isoSeconds = (date) => new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z')
const DEFAULT_CREATE_DATE = '2020-01-01T00:00:00Z'

/**
 * Records what a principal used, for GetServiceLastAccessedDetails: merges into an account seed's `facts` (and
 * returns them). `usage` maps a service namespace to its last use: { lastAuthenticated: ISO-8601, region?,
 * entity? (default the principal) }. Options: `createDate` (what ListRoles/ListUsers report; default
 * 2020-01-01), `fails` (the principal's jobs end FAILED).
 * @param {Record<string, any>} facts
 * @param {string} principalArn
 * @param {Record<string, { lastAuthenticated: string, region?: string, entity?: string }>} [usage]
 * @param {{ createDate?: string, fails?: boolean }} [options]
 */
export function seedServiceUsage(facts, principalArn, usage = {}, options = {}) {
  facts.serviceUsage = { ...facts.serviceUsage, [principalArn]: { ...facts.serviceUsage?.[principalArn], ...usage } }
  if (options.createDate !== undefined) facts.principalCreateDates = { ...facts.principalCreateDates, [principalArn]: options.createDate }
  if (options.fails) facts.accessAdvisorFailures = [...(facts.accessAdvisorFailures ?? []), principalArn]
  return facts
}

/** A seeded role's or user's ARN: its Arn property, else built from its path and name. */
function arnOf(account, entry, kind) {
  const p = entry.properties
  if (typeof p.Arn === 'string') return p.Arn
  const name = kind === 'role' ? p.RoleName : p.UserName
  return `arn:aws:iam::${account.id}:${kind}${p.Path ?? '/'}${name}`
}

/** MaxItems as IAM takes it: 1 to 1000, default 100. */
function maxItemsOf(params) {
  const raw = params?.get('MaxItems')
  if (raw === null || raw === undefined || raw === '') return 100
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new ServiceError('ValidationError', 400, `1 validation error detected: Value '${raw}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000`)
  return n
}

function page(list, params, scope) {
  const size = maxItemsOf(params)
  const marker = params?.get('Marker')
  let offset = 0
  if (marker) {
    offset = decodePageToken(marker, scope)
    if (offset === undefined) throw new ServiceError('InvalidInput', 400, 'Invalid Marker.')
  }
  const items = list.slice(offset, offset + size)
  const next = offset + size < list.length ? encodePageToken(scope, offset + size) : undefined
  return { items, next }
}

function listPrincipals(ctx, kind) {
  const { account, params, requestId } = ctx
  const type = kind === 'role' ? 'AWS::IAM::Role' : 'AWS::IAM::User'
  const operation = kind === 'role' ? 'ListRoles' : 'ListUsers'
  const prefix = params?.get('PathPrefix') || '/'
  const entries = account.resourcesIn(type, GLOBAL).filter((e) => (e.properties.Path ?? '/').startsWith(prefix))
  const { items, next } = page(entries, params, `${operation}|${account.id}|${prefix}`)
  const members = items.map((e) => {
    const arn = arnOf(account, e, kind)
    const common = { Path: e.properties.Path ?? '/', [kind === 'role' ? 'RoleName' : 'UserName']: e.identifier, [kind === 'role' ? 'RoleId' : 'UserId']: `${kind === 'role' ? 'AROA' : 'AIDA'}${e.identifier.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(17, 'X').slice(0, 17)}`, Arn: arn, CreateDate: isoSeconds(account.facts.principalCreateDates?.[arn] ?? DEFAULT_CREATE_DATE) }
    if (kind === 'role' && e.properties.AssumeRolePolicyDocument !== undefined) common.AssumeRolePolicyDocument = encodeURIComponent(JSON.stringify(e.properties.AssumeRolePolicyDocument))
    return xml('member', common)
  })
  return queryReply('iam', operation, [xml(kind === 'role' ? 'Roles' : 'Users', members), xml('IsTruncated', next ? 'true' : 'false'), ...(next ? [xml('Marker', next)] : [])], requestId)
}

export const listRoles = (ctx) => listPrincipals(ctx, 'role')
export const listUsers = (ctx) => listPrincipals(ctx, 'user')

/** The seeded role or user an ARN names, or undefined. */
function principalOf(account, arn) {
  const match = /^arn:aws[a-z-]*:iam::(\d{12}):(role|user)(\/.*)$/.exec(arn ?? '')
  if (!match || match[1] !== account.id) return undefined
  const kind = match[2]
  const type = kind === 'role' ? 'AWS::IAM::Role' : 'AWS::IAM::User'
  const entry = account.resourcesIn(type, GLOBAL).find((e) => arnOf(account, e, kind) === arn)
  return entry ? { kind, entry } : undefined
}

function asArray(value) {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]
}

/** The namespaces one policy document grants (Allow Action / NotAction), within ALL_SERVICES or named outright. */
function namespacesOfDocument(document) {
  const out = new Set()
  const doc = typeof document === 'string' ? JSON.parse(decodeURIComponent(document)) : document
  for (const s of asArray(doc?.Statement)) {
    if (s?.Effect !== 'Allow') continue
    if (s.Action !== undefined) {
      for (const action of asArray(s.Action)) {
        if (action === '*') ALL_SERVICES.forEach(([ns]) => out.add(ns))
        else if (typeof action === 'string' && action.includes(':')) {
          const service = action.slice(0, action.indexOf(':')).toLowerCase()
          if (service.includes('*') || service.includes('?')) {
            const re = new RegExp(`^${service.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`)
            ALL_SERVICES.forEach(([ns]) => re.test(ns) && out.add(ns))
          } else out.add(service)
        }
      }
    } else if (s.NotAction !== undefined) {
      const excluded = asArray(s.NotAction).filter((a) => typeof a === 'string' && a.endsWith(':*')).map((a) => a.slice(0, -2).toLowerCase())
      if (asArray(s.NotAction).includes('*')) continue
      ALL_SERVICES.forEach(([ns]) => !excluded.includes(ns) && out.add(ns))
    }
  }
  return out
}

function namespacesOfHolder(account, properties, out) {
  for (const arn of asArray(properties.ManagedPolicyArns)) {
    const awsManaged = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(arn)
    if (awsManaged) {
      if (EVERY_SERVICE_POLICIES.has(awsManaged[1])) ALL_SERVICES.forEach(([ns]) => out.add(ns))
      continue
    }
    const policy = account.resourcesIn('AWS::IAM::ManagedPolicy', GLOBAL).find((e) => (e.properties.PolicyArn ?? e.identifier) === arn)
    if (policy) namespacesOfDocument(policy.properties.PolicyDocument).forEach((ns) => out.add(ns))
  }
  for (const inline of asArray(properties.Policies)) namespacesOfDocument(inline?.PolicyDocument).forEach((ns) => out.add(ns))
}

/** What the principal's permissions policies grant (its own, and a user's groups'), sorted by namespace. */
function grantedNamespaces(account, principal) {
  const out = new Set()
  namespacesOfHolder(account, principal.entry.properties, out)
  if (principal.kind === 'user') {
    for (const name of asArray(principal.entry.properties.Groups)) {
      const group = account.find('AWS::IAM::Group', name)
      if (group) namespacesOfHolder(account, group.properties, out)
    }
  }
  return [...out].sort()
}

export function generateServiceLastAccessedDetails(ctx) {
  const { account, params, requestId } = ctx
  const arn = params?.get('Arn')
  if (!arn) throw new ServiceError('ValidationError', 400, "1 validation error detected: Value null at 'arn' failed to satisfy constraint: Member must not be null")
  const granularity = params.get('Granularity') || 'SERVICE_LEVEL'
  if (granularity !== 'SERVICE_LEVEL' && granularity !== 'ACTION_LEVEL') {
    throw new ServiceError('ValidationError', 400, `1 validation error detected: Value '${granularity}' at 'granularity' failed to satisfy constraint: Member must satisfy enum value set: [SERVICE_LEVEL, ACTION_LEVEL]`)
  }
  const principal = principalOf(account, arn)
  if (!principal) throw new ServiceError('NoSuchEntity', 404, `The entity with ARN ${arn} cannot be found.`)
  account.accessJobs ??= new Map()
  const jobId = randomUUID()
  account.accessJobs.set(jobId, {
    arn,
    granularity,
    principal,
    createdAt: new Date(),
    pollsInProgress: account.facts.accessAdvisorPolls ?? 1,
    fails: (account.facts.accessAdvisorFailures ?? []).includes(arn)
  })
  return queryReply('iam', 'GenerateServiceLastAccessedDetails', { JobId: jobId }, requestId)
}

export function getServiceLastAccessedDetails(ctx) {
  const { account, params, requestId } = ctx
  const jobId = params?.get('JobId')
  if (!jobId) throw new ServiceError('ValidationError', 400, "1 validation error detected: Value null at 'jobId' failed to satisfy constraint: Member must not be null")
  const job = account.accessJobs?.get(jobId)
  if (!job) throw new ServiceError('NoSuchEntity', 404, `The job with id ${jobId} cannot be found.`)
  const head = { JobStatus: 'IN_PROGRESS', JobType: job.granularity, JobCreationDate: isoSeconds(job.createdAt) }
  if (job.pollsInProgress > 0) {
    job.pollsInProgress--
    return queryReply('iam', 'GetServiceLastAccessedDetails', [...Object.entries(head).map(([k, v]) => xml(k, v)), xml('ServicesLastAccessed', []), xml('IsTruncated', 'false')], requestId)
  }
  job.completedAt ??= new Date()
  if (job.fails) {
    return queryReply(
      'iam',
      'GetServiceLastAccessedDetails',
      [xml('JobStatus', 'FAILED'), xml('JobType', job.granularity), xml('JobCreationDate', head.JobCreationDate), xml('ServicesLastAccessed', []), xml('JobCompletionDate', isoSeconds(job.completedAt)), xml('IsTruncated', 'false'), xml('Error', { Message: 'The report could not be generated.', Code: 'InternalError' })],
      requestId
    )
  }
  const usage = account.facts.serviceUsage?.[job.arn] ?? {}
  const services = grantedNamespaces(account, job.principal).map((ns) => {
    const used = usage[ns]
    return {
      ServiceName: SERVICE_NAMES.get(ns) ?? ns,
      LastAuthenticated: used ? isoSeconds(used.lastAuthenticated) : undefined,
      ServiceNamespace: ns,
      LastAuthenticatedEntity: used ? used.entity ?? job.arn : undefined,
      LastAuthenticatedRegion: used ? used.region ?? 'us-east-1' : undefined,
      TotalAuthenticatedEntities: used ? 1 : 0
    }
  })
  const { items, next } = page(services, params, `access|${jobId}`)
  return queryReply(
    'iam',
    'GetServiceLastAccessedDetails',
    [
      xml('JobStatus', 'COMPLETED'),
      xml('JobType', job.granularity),
      xml('JobCreationDate', head.JobCreationDate),
      xml('ServicesLastAccessed', items.map((s) => xml('member', s))),
      xml('JobCompletionDate', isoSeconds(job.completedAt)),
      xml('IsTruncated', next ? 'true' : 'false'),
      ...(next ? [xml('Marker', next)] : [])
    ],
    requestId
  )
}
