// The AWS Organizations calls account discovery makes (src/auth/organization.ts), and nothing else: the shipped
// discovery policy (policy/plumbline-organization-discovery.json) grants exactly these, and a test holds the two
// together. Kept apart from the discovery code so that the policy's test loads no SDK client.
export const ORGANIZATION_DISCOVERY_ACTIONS: readonly string[] = [
  'organizations:ListAccounts',
  'organizations:ListAccountsForParent',
  'organizations:ListOrganizationalUnitsForParent'
]

/** The member role's name when `member-role-name` is not set. */
export const DEFAULT_MEMBER_ROLE_NAME = 'plumbline-scan'
