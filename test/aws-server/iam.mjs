// IAM, query protocol (Version 2010-05-08): the account-level facts Cloud Control cannot return.
import { ServiceError, queryReply, xml } from './protocol.mjs'

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
