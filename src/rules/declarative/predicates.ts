// Named predicates: the checks a declarative condition cannot say (IAM policy semantics, security-group
// reachability, joins between resources), written in TypeScript and called from a rule by name
// (`condition: {predicate: open-ingress, port: 22}`). Each lives in its own module under src/rules/predicates/ and
// is listed in PREDICATES there; this module only looks them up, so the form's parser and the rules share one list.
import type { InventoryView, Resource, RuleOutcome } from '../../types.js'
import { PREDICATES } from '../predicates/index.js'

export interface PredicateParameter {
  description: string
  required?: boolean
  /** The argument is a property path of the judged resource (checked against the schema like a condition's paths). */
  path?: true
  /** What is wrong with a value ("must be a port number or all, not ..."), or undefined when it is fine. */
  check(value: unknown): string | undefined
}

export interface PredicateDefinition {
  name: string
  /** One sentence for the README's predicate table and `plumbline rules`. */
  description: string
  parameters: Readonly<Record<string, PredicateParameter>>
  /**
   * The property paths the predicate reads on the resource it judges (`[*]` for every list item), for the test that
   * checks every path a rule reads against the CloudFormation schema. Paths it takes from its arguments (`property`)
   * are checked where the rule passes them; paths of other resources it joins are not listed.
   */
  reads?: readonly string[]
  /**
   * The judgement of one resource, with its own message and path; null when the predicate does not apply to the
   * resource (it gives no verdict then). Inside all-of, any-of and not, only the status counts, and null counts as
   * holding (it has no objection).
   */
  judge(resource: Resource, view: InventoryView, args: Readonly<Record<string, unknown>>): RuleOutcome | null
}

const BY_NAME = new Map<string, PredicateDefinition>(PREDICATES.map((p) => [p.name, p]))

export function predicateNamed(name: string): PredicateDefinition | undefined {
  return BY_NAME.get(name)
}

export function predicateNames(): string[] {
  return [...BY_NAME.keys()].sort()
}

export function allPredicates(): readonly PredicateDefinition[] {
  return PREDICATES
}
