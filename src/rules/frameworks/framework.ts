import type { FrameworkId } from '../../types.js'

/** One control of a benchmark and the rules that evidence it (Prowler's requirement → checks shape). */
export interface FrameworkRequirement {
  title: string
  rules: readonly string[]
}

/** A compliance framework as data; the registry inverts it into each rule's `frameworks` field. */
export interface Framework {
  id: FrameworkId
  name: string
  version: string
  /** Requirement id (e.g. '5.3') → requirement. Only controls some rule evidences are listed. */
  requirements: Readonly<Record<string, FrameworkRequirement>>
}
