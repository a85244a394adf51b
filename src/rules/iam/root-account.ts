// The root user's credentials as IAM GetAccountSummary counts them (Plumbline::IAM::AccountSummary, live
// only), shared by the two root rules, and the Terraform both offer: Terraform cannot manage the root user's
// MFA devices or access keys, but an organization can take root credentials out of its member accounts.
import type { Resource, RuleOutcome } from '../../types.js'
import { unknownAt } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

/**
 * A SummaryMap flag (0 or 1) as a boolean, or the outcome to give when it cannot be read: hidden, or absent
 * (IAM always returns both root flags, so an absent one means the fact was not collected).
 */
export function summaryFlag(summary: Resource, key: string, what: string): boolean | RuleOutcome {
  const value = read(summary, key)
  if (value === UNKNOWN) return unknownAt(summary, key, what)
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value > 0
  return unknownAt(summary, key, what, 'is missing from the account summary')
}

/** How messages name the account the summary belongs to. */
export function accountOf(summary: Resource): string {
  return summary.account ?? summary.id ?? 'this account'
}

export const CENTRAL_ROOT_ACCESS_TERRAFORM = `# In the organization's management account (trusted access for IAM enabled in AWS Organizations): let the
# management account remove and audit member accounts' root credentials (aws sts assume-root).
resource "aws_iam_organizations_features" "this" {
  enabled_features = ["RootCredentialsManagement", "RootSessions"]
}`
