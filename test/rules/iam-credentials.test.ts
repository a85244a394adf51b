// The rules only live data can answer: the root user's credentials (IAM GetAccountSummary) and IAM users'
// credentials (the credential report of their own account, joined on the user name). Reports here are dated
// in 2019 so that any age measured against the clock instead of the report's GeneratedTime would be years off.
import type { Resource } from '../../src/types.js'
import { ACCOUNT_SUMMARY_TYPE, CREDENTIAL_REPORT_TYPE } from '../../src/model/facts.js'
import { hasConsolePassword } from '../../src/rules/iam/credential-report.js'
import { mapTerraform } from '../../src/mapping/index.js'
import { LIVE_ONLY_RULE_IDS } from '../../src/rules/index.js'
import { tf } from '../mapping/helpers.js'
import { expected, judge, messages, planned, REDACTED, res, ruleById } from './builders.js'

const USER = 'AWS::IAM::User'
const ACCOUNT = '111111111111'
const OTHER_ACCOUNT = '222222222222'
const UNREPORTED_ACCOUNT = '333333333333'
const GENERATED = Date.parse('2019-06-30T12:00:00.000Z')
const DAY = 86_400_000

/** A date as IAM writes it in the report, `days` (and `hours`) before the report was generated. */
function before(days: number, hours = 0): string {
  return new Date(GENERATED - days * DAY - hours * 3_600_000).toISOString().replace('.000Z', '+00:00')
}

/** A report row for a user with no password and no access keys; `columns` adds what the case needs. */
function row(user: string, columns: Record<string, string> = {}, account = ACCOUNT): Record<string, string> {
  return {
    user,
    arn: `arn:aws:iam::${account}:user/${user}`,
    user_creation_time: before(400),
    password_enabled: 'false',
    password_last_used: 'N/A',
    password_last_changed: 'N/A',
    password_next_rotation: 'N/A',
    mfa_active: 'false',
    access_key_1_active: 'false',
    access_key_1_last_rotated: 'N/A',
    access_key_1_last_used_date: 'N/A',
    access_key_1_last_used_region: 'N/A',
    access_key_1_last_used_service: 'N/A',
    access_key_2_active: 'false',
    access_key_2_last_rotated: 'N/A',
    access_key_2_last_used_date: 'N/A',
    access_key_2_last_used_region: 'N/A',
    access_key_2_last_used_service: 'N/A',
    cert_1_active: 'false',
    cert_1_last_rotated: 'N/A',
    cert_2_active: 'false',
    cert_2_last_rotated: 'N/A',
    ...columns
  }
}

/** The root user's row as IAM writes it: its password columns say not_supported. */
const ROOT_ROW = row('<root_account>', {
  arn: `arn:aws:iam::${ACCOUNT}:root`,
  password_enabled: 'not_supported',
  password_last_used: before(3),
  password_last_changed: 'not_supported',
  mfa_active: 'false',
  access_key_1_active: 'true',
  access_key_1_last_rotated: before(900)
})

function report(account: string, rows: Array<Record<string, string>>, generatedTime: unknown = new Date(GENERATED).toISOString()): Resource {
  return res(CREDENTIAL_REPORT_TYPE, account, { GeneratedTime: generatedTime, Users: rows }, { account, region: 'global' })
}

function user(name: string, account = ACCOUNT): Resource {
  return res(USER, name, { UserName: name, Arn: `arn:aws:iam::${account}:user/${name}` }, { account, region: 'global' })
}

/** Access key `slot` active, last rotated `rotatedDays` before the report, last used `used` (days, or a marker). */
function activeKey(slot: 1 | 2, rotatedDays: number, used: number | string = 'N/A'): Record<string, string> {
  return {
    [`access_key_${slot}_active`]: 'true',
    [`access_key_${slot}_last_rotated`]: before(rotatedDays),
    [`access_key_${slot}_last_used_date`]: typeof used === 'number' ? before(used) : used
  }
}

