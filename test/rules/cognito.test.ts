import { expected, judge, planned, res, ruleById } from './builders.js'

const POOL = 'AWS::Cognito::UserPool'
const CLIENT = 'AWS::Cognito::UserPoolClient'
const IDENTITY_POOL = 'AWS::Cognito::IdentityPool'
const policy = (p: Record<string, unknown>) => ({ Policies: { PasswordPolicy: p } })

/** Pass, fail and unknown labels for one rule over pools built from (label, properties) pairs. */
function verdicts(ruleId: string, type: string, cases: Array<[string, Record<string, unknown>]>, unknown: [string, string]) {
  const resources = [...cases.map(([label, props]) => res(type, label, props)), planned(type, unknown[0], {}, [unknown[1]])]
  return judge(ruleById(ruleId), resources)
}

describe('cognito-user-pool-advanced-security-enforced', () => {
  it('requires ENFORCED; AUDIT and the default OFF fail', () => {
    expect(verdicts('cognito-user-pool-advanced-security-enforced', POOL, [['p-pass', { UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' } }], ['p-fail-audit', { UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' } }], ['p-fail-absent', {}]], ['aws_cognito_user_pool.unknown', 'UserPoolAddOns.AdvancedSecurityMode'])).toEqual(
      expected({ pass: ['p-pass'], fail: ['p-fail-absent', 'p-fail-audit'], unknown: ['aws_cognito_user_pool.unknown'] })
    )
  })
})

describe('cognito-user-pool-mfa-required', () => {
  it('requires ON; OPTIONAL and the default OFF fail', () => {
    expect(verdicts('cognito-user-pool-mfa-required', POOL, [['p-pass', { MfaConfiguration: 'ON' }], ['p-fail-optional', { MfaConfiguration: 'OPTIONAL' }], ['p-fail-absent', {}]], ['aws_cognito_user_pool.unknown', 'MfaConfiguration'])).toEqual(
      expected({ pass: ['p-pass'], fail: ['p-fail-absent', 'p-fail-optional'], unknown: ['aws_cognito_user_pool.unknown'] })
    )
  })
})

describe('cognito-user-pool-deletion-protection', () => {
  it('requires ACTIVE; the default is INACTIVE', () => {
    expect(verdicts('cognito-user-pool-deletion-protection', POOL, [['p-pass', { DeletionProtection: 'ACTIVE' }], ['p-fail', { DeletionProtection: 'INACTIVE' }], ['p-fail-absent', {}]], ['aws_cognito_user_pool.unknown', 'DeletionProtection'])).toEqual(
      expected({ pass: ['p-pass'], fail: ['p-fail', 'p-fail-absent'], unknown: ['aws_cognito_user_pool.unknown'] })
    )
  })
})

/** The character-class rules: true passes, no policy at all passes (Cognito's default requires every class). */
function characterClassCases(ruleId: string, property: string) {
  it(`passes ${property} true or no policy at all (Cognito's default), fails a policy that leaves it out`, () => {
    expect(
      verdicts(ruleId, POOL, [['p-pass', policy({ [property]: true })], ['p-pass-default', {}], ['p-fail', policy({ [property]: false })], ['p-fail-left-out', policy({ MinimumLength: 14 })]], ['aws_cognito_user_pool.unknown', `Policies.PasswordPolicy.${property}`])
    ).toEqual(expected({ pass: ['p-pass', 'p-pass-default'], fail: ['p-fail', 'p-fail-left-out'], unknown: ['aws_cognito_user_pool.unknown'] }))
  })
}

describe('cognito-user-pool-password-requires-lowercase', () => characterClassCases('cognito-user-pool-password-requires-lowercase', 'RequireLowercase'))
describe('cognito-user-pool-password-requires-uppercase', () => characterClassCases('cognito-user-pool-password-requires-uppercase', 'RequireUppercase'))
describe('cognito-user-pool-password-requires-number', () => characterClassCases('cognito-user-pool-password-requires-number', 'RequireNumbers'))
describe('cognito-user-pool-password-requires-symbol', () => characterClassCases('cognito-user-pool-password-requires-symbol', 'RequireSymbols'))

