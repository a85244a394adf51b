// no-secrets-in-variable-list: the list form of no-secrets-in-environment, for services that write environment
// variables as [{Name, Value, Type}] (CodeBuild). Only plaintext variables are judged: a PARAMETER_STORE or
// SECRETS_MANAGER variable's value is the name of where the secret is kept, which is the remedy, not the problem.
// A secret-looking name fails whatever its value; messages name variables, never values.
import { isSecretName, looksLikeSecretValue } from '../../secrets.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { joinPath, readEntryFields, readList, UNKNOWN } from '../support/read.js'

const nonEmptyText = (what: string) => (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? undefined : `must be ${what}, not ${JSON.stringify(value)}`)

/** The variable type that holds its value in the clear; CodeBuild's default when Type is not set. */
const PLAINTEXT = 'PLAINTEXT'

export const noSecretsInVariableList: PredicateDefinition = {
  name: 'no-secrets-in-variable-list',
  description:
    'No plaintext item of the list of variables at `property` ({Name, Value, Type}; Type PLAINTEXT or not set) has a secret-looking name (PASSWORD, API_KEY, TOKEN...) or a secret-looking value (AWS keys, private keys, tokens); messages name variables, never values.',
  parameters: {
    property: { description: 'the path of the list of variables (Environment.EnvironmentVariables)', required: true, path: true, check: nonEmptyText('a property path such as Environment.EnvironmentVariables') }
  },
  reads: [],
  judge(resource, _view, args) {
    const base = args.property as string
    const list = readList(resource, base)
    if (list === UNKNOWN) return unknownAt(resource, base, 'the environment variables')
    if (list.length === 0) return pass(`${nameOf(resource)} has no environment variables`, base)
    const entries = readEntryFields(resource, base, list, ['Name', 'Value', 'Type'] as const)
    const bySecretName: string[] = []
    const bySecretValue: string[] = []
    const undecided: Array<{ index: number; what: string }> = []
    entries.forEach((entry, index) => {
      const label = typeof entry.Name === 'string' ? entry.Name : `variable ${index + 1}`
      if (entry.Type === UNKNOWN) {
        undecided.push({ index, what: `the type of ${label}` })
        return
      }
      const type = entry.Type === undefined || entry.Type === null ? PLAINTEXT : String(entry.Type).toUpperCase()
      if (type !== PLAINTEXT) return
      if (entry.Name === UNKNOWN) {
        undecided.push({ index, what: `the name of ${label}` })
        return
      }
      if (typeof entry.Name === 'string' && isSecretName(entry.Name)) {
        bySecretName.push(label)
        return
      }
      if (entry.Value === UNKNOWN) undecided.push({ index, what: `the value of ${label}` })
      else if (looksLikeSecretValue(entry.Value)) bySecretValue.push(label)
    })
    if (bySecretName.length + bySecretValue.length > 0) {
      const parts: string[] = []
      if (bySecretName.length > 0) parts.push(`secret-named plaintext variable(s) ${bySecretName.join(', ')}`)
      if (bySecretValue.length > 0) parts.push(`plaintext variable(s) ${bySecretValue.join(', ')} holding a secret-looking value`)
      return fail(`${nameOf(resource)} has ${parts.join(' and ')}`, base)
    }
    if (undecided.length > 0) {
      return unknownAt(resource, joinPath(base, undecided[0].index), undecided.map((u) => u.what).join(', '))
    }
    return pass(`${nameOf(resource)} has no secret-looking plaintext environment variables`, base)
  }
}