function summary(id: string, map: Record<string, unknown>): Resource {
  return res(ACCOUNT_SUMMARY_TYPE, id, map, { account: id, region: 'global' })
}

describe('iam-root-mfa-enabled', () => {
  const rule = ruleById('iam-root-mfa-enabled')
  it('passes an MFA device or a root user without password; fails a root password without MFA', () => {
    const resources = [
      summary('pass-mfa', { AccountMFAEnabled: 1, AccountPasswordPresent: 1, AccountAccessKeysPresent: 0, Users: 4 }),
      summary('pass-no-root-password', { AccountMFAEnabled: 0, AccountPasswordPresent: 0 }),
      summary('fail-password-no-mfa', { AccountMFAEnabled: 0, AccountPasswordPresent: 1 }),
      // Older summaries do not report AccountPasswordPresent: the MFA flag alone decides.
      summary('fail-no-mfa-password-unreported', { AccountMFAEnabled: 0 }),
      summary('unknown-flag-missing', { Users: 4 }),
      summary('unknown-flag-redacted', { AccountMFAEnabled: REDACTED, AccountPasswordPresent: 1 })
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['pass-mfa', 'pass-no-root-password'],
        fail: ['fail-password-no-mfa', 'fail-no-mfa-password-unreported'],
        unknown: ['unknown-flag-missing', 'unknown-flag-redacted']
      })
    )
    expect(rule.check(resources[2], { ofType: () => [], find: () => undefined })).toMatchObject({ path: 'AccountMFAEnabled' })
    expect(messages(rule, [summary(ACCOUNT, { AccountMFAEnabled: 0, AccountPasswordPresent: 1 })])[0]).toBe(
      `Account ${ACCOUNT}: the root user has no MFA device`
    )
  })
})

describe('iam-root-no-access-keys', () => {
  const rule = ruleById('iam-root-no-access-keys')
  it('fails any root access key the account summary counts', () => {
    const resources = [
      summary('pass-none', { AccountAccessKeysPresent: 0, AccountMFAEnabled: 1 }),
      summary('fail-present', { AccountAccessKeysPresent: 1, AccountMFAEnabled: 1 }),
      summary('unknown-missing', { AccountMFAEnabled: 1 }),
      summary('unknown-redacted', { AccountAccessKeysPresent: REDACTED }),
      summary('unknown-not-a-count', { AccountAccessKeysPresent: 'yes' })
    ]
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['pass-none'], fail: ['fail-present'], unknown: ['unknown-missing', 'unknown-redacted', 'unknown-not-a-count'] })
    )
    const outcome = rule.check(resources[1], { ofType: () => [], find: () => undefined })
    expect(outcome).toMatchObject({ status: 'fail', path: 'AccountAccessKeysPresent' })
    expect(outcome?.message).toContain('fail-present')
  })

  it('is the rule a Checkov skip of CKV_AWS_348 names, and is listed under the CIS root-key controls', () => {
    expect(ruleById('iam-root-no-access-keys').frameworks).toEqual({ 'cis-aws-3.0': ['1.4'], 'cis-aws-4.0': ['1.4'], 'cis-aws-5.0': ['1.3'], 'aws-fsbp': ['IAM.4'] })
    expect(ruleById('iam-root-mfa-enabled').frameworks).toEqual({ 'cis-aws-3.0': ['1.5'], 'cis-aws-4.0': ['1.5'], 'cis-aws-5.0': ['1.4'], 'aws-fsbp': ['IAM.9'] })
  })
})

