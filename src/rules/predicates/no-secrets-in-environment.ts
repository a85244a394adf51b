// no-secrets-in-environment: no environment variable of a Lambda function has a secret-looking name or value. A
// secret-looking name fails whatever its value (even unknown or redacted); an ordinary name whose value is open
// cannot be judged. Messages name variables, never values.
import { isSecretName, looksLikeSecretValue } from '../../secrets.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { joinPath, readerBelow, readKeys, readNode, UNKNOWN } from '../support/read.js'

export const noSecretsInEnvironment: PredicateDefinition = {
  name: 'no-secrets-in-environment',
  description:
    'No variable of the Lambda function\'s Environment.Variables has a secret-looking name (PASSWORD, API_KEY, TOKEN...) or a secret-looking value (AWS keys, private keys, tokens); messages name variables, never values.',
  parameters: {},
  reads: ['Environment.Variables'],
  judge(resource) {
    const base = 'Environment.Variables'
    const variables = readNode(resource, base)
    if (variables === UNKNOWN) return unknownAt(resource, base, 'the environment variables')
    // Variables whose values are all known only after apply leave no mapped object, only their unknown paths.
    const names = readKeys(resource, base, variables !== null && typeof variables === 'object' && !Array.isArray(variables) ? variables : {})
    if (names.length === 0) return pass(`Function ${nameOf(resource)} has no environment variables`, base)
    const bySecretName: string[] = []
    const bySecretValue: string[] = []
    const undecided: string[] = []
    const valueOf = readerBelow(resource, base, variables)
    for (const name of names) {
      if (isSecretName(name)) {
        bySecretName.push(name)
        continue
      }
      const value = valueOf(name)
      if (value === UNKNOWN) undecided.push(name)
      else if (looksLikeSecretValue(value)) bySecretValue.push(name)
    }
    if (bySecretName.length + bySecretValue.length > 0) {
      const parts: string[] = []
      if (bySecretName.length > 0) parts.push(`secret-named variable(s) ${bySecretName.join(', ')}`)
      if (bySecretValue.length > 0) parts.push(`variable(s) ${bySecretValue.join(', ')} holding a secret-looking value`)
      const first = bySecretName[0] ?? bySecretValue[0]
      return fail(`Function ${nameOf(resource)} has ${parts.join(' and ')}`, joinPath(base, first))
    }
    if (undecided.length > 0) {
      return unknownAt(resource, joinPath(base, undecided[0]), `the value of ${undecided.join(', ')}`)
    }
    return pass(`Function ${nameOf(resource)} has no secret-looking environment variables`, base)
  }
}
