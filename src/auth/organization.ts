// The accounts beyond the first role: the `accounts` setting lists them, or `organization` discovers them with AWS
// Organizations (ListAccounts, or the accounts under `organizational-units`, nested OUs included), from the first
// role or from `organization-role-arn`. Each is reached by assuming `member-role-name` in it from the first role.
// A member whose role cannot be assumed does not stop the run: it comes back as unreachable, for the coverage
// ledger and a warning, and the other accounts are scanned. Failing to list the organization does stop it: the
// estate itself would be unknown, and a scan of the first account alone would read as the organization's.
import {
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  OrganizationsClient,
  type Account
} from '@aws-sdk/client-organizations'
import { RunError } from '../types.js'
import { parseRoleArn } from './arn.js'
import { awsErrorCode } from './errors.js'
import { DEFAULT_MEMBER_ROLE_NAME } from './organization-actions.js'
import { AssumeRoleError, createContext, describe, openAssumedSession, openSessionsIn, type AccountSession, type AuthHost, type Context } from './sessions.js'
import type { AuthSettings } from './settings.js'

export interface UnreachableAccount {
  account: string
  roleArn: string
  /** denied: AWS refused (the role is missing, or its trust does not allow the scanning role); failed: anything else. */
  state: 'denied' | 'failed'
  reason: string
}

export interface Estate {
  /** The first account's session first, then the additional roles', then the members' by account id. */
  sessions: AccountSession[]
  unreachable: UnreachableAccount[]
}

/** Members assumed at once: STS answers fast, and 200 accounts one by one would take a minute. */
const MEMBER_CONCURRENCY = 8

/** The first role, the additional roles (a failure stops the run: the user named them), then the member accounts. */
export async function openEstate(settings: AuthSettings, host: AuthHost): Promise<Estate> {
  const context = createContext(settings, host)
  const sessions = await openSessionsIn(context)
  if (settings.accounts === undefined) return { sessions, unreachable: [] }
  const first = sessions[0]
  const listed = settings.accounts === 'organization' ? await discoverAccounts(context, first) : [...new Set(settings.accounts)].sort()
  const excluded = new Set(settings.excludeAccounts ?? [])
  const allowed = settings.allowedAccountIds
  const outside = listed.filter((id) => allowed.length > 0 && !allowed.includes(id) && !excluded.has(id))
  if (outside.length > 0) host.info?.(`${context.nameOf('allowed-account-ids')} leaves out ${outside.length} account(s) of ${context.nameOf('accounts')}: ${outside.join(', ')}`)
  const opened = new Set(sessions.map((session) => session.accountId))
  const members = listed.filter((id) => !excluded.has(id) && !opened.has(id) && !outside.includes(id))
  const partition = parseRoleArn(first.roleArn ?? '')?.partition ?? first.principalArn.split(':')[1] ?? 'aws'
  const roleName = settings.memberRoleName ?? DEFAULT_MEMBER_ROLE_NAME
  const unreachable: UnreachableAccount[] = []
  const memberSessions: AccountSession[] = []
  let next = 0
  const worker = async () => {
    while (next < members.length) {
      const account = members[next++]
      const roleArn = `arn:${partition}:iam::${account}:role/${roleName}`
      try {
        memberSessions.push(await openAssumedSession(context, first, roleArn))
      } catch (error) {
        const code = error instanceof AssumeRoleError ? error.awsCode : awsErrorCode(error)
        const reason = error instanceof RunError ? error.message : describe(error, context)
        unreachable.push({ account, roleArn, state: code === 'AccessDenied' ? 'denied' : 'failed', reason })
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(MEMBER_CONCURRENCY, members.length) }, worker))
  memberSessions.sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0))
  unreachable.sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0))
  host.info?.(`${memberSessions.length} member account(s) reached through ${roleName}${unreachable.length > 0 ? `, ${unreachable.length} not` : ''}`)
  return { sessions: [...sessions, ...memberSessions], unreachable }
}

/** The organization's ACTIVE accounts (under the OUs given, if any), by id; the lister is the first role or organization-role-arn. */
async function discoverAccounts(context: Context, first: AccountSession): Promise<string[]> {
  const { settings, host, nameOf } = context
  const orgRole = settings.organizationRoleArn
  const lister = orgRole === undefined || orgRole === first.roleArn ? first : await openAssumedSession(context, first, orgRole)
  const client = new OrganizationsClient({ region: settings.region, credentials: lister.credentials })
  try {
    const units = settings.organizationalUnits ?? []
    const accounts = units.length === 0 ? await allPages((token) => client.send(new ListAccountsCommand({ NextToken: token })), (page) => page.Accounts) : await accountsUnder(client, units)
    const active = accounts.filter((account) => (account.State ?? account.Status) === 'ACTIVE' && typeof account.Id === 'string')
    const skipped = accounts.filter((account) => !active.includes(account))
    host.info?.(
      `Organization listed as ${lister.principalArn}: ${active.length} active account(s)` +
        (skipped.length > 0 ? `; not scanned: ${skipped.map((a) => `${a.Id} (${(a.State ?? a.Status ?? 'unknown').toLowerCase()})`).join(', ')}` : '')
    )
    return [...new Set(active.map((account) => account.Id as string))].sort()
  } catch (error) {
    throw new RunError(discoveryFailure(context, error, lister.principalArn))
  } finally {
    client.destroy()
  }

  function discoveryFailure(context: Context, error: unknown, principal: string): string {
    const code = awsErrorCode(error)
    const what = `${nameOf('accounts')}: organization: the accounts could not be listed as ${principal} (${describe(error, context)})`
    if (code === 'AccessDenied') {
      return `${what}; give ${nameOf('organization-role-arn')} a role in the management account or a delegated administrator, with policy/plumbline-organization-discovery.json`
    }
    if (code === 'AWSOrganizationsNotInUse') return `${what}; that account is not in an organization: set ${nameOf('organization-role-arn')} to a role in the organization's management account`
    if (code === 'ParentNotFound' || code === 'TargetNotFound') return `${what}; check the ids in ${nameOf('organizational-units')}`
    return what
  }
}

/** The accounts under each OU or root given, and under their OUs, each account once. */
async function accountsUnder(client: OrganizationsClient, parents: readonly string[]): Promise<Account[]> {
  const seen = new Set<string>()
  const accounts: Account[] = []
  const queue = [...parents]
  const visited = new Set<string>()
  while (queue.length > 0) {
    const parent = queue.shift() as string
    if (visited.has(parent)) continue
    visited.add(parent)
    for (const account of await allPages((token) => client.send(new ListAccountsForParentCommand({ ParentId: parent, NextToken: token })), (page) => page.Accounts)) {
      if (account.Id && !seen.has(account.Id)) {
        seen.add(account.Id)
        accounts.push(account)
      }
    }
    const units = await allPages((token) => client.send(new ListOrganizationalUnitsForParentCommand({ ParentId: parent, NextToken: token })), (page) => page.OrganizationalUnits)
    for (const unit of units) if (unit.Id) queue.push(unit.Id)
  }
  return accounts
}

/** Every page of a list, following NextToken to the end (a page may be short while more remain). */
async function allPages<Page extends { NextToken?: string }, Item>(call: (token: string | undefined) => Promise<Page>, items: (page: Page) => Item[] | undefined): Promise<Item[]> {
  const out: Item[] = []
  let token: string | undefined
  do {
    const page = await call(token)
    out.push(...(items(page) ?? []))
    token = page.NextToken
  } while (token)
  return out
}