describe('iam-user-console-mfa-enabled', () => {
  const rule = ruleById('iam-user-console-mfa-enabled')
  const accountReport = report(ACCOUNT, [
    ROOT_ROW,
    row('alice', { password_enabled: 'true', password_last_used: before(1), password_last_changed: before(30), mfa_active: 'true' }),
    row('bob', { password_enabled: 'true', password_last_used: before(1), password_last_changed: before(30), mfa_active: 'false' }),
    row('carol', activeKey(1, 10, 1)),
    row('erin', { password_enabled: 'true', mfa_active: 'maybe' }),
    // Rows for users of other accounts must never be read for them.
    row('frank', { password_enabled: 'true', mfa_active: 'false' }),
    row('grace', { password_enabled: 'true', mfa_active: 'false' })
  ])
  const otherReport = report(OTHER_ACCOUNT, [row('frank', { password_enabled: 'true', mfa_active: 'true' }, OTHER_ACCOUNT)])

  it('joins each user to the report of its own account by user name', () => {
    const resources = [
      user('alice'),
      user('bob'),
      user('carol'),
      user('dave-after-report'),
      user('erin'),
      user('frank', OTHER_ACCOUNT),
      user('grace', UNREPORTED_ACCOUNT),
      planned(USER, 'aws_iam_user.new', { UserName: 'henry' })
    ]
    expect(judge(rule, resources, [accountReport, otherReport])).toEqual(
      expected({
        pass: ['alice', 'carol', 'frank'],
        fail: ['bob'],
        unknown: ['dave-after-report', 'erin'],
        skipped: ['grace', 'aws_iam_user.new']
      })
    )
  })

  it('names the user and why; a user missing from the report is said to be so', () => {
    const [bob, dave] = messages(rule, [user('bob'), user('dave')], [accountReport])
    expect(bob).toBe('User bob has a console password but no MFA device')
    expect(dave).toMatch(/^User dave is not in the credential report generated 2019-06-30T12:00:00.000Z .*next report/)
    expect(rule.check(user('bob'), { ofType: (t) => (t === CREDENTIAL_REPORT_TYPE ? [accountReport] : []), find: () => undefined })).toMatchObject({
      path: 'UserName'
    })
  })

  it('reads the root row\'s not_supported password as no IAM console password', () => {
    expect(hasConsolePassword(ROOT_ROW)).toBe(false)
    expect(hasConsolePassword(row('x', { password_enabled: 'true' }))).toBe(true)
    expect(hasConsolePassword(row('x', { password_enabled: 'TRUE' }))).toBeUndefined()
  })

  it('answers unknown when the report rows are hidden', () => {
    const hidden = res(CREDENTIAL_REPORT_TYPE, ACCOUNT, { GeneratedTime: new Date(GENERATED).toISOString(), Users: REDACTED }, { account: ACCOUNT })
    expect(judge(rule, [user('alice')], [hidden])).toEqual(expected({ unknown: ['alice'] }))
  })
})

