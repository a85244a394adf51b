// The authentication flow over the wire: the real @aws-sdk/client-sts and @actions/core's getIDToken against the
// local AWS server (test/aws-server), reached through AWS_ENDPOINT_URL_STS and ACTIONS_ID_TOKEN_REQUEST_URL.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { type AuthHost, type AuthSettings, openSessions } from '../../src/auth/index.js'
import { RunError } from '../../src/types.js'
import { type AwsServer, startAwsServer } from '../aws-server/index.mjs'
import { restoreEnv } from '../e2e/helpers.js'

const SCAN = '111111111111'
const AUDIT = '222222222222'
const SCAN_ROLE = `arn:aws:iam::${SCAN}:role/plumbline-scan`
const AUDIT_ROLE = `arn:aws:iam::${AUDIT}:role/plumbline-audit`
const EXTERNAL_ID = 'plumbline-ext-42'

// Variables through which the SDK's default chain or endpoint resolution could reach the host's own AWS set-up.
const AMBIENT_AWS = [
  'AWS_PROFILE',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_ENDPOINT_URL',
  'GITHUB_EVENT_NAME',
  'GITHUB_EVENT_PATH'
]

let server: AwsServer
const savedEnv = { ...process.env }

beforeEach(async () => {
  server = await startAwsServer()
  for (const name of AMBIENT_AWS) delete process.env[name]
  Object.assign(process.env, server.env(), {
    AWS_CONFIG_FILE: join(tmpdir(), 'plumbline-no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(tmpdir(), 'plumbline-no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true'
  })
  server.addAccount({ id: SCAN })
  server.addAccount({ id: AUDIT })
  server.addRole({ arn: SCAN_ROLE, maxSessionDuration: 7200, oidc: { aud: 'sts.amazonaws.com', sub: 'repo:octo-org/octo-repo:*' } })
  server.addRole({ arn: AUDIT_ROLE, trustedPrincipals: [SCAN_ROLE], externalId: EXTERNAL_ID })
})

afterEach(async () => {
  await server.close()
  restoreEnv(savedEnv)
})

const settings = (change: Partial<AuthSettings> = {}): AuthSettings => ({
  roleToAssume: SCAN_ROLE,
  audience: 'sts.amazonaws.com',
  roleSessionName: 'plumbline',
  roleDurationSeconds: 3600,
  additionalRoleArns: [],
  allowedAccountIds: [],
  region: 'us-east-1',
  ...change
})

interface Recorded {
  host: AuthHost
  masked: string[]
  tokens: string[]
  waits: number[]
  lines: string[]
}

/** The action's host: @actions/core's real getIDToken, recording what was masked, issued and waited. */
function actionHost(): Recorded {
  const recorded: Recorded = { masked: [], tokens: [], waits: [], lines: [], host: undefined as unknown as AuthHost }
  recorded.host = {
    getIDToken: async (audience) => {
      const token = await core.getIDToken(audience)
      recorded.tokens.push(token)
      return token
    },
    mask: (secret) => void recorded.masked.push(secret),
    env: process.env,
    info: (line) => void recorded.lines.push(line),
    sleep: async (ms) => void recorded.waits.push(ms),
    nameOf: (input) => `input ${input}`
  }
  return recorded
}

function cliHost(): Recorded {
  const recorded = actionHost()
  delete recorded.host.getIDToken
  recorded.host.nameOf = (input) => `--${input}`
  return recorded
}

const callsOf = (operation: string) => server.calls.filter((call) => call.operation === operation)

async function callerAccount(credentials: AwsCredentialIdentityProvider): Promise<string | undefined> {
  const client = new STSClient({ region: 'us-east-1', credentials })
  try {
    return (await client.send(new GetCallerIdentityCommand({}))).Account
  } finally {
    client.destroy()
  }
}

const secondsLeft = (credentials: { expiration?: Date }) => ((credentials.expiration?.getTime() ?? 0) - Date.now()) / 1000

async function refusal(promise: Promise<unknown>): Promise<RunError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof RunError) return error
    throw error
  }
  throw new Error('expected a RunError')
}

