// Whether a mapped resource's properties fit its type's CloudFormation schema: every property name exists at its
// level, and every value has the schema's shape (a list where the schema has an array, an object where it has one,
// a boolean, a number or a string where it says so). The golden tests run it on every mapped resource, so a mapping
// that emits a misspelt or misplaced property, or a number where AWS returns a string, fails the build.
import { propertiesOf } from '../../src/rules/declarative/paths.js'
import { schemaFacts, type PropertyNode, type PropertyTree } from '../../src/model/schemas.js'

export function shapeProblems(type: string, properties: Record<string, unknown>): string[] {
  const tree = propertiesOf(type)
  if (!tree) return [`${type}: no schema facts shipped for this type`]
  const facts = schemaFacts(type)
  const problems: string[] = []
  // Value kinds come from the CloudFormation schema: our own Plumbline:: fact trees and properties newer than the
  // shipped schema (propertiesOf adds them) have names only, so only their names and nesting are checked.
  const withKinds = (name: string): boolean => facts !== undefined && name in facts.properties
  checkObject(tree, properties, '', '', facts?.kinds ?? {}, problems, withKinds)
  return problems
}

function checkObject(
  tree: PropertyTree,
  value: Record<string, unknown>,
  path: string,
  kindPath: string,
  kinds: Readonly<Record<string, string>>,
  problems: string[],
  withKinds: (topLevel: string) => boolean = () => true
): void {
  for (const [name, child] of Object.entries(value)) {
    const at = path === '' ? name : `${path}.${name}`
    const kindAt = kindPath === '' ? name : `${kindPath}.${name}`
    if (!(name in tree)) {
      problems.push(`${at}: not a property here (have: ${Object.keys(tree).sort().join(', ')})`)
      continue
    }
    if (path === '' && !withKinds(name)) checkNames(tree[name], child, at, problems)
    else checkValue(tree[name], child, at, kindAt, kinds, problems)
  }
}

/** Names and nesting only, for a property whose value kinds are not known. */
function checkNames(node: PropertyNode, value: unknown, at: string, problems: string[]): void {
  if (typeof node !== 'object' || value === null || typeof value !== 'object') return
  const items = Array.isArray(value) ? value : [value]
  items.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return
    for (const [name, child] of Object.entries(item as Record<string, unknown>)) {
      const here = `${at}${Array.isArray(value) ? `[${i}]` : ''}.${name}`
      if (!(name in node)) problems.push(`${here}: not a property here (have: ${Object.keys(node).sort().join(', ')})`)
      else checkNames(node[name], child, here, problems)
    }
  })
}

function checkValue(node: PropertyNode, value: unknown, at: string, kindAt: string, kinds: Readonly<Record<string, string>>, problems: string[]): void {
  const kind = kinds[kindAt] ?? (typeof node === 'object' || node === 'json' || node === 'map' ? '' : 's')
  const list = kind.startsWith('[')
  if (list) {
    if (!Array.isArray(value)) {
      problems.push(`${at}: a list in the schema, ${describe(value)} here`)
      return
    }
    value.forEach((item, i) => checkItem(node, item, `${at}[${i}]`, kindAt, kind.slice(1), kinds, problems))
    return
  }
  if (Array.isArray(value) && node !== 'json') {
    problems.push(`${at}: not a list in the schema, a list here`)
    return
  }
  checkItem(node, value, at, kindAt, kind, kinds, problems)
}

function checkItem(node: PropertyNode, value: unknown, at: string, kindAt: string, kind: string, kinds: Readonly<Record<string, string>>, problems: string[]): void {
  if (typeof node === 'object') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) problems.push(`${at}: an object in the schema, ${describe(value)} here`)
    else checkObject(node, value as Record<string, unknown>, at, kindAt, kinds, problems)
    return
  }
  if (node === 'json' || node === 'map') return // free-form: any JSON value (policy documents may also be strings)
  const expected = kind === 'b' ? 'boolean' : kind === 'i' || kind === 'n' ? 'number' : kind === 's' ? 'string' : undefined
  if (expected && typeof value !== expected) problems.push(`${at}: a ${expected} in the schema, ${describe(value)} here`)
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'null'
  return `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`
}
