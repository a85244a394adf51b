import { builtinRule } from '../declarative/builtin.js'
import { CENTRAL_ROOT_ACCESS_TERRAFORM } from './root-account.js'

export const iamRootMfaEnabled = builtinRule({
  id: 'iam-root-mfa-enabled',
  title: 'Root user has MFA enabled',
  severity: 'critical',
  description:
    'Checks that the root user of the account has an MFA device (GetAccountSummary AccountMFAEnabled is 1), or has no password to protect (AccountPasswordPresent is 0).',
  risk: 'The root user can do anything in the account, including closing it; a phished or reused root password alone then gives all of that away.',
  remediation: {
    text: "Sign in as the root user and assign an MFA device (Security credentials, Multi-factor authentication), preferably a hardware key or passkey. This is a console action: neither Terraform nor the IAM API can manage the root user's MFA. In an AWS Organizations member account, the management account can instead remove the root password altogether (centralized root access), which also passes.",
    terraform: CENTRAL_ROOT_ACCESS_TERRAFORM
  },
  categories: ['identity-access'],
  'resource-types': ['Plumbline::IAM::AccountSummary'],
  aliases: { checkov: [], prowler: ['iam_root_mfa_enabled'] },
  notes:
    "Live only: judged on GetAccountSummary as the CIS audit is (AccountMFAEnabled 1, or AccountPasswordPresent 0: a root user without a password, such as a member account whose root credentials the organization removed, has nothing for MFA to protect). Prowler reads the root row of the credential report (mfa_active) and skips accounts whose organization manages root credentials centrally. When the summary does not report AccountPasswordPresent, MFA alone decides.",
  condition: { predicate: 'root-mfa-enabled' }
})
