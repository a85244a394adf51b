// The IAM rules of issue 14: what policy documents allow (policy-allows-none-of), who trust policies let in
// (trust-policy-limits), AWS-managed policies attached, and the password policy's complexity settings.
import { expected, judge, messages, planned, REDACTED, res, ruleById } from './builders.js'

const ROLE = 'AWS::IAM::Role'
const USER = 'AWS::IAM::User'
const GROUP = 'AWS::IAM::Group'
const POLICY = 'AWS::IAM::ManagedPolicy'
const ROLE_POLICY = 'AWS::IAM::RolePolicy'
const PASSWORD = 'Plumbline::IAM::PasswordPolicy'

const doc = (...statements: Array<Record<string, unknown>>) => ({ Version: '2012-10-17', Statement: statements })
const allow = (Action: unknown, Resource: unknown = '*', extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Action, Resource, ...extra })
const notAction = (NotAction: unknown, Resource: unknown = '*') => ({ Effect: 'Allow', NotAction, Resource })
const deny = (Action: unknown, Resource: unknown = '*', extra: Record<string, unknown> = {}) => ({ Effect: 'Deny', Action, Resource, ...extra })
const policy = (id: string, ...statements: Array<Record<string, unknown>>) => res(POLICY, id, { PolicyDocument: doc(...statements) })
const inline = (type: string, id: string, ...statements: Array<Record<string, unknown>>) => res(type, id, { Policies: [{ PolicyName: 'inline', PolicyDocument: doc(...statements) }] })

describe('iam-customer-policy-no-privilege-escalation', () => {
  const rule = ruleById('iam-customer-policy-no-privilege-escalation')
  it('fails single escalation actions and complete combinations, split over statements or reached through wildcards', () => {
    const resources = [
      policy('fail-create-policy-version', allow('iam:CreatePolicyVersion', 'arn:aws:iam::123456789012:policy/app')),
      policy('fail-put-wildcard', allow('iam:Put*')),
      policy('fail-glob-question-mark', allow('i?m:AttachRolePolicy')),
      policy('fail-case-insensitive', allow('IAM:createaccesskey')),
      policy('fail-split-combination', allow('iam:PassRole'), allow(['lambda:CreateFunction', 'lambda:InvokeFunction'])),
      policy('fail-not-action', notAction(['s3:*', 'ec2:*'])),
      policy('fail-conditioned-allow', allow('iam:AttachUserPolicy', '*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })),
      policy('fail-deny-conditioned', allow('iam:CreateLoginProfile'), deny('iam:CreateLoginProfile', '*', { Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } })),
      policy('fail-deny-scoped', allow('iam:UpdateLoginProfile'), deny('iam:UpdateLoginProfile', 'arn:aws:iam::123456789012:user/admin')),
      policy('pass-incomplete-combination', allow(['iam:PassRole', 'lambda:CreateFunction'])),
      policy('pass-read-only', allow(['iam:Get*', 'iam:List*', 'ec2:Describe*'])),
      policy('pass-denied', allow('iam:*'), deny('iam:*')),
      policy('pass-denied-by-not-action', allow(['iam:AttachRolePolicy']), { Effect: 'Deny', NotAction: 's3:GetObject', Resource: '*' }),
      res(POLICY, 'pass-document-as-text', { PolicyDocument: JSON.stringify(doc(allow('sqs:SendMessage'))) }),
      res(POLICY, 'fail-document-as-text', { PolicyDocument: JSON.stringify(doc(allow('iam:SetDefaultPolicyVersion'))) }),
      res(POLICY, 'aws-managed', { PolicyDocument: doc(allow('*')) }, { isDefault: true }),
      planned(POLICY, 'aws_iam_policy.unknown', {}, ['PolicyDocument']),
      res(POLICY, 'unknown-redacted', { PolicyDocument: REDACTED })
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        fail: [
          'fail-create-policy-version',
          'fail-put-wildcard',
          'fail-glob-question-mark',
          'fail-case-insensitive',
          'fail-split-combination',
          'fail-not-action',
          'fail-conditioned-allow',
          'fail-deny-conditioned',
          'fail-deny-scoped',
          'fail-document-as-text'
        ],
        pass: ['pass-incomplete-combination', 'pass-read-only', 'pass-denied', 'pass-denied-by-not-action', 'pass-document-as-text'],
        unknown: ['aws_iam_policy.unknown', 'unknown-redacted'],
        skipped: ['aws-managed']
      })
    )
  })
  it('names the combination it found', () => {
    expect(messages(rule, [policy('p', allow('iam:PassRole'), allow('ec2:RunInstances'))])[0]).toMatch(/iam:PassRole \+ ec2:RunInstances/)
  })
})

