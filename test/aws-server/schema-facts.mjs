// The CloudFormation schema facts the server needs (primary identifiers, write-only paths, list parameters),
// read from the committed src/model/schema-data.ts so there is one copy of them. That file is generated
// with SCHEMA_JSON, each type's facts as JSON text, as one object literal on one line; reading it this way keeps the
// server plain JavaScript that jest, the e2e test and the benchmark can all load.
import { readFileSync } from 'node:fs'

const SCHEMA_DATA_FILE = new URL('../../src/model/schema-data.ts', import.meta.url)
const MARKER = 'export const SCHEMA_JSON'

/** @returns {Map<string, { primaryIdentifier: string[], writeOnly: string[], listRequires: string[], listPermissions: string[], readPermissions: string[] }>} */
function loadSchemaFacts() {
  const line = readFileSync(SCHEMA_DATA_FILE, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(MARKER))
  if (!line) throw new Error(`${SCHEMA_DATA_FILE.pathname}: no line starting with '${MARKER}'`)
  const perType = JSON.parse(line.slice(line.indexOf('= ') + 2))
  return new Map(Object.entries(perType).map(([type, text]) => [type, JSON.parse(text)]))
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