describe('iam-user-access-keys-rotated-90-days', () => {
  const rule = ruleById('iam-user-access-keys-rotated-90-days')
  const accountReport = report(ACCOUNT, [
    ROOT_ROW,
    row('fresh', activeKey(1, 10, 2)),
    row('exactly-90', activeKey(1, 90, 1)),
    row('exactly-90-and-hours', { ...activeKey(1, 90, 1), access_key_1_last_rotated: before(90, 23) }),
    row('days-91', activeKey(1, 91, 1)),
    row('second-key-old', { ...activeKey(1, 5, 1), ...activeKey(2, 200, 3) }),
    row('both-old', { ...activeKey(1, 120), ...activeKey(2, 95, 3) }),
    row('inactive-old', { access_key_1_active: 'false', access_key_1_last_rotated: before(300), access_key_1_last_used_date: before(299) }),
    row('never-used-fresh', activeKey(2, 5)),
    row('no-keys'),
    row('password-only', { password_enabled: 'true', password_last_used: before(1) }),
    row('active-without-date', { access_key_1_active: 'true', access_key_1_last_rotated: 'N/A' }),
    row('old-despite-unreadable', { access_key_1_active: 'yes', ...activeKey(2, 100) }),
    row('other-account-old', activeKey(1, 500))
  ])
  const otherReport = report(OTHER_ACCOUNT, [row('other-account-old', activeKey(1, 3), OTHER_ACCOUNT)])

  it('fails active keys rotated more than 90 days before the report', () => {
    const names = [
      'fresh',
      'exactly-90',
      'exactly-90-and-hours',
      'days-91',
      'second-key-old',
      'both-old',
      'inactive-old',
      'never-used-fresh',
      'no-keys',
      'password-only',
      'active-without-date',
      'old-despite-unreadable',
      'not-in-report'
    ]
    const resources = [...names.map((n) => user(n)), user('other-account-old', OTHER_ACCOUNT), user('no-report', UNREPORTED_ACCOUNT)]
    expect(judge(rule, resources, [accountReport, otherReport])).toEqual(
      expected({
        pass: ['fresh', 'exactly-90', 'exactly-90-and-hours', 'inactive-old', 'never-used-fresh', 'no-keys', 'password-only', 'other-account-old'],
        fail: ['days-91', 'second-key-old', 'both-old', 'old-despite-unreadable'],
        unknown: ['active-without-date', 'not-in-report'],
        skipped: ['no-report']
      })
    )
  })

  it('names the user, each stale key and its age in days', () => {
    const [second, both, fresh] = messages(rule, [user('second-key-old'), user('both-old'), user('fresh')], [accountReport])
    expect(second).toBe('User second-key-old: access key 2 was last rotated 200 days before the credential report (limit 90 days)')
    expect(both).toBe(
      'User both-old: access key 1 was last rotated 120 days before the credential report; access key 2 was last rotated 95 days before the credential report (limit 90 days)'
    )
    expect(fresh).toBe('User fresh: access key 1 was last rotated 10 days before the credential report (limit 90 days)')
  })

  it('cannot age keys without the report\'s GeneratedTime, but a user without active keys still passes', () => {
    const undated = report(ACCOUNT, [row('keyed', activeKey(1, 10)), row('keyless')], 'no_information')
    expect(judge(rule, [user('keyed'), user('keyless')], [undated])).toEqual(expected({ pass: ['keyless'], unknown: ['keyed'] }))
  })
})

