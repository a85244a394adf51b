// IAM policy documents as the canonical form holds them (parsed objects; design.md "Canonical form"), read the
// same way by the rules and by the live scan's permission check.

export interface PolicyStatement {
  Sid?: string
  Effect?: string
  Action?: unknown
  NotAction?: unknown
  Resource?: unknown
  NotResource?: unknown
  Principal?: unknown
  NotPrincipal?: unknown
  Condition?: Record<string, Record<string, unknown>>
}

export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

/** The statements of a policy document (Statement may be one object or a list; a JSON string is parsed). */
export function statementsOf(document: unknown): PolicyStatement[] {
  let doc = document
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc)
    } catch {
      return []
    }
  }
  if (doc === null || typeof doc !== 'object') return []
  return asList((doc as { Statement?: unknown }).Statement).filter(
    (s): s is PolicyStatement => s !== null && typeof s === 'object' && !Array.isArray(s)
  )
}
