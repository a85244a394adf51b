// AWS Organizations, awsJson1_1 (`X-Amz-Target: AWSOrganizationsV20161128.<Op>`, Content-Type
// application/x-amz-json-1.1): ListAccounts, ListAccountsForParent and ListOrganizationalUnitsForParent, the calls
// account discovery makes. As the API reference describes them: MaxResults 1 to 20 with NextToken paging (a page may
// hold fewer than MaxResults while more remain: callers must follow NextToken), accounts with `State` (ACTIVE,
// SUSPENDED, PENDING_CLOSURE, CLOSED; `Status` was retired on 2026-09-09), timestamps as epoch seconds; only the
// management account and delegated administrators may list (others: AccessDeniedException); an account outside
// every organization gets AWSOrganizationsNotInUseException. ListAccountsForParent lists a parent's direct accounts
// only, never those of nested OUs.
import { ServiceError, reply } from './protocol.mjs'
import { decodePageToken, encodePageToken } from './store.mjs'

const CONTENT_TYPE = 'application/x-amz-json-1.1'
const MAX_RESULTS = 20
const ROOT_ID = /^r-[0-9a-z]{4,32}$/
const OU_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/

const json11 = (value, requestId) => reply(200, CONTENT_TYPE, JSON.stringify(value), { 'x-amzn-requestid': requestId })

/**
 * One organization: its management account, delegated administrators, root, OUs (each with a parent) and accounts
 * (each with a parent, default the root). Built from the test's seed (index.d.mts OrganizationSeed).
 */
export class Organization {
  constructor(seed) {
    this.id = seed.id ?? 'o-exampleorgid'
    this.managementAccount = seed.managementAccount
    this.delegatedAdministrators = new Set(seed.delegatedAdministrators ?? [])
    this.rootId = seed.rootId ?? 'r-examplerootid111'
    this.ous = (seed.organizationalUnits ?? []).map((ou) => ({ id: ou.id, name: ou.name ?? ou.id, parent: ou.parent ?? this.rootId }))
    for (const ou of this.ous) if (!OU_ID.test(ou.id)) throw new Error(`addOrganization: '${ou.id}' is not an OU id (ou-xxxx-xxxxxxxx)`)
    const members = seed.accounts.some((a) => a.id === this.managementAccount) ? seed.accounts : [{ id: this.managementAccount, name: 'management' }, ...seed.accounts]
    this.accounts = members.map((a, i) => ({
      Id: a.id,
      Arn: `arn:aws:organizations::${this.managementAccount}:account/${this.id}/${a.id}`,
      Email: a.email ?? `aws+${a.id}@example.com`,
      Name: a.name ?? `account-${a.id}`,
      State: a.state ?? 'ACTIVE',
      JoinedMethod: a.id === this.managementAccount ? 'CREATED' : 'INVITED',
      JoinedTimestamp: 1_600_000_000 + i * 86_400,
      parent: a.parent ?? this.rootId
    }))
  }

  has(account) {
    return this.accounts.some((a) => a.Id === account)
  }
}

function organizationOf(ctx) {
  const org = ctx.organizations.find((o) => o.has(ctx.caller.account))
  if (!org) throw new ServiceError('AWSOrganizationsNotInUseException', 400, 'Your account is not a member of an organization.')
  if (ctx.caller.account !== org.managementAccount && !org.delegatedAdministrators.has(ctx.caller.account)) {
    throw new ServiceError('AccessDeniedException', 400, "You don't have permissions to access this resource.")
  }
  return org
}

function checkParent(org, parentId) {
  if (typeof parentId !== 'string' || !(ROOT_ID.test(parentId) || OU_ID.test(parentId))) {
    throw new ServiceError('InvalidInputException', 400, 'You specified an invalid value.', { Reason: 'INVALID_PARTY_TYPE_TARGET' })
  }
  if (parentId !== org.rootId && !org.ous.some((ou) => ou.id === parentId)) {
    throw new ServiceError('ParentNotFoundException', 400, 'We can\'t find a root or OU with the ParentId that you specified.')
  }
}

/** One page of `items`, MaxResults long (default and cap 20), with a NextToken scoped to this list. */
function page(items, body, scope, requestId, member) {
  const max = body.MaxResults
  if (max !== undefined && (!Number.isInteger(max) || max < 1 || max > MAX_RESULTS)) {
    throw new ServiceError('InvalidInputException', 400, `You specified an invalid value for MaxResults: must be from 1 to ${MAX_RESULTS}.`, { Reason: 'INVALID_INPUT' })
  }
  let offset = 0
  if (body.NextToken !== undefined) {
    offset = decodePageToken(body.NextToken, scope)
    if (offset === undefined) throw new ServiceError('InvalidInputException', 400, 'You specified an invalid value for nextToken.', { Reason: 'INVALID_NEXT_TOKEN' })
  }
  const size = max ?? MAX_RESULTS
  const end = Math.min(items.length, offset + size)
  return json11({ [member]: items.slice(offset, end), ...(end < items.length ? { NextToken: encodePageToken(scope, end) } : {}) }, requestId)
}

const publicAccount = ({ parent: _parent, ...account }) => account

export function listAccounts(ctx) {
  const org = organizationOf(ctx)
  return page(org.accounts.map(publicAccount), ctx.body, `org:${org.id}:accounts`, ctx.requestId, 'Accounts')
}

export function listAccountsForParent(ctx) {
  const org = organizationOf(ctx)
  checkParent(org, ctx.body.ParentId)
  const accounts = org.accounts.filter((a) => a.parent === ctx.body.ParentId).map(publicAccount)
  return page(accounts, ctx.body, `org:${org.id}:accounts:${ctx.body.ParentId}`, ctx.requestId, 'Accounts')
}

export function listOrganizationalUnitsForParent(ctx) {
  const org = organizationOf(ctx)
  checkParent(org, ctx.body.ParentId)
  const units = org.ous
    .filter((ou) => ou.parent === ctx.body.ParentId)
    .map((ou) => ({ Id: ou.id, Arn: `arn:aws:organizations::${org.managementAccount}:ou/${org.id}/${ou.id}`, Name: ou.name }))
  return page(units, ctx.body, `org:${org.id}:ous:${ctx.body.ParentId}`, ctx.requestId, 'OrganizationalUnits')
}
