// The property paths a condition reads, for the test that checks every built-in rule against the CloudFormation
// schema of the types it judges (a misspelt KmsMasterKeyID would otherwise read nothing and quietly fail every
// resource). Paths are written as in a rule file, from the resource's properties, with [*] for every list item.
import { EVERY_ITEM, type Condition, type PatternStep } from './form.js'

function formatSteps(steps: readonly PatternStep[]): string {
  let text = ''
  for (const step of steps) {
    if (step === EVERY_ITEM) text += '[*]'
    else if (typeof step === 'number') text += `[${step}]`
    else if (/^[^.[\]\s"]+$/.test(step)) text += text === '' ? step : `.${step}`
    else text += `[${JSON.stringify(step)}]`
  }
  return text
}

function collect(condition: Condition, base: readonly PatternStep[], into: Set<string>): void {
  switch (condition.kind) {
    case 'compare':
      into.add(formatSteps([...base, ...condition.property.steps]))
      return
    case 'items': {
      const list = [...base, ...condition.property.steps]
      into.add(formatSteps(list))
      collect(condition.condition, [...list, EVERY_ITEM], into)
      return
    }
    case 'all-of':
    case 'any-of':
      for (const c of condition.conditions) collect(c, base, into)
      return
    case 'not':
      collect(condition.condition, base, into)
      return
    case 'predicate': {
      // A predicate judges the whole resource: what it reads and the paths it is given are from the root.
      const predicate = condition.definition
      for (const path of predicate.reads ?? []) into.add(path)
      for (const [key, value] of Object.entries(condition.args)) {
        if (predicate.parameters[key]?.path && typeof value === 'string') into.add(value)
      }
    }
  }
}

/**
 * Every property path the condition reads, once each: comparisons and list conditions (a list's items as
 * `List[*]...`), and what the predicates it calls read (their `reads` and their path arguments). '' is the
 * resource's properties themselves (a condition that names no property).
 */
export function conditionPaths(condition: Condition): string[] {
  const paths = new Set<string>()
  collect(condition, [], paths)
  return [...paths]
}
