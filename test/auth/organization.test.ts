// Account discovery over the wire: the real @aws-sdk/client-organizations and client-sts against the local AWS
// server speaking Organizations (ListAccounts and ListAccountsForParent with paging, ListOrganizationalUnitsForParent)
// and STS. An organization of 25 members (two pages of ListAccounts), one SUSPENDED, one without the member role.
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type AuthHost, type AuthSettings, openEstate } from '../../src/auth/index.js'
import { ORGANIZATION_DISCOVERY_ACTIONS } from '../../src/auth/organization-actions.js'
import { RunError } from '../../src/types.js'
import { type AwsServer, startAwsServer } from '../aws-server/index.mjs'
import { MANAGEMENT, seedOrganization } from '../fixtures/org-estate.mjs'
import { restoreEnv } from '../e2e/helpers.js'

const AMBIENT_AWS = ['AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN', 'AWS_ENDPOINT_URL']
const SUSPENDED = '444444444444'
const ROLELESS = '555555555555'
const DELEGATED = '100000000003'

let server: AwsServer
let members: string[]
let ous: Record<string, string>
const savedEnv = { ...process.env }

beforeEach(async () => {
  server = await startAwsServer()
  for (const name of AMBIENT_AWS) delete process.env[name]
  const keys = server.createUserKeys(MANAGEMENT, 'scanner')
  Object.assign(process.env, server.env(), {
    AWS_ACCESS_KEY_ID: keys.accessKeyId,
    AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
    AWS_CONFIG_FILE: join(tmpdir(), 'plumbline-no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(tmpdir(), 'plumbline-no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true'
  })
  ;({ members, ous } = seedOrganization(server, { members: 25, regions: ['us-east-1'], suspended: [SUSPENDED], roleless: [ROLELESS] }))
})

afterEach(async () => {
  await server.close()
  restoreEnv(savedEnv)
})

const settings = (change: Partial<AuthSettings> = {}): AuthSettings => ({
  audience: 'sts.amazonaws.com',
  roleSessionName: 'plumbline',
  roleDurationSeconds: 3600,
  additionalRoleArns: [],
  allowedAccountIds: [],
  region: 'us-east-1',
  accounts: 'organization',
  ...change
})

function host(): { host: AuthHost; lines: string[]; masked: string[] } {
  const lines: string[] = []
  const masked: string[] = []
  return { host: { mask: (s) => masked.push(s), env: process.env, info: (line) => lines.push(line) }, lines, masked }
}

const organizationCalls = () => server.calls.filter((c) => c.service === 'organizations')

describe('openEstate with accounts: organization', () => {
  it('lists every page of ListAccounts, skips the suspended account, and reaches each member through its role', async () => {
    const recorded = host()
    const estate = await openEstate(settings(), recorded.host)
    // 25 members, the management account and two more: two pages of 20 at most.
    expect(organizationCalls().map((c) => c.operation)).toEqual(['ListAccounts', 'ListAccounts'])
    expect(estate.sessions.map((s) => s.accountId)).toEqual([MANAGEMENT, ...members])
    expect(estate.sessions[1].principalArn).toBe(`arn:aws:sts::${members[0]}:assumed-role/plumbline-scan/plumbline`)
    expect(estate.unreachable).toEqual([
      { account: ROLELESS, roleArn: `arn:aws:iam::${ROLELESS}:role/plumbline-scan`, state: 'denied', reason: expect.stringMatching(/^Could not assume arn:aws:iam::555555555555:role\/plumbline-scan from arn:aws:iam::999999999999:user\/scanner \(.*not authorized to perform: sts:AssumeRole.*\): the role's trust policy must allow/) }
    ])
    expect(recorded.lines).toContain(`Organization listed as arn:aws:iam::${MANAGEMENT}:user/scanner: 27 active account(s); not scanned: ${SUSPENDED} (suspended)`)
    expect(recorded.lines).toContain('25 member account(s) reached through plumbline-scan, 1 not')
    // Every member's credentials are masked.
    expect(recorded.masked.length).toBeGreaterThanOrEqual(25 * 3)
    // Only the calls the shipped discovery policy grants.
    for (const call of organizationCalls()) expect(ORGANIZATION_DISCOVERY_ACTIONS).toContain(call.action)
  }, 60_000)

  it('lists only the accounts under the OUs given, nested OUs included, and drops exclude-accounts', async () => {
    const estate = await openEstate(settings({ organizationalUnits: [ous.prod], excludeAccounts: [members[0]] }), host().host)
    // Members alternate prod, prod-eu (under prod), dev: prod holds i % 3 of 0 and 1.
    const expected = members.filter((_, i) => i % 3 !== 2 && i !== 0)
    expect(estate.sessions.map((s) => s.accountId)).toEqual([MANAGEMENT, ...expected])
    expect(estate.unreachable).toEqual([])
    expect(new Set(organizationCalls().map((c) => c.operation))).toEqual(new Set(['ListAccountsForParent', 'ListOrganizationalUnitsForParent']))
  }, 60_000)

  it('lists through organization-role-arn when given (a delegated administrator), and a listed account list needs no Organizations call', async () => {

    const delegatedRole = `arn:aws:iam::${DELEGATED}:role/plumbline-organization`
    server.addRole({ arn: delegatedRole, trustedPrincipals: [MANAGEMENT] })
    // The delegated administrator may not list until it is one.
    const denied = await openEstate(settings({ organizationRoleArn: delegatedRole }), host().host).catch((e: unknown) => e)
    expect(denied).toBeInstanceOf(RunError)
    expect((denied as Error).message).toMatch(
      new RegExp(`^accounts: organization: the accounts could not be listed as arn:aws:sts::${DELEGATED}:assumed-role/plumbline-organization/plumbline \\(AccessDenied.*\\); give organization-role-arn a role in the management account or a delegated administrator, with policy/plumbline-organization-discovery.json$`)
    )

    const listed = await openEstate(settings({ accounts: [members[2], members[1], ROLELESS] }), host().host)
    expect(listed.sessions.map((s) => s.accountId)).toEqual([MANAGEMENT, members[1], members[2]])
    expect(listed.unreachable.map((u) => u.account)).toEqual([ROLELESS])
  }, 60_000)

  it('stops with one line when the first account is in no organization', async () => {
    const keys = server.createUserKeys('777777777777', 'outsider')
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: keys.accessKeyId, AWS_SECRET_ACCESS_KEY: keys.secretAccessKey })
    const error = await openEstate(settings(), host().host).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RunError)
    expect((error as Error).message).toMatch(/^accounts: organization: the accounts could not be listed as arn:aws:iam::777777777777:user\/outsider \(AWSOrganizationsNotInUse.*\); that account is not in an organization: set organization-role-arn to a role in the organization's management account$/)
  }, 30_000)
})