describe('cognito-user-pool-password-min-length-14', () => {
  it('requires 14 or more; the default is 8', () => {
    expect(verdicts('cognito-user-pool-password-min-length-14', POOL, [['p-pass-14', policy({ MinimumLength: 14 })], ['p-fail-13', policy({ MinimumLength: 13 })], ['p-fail-default', {}]], ['aws_cognito_user_pool.unknown', 'Policies.PasswordPolicy.MinimumLength'])).toEqual(
      expected({ pass: ['p-pass-14'], fail: ['p-fail-13', 'p-fail-default'], unknown: ['aws_cognito_user_pool.unknown'] })
    )
  })
})

describe('cognito-user-pool-temporary-password-7-days', () => {
  it('requires 7 days or fewer; the default is 7', () => {
    expect(verdicts('cognito-user-pool-temporary-password-7-days', POOL, [['p-pass-7', policy({ TemporaryPasswordValidityDays: 7 })], ['p-pass-default', {}], ['p-fail-8', policy({ TemporaryPasswordValidityDays: 8 })]], ['aws_cognito_user_pool.unknown', 'Policies.PasswordPolicy.TemporaryPasswordValidityDays'])).toEqual(
      expected({ pass: ['p-pass-7', 'p-pass-default'], fail: ['p-fail-8'], unknown: ['aws_cognito_user_pool.unknown'] })
    )
  })
})

describe('cognito-user-pool-self-registration-disabled', () => {
  it('requires admin-only user creation; self sign-up is the default', () => {
    expect(verdicts('cognito-user-pool-self-registration-disabled', POOL, [['p-pass', { AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } }], ['p-fail', { AdminCreateUserConfig: { AllowAdminCreateUserOnly: false } }], ['p-fail-absent', {}]], ['aws_cognito_user_pool.unknown', 'AdminCreateUserConfig.AllowAdminCreateUserOnly'])).toEqual(
      expected({ pass: ['p-pass'], fail: ['p-fail', 'p-fail-absent'], unknown: ['aws_cognito_user_pool.unknown'] })
    )
  })
})

describe('cognito-user-pool-client-prevents-user-existence-errors', () => {
  it('requires ENABLED; the default is LEGACY', () => {
    expect(verdicts('cognito-user-pool-client-prevents-user-existence-errors', CLIENT, [['c-pass', { PreventUserExistenceErrors: 'ENABLED' }], ['c-fail', { PreventUserExistenceErrors: 'LEGACY' }], ['c-fail-absent', {}]], ['aws_cognito_user_pool_client.unknown', 'PreventUserExistenceErrors'])).toEqual(
      expected({ pass: ['c-pass'], fail: ['c-fail', 'c-fail-absent'], unknown: ['aws_cognito_user_pool_client.unknown'] })
    )
  })
})

describe('cognito-user-pool-client-token-revocation', () => {
  it('passes revocation on or unset (the default), fails it off', () => {
    expect(verdicts('cognito-user-pool-client-token-revocation', CLIENT, [['c-pass', { EnableTokenRevocation: true }], ['c-pass-absent', {}], ['c-fail', { EnableTokenRevocation: false }]], ['aws_cognito_user_pool_client.unknown', 'EnableTokenRevocation'])).toEqual(
      expected({ pass: ['c-pass', 'c-pass-absent'], fail: ['c-fail'], unknown: ['aws_cognito_user_pool_client.unknown'] })
    )
  })
})

describe('cognito-identity-pool-no-guest-access', () => {
  it('fails guest access', () => {
    expect(verdicts('cognito-identity-pool-no-guest-access', IDENTITY_POOL, [['i-pass', { AllowUnauthenticatedIdentities: false }], ['i-pass-absent', {}], ['i-fail', { AllowUnauthenticatedIdentities: true }]], ['aws_cognito_identity_pool.unknown', 'AllowUnauthenticatedIdentities'])).toEqual(
      expected({ pass: ['i-pass', 'i-pass-absent'], fail: ['i-fail'], unknown: ['aws_cognito_identity_pool.unknown'] })
    )
  })
})