describe('openSessions over the wire', () => {
  it('token → role → second account with the external id, every credential part masked', async () => {
    const recorded = actionHost()
    const sessions = await openSessions(
      settings({ additionalRoleArns: [AUDIT_ROLE], roleExternalId: EXTERNAL_ID, roleDurationSeconds: 7200 }),
      recorded.host
    )

    expect(sessions.map((s) => s.accountId)).toEqual([SCAN, AUDIT])
    expect(sessions[0].roleArn).toBe(SCAN_ROLE)
    expect(sessions[0].principalArn).toMatch(new RegExp(`^arn:aws:sts::${SCAN}:assumed-role/plumbline-scan/plumbline$`))
    expect(sessions[1].principalArn).toMatch(new RegExp(`^arn:aws:sts::${AUDIT}:assumed-role/plumbline-audit/plumbline$`))
    // The credentials work for other clients, in the right account.
    expect(await callerAccount(sessions[0].credentials)).toBe(SCAN)
    expect(await callerAccount(sessions[1].credentials)).toBe(AUDIT)

    // One token, one web identity exchange, the chained AssumeRole signed by the first session.
    expect(callsOf('AssumeRoleWithWebIdentity').map((c) => c.status)).toEqual([200])
    const assumeRoleCalls = callsOf('AssumeRole')
    expect(assumeRoleCalls.map((c) => [c.status, c.account])).toEqual([[200, SCAN]])
    expect(callsOf('GetCallerIdentity').map((c) => c.account)).toEqual([SCAN, AUDIT, SCAN, AUDIT])
    // 7200 s was granted to the web identity session; the chained one asked for AWS's 1-hour maximum.
    expect(secondsLeft(await sessions[0].credentials())).toBeGreaterThan(7000)
    expect(secondsLeft(await sessions[1].credentials())).toBeLessThanOrEqual(3600)
    expect(recorded.lines.some((l) => l.includes(AUDIT_ROLE) && l.includes('3600 s'))).toBe(true)

    for (const session of sessions) {
      const credentials = await session.credentials()
      expect(recorded.masked).toEqual(expect.arrayContaining([credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken]))
    }
    expect(recorded.tokens).toHaveLength(1)
    expect(recorded.masked).toContain(recorded.tokens[0])
    // Nothing secret in the progress lines.
    for (const line of recorded.lines) for (const secret of recorded.masked) expect(line).not.toContain(secret)
  })

  it('refuses an account outside allowed-account-ids before assuming into it', async () => {
    const recorded = actionHost()
    const error = await refusal(
      openSessions(settings({ additionalRoleArns: [AUDIT_ROLE], roleExternalId: EXTERNAL_ID, allowedAccountIds: [SCAN] }), recorded.host)
    )
    expect(error.message).toMatch(new RegExp(`^Account ${AUDIT} \\(${AUDIT_ROLE}\\) is not in input allowed-account-ids`))
    expect(callsOf('AssumeRole')).toHaveLength(0)

    const exchangesBefore = callsOf('AssumeRoleWithWebIdentity').length
    const first = await refusal(openSessions(settings({ allowedAccountIds: [AUDIT] }), actionHost().host))
    expect(first.message).toMatch(new RegExp(`^Account ${SCAN} \\(${SCAN_ROLE}\\) is not in input allowed-account-ids`))
    expect(callsOf('AssumeRoleWithWebIdentity')).toHaveLength(exchangesBefore)
  })

  it("a trust policy that refuses the token: the role, the token's sub and aud, the immutable sub note; not retried", async () => {
    server.setTokenClaims({ sub: 'repo:octo-org@9919/octo-repo@123456789:ref:refs/heads/main' })
    const recorded = actionHost()
    const error = await refusal(openSessions(settings(), recorded.host))
    expect(error.message).toContain(`The trust policy of ${SCAN_ROLE} refused the GitHub OIDC token`)
    expect(error.message).toContain('sub "repo:octo-org@9919/octo-repo@123456789:ref:refs/heads/main"')
    expect(error.message).toContain('aud "sts.amazonaws.com"')
    expect(error.message).toContain('immutable sub format')
    expect(error.message).not.toContain(recorded.tokens[0])
    expect(callsOf('AssumeRoleWithWebIdentity').map((c) => [c.status, c.errorCode])).toEqual([[403, 'AccessDenied']])
    expect(recorded.waits).toEqual([])
  })

  it('a token for the wrong audience is refused with its aud shown', async () => {
    const error = await refusal(openSessions(settings({ audience: 'https://github.com/octo-org' }), actionHost().host))
    expect(error.message).toContain('aud "https://github.com/octo-org"')
    expect(error.message).toContain('sub "repo:octo-org/octo-repo:ref:refs/heads/main"')
  })

  it('a duration above the role maximum names role-duration-seconds', async () => {
    server.addRole({ arn: `arn:aws:iam::${SCAN}:role/short`, maxSessionDuration: 3600, oidc: { aud: 'sts.amazonaws.com', sub: '*' } })
    const error = await refusal(
      openSessions(settings({ roleToAssume: `arn:aws:iam::${SCAN}:role/short`, roleDurationSeconds: 7200 }), actionHost().host)
    )
    expect(error.message).toMatch(/^input role-duration-seconds \(7200\) is longer than arn:aws:iam::111111111111:role\/short allows \(The requested DurationSeconds exceeds the MaxSessionDuration/)
    expect(callsOf('AssumeRoleWithWebIdentity')).toHaveLength(1)
  })

  it('without the id-token permission: says so, and asks for nothing', async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    const error = await refusal(openSessions(settings(), actionHost().host))
    expect(error.message).toContain('permissions: id-token: write')
    expect(server.calls).toHaveLength(0)
  })

  it('a pull request from a fork: explains that forks get no token', async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    const eventPath = join(mkdtempSync(join(tmpdir(), 'plumbline-fork-')), 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({ pull_request: { head: { repo: { full_name: 'someone/octo-repo', fork: true } }, base: { repo: { full_name: 'octo-org/octo-repo' } } } })
    )
    Object.assign(process.env, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath })
    const error = await refusal(openSessions(settings(), actionHost().host))
    expect(error.message).toContain('pull request from a fork')
    expect(error.message).toContain('scheduled workflow')
    expect(error.message).not.toContain('id-token: write')
    expect(server.calls).toHaveLength(0)
  })

  it("retries STS's transient \"Couldn't retrieve verification key\", then succeeds", async () => {
    server.addFault({ kind: 'verification-key', service: 'sts', operation: 'AssumeRoleWithWebIdentity', times: 2 })
    const recorded = actionHost()
    const sessions = await openSessions(settings(), recorded.host)
    expect(sessions.map((s) => s.accountId)).toEqual([SCAN])
    expect(callsOf('AssumeRoleWithWebIdentity').map((c) => c.status)).toEqual([400, 400, 200])
    expect(recorded.waits).toHaveLength(2)
  })

  it('retries throttling, server errors and dropped connections on the chained AssumeRole', async () => {
    server.addFault({ kind: 'throttle', service: 'sts', operation: 'AssumeRole', times: 1 })
    server.addFault({ kind: 'server-error', service: 'sts', operation: 'AssumeRole', times: 1 })
    server.addFault({ kind: 'drop', service: 'sts', operation: 'AssumeRole', times: 1 })
    const recorded = actionHost()
    const sessions = await openSessions(settings({ additionalRoleArns: [AUDIT_ROLE], roleExternalId: EXTERNAL_ID }), recorded.host)
    expect(sessions.map((s) => s.accountId)).toEqual([SCAN, AUDIT])
    expect(callsOf('AssumeRole')).toHaveLength(4)
    expect(callsOf('AssumeRole').at(-1)?.status).toBe(200)
    expect(recorded.waits).toHaveLength(3)
  })

  it('an additional role that refuses: names the role, the source principal and the missing ExternalId; not retried', async () => {
    const recorded = actionHost()
    const error = await refusal(openSessions(settings({ additionalRoleArns: [AUDIT_ROLE] }), recorded.host))
    expect(error.message).toMatch(
      new RegExp(`^Could not assume ${AUDIT_ROLE} from arn:aws:sts::${SCAN}:assumed-role/plumbline-scan/plumbline \\(`)
    )
    expect(error.message).toContain('no ExternalId was sent; if the role requires one, set input role-external-id')
    expect(callsOf('AssumeRole').map((c) => c.errorCode)).toEqual(['AccessDenied'])
    expect(recorded.waits).toEqual([])
  })

  it('refreshes before expiry: a new token and new sessions, chained from the refreshed first one', async () => {
    // Sessions report 302 s: just outside the SDK's 5-minute refresh window when issued, inside it 2 s later.
    server.setSessionLifetimeSeconds(302)
    const recorded = actionHost()
    const sessions = await openSessions(settings({ additionalRoleArns: [AUDIT_ROLE], roleExternalId: EXTERNAL_ID }), recorded.host)
    const before = await sessions[1].credentials()

    // One long-lived client, as the inventory keeps them: the SDK's own memo asks the provider again near expiry.
    const auditClient = new STSClient({ region: 'us-east-1', credentials: sessions[1].credentials })
    try {
      expect((await auditClient.send(new GetCallerIdentityCommand({}))).Account).toBe(AUDIT)
      expect(callsOf('AssumeRole')).toHaveLength(1)
      expect(callsOf('AssumeRoleWithWebIdentity')).toHaveLength(1)

      await new Promise((resolve) => setTimeout(resolve, 2_100))
      expect((await auditClient.send(new GetCallerIdentityCommand({}))).Account).toBe(AUDIT)
    } finally {
      auditClient.destroy()
    }
    // The chained refresh went through the first session's provider, which fetched a new token.
    expect(callsOf('AssumeRoleWithWebIdentity')).toHaveLength(2)
    expect(callsOf('AssumeRole')).toHaveLength(2)
    expect(await callerAccount(sessions[0].credentials)).toBe(SCAN)
    expect(callsOf('AssumeRoleWithWebIdentity')).toHaveLength(2)
    expect(recorded.tokens).toHaveLength(2)
    expect(server.calls.filter((c) => c.service === 'oidc')).toHaveLength(2)

    const after = await sessions[1].credentials()
    expect(after.accessKeyId).not.toBe(before.accessKeyId)
    expect(recorded.masked).toEqual(expect.arrayContaining([after.accessKeyId, after.secretAccessKey, after.sessionToken, recorded.tokens[1]]))
  })
})

