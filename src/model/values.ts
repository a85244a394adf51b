// Scalar conversions the canonical form itself needs (the mapping's other converters are in src/mapping/convert.ts).

/** Code-point order of two texts, the same on every machine (localeCompare is not): for orders written to files. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A numeric string as a number ('22' → 22); anything else unchanged. */
export const toNumber = (v: unknown): unknown => {
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v)
  return v
}
