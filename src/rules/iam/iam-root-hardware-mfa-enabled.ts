import { builtinRule } from '../declarative/builtin.js'
import { CENTRAL_ROOT_ACCESS_TERRAFORM } from './root-account.js'

export const iamRootHardwareMfaEnabled = builtinRule({
  id: 'iam-root-hardware-mfa-enabled',
  title: 'Root user has a hardware MFA device',
  severity: 'critical',
  description: 'Checks that the root user of the account has MFA enabled with a hardware device: MFA is on (GetAccountSummary AccountMFAEnabled 1) and no virtual MFA device is assigned to the root user (ListVirtualMFADevices).',
  risk: "A virtual MFA device lives on a phone or a computer that can be lost, cloned or compromised together with the root password; a hardware key cannot be copied.",
  remediation: {
    text: 'Sign in as the root user and replace the virtual MFA device with a hardware one (a FIDO security key or a hardware TOTP token). This is a console action; in an AWS Organizations member account the management account can instead remove root credentials altogether.',
    terraform: CENTRAL_ROOT_ACCESS_TERRAFORM
  },
  categories: ['identity-access'],
  'resource-types': ['Plumbline::IAM::AccountSummary'],
  aliases: { checkov: [], prowler: ['iam_root_hardware_mfa_enabled'] },
  notes:
    "Live only: judged on the account summary (AccountMFAEnabled) and the account's virtual MFA devices, as CIS audits it and Prowler checks it. A root user without MFA fails here as well as in iam-root-mfa-enabled; a root user without a password (centralized root access) is judged by that rule, not this one.",
  condition: { predicate: 'root-hardware-mfa' }
})