describe('openSessions on the command line (the default credential chain)', () => {
  it('uses the environment keys, then assumes the role from the user (not chained: the full duration)', async () => {
    const keys = server.createUserKeys(SCAN, 'alice')
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: keys.accessKeyId, AWS_SECRET_ACCESS_KEY: keys.secretAccessKey })
    server.addRole({ arn: `arn:aws:iam::${SCAN}:role/cli`, maxSessionDuration: 7200, trustedPrincipals: [SCAN] })

    const recorded = cliHost()
    const plain = await openSessions(settings({ roleToAssume: undefined }), recorded.host)
    expect(plain.map((s) => [s.accountId, s.principalArn, s.roleArn])).toEqual([[SCAN, `arn:aws:iam::${SCAN}:user/alice`, undefined]])
    expect(recorded.masked).toEqual(expect.arrayContaining([keys.accessKeyId, keys.secretAccessKey]))

    const assumed = await openSessions(settings({ roleToAssume: `arn:aws:iam::${SCAN}:role/cli`, roleDurationSeconds: 7200 }), cliHost().host)
    expect(assumed.map((s) => s.principalArn)).toEqual([`arn:aws:sts::${SCAN}:assumed-role/cli/plumbline`])
    expect(secondsLeft(await assumed[0].credentials())).toBeGreaterThan(7000)
    expect(callsOf('AssumeRoleWithWebIdentity')).toHaveLength(0)
    expect(callsOf('AssumeRole').map((c) => c.status)).toEqual([200])
  })

  it('no credentials anywhere: says how to provide them', async () => {
    const error = await refusal(openSessions(settings({ roleToAssume: undefined }), cliHost().host))
    expect(error.message).toMatch(/^No AWS credentials were found/)
    expect(error.message).toContain('--role-to-assume')
    expect(error.message).toContain('AWS_PROFILE')
    expect(server.calls).toHaveLength(0)
  })
})
