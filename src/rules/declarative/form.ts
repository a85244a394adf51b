// The declarative rule form: one shape for Plumbline's rules and the user's own (.plumbline/rules/*.yml).
//
// A rule is its metadata plus a condition over the canonical (CloudFormation) properties of the types it judges.
// The condition is evaluated in the engine's three-valued logic: a value known only after apply, hidden or not
// read makes a comparison unknown, and an unknown decides nothing unless the known facts leave the answer open.
// Checks that need code (IAM policy semantics, security-group reachability, joins between resources) are named
// predicates written in TypeScript (predicates.ts) and called from a condition, so every rule has this one shape.
import type { RuleMetadata } from '../../types.js'
import type { PredicateDefinition } from './predicates.js'

/** A step of a property path; '*' after a list is "every item" (`SecurityGroupIngress[*].CidrIp`). */
export type PatternStep = string | number | typeof EVERY_ITEM

/** `[*]` in a property path. */
export const EVERY_ITEM: unique symbol = Symbol('every item')

/** The comparison operators of a property condition, as written in a rule file. */
export const OPERATORS = [
  'exists',
  'empty',
  'equals',
  'not-equals',
  'in',
  'not-in',
  'greater-than',
  'greater-or-equal',
  'less-than',
  'less-or-equal',
  'contains',
  'not-contains',
  'matches'
] as const
export type Operator = (typeof OPERATORS)[number]

/** How a list's items must satisfy the condition below it. */
export const QUANTIFIERS = ['every', 'some', 'none'] as const
export type Quantifier = (typeof QUANTIFIERS)[number]

/** A property path relative to where the condition stands: the resource's properties, or one list item. */
export interface PropertyPath {
  /** As written (for messages and the schema check). */
  text: string
  steps: readonly PatternStep[]
  /**
   * The steps as a concrete path (`Rules[0].Status`; '' for none), formatted once when the rule is read: a condition
   * is evaluated on every resource of its types, and building the path from the steps each time showed in the
   * rules phase. Empty for steps holding [*] (parse.ts turns those into list conditions before evaluation).
   */
  relative: string
}

export type Condition =
  | {
      kind: 'compare'
      property: PropertyPath
      operator: Operator
      operand: unknown
      /** Whether the rule gives a `default` (which may itself be null). */
      hasDefault: boolean
      /** The value an absent property takes (CloudFormation's default). */
      default?: unknown
      /**
       * `if-unknown`: the verdict of this comparison when the value is not known (after apply, hidden, not read),
       * instead of unknown. For facts that only count when known: `{property: Engine, matches: "^aurora",
       * if-unknown: false}` in applies-when skips a known Aurora instance without making every instance whose
       * engine is open undecided.
       */
      ifUnknown?: boolean
      ignoreCase: boolean
      /** For `matches`: the compiled linear-time pattern. */
      test?: (text: string) => boolean
    }
  | { kind: 'all-of' | 'any-of'; conditions: readonly Condition[] }
  | { kind: 'not'; condition: Condition }
  /**
   * `for-types`: the condition below judges only resources of these types (a rule judging a folded form and its
   * standalone CloudFormation type, whose properties differ: Policies[*].PolicyDocument on a role, PolicyDocument on
   * an AWS::IAM::RolePolicy); a resource of another type has no objection from it.
   */
  | { kind: 'for-types'; types: readonly string[]; condition: Condition }
  | { kind: 'items'; property: PropertyPath; quantifier: Quantifier; condition: Condition }
  | {
      kind: 'predicate'
      name: string
      args: Readonly<Record<string, unknown>>
      /** The predicate itself, looked up once when the rule is read. */
      definition: PredicateDefinition
    }

/**
 * A message template, or one per property: a mapping from the property path the verdict is about
 * (IsMultiRegionTrail, MetadataOptions.HttpTokens) to its template. A verdict about a property the mapping does not
 * name is worded as if there were no template (a predicate's own words, else the standard sentence).
 */
export type MessageTemplate = string | Readonly<Record<string, string>>

/**
 * Message templates: `{name}` is the resource's id or address, `{property}` the property judged, `{value}` its
 * value (after `default`; "not set" when absent), `{region}` the resource's region (account-level facts are per region).
 */
export interface RuleMessages {
  pass?: MessageTemplate
  fail?: MessageTemplate
  /** What is unknown, in words ("the encryption setting"); the standard sentence is built around it. */
  unknown?: MessageTemplate
}

/** A rule in the declarative form, validated: the rule's metadata, and what it judges with. */
export type RuleSpec = Omit<RuleMetadata, 'frameworks' | 'source'> & {
  /** Framework id → requirement ids (the user's rules; ours come from the framework data). */
  frameworks: Record<string, string[]>
  /** When this is false the rule does not apply to the resource (no verdict at all). */
  appliesWhen?: Condition
  condition: Condition
  messages: RuleMessages
}

/** A rule as parsed but for its conditions: everything a rule definition holds besides its judgement. */
export type RuleHead = Omit<RuleSpec, 'condition' | 'appliesWhen'>
