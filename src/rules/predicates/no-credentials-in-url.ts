// no-credentials-in-url: a source location URL with a user's password or token in it (https://user:secret@host/...,
// or a token alone as the user part of an https URL). CodeBuild keeps such a URL in the project, where anyone who can
// read the project reads the credential; the remedy is a CodeBuild source credential or connection.
import type { Resource } from '../../types.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { readList, readNode, UNKNOWN } from '../support/read.js'
import { getPath, isPropertyRead, isRedacted, isUnder } from '../../paths.js'

const nonEmptyText = (what: string) => (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? undefined : `must be ${what}, not ${JSON.stringify(value)}`)

/** The user-info part of a URL: scheme://USERINFO@host. */
const USER_INFO = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@]*)@/i

/**
 * Whether the URL carries a credential: a password after the user (user:password@), or a user part that is itself
 * a token (GitHub and GitLab token prefixes, or 30 letters and digits and more, mixing both, which a user name of the
 * Git hosts CodeBuild reads is not expected to be). A plain user name (git@, ci-bot@) is no credential.
 */
export function urlHasCredentials(url: string): boolean {
  const match = USER_INFO.exec(url.trim())
  if (match === null) return false
  const userInfo = match[1]
  const colon = userInfo.indexOf(':')
  if (colon >= 0) return userInfo.slice(colon + 1) !== ''
  return /^(gh[pousr]_|github_pat_|glpat-)/.test(userInfo) || (userInfo.length >= 30 && /^[A-Za-z0-9]+$/.test(userInfo) && /\d/.test(userInfo) && /[A-Za-z]/.test(userInfo))
}

/** The value at `path` was read and replaced by the redaction marker (readNode answers UNKNOWN for both). */
function isHidden(resource: Resource, path: string): boolean {
  return isPropertyRead(resource, path) && !(resource.unknown ?? []).some((u) => isUnder(path, u)) && isRedacted(getPath(resource.properties, path))
}

export const noCredentialsInUrl: PredicateDefinition = {
  name: 'no-credentials-in-url',
  description:
    'No URL at `property` (a path, or List[*].Field for every item of a list) holds a credential: a password or token in its user part (https://user:password@host, https://TOKEN@host); messages never show the URL.',
  parameters: {
    property: { description: 'where the URL is: Source.Location, or SecondarySources[*].Location for every item of a list', required: true, path: true, check: nonEmptyText('a property path such as Source.Location') }
  },
  reads: [],
  judge(resource, _view, args) {
    const property = args.property as string
    const star = property.indexOf('[*].')
    const locations: Array<{ path: string; value: unknown }> = []
    if (star < 0) {
      locations.push({ path: property, value: readNode(resource, property) })
    } else {
      const listPath = property.slice(0, star)
      const field = property.slice(star + 4)
      const list = readList(resource, listPath)
      if (list === UNKNOWN) return unknownAt(resource, listPath, 'the sources')
      for (let i = 0; i < list.length; i++) {
        const path = `${listPath}[${i}].${field}`
        locations.push({ path, value: list[i] === UNKNOWN ? UNKNOWN : readNode(resource, path) })
      }
    }
    let undecided: string | undefined
    for (const { path, value } of locations) {
      // A URL the sources hid (it looked like a secret) is treated as one: its text cannot be shown or trusted.
      if (value === UNKNOWN && isHidden(resource, path)) return fail(`${nameOf(resource)}: the URL at ${path} holds a credential (it is hidden as a secret)`, path)
      if (value === UNKNOWN) {
        undecided ??= path
        continue
      }
      if (typeof value === 'string' && urlHasCredentials(value)) return fail(`${nameOf(resource)}: the URL at ${path} holds a credential in its user part`, path)
    }
    if (undecided !== undefined) return unknownAt(resource, undecided, 'the source URL')
    return pass(`${nameOf(resource)} has no credential in its source URLs`, property)
  }
}