describe('iam-inline-policy-no-privilege-escalation', () => {
  const rule = ruleById('iam-inline-policy-no-privilege-escalation')
  it('judges each inline policy of roles, users and groups, and standalone inline policies', () => {
    const resources = [
      res(ROLE, 'role-fail-second-policy', {
        Policies: [
          { PolicyName: 'read', PolicyDocument: doc(allow('s3:GetObject')) },
          { PolicyName: 'escalate', PolicyDocument: doc(allow('iam:AddUserToGroup')) }
        ]
      }),
      inline(USER, 'user-pass', allow('sqs:SendMessage')),
      inline(GROUP, 'group-fail', allow(['iam:PassRole', 'cloudformation:CreateStack'])),
      res(ROLE_POLICY, 'standalone-fail', { PolicyDocument: doc(allow('ssm:SendCommand')) }),
      res(ROLE_POLICY, 'standalone-pass', { PolicyDocument: doc(allow('ssm:GetParameter')) }),
      res(ROLE, 'role-pass-no-inline', {}),
      // Policies spread over two inline policies do not combine: each policy is judged on its own.
      res(ROLE, 'role-pass-halves-apart', {
        Policies: [
          { PolicyName: 'pass', PolicyDocument: doc(allow('iam:PassRole')) },
          { PolicyName: 'run', PolicyDocument: doc(allow('ec2:RunInstances')) }
        ]
      }),
      planned(ROLE, 'aws_iam_role.unknown_doc', { Policies: [{ PolicyName: 'p' }] }, ['Policies[0].PolicyDocument']),
      planned(ROLE, 'aws_iam_role.fail_despite_unknown', { Policies: [{ PolicyName: 'p' }, { PolicyName: 'q', PolicyDocument: doc(allow('iam:*')) }] }, [
        'Policies[0].PolicyDocument'
      ])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        fail: ['role-fail-second-policy', 'group-fail', 'standalone-fail', 'aws_iam_role.fail_despite_unknown'],
        pass: ['user-pass', 'standalone-pass', 'role-pass-no-inline', 'role-pass-halves-apart'],
        unknown: ['aws_iam_role.unknown_doc']
      })
    )
    expect(messages(rule, [resources[0]])[0]).toMatch(/inline policy escalate/)
  })
})

describe('iam-customer-policy-no-full-kms', () => {
  it('fails kms:* (or a wildcard covering it) on Resource "*"', () => {
    const resources = [
      policy('fail-kms-star', allow('kms:*')),
      policy('fail-star', allow('*')),
      policy('fail-service-glob', allow('km*:*')),
      policy('fail-not-resource', { Effect: 'Allow', Action: 'kms:*', NotResource: 'arn:aws:kms:eu-west-1:123456789012:key/keep' }),
      policy('fail-not-action-elsewhere', notAction(['s3:*', 'iam:*'])),
      policy('pass-not-action-names-kms', notAction(['kms:ScheduleKeyDeletion'])),
      policy('pass-kms-star-on-key', allow('kms:*', 'arn:aws:kms:eu-west-1:123456789012:key/1')),
      policy('pass-some-actions', allow(['kms:Decrypt', 'kms:Encrypt', 'kms:Describe*'])),
      policy('pass-kms-star-deny-deletion', allow('kms:*'), deny(['kms:ScheduleKeyDeletion', 'kms:DisableKey'])),
      policy('pass-action-prefix-only', allow('kms:Create*')),
      planned(POLICY, 'aws_iam_policy.unknown', {}, ['PolicyDocument'])
    ]
    expect(judge(ruleById('iam-customer-policy-no-full-kms'), resources)).toEqual(
      expected({
        fail: ['fail-kms-star', 'fail-star', 'fail-service-glob', 'fail-not-resource', 'fail-not-action-elsewhere'],
        pass: ['pass-not-action-names-kms', 'pass-kms-star-on-key', 'pass-some-actions', 'pass-kms-star-deny-deletion', 'pass-action-prefix-only'],
        unknown: ['aws_iam_policy.unknown']
      })
    )
  })
})