describe('iam-user-unused-credentials-45-days', () => {
  const rule = ruleById('iam-user-unused-credentials-45-days')
  const password = (lastUsed: string, lastChanged = before(200)) => ({ password_enabled: 'true', password_last_used: lastUsed, password_last_changed: lastChanged })
  const accountReport = report(ACCOUNT, [
    ROOT_ROW,
    row('pw-used-recently', password(before(3))),
    row('pw-44-days', password(before(44, 23))),
    row('pw-45-days', password(before(45))),
    row('pw-never-used-new', password('no_information', before(10))),
    row('pw-never-used-old', password('no_information', before(100))),
    row('pw-never-used-falls-back-to-creation', { ...password('N/A', 'N/A'), user_creation_time: before(50) }),
    row('key-used-recently', activeKey(1, 300, 2)),
    row('key-used-long-ago', activeKey(1, 300, 60)),
    row('key-never-used-old', activeKey(1, 46)),
    row('key-never-used-new', activeKey(2, 20)),
    row('key-inactive-unused', { access_key_1_active: 'false', access_key_1_last_rotated: before(300), access_key_1_last_used_date: before(299) }),
    row('no-credentials'),
    row('password-fine-key-idle', { ...password(before(1)), ...activeKey(2, 400, 90) }),
    row('pw-unreadable', password('yesterday')),
    row('idle-despite-unreadable', { ...password('yesterday'), ...activeKey(2, 400, 100) }),
    row('other-account', password(before(300)))
  ])
  const otherReport = report(OTHER_ACCOUNT, [row('other-account', password(before(1)), OTHER_ACCOUNT)])

  it('fails a console password or an active key unused for 45 days or more', () => {
    const names = [
      'pw-used-recently',
      'pw-44-days',
      'pw-45-days',
      'pw-never-used-new',
      'pw-never-used-old',
      'pw-never-used-falls-back-to-creation',
      'key-used-recently',
      'key-used-long-ago',
      'key-never-used-old',
      'key-never-used-new',
      'key-inactive-unused',
      'no-credentials',
      'password-fine-key-idle',
      'pw-unreadable',
      'idle-despite-unreadable',
      'created-after-report'
    ]
    const resources = [
      ...names.map((n) => user(n)),
      user('other-account', OTHER_ACCOUNT),
      user('no-report', UNREPORTED_ACCOUNT),
      planned(USER, 'aws_iam_user.new', { UserName: 'new' })
    ]
    expect(judge(rule, resources, [accountReport, otherReport])).toEqual(
      expected({
        pass: [
          'pw-used-recently',
          'pw-44-days',
          'pw-never-used-new',
          'key-used-recently',
          'key-never-used-new',
          'key-inactive-unused',
          'no-credentials',
          'other-account'
        ],
        fail: [
          'pw-45-days',
          'pw-never-used-old',
          'pw-never-used-falls-back-to-creation',
          'key-used-long-ago',
          'key-never-used-old',
          'password-fine-key-idle',
          'idle-despite-unreadable'
        ],
        unknown: ['pw-unreadable', 'created-after-report'],
        skipped: ['no-report', 'aws_iam_user.new']
      })
    )
  })

  it('names the user, the credential and its idle days, and only the idle ones', () => {
    const [mixed, neverUsed, pw45, unreadable] = messages(
      rule,
      [user('password-fine-key-idle'), user('key-never-used-old'), user('pw-45-days'), user('pw-unreadable')],
      [accountReport]
    )
    expect(mixed).toBe('User password-fine-key-idle: access key 2 last used 90 days before the credential report (limit 45 days)')
    expect(neverUsed).toBe('User key-never-used-old: access key 1 never used, set 46 days before the credential report (limit 45 days)')
    expect(pw45).toBe('User pw-45-days: console password last used 45 days before the credential report (limit 45 days)')
    expect(unreadable).toBe("User pw-unreadable: the credential report's password_last_used cannot be read, so this cannot be judged")
  })

  it('is listed under the CIS controls for MFA, unused credentials and key rotation', () => {
    expect(ruleById('iam-user-console-mfa-enabled').frameworks).toEqual({ 'cis-aws-3.0': ['1.10'], 'cis-aws-4.0': ['1.10'], 'cis-aws-5.0': ['1.9'], 'aws-fsbp': ['IAM.5', 'IAM.19'] })
    expect(rule.frameworks).toEqual({ 'cis-aws-3.0': ['1.12'], 'cis-aws-4.0': ['1.12'], 'cis-aws-5.0': ['1.11'], 'aws-fsbp': ['IAM.8', 'IAM.22'] })
    expect(ruleById('iam-user-access-keys-rotated-90-days').frameworks).toEqual({
      'cis-aws-3.0': ['1.14'],
      'cis-aws-4.0': ['1.14'],
      'cis-aws-5.0': ['1.13'],
      'aws-fsbp': ['IAM.3']
    })
  })
})

/** A report row for the one-active-key rule: both access_key_N_active columns as given (the rest of row()'s). */
function keysRow(user: string, key1: string, key2: string, account = ACCOUNT): Record<string, string> {
  return row(user, { access_key_1_active: key1, access_key_2_active: key2 }, account)
}

