import { expected, judge, messages, planned, REDACTED, res, ruleById } from './builders.js'

const ROLE = 'AWS::IAM::Role'
const USER = 'AWS::IAM::User'
const GROUP = 'AWS::IAM::Group'
const POLICY = 'AWS::IAM::ManagedPolicy'
const PASSWORD = 'Plumbline::IAM::PasswordPolicy'
const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess'

const doc = (...statements: Array<Record<string, unknown>>) => ({ Version: '2012-10-17', Statement: statements })
const allow = (Action: unknown, Resource: unknown = '*') => ({ Effect: 'Allow', Action, Resource })

describe('iam-no-administrator-access-attached', () => {
  it('fails roles, users and groups with AdministratorAccess, in any partition', () => {
    const resources = [
      res(ROLE, 'role-fail', { ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess', ADMIN_ARN] }),
      res(USER, 'user-fail-govcloud', { ManagedPolicyArns: ['arn:aws-us-gov:iam::aws:policy/AdministratorAccess'] }),
      res(GROUP, 'group-pass', { ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
      // A customer policy that happens to be called AdministratorAccess is judged by the policy rules instead.
      res(ROLE, 'role-pass-customer-named', { ManagedPolicyArns: ['arn:aws:iam::123456789012:policy/AdministratorAccess'] }),
      res(ROLE, 'role-pass-none', {}),
      res(ROLE, 'role-service-linked', { ManagedPolicyArns: [ADMIN_ARN] }, { isDefault: true }),
      planned(ROLE, 'aws_iam_role.unknown_entry', { ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess', null] }, [
        'ManagedPolicyArns[1]'
      ]),
      planned(ROLE, 'aws_iam_role.fail_despite_unknown', { ManagedPolicyArns: [null, ADMIN_ARN] }, ['ManagedPolicyArns[0]'])
    ]
    expect(judge(ruleById('iam-no-administrator-access-attached'), resources)).toEqual(
      expected({
        fail: ['role-fail', 'user-fail-govcloud', 'aws_iam_role.fail_despite_unknown'],
        pass: ['group-pass', 'role-pass-customer-named', 'role-pass-none'],
        unknown: ['aws_iam_role.unknown_entry'],
        skipped: ['role-service-linked']
      })
    )
  })
})

describe('iam-customer-policy-no-admin', () => {
  it('fails Allow of * or *:* on *; ignores NotAction, Deny and scoped resources', () => {
    const resources = [
      res(POLICY, 'fail-star-string', { PolicyDocument: doc(allow('*')) }),
      res(POLICY, 'fail-star-colon-star-list', { PolicyDocument: doc(allow(['s3:GetObject', '*:*'], ['*'])) }),
      res(POLICY, 'fail-single-statement-object', { PolicyDocument: { Version: '2012-10-17', Statement: allow('*') } }),
      res(POLICY, 'fail-conditioned', { PolicyDocument: doc({ ...allow('*'), Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) }),
      res(POLICY, 'pass-power-user-notaction', { PolicyDocument: doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }) }),
      res(POLICY, 'pass-deny-star', { PolicyDocument: doc({ Effect: 'Deny', Action: '*', Resource: '*' }) }),
      res(POLICY, 'pass-scoped-resource', { PolicyDocument: doc(allow('*', 'arn:aws:s3:::bucket/*')) }),
      res(POLICY, 'pass-service-star', { PolicyDocument: doc(allow('s3:*')) }),
      res(POLICY, 'fail-star-not-resource', { PolicyDocument: doc({ Effect: 'Allow', Action: ['*'], NotResource: 'arn:aws:s3:::audit/*' }) }),
      res(POLICY, 'pass-star-not-resource-star', { PolicyDocument: doc({ Effect: 'Allow', Action: '*', NotResource: '*' }) }),
      planned(POLICY, 'aws_iam_policy.unknown', {}, ['PolicyDocument']),
      res(POLICY, 'unknown-redacted', { PolicyDocument: REDACTED })
    ]
    expect(judge(ruleById('iam-customer-policy-no-admin'), resources)).toEqual(
      expected({
        fail: ['fail-star-string', 'fail-star-colon-star-list', 'fail-single-statement-object', 'fail-conditioned', 'fail-star-not-resource'],
        pass: ['pass-power-user-notaction', 'pass-deny-star', 'pass-scoped-resource', 'pass-service-star', 'pass-star-not-resource-star'],
        unknown: ['aws_iam_policy.unknown', 'unknown-redacted']
      })
    )
  })
})

describe('iam-inline-policy-no-admin', () => {
  const rule = ruleById('iam-inline-policy-no-admin')
  it('looks at every inline policy of roles, users and groups', () => {
    const resources = [
      res(ROLE, 'role-fail', { Policies: [{ PolicyName: 'ok', PolicyDocument: doc(allow('s3:*')) }, { PolicyName: 'god', PolicyDocument: doc(allow('*:*')) }] }),
      res(USER, 'user-fail', { Policies: [{ PolicyName: 'god', PolicyDocument: doc(allow('*')) }] }),
      res(GROUP, 'group-pass', { Policies: [{ PolicyName: 'ok', PolicyDocument: doc(allow('ec2:Describe*')) }] }),
      res(ROLE, 'role-pass-none', {}),
      res(ROLE, 'role-aws-created', { Policies: [{ PolicyName: 'god', PolicyDocument: doc(allow('*')) }] }, { isDefault: true }),
      planned(ROLE, 'aws_iam_role.unknown_doc', { Policies: [{ PolicyName: 'p' }] }, ['Policies[0].PolicyDocument']),
      planned(ROLE, 'aws_iam_role.fail_despite_unknown', { Policies: [{ PolicyName: 'p' }, { PolicyName: 'god', PolicyDocument: doc(allow('*')) }] }, [
        'Policies[0].PolicyDocument'
      ])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        fail: ['role-fail', 'user-fail', 'aws_iam_role.fail_despite_unknown'],
        pass: ['group-pass', 'role-pass-none'],
        unknown: ['aws_iam_role.unknown_doc'],
        skipped: ['role-aws-created']
      })
    )
    expect(messages(rule, [resources[0]])[0]).toMatch(/inline policy god/)
  })
})

describe('iam-user-no-attached-policies', () => {
  it('fails users with managed or inline policies of their own', () => {
    const resources = [
      res(USER, 'user-pass-groups-only', { Groups: ['developers'] }),
      res(USER, 'user-fail-managed', { ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
      res(USER, 'user-fail-inline', { Policies: [{ PolicyName: 'p', PolicyDocument: doc(allow('s3:GetObject')) }] }),
      planned(USER, 'aws_iam_user.unknown', {}, ['ManagedPolicyArns']),
      planned(USER, 'aws_iam_user.fail_despite_unknown', { ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }, ['Policies'])
    ]
    expect(judge(ruleById('iam-user-no-attached-policies'), resources)).toEqual(
      expected({
        pass: ['user-pass-groups-only'],
        fail: ['user-fail-managed', 'user-fail-inline', 'aws_iam_user.fail_despite_unknown'],
        unknown: ['aws_iam_user.unknown']
      })
    )
  })
})

describe('iam-password-policy-min-length-14', () => {
  it('needs 14 or more; an unset length fails', () => {
    const resources = [
      res(PASSWORD, 'pass-14', { MinimumPasswordLength: 14 }),
      res(PASSWORD, 'pass-32', { MinimumPasswordLength: 32 }),
      res(PASSWORD, 'fail-13', { MinimumPasswordLength: 13 }),
      res(PASSWORD, 'fail-unset', {}),
      planned(PASSWORD, 'aws_iam_account_password_policy.unknown', {}, ['MinimumPasswordLength'])
    ]
    expect(judge(ruleById('iam-password-policy-min-length-14'), resources)).toEqual(
      expected({ pass: ['pass-14', 'pass-32'], fail: ['fail-13', 'fail-unset'], unknown: ['aws_iam_account_password_policy.unknown'] })
    )
  })
})

describe('iam-password-policy-reuse-24', () => {
  it('needs 24; an unset value allows reuse', () => {
    const resources = [
      res(PASSWORD, 'pass-24', { PasswordReusePrevention: 24 }),
      res(PASSWORD, 'fail-5', { PasswordReusePrevention: 5 }),
      res(PASSWORD, 'fail-unset', { MinimumPasswordLength: 14 }),
      planned(PASSWORD, 'aws_iam_account_password_policy.unknown', {}, ['PasswordReusePrevention'])
    ]
    expect(judge(ruleById('iam-password-policy-reuse-24'), resources)).toEqual(
      expected({ pass: ['pass-24'], fail: ['fail-5', 'fail-unset'], unknown: ['aws_iam_account_password_policy.unknown'] })
    )
  })
})
