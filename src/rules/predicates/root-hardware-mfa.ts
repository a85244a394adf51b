// root-hardware-mfa: the account's root user has MFA on (IAM GetAccountSummary AccountMFAEnabled 1) and no virtual
// MFA device of its own (ListVirtualMFADevices), so its device is a hardware one (CIS AWS 3.0 1.6). Judged on the
// account summary, joined with the account's virtual MFA devices.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { VIRTUAL_MFA_DEVICES_TYPE } from '../../model/facts.js'
import { sameAccount } from '../support/joins.js'
import { fail, pass, unknownAt } from '../support/outcome.js'
import { readList, readEntryFields, UNKNOWN } from '../support/read.js'
import { accountOf, summaryFlag } from '../iam/root-account.js'

export const rootHardwareMfa: PredicateDefinition = {
  name: 'root-hardware-mfa',
  description:
    "The account's root user has MFA enabled (AccountMFAEnabled 1 in the account summary) and no virtual MFA device assigned to it (Plumbline::IAM::VirtualMfaDevices): its MFA is a hardware device.",
  parameters: {},
  reads: ['AccountMFAEnabled'],
  judge(summary, view) {
    const account = accountOf(summary)
    const enabled = summaryFlag(summary, 'AccountMFAEnabled', 'the root MFA flag')
    if (typeof enabled !== 'boolean') return enabled
    if (!enabled) return fail(`Account ${account}: the root user has no MFA device at all`, 'AccountMFAEnabled')
    const lists = view.ofType(VIRTUAL_MFA_DEVICES_TYPE).filter((d) => sameAccount(d, summary))
    if (lists.length === 0) return unknownAt(summary, 'AccountMFAEnabled', "the kind of the root user's MFA device", 'is not known (the virtual MFA devices were not read)')
    for (const list of lists) {
      const devices = readList(list, 'Devices')
      if (devices === UNKNOWN) return unknownAt(summary, 'AccountMFAEnabled', "the kind of the root user's MFA device")
      for (const device of readEntryFields(list, 'Devices', devices, ['UserArn'])) {
        if (device.UserArn === UNKNOWN) return unknownAt(summary, 'AccountMFAEnabled', "the kind of the root user's MFA device")
        if (typeof device.UserArn === 'string' && /^arn:aws[a-z-]*:iam::\d{12}:root$/.test(device.UserArn)) {
          return fail(`Account ${account}: the root user's MFA is a virtual device, not a hardware one`, 'AccountMFAEnabled')
        }
      }
    }
    return pass(`Account ${account}: the root user has a hardware MFA device`, 'AccountMFAEnabled')
  }
}
