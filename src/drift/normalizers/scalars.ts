// Scalars and emptiness in the canonical form: CloudFormation writes some numbers and booleans as strings
// (AWS::RDS::DBInstance AllocatedStorage "50", Port "5432"), and Terraform, Cloud Control and saved inventories
// disagree on whether an unset value is missing, null, '' or an empty list or object.

const NUMERIC = /^-?\d+(\.\d+)?$/

/** Absent for drift: missing, null, '', [] and {} all mean "nothing set" (AWS treats them alike). */
export function isAbsent(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'object') return false
  if (Array.isArray(value)) return value.length === 0
  for (const _key in value) return false
  return true
}

/** Equal scalars, with numbers equal to their numeric strings and booleans to "true"/"false" (any case). */
export function sameScalar(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a === 'string') return sameAsString(b, a)
  if (typeof b === 'string') return sameAsString(a, b)
  return false
}

function sameAsString(value: unknown, text: string): boolean {
  if (typeof value === 'number') return NUMERIC.test(text) && Number(text) === value
  if (typeof value === 'boolean') return text.toLowerCase() === (value ? 'true' : 'false')
  return false
}

/** A scalar's identity in a set (5, '5' → '5'; true, 'TRUE' → 'true'); undefined for objects and lists. */
export function scalarKey(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const lower = value.toLowerCase()
    return lower === 'true' || lower === 'false' ? lower : NUMERIC.test(value) ? String(Number(value)) : value
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

/**
 * Deep equality under the scalar rules above, with absent equal to empty. Used for provider defaults, which
 * can be lists (Lambda Architectures ['x86_64']).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isAbsent(a) || isAbsent(b)) return isAbsent(a) && isAbsent(b)
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false
    return true
  }
  if (typeof a === 'object' || typeof b === 'object') {
    if (typeof a !== 'object' || typeof b !== 'object') return false
    const ra = a as Record<string, unknown>
    const rb = b as Record<string, unknown>
    for (const key in ra) if (!sameValue(ra[key], rb[key])) return false
    for (const key in rb) if (!(key in ra) && !isAbsent(rb[key])) return false
    return true
  }
  return sameScalar(a, b)
}
