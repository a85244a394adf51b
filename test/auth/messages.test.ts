import {
  accountNotAllowed,
  assumeRoleRefused,
  durationTooLong,
  forkPullRequestHasNoToken,
  missingIdTokenPermission,
  noCredentials,
  oneLine,
  trustPolicyRefusedToken
} from '../../src/auth/messages.js'

const nameOf = (input: string) => `input ${input}`
const role = 'arn:aws:iam::123456789012:role/plumbline'

describe('authentication messages', () => {
  it('folds multi-line toolkit errors and scrubs secrets', () => {
    const token = 'eyJhbGciOi.secret-token.sig'
    expect(oneLine(`Failed to get ID Token. \n\n  Error Code : 500\n token ${token}`, [token])).toBe(
      'Failed to get ID Token. Error Code : 500 token ***'
    )
  })

  it('missing id-token permission names the input and the permission', () => {
    const message = missingIdTokenPermission(nameOf)
    expect(message).toContain('input role-to-assume')
    expect(message).toContain('ACTIONS_ID_TOKEN_REQUEST_URL')
    expect(message).toContain('permissions: id-token: write')
  })

  it('fork pull requests: no token, and where to run the live scan instead', () => {
    const message = forkPullRequestHasNoToken(nameOf)
    expect(message).toContain('fork')
    expect(message).toContain('scheduled workflow')
    expect(message).toContain('pull_request_target')
    expect(message).not.toContain('id-token: write')
  })

  it('trust policy refusal shows the role, sub and aud', () => {
    const message = trustPolicyRefusedToken(
      role,
      { sub: 'repo:octo/app:ref:refs/heads/main', aud: 'sts.amazonaws.com' },
      'Not authorized to perform sts:AssumeRoleWithWebIdentity'
    )
    expect(message).toContain(role)
    expect(message).toContain('sub "repo:octo/app:ref:refs/heads/main"')
    expect(message).toContain('aud "sts.amazonaws.com"')
    expect(message).not.toContain('immutable')
  })

  it('trust policy refusal mentions the immutable sub only when the token has one', () => {
    const message = trustPolicyRefusedToken(role, { sub: 'repo:octo@1/app@2:ref:refs/heads/main', aud: ['a', 'b'] }, 'denied')
    expect(message).toContain('immutable sub format (repo:OWNER@ID/REPO@ID:...')
    expect(message).toContain('2026-07-15')
    expect(message).toContain('aud "a, b"')
    expect(trustPolicyRefusedToken(role, undefined, 'denied')).toContain('the token could not be decoded')
  })

  it('duration above the role maximum names role-duration-seconds', () => {
    const message = durationTooLong(nameOf, role, 7200, 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
    expect(message).toMatch(/^input role-duration-seconds \(7200\) is longer than arn:aws:iam::123456789012:role\/plumbline allows/)
    expect(message).toContain("raise the role's maximum session duration")
  })

  it('a refused AssumeRole names the role, the source and whether an ExternalId was sent', () => {
    const source = 'arn:aws:sts::123456789012:assumed-role/plumbline/plumbline'
    const sent = assumeRoleRefused(nameOf, 'arn:aws:iam::210987654321:role/audit', source, true, 'denied')
    expect(sent).toContain('arn:aws:iam::210987654321:role/audit')
    expect(sent).toContain(source)
    expect(sent).toContain('an ExternalId was sent (input role-external-id)')
    expect(assumeRoleRefused(nameOf, role, source, false, 'denied')).toContain('no ExternalId was sent; if the role requires one, set input role-external-id')
  })

  it('no credentials says how to provide them, and disallowed accounts name the input', () => {
    const none = noCredentials(nameOf, 'Could not load credentials from any providers')
    expect(none).toContain('input role-to-assume')
    expect(none).toContain('AWS_PROFILE')
    expect(none).toContain('configure-aws-credentials')
    expect(accountNotAllowed(nameOf, '999999999999', role)).toMatch(/^Account 999999999999 \(arn:.*\) is not in input allowed-account-ids/)
  })
})