describe('iam-inline-policy-no-full-kms', () => {
  it('fails an inline kms:* on Resource "*"', () => {
    const resources = [inline(ROLE, 'role-fail', allow(['kms:*'])), inline(USER, 'user-pass', allow('kms:Decrypt')), res(ROLE_POLICY, 'standalone-fail', { PolicyDocument: doc(allow('kms:*')) })]
    expect(judge(ruleById('iam-inline-policy-no-full-kms'), resources)).toEqual(expected({ fail: ['role-fail', 'standalone-fail'], pass: ['user-pass'] }))
  })
})

describe('iam-customer-policy-no-full-cloudtrail', () => {
  it('fails cloudtrail:* on Resource "*", not KMS or scoped grants', () => {
    const resources = [
      policy('fail-cloudtrail-star', allow('cloudtrail:*')),
      policy('pass-kms-star', allow('kms:*')),
      policy('pass-scoped', allow('cloudtrail:*', 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/app')),
      policy('pass-lookup', allow('cloudtrail:LookupEvents'))
    ]
    expect(judge(ruleById('iam-customer-policy-no-full-cloudtrail'), resources)).toEqual(
      expected({ fail: ['fail-cloudtrail-star'], pass: ['pass-kms-star', 'pass-scoped', 'pass-lookup'] })
    )
  })
})

describe('iam-inline-policy-no-full-cloudtrail', () => {
  it('fails an inline cloudtrail:* on Resource "*"', () => {
    const resources = [inline(GROUP, 'group-fail', allow('cloudtrail:*')), inline(ROLE, 'role-pass', allow('cloudtrail:Describe*'))]
    expect(judge(ruleById('iam-inline-policy-no-full-cloudtrail'), resources)).toEqual(expected({ fail: ['group-fail'], pass: ['role-pass'] }))
  })
})

describe('iam-customer-policy-no-wildcard-marketplace-subscribe', () => {
  it('fails aws-marketplace:Subscribe on Resource "*" only', () => {
    const resources = [
      policy('fail-subscribe', allow('aws-marketplace:Subscribe')),
      policy('fail-star', allow('*')),
      policy('pass-unsubscribe', allow('aws-marketplace:Unsubscribe')),
      policy('pass-not-resource-star-absent', allow('aws-marketplace:Subscribe', 'arn:aws:aws-marketplace:us-east-1:123456789012:product/x'))
    ]
    expect(judge(ruleById('iam-customer-policy-no-wildcard-marketplace-subscribe'), resources)).toEqual(
      expected({ fail: ['fail-subscribe', 'fail-star'], pass: ['pass-unsubscribe', 'pass-not-resource-star-absent'] })
    )
  })
})

describe('iam-inline-policy-no-wildcard-marketplace-subscribe', () => {
  it('fails an inline aws-marketplace:* on Resource "*"', () => {
    const resources = [inline(USER, 'user-fail', allow('aws-marketplace:*')), inline(USER, 'user-pass', allow('aws-marketplace:ViewSubscriptions'))]
    expect(judge(ruleById('iam-inline-policy-no-wildcard-marketplace-subscribe'), resources)).toEqual(expected({ fail: ['user-fail'], pass: ['user-pass'] }))
  })
})

describe('iam-customer-policy-no-assume-any-role', () => {
  it('fails sts:AssumeRole on Resource "*", not on named roles', () => {
    const resources = [
      policy('fail-assume-star', allow('sts:AssumeRole')),
      policy('fail-sts-star', allow('sts:*')),
      policy('pass-named-roles', allow('sts:AssumeRole', ['arn:aws:iam::123456789012:role/a', 'arn:aws:iam::123456789012:role/b'])),
      policy('pass-web-identity-only', allow('sts:AssumeRoleWithWebIdentity')),
      inline(ROLE, 'inline-not-judged', allow('sts:AssumeRole'))
    ]
    expect(judge(ruleById('iam-customer-policy-no-assume-any-role'), resources)).toEqual(
      expected({ fail: ['fail-assume-star', 'fail-sts-star'], pass: ['pass-named-roles', 'pass-web-identity-only'] })
    )
  })
})

describe('iam-policy-no-credentials-exposure', () => {
  it('fails credential-returning actions on Resource "*" in managed and inline policies', () => {
    const resources = [
      policy('fail-ecr', allow('ecr:GetAuthorizationToken')),
      inline(ROLE, 'role-fail-redshift', allow('redshift:GetClusterCredentials')),
      res(ROLE_POLICY, 'standalone-fail-sts', { PolicyDocument: doc(allow('sts:GetSessionToken')) }),
      policy('pass-own-keys', allow('iam:CreateAccessKey', 'arn:aws:iam::*:user/${aws:username}')),
      policy('pass-unrelated', allow('ecr:BatchGetImage'))
    ]
    expect(judge(ruleById('iam-policy-no-credentials-exposure'), resources)).toEqual(
      expected({ fail: ['fail-ecr', 'role-fail-redshift', 'standalone-fail-sts'], pass: ['pass-own-keys', 'pass-unrelated'] })
    )
  })
})

describe('iam-policy-no-data-exfiltration', () => {
  it('fails reading objects, parameters or secrets on Resource "*"', () => {
    const resources = [
      policy('fail-s3-get', allow('s3:GetObject')),
      policy('fail-secrets-wildcard', allow('secretsmanager:Get*')),
      inline(USER, 'user-fail-ssm', allow('ssm:GetParametersByPath')),
      policy('pass-scoped', allow('s3:GetObject', 'arn:aws:s3:::bucket/*')),
      policy('pass-describe', allow('secretsmanager:DescribeSecret'))
    ]
    expect(judge(ruleById('iam-policy-no-data-exfiltration'), resources)).toEqual(
      expected({ fail: ['fail-s3-get', 'fail-secrets-wildcard', 'user-fail-ssm'], pass: ['pass-scoped', 'pass-describe'] })
    )
  })
})

describe('iam-policy-no-full-iam-access', () => {
  it('fails iam:* on Resource "*"', () => {
    const resources = [
      policy('fail-iam-star', allow('iam:*')),
      inline(GROUP, 'group-fail-star', allow('*')),
      policy('pass-iam-star-scoped', allow('iam:*', 'arn:aws:iam::123456789012:role/app/*')),
      policy('pass-iam-passrole', allow('iam:PassRole'))
    ]
    expect(judge(ruleById('iam-policy-no-full-iam-access'), resources)).toEqual(
      expected({ fail: ['fail-iam-star', 'group-fail-star'], pass: ['pass-iam-star-scoped', 'pass-iam-passrole'] })
    )
  })
})

describe('iam-policy-no-wildcard-action', () => {
  it('fails Action "*" or "*:*" on any resource; NotAction and service wildcards pass', () => {
    const resources = [
      policy('fail-star-scoped', allow('*', 'arn:aws:s3:::bucket')),
      inline(ROLE, 'role-fail-star-colon-star', allow(['s3:GetObject', '*:*'])),
      policy('pass-service-star', allow('s3:*')),
      policy('pass-not-action', notAction('iam:*')),
      policy('pass-deny-star', deny('*'))
    ]
    expect(judge(ruleById('iam-policy-no-wildcard-action'), resources)).toEqual(
      expected({ fail: ['fail-star-scoped', 'role-fail-star-colon-star'], pass: ['pass-service-star', 'pass-not-action', 'pass-deny-star'] })
    )
  })
})

const trust = (id: string, ...statements: Array<Record<string, unknown>>) => res(ROLE, id, { AssumeRolePolicyDocument: doc(...statements) })
const assume = (Principal: unknown, extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Principal, Action: 'sts:AssumeRole', ...extra })

describe('iam-role-trust-not-public', () => {
  it('fails Principal "*" unless a condition confines it', () => {
    const resources = [
      trust('fail-star-string', assume('*')),
      trust('fail-aws-star', assume({ AWS: '*' })),
      trust('fail-wildcard-org', assume({ AWS: '*' }, { Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } })),
      trust('fail-negated-condition', assume({ AWS: '*' }, { Condition: { StringNotEquals: { 'aws:PrincipalAccount': '123456789012' } } })),
      trust('pass-org', assume({ AWS: '*' }, { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } })),
      trust('pass-deny-star', { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' }),
      trust('pass-account', assume({ AWS: 'arn:aws:iam::123456789012:root' })),
      res(ROLE, 'aws-created', { AssumeRolePolicyDocument: doc(assume('*')) }, { isDefault: true }),
      planned(ROLE, 'aws_iam_role.unknown', {}, ['AssumeRolePolicyDocument'])
    ]
    expect(judge(ruleById('iam-role-trust-not-public'), resources)).toEqual(
      expected({
        fail: ['fail-star-string', 'fail-aws-star', 'fail-wildcard-org', 'fail-negated-condition'],
        pass: ['pass-org', 'pass-deny-star', 'pass-account'],
        unknown: ['aws_iam_role.unknown'],
        skipped: ['aws-created']
      })
    )
  })
})

describe('iam-role-trust-no-whole-account', () => {
  const rule = ruleById('iam-role-trust-no-whole-account')
  it('fails an account id or :root ARN unless an external id or principal ARN narrows it', () => {
    const resources = [
      trust('fail-root', assume({ AWS: 'arn:aws:iam::210987654321:root' })),
      trust('fail-id-in-list', assume({ AWS: ['arn:aws:iam::210987654321:role/ci', '210987654321'] })),
      trust('fail-govcloud-root', assume({ AWS: 'arn:aws-us-gov:iam::210987654321:root' })),
      trust('fail-principal-arn-wildcard-account', assume({ AWS: '210987654321' }, { Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/ci' } } })),
      trust('pass-external-id', assume({ AWS: '210987654321' }, { Condition: { StringEquals: { 'sts:ExternalId': 'x' } } })),
      trust('pass-principal-arn', assume({ AWS: '210987654321' }, { Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::210987654321:role/ci-*' } } })),
      trust('pass-role', assume({ AWS: 'arn:aws:iam::210987654321:role/ci' })),
      trust('pass-service', assume({ Service: 'ec2.amazonaws.com' }))
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        fail: ['fail-root', 'fail-id-in-list', 'fail-govcloud-root', 'fail-principal-arn-wildcard-account'],
        pass: ['pass-external-id', 'pass-principal-arn', 'pass-role', 'pass-service']
      })
    )
    expect(messages(rule, [resources[0]])[0]).toMatch(/account arn:aws:iam::210987654321:root/)
  })
})

describe('iam-role-trust-confused-deputy-prevention', () => {
  it('fails service principals without a source condition', () => {
    const resources = [
      trust('fail-no-condition', assume({ Service: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'] })),
      trust('fail-unrelated-condition', assume({ Service: 'sns.amazonaws.com' }, { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } })),
      trust('fail-if-exists', assume({ Service: 'sns.amazonaws.com' }, { Condition: { StringEqualsIfExists: { 'aws:SourceAccount': '123456789012' } } })),
      trust('pass-source-account', assume({ Service: 'sns.amazonaws.com' }, { Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } })),
      trust('pass-source-org', assume({ Service: 'sns.amazonaws.com' }, { Condition: { StringEquals: { 'aws:SourceOrgID': 'o-abc' } } })),
      trust('pass-tag-session-only', { Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sts:TagSession' }),
      trust('pass-human', assume({ AWS: 'arn:aws:iam::123456789012:role/admin' }))
    ]
    expect(judge(ruleById('iam-role-trust-confused-deputy-prevention'), resources)).toEqual(
      expected({
        fail: ['fail-no-condition', 'fail-unrelated-condition', 'fail-if-exists'],
        pass: ['pass-source-account', 'pass-source-org', 'pass-tag-session-only', 'pass-human']
      })
    )
  })
})

describe('iam-role-github-oidc-trust-scoped', () => {
  const GH = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'
  const gh = (sub?: unknown, op = 'StringLike') =>
    ({
      Effect: 'Allow',
      Principal: { Federated: GH },
      Action: 'sts:AssumeRoleWithWebIdentity',
      ...(sub === undefined ? {} : { Condition: { [op]: { 'token.actions.githubusercontent.com:sub': sub } } })
    }) as Record<string, unknown>
  it('needs every sub value to pin the repository owner', () => {
    const resources = [
      trust('pass-repo-branch', gh('repo:org/app:ref:refs/heads/main', 'StringEquals')),
      trust('pass-owner-wildcard-repo', gh(['repo:org/*', 'repo:org/app:environment:prod'])),
      trust('pass-no-github', assume({ Service: 'ec2.amazonaws.com' })),
      trust('fail-no-condition', gh()),
      trust('fail-star', gh('*')),
      trust('fail-repo-star', gh('repo:*')),
      trust('fail-owner-prefix', gh('repo:org*')),
      trust('fail-one-loose-value', gh(['repo:org/app:*', 'repo:*'])),
      trust('fail-workflow-claim', gh('workflow:deploy'))
    ]
    expect(judge(ruleById('iam-role-github-oidc-trust-scoped'), resources)).toEqual(
      expected({
        pass: ['pass-repo-branch', 'pass-owner-wildcard-repo', 'pass-no-github'],
        fail: ['fail-no-condition', 'fail-star', 'fail-repo-star', 'fail-owner-prefix', 'fail-one-loose-value', 'fail-workflow-claim']
      })
    )
  })
})

describe('iam-no-iam-full-access-attached', () => {
  it('fails principals with IAMFullAccess, in any partition', () => {
    const resources = [
      res(ROLE, 'role-fail', { ManagedPolicyArns: ['arn:aws:iam::aws:policy/IAMFullAccess'] }),
      res(GROUP, 'group-fail-china', { ManagedPolicyArns: ['arn:aws-cn:iam::aws:policy/IAMFullAccess'] }),
      res(USER, 'user-pass-read-only', { ManagedPolicyArns: ['arn:aws:iam::aws:policy/IAMReadOnlyAccess'] }),
      res(USER, 'user-pass-none', {}),
      planned(ROLE, 'aws_iam_role.unknown', {}, ['ManagedPolicyArns'])
    ]
    expect(judge(ruleById('iam-no-iam-full-access-attached'), resources)).toEqual(
      expected({ fail: ['role-fail', 'group-fail-china'], pass: ['user-pass-read-only', 'user-pass-none'], unknown: ['aws_iam_role.unknown'] })
    )
  })
})

describe('iam-no-cloudshell-full-access-attached', () => {
  it('fails principals with AWSCloudShellFullAccess', () => {
    const resources = [
      res(USER, 'user-fail', { ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess'] }),
      res(ROLE, 'role-pass-customer-named', { ManagedPolicyArns: ['arn:aws:iam::123456789012:policy/AWSCloudShellFullAccess'] })
    ]
    expect(judge(ruleById('iam-no-cloudshell-full-access-attached'), resources)).toEqual(expected({ fail: ['user-fail'], pass: ['role-pass-customer-named'] }))
  })
})

/** The character-class settings: true passes, false or unset (no password policy at all) fails. */
function requiresCharacterClass(id: string, property: string): void {
  it(`needs ${property} true; unset (no password policy) fails`, () => {
    const resources = [
      res(PASSWORD, 'pass', { [property]: true }),
      res(PASSWORD, 'fail-false', { [property]: false }),
      res(PASSWORD, 'fail-no-policy', {}),
      planned(PASSWORD, 'aws_iam_account_password_policy.unknown', {}, [property])
    ]
    expect(judge(ruleById(id), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-false', 'fail-no-policy'], unknown: ['aws_iam_account_password_policy.unknown'] }))
  })
}

describe('iam-password-policy-require-symbols', () => requiresCharacterClass('iam-password-policy-require-symbols', 'RequireSymbols'))
describe('iam-password-policy-require-numbers', () => requiresCharacterClass('iam-password-policy-require-numbers', 'RequireNumbers'))
describe('iam-password-policy-require-uppercase', () => requiresCharacterClass('iam-password-policy-require-uppercase', 'RequireUppercaseCharacters'))
describe('iam-password-policy-require-lowercase', () => requiresCharacterClass('iam-password-policy-require-lowercase', 'RequireLowercaseCharacters'))

describe('iam-password-policy-expires-90-days', () => {
  it('needs a maximum age of 90 days or less; no expiry fails', () => {
    const resources = [
      res(PASSWORD, 'pass-90', { MaxPasswordAge: 90, ExpirePasswords: true }),
      res(PASSWORD, 'pass-30', { MaxPasswordAge: 30, ExpirePasswords: true }),
      res(PASSWORD, 'fail-91', { MaxPasswordAge: 91, ExpirePasswords: true }),
      res(PASSWORD, 'fail-never', { ExpirePasswords: false }),
      planned(PASSWORD, 'aws_iam_account_password_policy.unknown', {}, ['MaxPasswordAge'])
    ]
    expect(judge(ruleById('iam-password-policy-expires-90-days'), resources)).toEqual(
      expected({ pass: ['pass-90', 'pass-30'], fail: ['fail-91', 'fail-never'], unknown: ['aws_iam_account_password_policy.unknown'] })
    )
  })
})
