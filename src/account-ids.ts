// AWS account ids as redact-identifiers masks them (report/redact.ts decides where): twelve digits become eight
// asterisks and the last four digits, `123456789012` → `********9012`. Enough to tell the accounts of a report
// apart, far too little to name one. Kept apart from the report layer because a saved inventory written with the
// setting must be recognised when it is read back (sources/inventory-file.ts).

export const MASK_KEPT_DIGITS = 4

/** `123456789012` → `********9012`. */
export function maskAccountId(id: string): string {
  return '*'.repeat(id.length - MASK_KEPT_DIGITS) + id.slice(-MASK_KEPT_DIGITS)
}

/** A masked account id inside a text. */
export const MASKED_ACCOUNT_ID = /(?<![*0-9])\*{8}[0-9]{4}(?![0-9])/

/** Whether a text holds a masked account id (written by a run with redact-identifiers). */
export function holdsMaskedAccountId(text: string): boolean {
  return text.includes('********') && MASKED_ACCOUNT_ID.test(text)
}
