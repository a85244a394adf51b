// Terraform addresses. A plan or state names resource instances (module.a["x"].aws_s3_bucket.b[0]); the .tf
// code names configuration blocks (module.a.aws_s3_bucket.b). Locations and suppressions are found by the latter.

/** Strip instance keys: module.a["x"].aws_s3_bucket.b[0] → module.a.aws_s3_bucket.b */
export function configAddress(address: string): string {
  let out = ''
  let i = 0
  while (i < address.length) {
    const ch = address[i]
    if (ch === '[') {
      // skip an index: [0] or ["key with ] inside"]
      i++
      if (address[i] === '"') {
        i++
        while (i < address.length && address[i] !== '"') i += address[i] === '\\' ? 2 : 1
        i++
      }
      while (i < address.length && address[i] !== ']') i++
      i++
      continue
    }
    out += ch
    i++
  }
  return out
}

/** The module instance part of a resource address: module.a["x"].aws_s3_bucket.b[0] → module.a["x"] */
export function moduleOf(address: string): string {
  const parts = splitAddress(address)
  const mod: string[] = []
  for (let i = 0; i + 1 < parts.length; i += 2) {
    if (parts[i] !== 'module') break
    mod.push(`module.${parts[i + 1]}`)
  }
  return mod.join('.')
}

/** Split on dots outside of brackets, keeping index suffixes on their segment. */
export function splitAddress(address: string): string[] {
  const parts: string[] = []
  let current = ''
  let depth = 0
  let inString = false
  for (let i = 0; i < address.length; i++) {
    const ch = address[i]
    if (inString) {
      current += ch
      if (ch === '\\') current += address[++i] ?? ''
      else if (ch === '"') inString = false
      continue
    }
    if (ch === '"') inString = true
    if (ch === '[') depth++
    if (ch === ']') depth--
    if (ch === '.' && depth === 0) {
      parts.push(current)
      current = ''
      continue
    }
    current += ch
  }
  if (current) parts.push(current)
  return parts
}

/** The Terraform type in a resource address: module.a["x.y"].aws_iam_role.x[0] → aws_iam_role (data. too). */
export function terraformTypeOf(address: string): string | undefined {
  // splitAddress keeps a module key with dots (module.a["x.y"]) in one step.
  const steps = splitAddress(address)
  let i = 0
  while (steps[i] === 'module' && i + 2 < steps.length) i += 2
  if (steps[i] === 'data') i++
  return steps[i]
}
