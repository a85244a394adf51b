// Scalar conversions the canonical form itself needs (the mapping's other converters are in src/mapping/convert.ts).

/** A numeric string as a number ('22' → 22); anything else unchanged. */
export const toNumber = (v: unknown): unknown => {
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v)
  return v
}
