// no-expired-server-certificates: none of the account's IAM server certificates had expired when the scan listed them
// (CIS AWS 5.0 1.18, 3.0/4.0 1.19). Judged on the account's list of certificates (Plumbline::IAM::ServerCertificates),
// against the time of that listing, never the clock of a later offline run.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, readList, UNKNOWN } from '../support/read.js'

function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const t = Date.parse(value)
  return Number.isNaN(t) ? undefined : t
}

export const noExpiredServerCertificates: PredicateDefinition = {
  name: 'no-expired-server-certificates',
  description: "No IAM server certificate of the account (Plumbline::IAM::ServerCertificates) had expired when the scan listed them (Expiration before ListedAt).",
  parameters: {},
  reads: ['ListedAt', 'Certificates', 'Certificates[*].ServerCertificateName', 'Certificates[*].Expiration'],
  judge(list) {
    const listedAt = timeOf(read(list, 'ListedAt'))
    const certificates = readList(list, 'Certificates')
    if (certificates === UNKNOWN || listedAt === undefined) return unknownAt(list, 'Certificates', 'the server certificates')
    const expired: string[] = []
    let undecided: string | undefined
    for (let i = 0; i < certificates.length; i++) {
      const name = read(list, `Certificates[${i}].ServerCertificateName`)
      const shown = typeof name === 'string' ? name : `certificate ${i + 1}`
      const expiration = timeOf(read(list, `Certificates[${i}].Expiration`))
      if (expiration === undefined) undecided ??= shown
      else if (expiration < listedAt) expired.push(shown)
    }
    if (expired.length > 0) return fail(`Account ${nameOf(list)} stores expired server certificate(s) ${expired.join(', ')} in IAM`, 'Certificates')
    if (undecided !== undefined) return unknownAt(list, 'Certificates', `the expiry of server certificate ${undecided}`)
    return pass(`Account ${nameOf(list)}: no IAM server certificate has expired (${certificates.length} stored)`, 'Certificates')
  }
}
