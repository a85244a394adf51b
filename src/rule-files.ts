// The user's own rules: *.yml / *.yaml files under the rules directories (rules-dir, else .plumbline/rules), one rule
// per YAML document, in the declarative form our own rules use (src/rules/declarative/). A broken file stops the run
// with one line per the project's rule for bad input: `file:line:column: what is wrong; what is allowed`, exit 2.
// Every file is read before anything is reported, so the line also says how many other files are broken: a bad
// file never silently drops the others, nor hides their errors behind its own.
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { isScalar, LineCounter, parseAllDocuments, visit, type Document } from 'yaml'
import { parseRuleSpec, RuleFormError } from './rules/declarative/parse.js'
import { rulePathProblems } from './rules/declarative/paths.js'
import { customRule, type RuleRegistry } from './rules/index.js'
import { InputError, type Rule } from './types.js'

export interface LoadedRules {
  rules: Rule[]
  /** Rule id → where it was written (relative to the repository root), for messages. */
  files: Map<string, string>
}

const RULE_FILE = /\.ya?ml$/i

/** The rule files under `dir`, sorted (subfolders included; dot-folders and node_modules skipped). */
async function ruleFilesIn(dir: string): Promise<string[]> {
  const out: string[] = []
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') out.push(...(await ruleFilesIn(path)))
    } else if (entry.isFile() && RULE_FILE.test(entry.name)) out.push(path)
  }
  return out
}

/**
 * Reads every rule file of `dirs`. `registry` knows the built-in rules (whose ids a custom rule may not take) and
 * the framework ids a rule may name. Throws InputError naming the first problem (and how many files have one).
 */
export async function loadRuleFiles(dirs: readonly string[], root: string, registry: RuleRegistry): Promise<LoadedRules> {
  const rules: Rule[] = []
  const files = new Map<string, string>()
  const problems: string[] = []
  for (const dir of dirs) {
    for (const path of await ruleFilesIn(dir)) {
      const shown = relative(root, path) || path
      try {
        const text = await readFile(path, 'utf8')
        for (const { rule, where } of parseRuleFile(text, shown, registry)) {
          const earlier = files.get(rule.id)
          if (registry.builtin(rule.id)) throw new InputError(`${where}: rule id "${rule.id}" is a built-in rule's id; give your rule an id of its own (a prefix such as your organisation's name: acme-${rule.id})`)
          if (earlier !== undefined) throw new InputError(`${where}: rule id "${rule.id}" is already used by ${earlier}; every rule needs its own id`)
          files.set(rule.id, where)
          rules.push(rule)
        }
      } catch (err) {
        if (!(err instanceof InputError)) throw err
        problems.push(err.message)
      }
    }
  }
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''} in the rule files)` : ''
    throw new InputError(`rule file ${problems[0]}${more}`)
  }
  return { rules, files }
}

/** The rules of one file's text; `file` is how messages name it. */
export function parseRuleFile(text: string, file: string, registry: RuleRegistry): Array<{ rule: Rule; where: string }> {
  const lineCounter = new LineCounter()
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const docs = Array.isArray(documents) ? documents : []
  const out: Array<{ rule: Rule; where: string }> = []
  for (const doc of docs) {
    const error = doc.errors[0]
    if (error) {
      const pos = lineCounter.linePos(error.pos[0])
      throw new InputError(`${file}:${pos.line}:${pos.col}: not valid YAML (${error.message.split('\n')[0]}); fix the file`)
    }
    const value: unknown = doc.toJS()
    // An empty document (a file of comments, a trailing ---) holds no rule.
    if (value === null || value === undefined) continue
    const start = lineCounter.linePos(doc.contents?.range?.[0] ?? 0)
    try {
      const spec = parseRuleSpec(value, registry.frameworkIds)
      // A misspelt property reads nothing, and "absent" would then fail or pass every resource: refuse it where the
      // type's schema is known (types whose schema this version does not ship cannot be checked).
      const misspelt = rulePathProblems(spec).problems[0]
      if (misspelt) {
        const pos = lineCounter.linePos(scalarOffset(doc, misspelt.path) ?? doc.contents?.range?.[0] ?? 0)
        throw new InputError(`${file}:${pos.line}:${pos.col}: ${misspelt.type} has ${misspelt.problem} at "${misspelt.path}"; property paths are CloudFormation property names (see the type's schema)`)
      }
      out.push({ rule: customRule(spec), where: `${file}:${start.line}:${start.col}` })
    } catch (err) {
      if (!(err instanceof RuleFormError)) throw err
      const pos = positionOf(doc, err, lineCounter)
      throw new InputError(`${file}:${pos.line}:${pos.col}: ${err.message}`)
    }
  }
  return out
}

/** Where the first scalar of the document spelling `text` starts (a property path as written), if any. */
function scalarOffset(doc: Document, text: string): number | undefined {
  let offset: number | undefined
  visit(doc, {
    Scalar(_, node) {
      if (node.value === text && node.range) {
        offset = node.range[0]
        return visit.BREAK
      }
      return undefined
    }
  })
  return offset
}

/** Where a RuleFormError points: the node at its key path (the key itself when the problem is an unknown key). */
function positionOf(doc: Document, err: RuleFormError, lineCounter: LineCounter): { line: number; col: number } {
  let path = [...err.at]
  // Walk up to the deepest node that exists: a missing key is reported at the mapping that lacks it.
  let node = doc.getIn(path, true) as { range?: [number, number, number]; type?: string } | undefined
  while (node === undefined && path.length > 0) {
    path = path.slice(0, -1)
    node = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as typeof node
  }
  let offset = node?.range?.[0] ?? doc.contents?.range?.[0] ?? 0
  // An unknown key: point at the key, not its value.
  if (err.message.startsWith('unknown key') && path.length === err.at.length) {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true)
    const pair = (parent as { items?: Array<{ key?: { value?: unknown; range?: [number, number, number] } }> } | undefined)?.items?.find(
      (item) => isScalar(item.key) && item.key.value === path[path.length - 1]
    )
    if (pair?.key?.range) offset = pair.key.range[0]
  }
  // A column inside the node's text (a property path, a pattern): quoted scalars start one character earlier.
  if (err.column !== undefined && isScalar(node)) {
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'
    offset += err.column - 1 + (quoted ? 1 : 0)
  }
  return lineCounter.linePos(offset)
}