describe('iam-user-one-active-access-key', () => {
  const rule = ruleById('iam-user-one-active-access-key')
  const accountReport = report(ACCOUNT, [
    { ...keysRow('<root_account>', 'true', 'true'), arn: `arn:aws:iam::${ACCOUNT}:root`, password_enabled: 'not_supported' },
    keysRow('two-active', 'true', 'true'),
    keysRow('first-only', 'true', 'false'),
    keysRow('second-only', 'false', 'true'),
    keysRow('none', 'false', 'false'),
    keysRow('one-inactive-other-unreadable', 'false', 'maybe'),
    keysRow('one-active-other-unreadable', 'true', ''),
    keysRow('other-account-clean', 'true', 'true')
  ])
  const otherReport = report(OTHER_ACCOUNT, [keysRow('other-account-clean', 'true', 'false', OTHER_ACCOUNT)])

  it('fails a user with both keys active, passes at most one, one verdict per user from its own account\'s report', () => {
    const names = ['two-active', 'first-only', 'second-only', 'none', 'one-inactive-other-unreadable', 'one-active-other-unreadable', 'not-in-report']
    const resources = [...names.map((n) => user(n)), user('other-account-clean', OTHER_ACCOUNT), user('no-report', UNREPORTED_ACCOUNT)]
    expect(judge(rule, resources, [accountReport, otherReport])).toEqual(
      expected({
        fail: ['two-active'],
        pass: ['first-only', 'second-only', 'none', 'one-inactive-other-unreadable', 'other-account-clean'],
        unknown: ['one-active-other-unreadable', 'not-in-report'],
        skipped: ['no-report']
      })
    )
  })

  it('names the user in every verdict', () => {
    expect(messages(rule, [user('two-active'), user('first-only'), user('none'), user('one-active-other-unreadable')], [accountReport])).toEqual([
      'User two-active has two active access keys (access key 1 and access key 2)',
      'User first-only has one active access key (access key 1)',
      'User none has no active access keys',
      'User one-active-other-unreadable: the credential report\'s access_key_2_active cannot be read, so this cannot be judged'
    ])
    expect(rule.check(user('two-active'), { ofType: (t) => (t === CREDENTIAL_REPORT_TYPE ? [accountReport] : []), find: () => undefined })).toMatchObject({
      status: 'fail',
      path: 'UserName'
    })
  })

  it('is unknown when the report\'s rows are hidden', () => {
    const hidden = res(CREDENTIAL_REPORT_TYPE, ACCOUNT, { GeneratedTime: new Date(GENERATED).toISOString(), Users: REDACTED }, { account: ACCOUNT })
    expect(judge(rule, [user('two-active')], [hidden])).toEqual(expected({ unknown: ['two-active'] }))
  })

  it('is live only: a Terraform user (plan or .tf) has no report and gets no verdict; CIS 1.12 in v5.0', () => {
    expect(LIVE_ONLY_RULE_IDS.has('iam-user-one-active-access-key')).toBe(true)
    expect(rule.frameworks).toEqual({ 'cis-aws-3.0': ['1.13'], 'cis-aws-4.0': ['1.13'], 'cis-aws-5.0': ['1.12'] })
    const { resources } = mapTerraform([
      tf('aws_iam_user', 'deploy', { name: 'deploy' }),
      tf('aws_iam_access_key', 'one', { user: 'deploy', status: 'Active' }),
      tf('aws_iam_access_key', 'two', { user: 'deploy', status: 'Active' })
    ])
    const users = resources.filter((r) => r.type === USER)
    expect(users.map((r) => r.address)).toEqual(['aws_iam_user.deploy'])
    expect(judge(rule, users, resources)).toEqual(expected({ skipped: ['deploy'] })) // the user's name is its id
    expect(judge(rule, [planned(USER, 'aws_iam_user.new', { UserName: 'new' })])).toEqual(expected({ skipped: ['aws_iam_user.new'] }))
  })
})

describe('live-only rules', () => {
  it('are exactly the rules of this file and the unused-permissions rule (iam-unused-permissions.test.ts), which no Terraform fixture can exercise', () => {
    expect([...LIVE_ONLY_RULE_IDS].sort()).toEqual([
      'iam-principal-no-unused-permissions',
      'iam-root-hardware-mfa-enabled',
      'iam-root-mfa-enabled',
      'iam-root-no-access-keys',
      'iam-root-not-used-recently',
      'iam-server-certificates-not-expired',
      'iam-support-role-exists',
      'iam-user-access-keys-rotated-90-days',
      'iam-user-console-mfa-enabled',
      'iam-user-no-unused-initial-access-key',
      'iam-user-one-active-access-key',
      'iam-user-unused-credentials-45-days'
    ])
  })
})

