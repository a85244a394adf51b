// The CloudFormation schema facts the server needs (primary identifiers, write-only paths, list parameters),
// read from the committed src/model/schema-data.ts so there is one copy of them. That file is generated
// with the SCHEMA_DATA object as JSON text in one string literal on one line (`JSON.parse("...")`); reading it this
// way keeps the server plain JavaScript that jest, the e2e test and the benchmark can all load.
import { readFileSync } from 'node:fs'

const SCHEMA_DATA_FILE = new URL('../../src/model/schema-data.ts', import.meta.url)
const MARKER = 'export const SCHEMA_DATA'

/** @returns {Map<string, { primaryIdentifier: string[], writeOnly: string[], listRequires: string[], listPermissions: string[], readPermissions: string[] }>} */
function loadSchemaFacts() {
  const line = readFileSync(SCHEMA_DATA_FILE, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(MARKER))
  if (!line) throw new Error(`${SCHEMA_DATA_FILE.pathname}: no line starting with '${MARKER}'`)
  const literal = line.slice(line.indexOf('JSON.parse(') + 'JSON.parse('.length, line.lastIndexOf(') as '))
  const data = JSON.parse(JSON.parse(literal))
  return new Map(Object.entries(data))
}

export const SCHEMA_FACTS = loadSchemaFacts()

/**
 * Removes the values a schema path pattern names ('Code', 'LoginProfile.Password', 'Rules[*].Transition')
 * from `properties`, in place.
 */
export function deletePath(properties, pattern) {
  const steps = pattern.split('.')
  const walk = (node, index) => {
    if (node === null || typeof node !== 'object') return
    const step = steps[index]
    const isList = step.endsWith('[*]')
    const key = isList ? step.slice(0, -3) : step
    if (!(key in node)) return
    if (index === steps.length - 1 && !isList) {
      delete node[key]
      return
    }
    const child = node[key]
    if (isList) {
      if (!Array.isArray(child)) return
      if (index === steps.length - 1) delete node[key]
      else for (const item of child) walk(item, index + 1)
    } else {
      walk(child, index + 1)
    }
  }
  walk(properties, 0)
}
