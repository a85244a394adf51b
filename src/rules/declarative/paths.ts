// The property paths a condition reads, for the test that checks every built-in rule against the CloudFormation
// schema of the types it judges (a misspelt KmsMasterKeyID would otherwise read nothing and quietly fail every
// resource). Paths are written as in a rule file, from the resource's properties, with [*] for every list item.
import { FACT_PROPERTIES } from '../../model/facts.js'
import { schemaFacts, type PropertyNode, type PropertyTree } from '../../model/schemas.js'
import { closestMatch } from '../../suggest.js'
import { EVERY_ITEM, type Condition, type PatternStep, type RuleSpec } from './form.js'
import { parsePropertyPath } from './parse.js'

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

/** `type`: only the paths read on resources of this type (for-types branches of other types left out); all when absent. */
function collect(condition: Condition, base: readonly PatternStep[], into: Set<string>, type?: string): void {
  switch (condition.kind) {
    case 'for-types':
      if (type === undefined || condition.types.includes(type)) collect(condition.condition, base, into, type)
      return
    case 'compare':
      into.add(formatSteps([...base, ...condition.property.steps]))
      return
    case 'items': {
      const list = [...base, ...condition.property.steps]
      into.add(formatSteps(list))
      collect(condition.condition, [...list, EVERY_ITEM], into, type)
      return
    }
    case 'all-of':
    case 'any-of':
      for (const c of condition.conditions) collect(c, base, into, type)
      return
    case 'not':
      collect(condition.condition, base, into, type)
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
export function conditionPaths(condition: Condition, type?: string): string[] {
  const paths = new Set<string>()
  collect(condition, [], paths, type)
  return [...paths]
}

/**
 * Properties newer than the schema copy (2024-09) that our sources fill in: AWS::EC2::Instance's MetadataOptions came
 * to CloudFormation in 2025 with the launch template's shape (src/mapping/aws/instance.ts, the live EC2 hook). Kept
 * short and explicit: anything else a rule reads must be in the schema.
 */
function newerThanSchema(type: string): PropertyTree | undefined {
  if (type !== 'AWS::EC2::Instance') return undefined
  const template = schemaFacts('AWS::EC2::LaunchTemplate')?.properties.LaunchTemplateData
  return template && typeof template === 'object' ? { MetadataOptions: template.MetadataOptions } : undefined
}

/** The property tree of a type: its CloudFormation schema's, or our own for the Plumbline:: types; undefined when not shipped. */
export function propertiesOf(type: string): PropertyTree | undefined {
  const fact = FACT_PROPERTIES[type]
  if (fact) return fact
  const schema = schemaFacts(type)?.properties
  return schema && { ...schema, ...newerThanSchema(type) }
}

/** Why `path` does not exist in `tree`, or undefined when it does. Lists are transparent: a node is one item. */
export function pathProblem(tree: PropertyTree, path: string): string | undefined {
  let node: PropertyNode = tree
  const steps = parsePropertyPath(path, []).steps
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]
    if (node === 'json' || node === 'map') return undefined
    if (step === EVERY_ITEM || typeof step === 'number') continue
    if (node === 0) return `"${step}" is below a plain value`
    if (!Object.prototype.hasOwnProperty.call(node, step)) {
      const meant = closestMatch(step, Object.keys(node))
      return `no property "${step}"${meant ? ` (did you mean "${meant}"?)` : ''}`
    }
    node = node[step]
  }
  return undefined
}

export interface PathProblem {
  type: string
  path: string
  problem: string
}

/**
 * The paths a rule reads that a type it judges does not have (types whose schema is not shipped are not checked:
 * `unchecked` lists them).
 */
export function rulePathProblems(spec: Pick<RuleSpec, 'condition' | 'appliesWhen' | 'resourceTypes'>): { problems: PathProblem[]; unchecked: string[] } {
  const problems: PathProblem[] = []
  const unchecked: string[] = []
  for (const type of spec.resourceTypes) {
    const tree = propertiesOf(type)
    if (!tree) {
      unchecked.push(type)
      continue
    }
    const paths = [...conditionPaths(spec.condition, type), ...(spec.appliesWhen ? conditionPaths(spec.appliesWhen, type) : [])]
    for (const path of paths) {
      if (path === '') continue
      const problem = pathProblem(tree, path)
      if (problem) problems.push({ type, path, problem })
    }
  }
  return { problems, unchecked }
}
