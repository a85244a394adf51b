// Severity order, the SARIF security-severity scores and the gate threshold test: one table for every writer
// and for the gate, so "high or above" means the same thing everywhere.
import type { GateVerdict, Severity } from '../types.js'

/** Higher is more severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 }

/**
 * Comparator for sorting most severe first: `items.sort((a, b) => compareSeverity(a.severity, b.severity))`.
 * Negative when `a` is more severe than `b`.
 */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[b] - SEVERITY_RANK[a]
}

/**
 * GitHub code scanning reads `security-severity` as a string score: >9.0 critical, 7.0-8.9 high, 4.0-6.9 medium,
 * 0.1-3.9 low; 0.0 means "no security severity", which is what info findings are.
 */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0'
}

/** True when `severity` is at or above `threshold`; the threshold `none` is never met (the gate never fails). */
export function meetsThreshold(severity: Severity, threshold: Severity | 'none'): boolean {
  if (threshold === 'none') return false
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]
}

/** The verdict as words for people: "not gated" is never "pass". */
export function gateWords(verdict: GateVerdict): string {
  return verdict === 'not-gated' ? 'not gated' : verdict
}
