// no-secrets-in-name-value-list: the environment of a container (an ECS container definition, a Batch job's
// container) is a list of {Name, Value} pairs, not the map a Lambda function has; the same secret shapes are
// looked for (src/secrets.ts). A secret-looking name fails whatever its value (even unknown or redacted); an
// ordinary name whose value is open cannot be judged. Messages name variables, never values: the values are
// free-form payloads.
import { isSecretName, looksLikeSecretValue } from '../../secrets.js'
import type { Resource } from '../../types.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, readList, UNKNOWN } from '../support/read.js'

const EVERY = '[*]'

/**
 * Names that fail although isSecretName spares them (an _ID name): the variables the AWS SDKs read credentials from,
 * which AWS Config's check for this control (ecs-no-environment-secrets) names. A key id in the environment means
 * its secret is passed the same way.
 */
const AWS_CREDENTIAL_NAMES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'ECS_ENGINE_AUTH_DATA'])

function isSecretVariableName(name: string): boolean {
  return AWS_CREDENTIAL_NAMES.has(name.toUpperCase()) || isSecretName(name)
}

/** A concrete list path, or the path of a list (or list item) whose contents are not known. */
type Expanded = { path: string } | { unknown: string }

/**
 * The concrete paths `pattern` names, each `[*]` replaced by every index of the list before it
 * (ContainerDefinitions[*].Environment → ContainerDefinitions[0].Environment, ...).
 */
function expand(resource: Resource, pattern: string): Expanded[] {
  const star = pattern.indexOf(EVERY)
  if (star < 0) return [{ path: pattern }]
  const listPath = pattern.slice(0, star)
  const rest = pattern.slice(star + EVERY.length)
  const list = readList(resource, listPath)
  if (list === UNKNOWN) return [{ unknown: listPath }]
  const out: Expanded[] = []
  for (let i = 0; i < list.length; i++) {
    if (list[i] === UNKNOWN) out.push({ unknown: `${listPath}[${i}]` })
    else out.push(...expand(resource, `${listPath}[${i}]${rest}`))
  }
  return out
}

export const noSecretsInNameValueList: PredicateDefinition = {
  name: 'no-secrets-in-name-value-list',
  description:
    'No {Name, Value} entry of the list at `property` (a container\'s Environment) has a secret-looking name (PASSWORD, API_KEY, TOKEN...) or a secret-looking value (AWS keys, private keys, tokens); messages name variables, never values.',
  parameters: {
    property: {
      description: 'the path of the list of {Name, Value} pairs; `[*]` for every item of a list on the way (ContainerDefinitions[*].Environment)',
      required: true,
      path: true,
      check: (value) => (typeof value === 'string' && value.trim() !== '' && !value.endsWith(EVERY) ? undefined : `must be the path of a list of {Name, Value} pairs, not ${JSON.stringify(value)}`)
    }
  },
  reads: [],
  judge(resource, _view, args) {
    const property = args.property as string
    const bySecretName: string[] = []
    const bySecretValue: string[] = []
    const undecided: string[] = []
    let firstFailing: string | undefined
    let firstUndecided: string | undefined
    let variables = 0
    for (const expanded of expand(resource, property)) {
      if ('unknown' in expanded) {
        firstUndecided ??= expanded.unknown
        undecided.push(`what ${expanded.unknown} holds`)
        continue
      }
      const entries = readList(resource, expanded.path)
      if (entries === UNKNOWN) {
        firstUndecided ??= expanded.path
        undecided.push(`what ${expanded.path} holds`)
        continue
      }
      variables += entries.length
      for (let i = 0; i < entries.length; i++) {
        const at = `${expanded.path}[${i}]`
        const name = read(resource, `${at}.Name`)
        if (typeof name === 'string' && isSecretVariableName(name)) {
          bySecretName.push(name)
          firstFailing ??= `${at}.Name`
          continue
        }
        const value = read(resource, `${at}.Value`)
        if (name === UNKNOWN || value === UNKNOWN) {
          firstUndecided ??= name === UNKNOWN ? `${at}.Name` : `${at}.Value`
          undecided.push(typeof name === 'string' ? `the value of ${name}` : `the variable at ${at}`)
        } else if (looksLikeSecretValue(value)) {
          bySecretValue.push(typeof name === 'string' ? name : at)
          firstFailing ??= `${at}.Value`
        }
      }
    }
    if (firstFailing !== undefined) {
      const parts: string[] = []
      if (bySecretName.length > 0) parts.push(`secret-named variable(s) ${bySecretName.join(', ')}`)
      if (bySecretValue.length > 0) parts.push(`variable(s) ${bySecretValue.join(', ')} holding a secret-looking value`)
      return fail(`${nameOf(resource)} has ${parts.join(' and ')} in ${property}`, firstFailing)
    }
    if (firstUndecided !== undefined) return unknownAt(resource, firstUndecided, undecided.join(', '))
    return pass(variables === 0 ? `${nameOf(resource)} has no environment variables` : `${nameOf(resource)} has no secret-looking environment variables`, property.split(EVERY)[0])
  }
}