describe('iam-support-role-exists', () => {
  const rule = ruleById('iam-support-role-exists')
  const role = (id: string, account: string, properties: Record<string, unknown>, extra: Partial<Resource> = {}) =>
    res('AWS::IAM::Role', id, { RoleName: id, ...properties }, { account, region: 'global', ...extra })
  const account = (id: string, account: string) => res('Plumbline::IAM::AccountSummary', id, { AccountMFAEnabled: 1 }, { account, region: 'global' })

  it('passes an account with a role holding AWSSupportAccess, fails one without, and is unknown when a role was not read', () => {
    const accounts = [account('with-role', '111111111111'), account('without', '222222222222'), account('unread', '333333333333'), account('gov', '444444444444')]
    const roles = [
      role('support', '111111111111', { ManagedPolicyArns: ['arn:aws:iam::aws:policy/AWSSupportAccess'] }),
      // The policy in another account does not count for this one.
      role('other-account-support', '999999999999', { ManagedPolicyArns: ['arn:aws:iam::aws:policy/AWSSupportAccess'] }),
      role('deploy', '222222222222', { ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
      role('listed-only', '333333333333', {}, { readProperties: ['RoleName'] }),
      role('gov-support', '444444444444', { ManagedPolicyArns: ['arn:aws-us-gov:iam::aws:policy/AWSSupportAccess'] })
    ]
    expect(judge(rule, accounts, roles)).toEqual(expected({ pass: ['gov', 'with-role'], fail: ['without'], unknown: ['unread'] }))
    expect(messages(rule, [accounts[1]], roles)).toEqual(['Account without: no IAM role has the AWSSupportAccess policy to manage incidents with AWS Support'])
    // An account whose summary counts no roles fails without looking further.
    const empty = res('Plumbline::IAM::AccountSummary', 'empty', { Roles: 0 }, { account: '555555555555', region: 'global' })
    expect(judge(rule, [empty], roles)).toEqual(expected({ fail: ['empty'] }))
  })
})

describe('iam-server-certificates-not-expired', () => {
  const rule = ruleById('iam-server-certificates-not-expired')
  const list = (id: string, certificates: unknown[], listedAt: unknown = '2026-12-03T10:00:00.000Z') =>
    res('Plumbline::IAM::ServerCertificates', id, { ListedAt: listedAt, Certificates: certificates }, { account: id, region: 'global' })
  const cert = (name: string, expiration: unknown) => ({ ServerCertificateName: name, Expiration: expiration })

  it('fails an account storing a certificate that had expired when listed, naming it; passes one without', () => {
    const accounts = [
      list('fresh', [cert('www', '2027-06-01T00:00:00.000Z')]),
      list('none', []),
      list('expired', [cert('www', '2027-06-01T00:00:00.000Z'), cert('old-api', '2025-01-31T00:00:00.000Z')]),
      // Judged against the listing, not today's clock: expired since, but not when the scan read it.
      list('expired-since', [cert('soon', '2026-12-04T00:00:00.000Z')]),
      list('unreadable', [cert('odd', 'not a date')]),
      list('no-listing-time', [cert('www', '2027-06-01T00:00:00.000Z')], null)
    ]
    expect(judge(rule, accounts)).toEqual(expected({ pass: ['expired-since', 'fresh', 'none'], fail: ['expired'], unknown: ['no-listing-time', 'unreadable'] }))
    expect(messages(rule, [accounts[2]])).toEqual(['Account expired stores expired server certificate(s) old-api in IAM'])
  })
})

describe('iam-root-not-used-recently', () => {
  const rule = ruleById('iam-root-not-used-recently')
  const rootRow = (columns: Record<string, string>) => row('<root_account>', { password_enabled: 'not_supported', password_last_used: 'N/A', ...columns })

  it('fails an account whose root user signed in or used a key on the day of the report, naming how', () => {
    const reports = [
      report('used-today', [rootRow({ password_last_used: new Date(GENERATED - 3_600_000).toISOString() })]),
      report('key-today', [rootRow({ access_key_1_active: 'true', access_key_1_last_used_date: new Date(GENERATED - 60_000).toISOString() })]),
      report('used-last-week', [rootRow({ password_last_used: before(7) })]),
      report('never-used', [rootRow({ password_last_used: 'no_information' })]),
      report('unreadable', [rootRow({ password_last_used: 'yesterday-ish' })]),
      report('no-root-row', [row('alice', {})])
    ]
    expect(judge(rule, reports)).toEqual(expected({ pass: ['never-used', 'used-last-week'], fail: ['key-today', 'used-today'], unknown: ['no-root-row', 'unreadable'] }))
    expect(messages(rule, [reports[0]])[0]).toMatch(/^Account used-today: the root user signed in on \d{4}-\d{2}-\d{2}$/)
  })
})

describe('iam-user-no-unused-initial-access-key', () => {
  const rule = ruleById('iam-user-no-unused-initial-access-key')

  it('fails a console user with an active key never used, passes one whose keys were used, and skips users without a password', () => {
    const users = ['console-unused', 'console-used', 'program-only', 'console-inactive-unused', 'console-unreadable'].map((name) => user(name))
    const context = [
      report(ACCOUNT, [
        row('console-unused', { password_enabled: 'true', ...activeKey(1, 3, 'N/A') }),
        row('console-used', { password_enabled: 'true', ...activeKey(1, 30, 2) }),
        row('program-only', { password_enabled: 'false', ...activeKey(1, 3, 'N/A') }),
        row('console-inactive-unused', { password_enabled: 'true', access_key_1_active: 'false', access_key_1_last_used_date: 'N/A' }),
        row('console-unreadable', { password_enabled: 'true', ...activeKey(1, 3, 'garbled') })
      ])
    ]
    expect(judge(rule, users, context)).toEqual(
      expected({ pass: ['console-inactive-unused', 'console-used'], fail: ['console-unused'], unknown: ['console-unreadable'], skipped: ['program-only'] })
    )
    expect(messages(rule, [users[0]], context)).toEqual(['User console-unused has a console password and active access key 1 never used'])
  })
})

describe('iam-root-hardware-mfa-enabled', () => {
  const rule = ruleById('iam-root-hardware-mfa-enabled')
  const devices = (account: string, userArns: unknown[]) =>
    res('Plumbline::IAM::VirtualMfaDevices', account, { Devices: userArns.map((arn, i) => ({ SerialNumber: `arn:aws:iam::${account}:mfa/device-${i}`, UserArn: arn })) }, { account, region: 'global' })

  it('passes MFA without a virtual root device, fails a virtual one or none, and is unknown without the device list', () => {
    const summaries = ['111111111111', '222222222222', '333333333333', '444444444444'].map((a) => summary(a, { AccountMFAEnabled: a === '333333333333' ? 0 : 1 }))
    const context = [
      devices('111111111111', ['arn:aws:iam::111111111111:user/alice']),
      devices('222222222222', ['arn:aws:iam::222222222222:root']),
      devices('333333333333', [])
      // 444444444444: the device list was not read.
    ]
    expect(judge(rule, summaries, context)).toEqual(expected({ pass: ['111111111111'], fail: ['222222222222', '333333333333'], unknown: ['444444444444'] }))
    expect(messages(rule, [summaries[1]], context)).toEqual(["Account 222222222222: the root user's MFA is a virtual device, not a hardware one"])
  })
})
