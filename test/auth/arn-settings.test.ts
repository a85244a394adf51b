import { parseRoleArn } from '../../src/auth/index.js'
import { validateAuthSettings, type AuthSettings } from '../../src/auth/index.js'
import { accountOfArn, isAssumedRoleArn } from '../../src/auth/arn.js'
import { InputError } from '../../src/types.js'

describe('parseRoleArn', () => {
  it('reads partition, account and name, with or without a path', () => {
    expect(parseRoleArn('arn:aws:iam::123456789012:role/plumbline-read')).toEqual({
      partition: 'aws',
      accountId: '123456789012',
      name: 'plumbline-read'
    })
    expect(parseRoleArn('arn:aws-us-gov:iam::210987654321:role/ci/scanners/Plumbline+Scan@x')).toEqual({
      partition: 'aws-us-gov',
      accountId: '210987654321',
      name: 'Plumbline+Scan@x'
    })
    expect(parseRoleArn('arn:aws-cn:iam::123456789012:role/r')?.partition).toBe('aws-cn')
  })

  it.each([
    ['a bare role name', 'plumbline-read'],
    ['an 11-digit account', 'arn:aws:iam::12345678901:role/r'],
    ['a user, not a role', 'arn:aws:iam::123456789012:user/alice'],
    ['an assumed-role session ARN', 'arn:aws:sts::123456789012:assumed-role/r/session'],
    ['a region in an IAM ARN', 'arn:aws:iam:us-east-1:123456789012:role/r'],
    ['a name longer than 64', `arn:aws:iam::123456789012:role/${'a'.repeat(65)}`],
    ['a space in the name', 'arn:aws:iam::123456789012:role/my role'],
    ['an unknown partition', 'arn:azure:iam::123456789012:role/r']
  ])('refuses %s', (_what, value) => {
    expect(parseRoleArn(value)).toBeUndefined()
  })

  it('knows the account of principal ARNs and which are role sessions', () => {
    expect(accountOfArn('arn:aws:sts::111122223333:assumed-role/r/s')).toBe('111122223333')
    expect(accountOfArn('not-an-arn')).toBeUndefined()
    expect(isAssumedRoleArn('arn:aws:sts::111122223333:assumed-role/r/s')).toBe(true)
    expect(isAssumedRoleArn('arn:aws:iam::111122223333:user/alice')).toBe(false)
  })
})

describe('validateAuthSettings', () => {
  const valid: AuthSettings = {
    roleToAssume: 'arn:aws:iam::123456789012:role/plumbline',
    audience: 'sts.amazonaws.com',
    roleSessionName: 'plumbline',
    roleDurationSeconds: 3600,
    additionalRoleArns: ['arn:aws:iam::210987654321:role/plumbline'],
    roleExternalId: 'ext-1234',
    allowedAccountIds: ['123456789012', '210987654321'],
    region: 'us-east-1'
  }
  const nameOf = (input: string) => `input ${input}`
  const failure = (change: Partial<AuthSettings>): InputError => {
    try {
      validateAuthSettings({ ...valid, ...change }, nameOf)
    } catch (error) {
      return error as InputError
    }
    throw new Error('expected an InputError')
  }

  it('accepts valid settings, and an unset role (default chain)', () => {
    expect(() => validateAuthSettings(valid, nameOf)).not.toThrow()
    expect(() => validateAuthSettings({ ...valid, roleToAssume: undefined, roleExternalId: undefined }, nameOf)).not.toThrow()
  })

  it.each<[string, Partial<AuthSettings>, RegExp]>([
    ['role-to-assume', { roleToAssume: 'plumbline' }, /^input role-to-assume: "plumbline" is not an IAM role ARN; give the full ARN/],
    ['additional-role-arns', { additionalRoleArns: ['arn:aws:iam::1:role/x'] }, /^input additional-role-arns: "arn:aws:iam::1:role\/x" is not an IAM role ARN/],
    ['audience', { audience: ' ' }, /^input audience is empty/],
    ['role-session-name (too short)', { roleSessionName: 'p' }, /^input role-session-name: "p" is not a valid session name; use 2 to 64/],
    ['role-session-name (bad character)', { roleSessionName: 'my session' }, /^input role-session-name: "my session"/],
    ['role-session-name (too long)', { roleSessionName: 'x'.repeat(65) }, /^input role-session-name/],
    ['role-duration-seconds (short)', { roleDurationSeconds: 899 }, /^input role-duration-seconds: 899 is out of range; give whole seconds from 900 to 43200/],
    ['role-duration-seconds (long)', { roleDurationSeconds: 43201 }, /^input role-duration-seconds: 43201/],
    ['role-duration-seconds (fraction)', { roleDurationSeconds: 1000.5 }, /^input role-duration-seconds: 1000.5/],
    ['allowed-account-ids', { allowedAccountIds: ['12345'] }, /^input allowed-account-ids: "12345" is not an AWS account id; list 12-digit/],
    ['role-external-id', { roleExternalId: 'has space' }, /^input role-external-id is not a valid external id/]
  ])('names %s and what to do, on one line', (_input, change, expected) => {
    const error = failure(change)
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toMatch(expected)
    expect(error.message).not.toContain('\n')
  })

  it('never echoes the external id', () => {
    expect(failure({ roleExternalId: 'secret value!' }).message).not.toContain('secret value')
  })

  it('accepts the boundaries', () => {
    for (const roleDurationSeconds of [900, 43200]) {
      expect(() => validateAuthSettings({ ...valid, roleDurationSeconds }, nameOf)).not.toThrow()
    }
    expect(() => validateAuthSettings({ ...valid, roleSessionName: 'a=,.@-_+b' }, nameOf)).not.toThrow()
    expect(() => validateAuthSettings({ ...valid, roleSessionName: 'x'.repeat(64) }, nameOf)).not.toThrow()
  })
})
