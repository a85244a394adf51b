// The contracts between Plumbline's layers (shared/design.md). Sources produce Resources, rules judge them,
// the report model carries Evaluations to the writers. Nothing here does I/O.

export type Origin = 'live' | 'plan' | 'state' | 'hcl'

/** A resource in CloudFormation shape, whatever it came from. */
export interface Resource {
  /** CloudFormation type, e.g. 'AWS::EC2::SecurityGroup', or our own 'Plumbline::IAM::PasswordPolicy'. */
  type: string
  /** Cloud Control primary identifier ('|'-joined); null until a plan creates it. */
  id: string | null
  account?: string
  /** 'global' for global services (IAM). */
  region?: string
  origin: Origin
  /** CloudFormation property names and shapes. */
  properties: Record<string, unknown>
  /** Terraform address when it comes from IaC: module.x.aws_s3_bucket.y["k"]. */
  address?: string
  /** The Terraform resource type it was mapped from (aws_s3_bucket). */
  tfType?: string
  /** The .tf block, relative to the repository root. */
  location?: SourceLocation
  /** Property paths (dotted, [n] for list items) known only after apply. */
  unknown?: string[]
  /** Property paths whose values must never be written anywhere. */
  sensitive?: string[]
  /** AWS-created defaults (default VPC/SG, service-linked roles, AWS-managed keys). */
  isDefault?: boolean
  /**
   * Live only, after a partial read: the top-level properties the read returned (a type read from its list
   * properties only; Lambda functions read through lambda:ListFunctions). Every other property was not read and
   * is unknown, never absent. Absent: the whole resource was read.
   */
  readProperties?: string[]
  /** What the plan does to it: create, update, replace, no-op (plan origin only). */
  action?: PlanAction
  /**
   * When one Terraform resource stands for several CloudFormation resources, which one this is: the Terraform
   * attribute path of its part ('cidr_blocks[1]': an aws_security_group_rule judged on its own is one
   * AWS::EC2::SecurityGroupIngress per source). Part of the resource's identity wherever evaluations are keyed.
   */
  part?: string
  /**
   * IaC only: property path → addresses of the mapped Terraform resources its expression refers to, so that
   * joins still work when the referenced id is only known after apply (a flow log's ResourceId of a new VPC).
   */
  references?: Record<string, string[]>
  /**
   * IaC only: the properties a folded companion wrote (an aws_security_group_rule's entry, an aws_s3_bucket_versioning's
   * status, an attachment's policy ARN), with the companion, so that a finding decided by one is placed on its block.
   */
  causes?: ResourceCause[]
}

/** A property of a resource written by another Terraform resource folded into it. */
export interface ResourceCause {
  /** The property path the companion wrote ('SecurityGroupIngress[2]', 'VersioningConfiguration.Status'). */
  path: string
  /** The companion's Terraform address. */
  address: string
  /** The companion's .tf block, when known. */
  location?: SourceLocation
}

export type PlanAction = 'create' | 'update' | 'replace' | 'no-op' | 'delete' | 'read'

export interface SourceLocation {
  file: string
  line: number
}

/**
 * A Terraform resource instance as the readers see it, before mapping. Attribute paths use the same
 * dotted/[n] notation as property paths, in Terraform's names: 'ingress[0].cidr_blocks[1]'.
 */
export interface TfResource {
  address: string
  type: string
  name: string
  /** count/for_each key. */
  index?: string | number
  /** Module instance address ('module.a.module.b["x"]'), empty for the root module. */
  module?: string
  /** managed only; data sources never reach here. */
  values: Record<string, unknown>
  /** Attribute paths known only after apply. */
  unknown: string[]
  /** Attribute paths Terraform marks sensitive. */
  sensitive: string[]
  origin: 'plan' | 'state' | 'hcl'
  action?: PlanAction
  /** Attribute name → addresses (in the same module instance, without index) its expression refers to. */
  references?: Record<string, string[]>
  /**
   * Plan only: the attribute and block names the configuration sets ('ingress', 'metadata_options'), and
   * 'block.attribute' for attributes set inside a nested block ('metadata_options.http_tokens', any item, no
   * index). Absent when the plan has no configuration section. Blocks written with `dynamic` are missing
   * (Terraform's JSON leaves them out).
   */
  configured?: string[]
  /** Provider configuration facts when known (region from the provider block, account when stated). */
  region?: string
  account?: string
  location?: SourceLocation
}

/** A mapped inventory: the resources, and the Terraform resources no mapper knows (reported, never dropped). */
export interface Inventory {
  origin: Origin
  resources: Resource[]
  unmapped: UnmappedResource[]
}

/** A Terraform resource that was not checked, and why. */
export interface UnmappedResource {
  address: string
  type: string
  /**
   * 'parent-elsewhere': a companion (a bucket setting, a policy attachment) whose parent is not in this configuration
   * and which has no standalone CloudFormation form to be judged in; absent: its type has no mapping yet.
   */
  reason?: 'parent-elsewhere'
}

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info'
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info']

/**
 * `error`: the rule threw on this resource (a bug, or data it did not expect); reported with the reason, counted
 * apart, and never a failure of the gate by itself (fail-on-incomplete makes it one).
 */
export type EvaluationStatus = 'pass' | 'fail' | 'unknown' | 'suppressed' | 'error'

/** The frameworks Plumbline holds the catalogue of (src/rules/frameworks/generated/): CIS AWS Foundations and AWS FSBP. */
export const FRAMEWORK_IDS = ['cis-aws-3.0', 'cis-aws-4.0', 'cis-aws-5.0', 'aws-fsbp'] as const
export type FrameworkId = (typeof FRAMEWORK_IDS)[number]

export interface RuleMetadata {
  /** Kebab-case `<service>-<what must hold>`, never renamed once released. */
  id: string
  title: string
  severity: Severity
  description: string
  risk: string
  remediation: { text: string; terraform: string }
  /** Prowler-style categories: internet-exposed, encryption, logging, identity-access, secrets, resilience... */
  categories: string[]
  /** CloudFormation (or Plumbline::) types the rule judges. */
  resourceTypes: string[]
  frameworks: Partial<Record<FrameworkId, string[]>>
  aliases: { checkov: string[]; prowler: string[] }
  /** Where peers disagree and we chose: say what and why. */
  notes?: string
  /** 'custom' for a rule loaded from the user's rules directories (rules-dir); absent for Plumbline's own. */
  source?: 'custom'
}

/** One judgement of a rule on a resource. `path` is the property judged. */
export interface RuleOutcome {
  status: 'pass' | 'fail' | 'unknown'
  message: string
  path?: string
  /**
   * This resource's severity when it differs from the rule's (an unused permission held by an administrator is
   * worse than one held by anyone else). A severity set for the rule in the config file still wins.
   */
  severity?: Severity
}

/** Read-only view of the inventory a resource belongs to, for joins (flow log of a VPC, policy of a bucket). */
export interface InventoryView {
  ofType(type: string): readonly Resource[]
  find(type: string, id: string): Resource | undefined
}

export interface Rule extends RuleMetadata {
  /** Pure: no I/O. Return null when the rule does not apply to this resource (e.g. an AWS-managed key). */
  check(resource: Resource, view: InventoryView): RuleOutcome | null
}

export interface Suppression {
  source: 'inline' | 'config' | 'checkov-skip'
  reason: string
  expires?: string
  /** Pull-request runs with a base: the base's suppressions would not have silenced this finding. */
  addedByChange?: boolean
}

/**
 * A suppression the change adds, compared with its base (pull-request runs): an inline comment, a config-file
 * suppression, skip-rules entry or lowered severity, or a drift-ignore line (or a removed `!` negation).
 */
export interface AddedSuppression {
  kind: 'inline' | 'checkov-skip' | 'config' | 'skip-rules' | 'severity' | 'drift-ignore'
  /** The rule as written (id or alias). */
  rule?: string
  /** The Terraform block address, the config entry's resource pattern, or the drift-ignore line. */
  resource?: string
  /** Relative to the repository root. */
  file: string
  line?: number
  reason?: string
  /** What else to know: "high → low", "negation removed". */
  detail?: string
  /** False when ignore-added-suppressions is on: the gate judged as if it were not there. */
  applied: boolean
}

export type Delta = 'introduced' | 'fixed' | 'drift' | 'pre-existing'

export interface ResourceRef {
  type: string
  id: string | null
  tfType?: string
  address?: string
  account?: string
  region?: string
  origin: Origin
  /** Live resources: the ARN, so messages name the resource the way the AWS console and CLI do. */
  arn?: string
  /** Resource.part: which of the CloudFormation resources one Terraform resource stands for. */
  part?: string
}

export interface Evaluation {
  rule: string
  status: EvaluationStatus
  severity: Severity
  title: string
  message: string
  resource: ResourceRef
  path?: string
  location?: SourceLocation
  /**
   * IaC only: the Terraform resource whose block decided the verdict when it is not the resource's own (a companion
   * folded into it: the aws_security_group_rule opening SSH); `location` is then the companion's block too.
   */
  cause?: { address: string; location?: SourceLocation }
  suppression?: Suppression
  aliases: { checkov: string[]; prowler: string[] }
  frameworks: Partial<Record<FrameworkId, string[]>>
  delta?: Delta
  /** Counted by the gate: a finding at or above the threshold, in the gate's scope (what makes it fail). */
  blocksGate?: true
  /** A live finding labelled drift: the last write CloudTrail recorded on its resource (see DriftEntry.lastChange). */
  lastChange?: LastChange | null
}

/** The last write CloudTrail recorded on a resource (who-changed): who made it, which call, when. */
export interface LastChange {
  /** The principal's ARN: the role session (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION) or the user. */
  principal: string
  /** The session name, when the principal is an assumed-role session. */
  sessionName?: string
  /** The API call, e.g. AuthorizeSecurityGroupIngress. */
  eventName: string
  /** When CloudTrail recorded it (ISO 8601). */
  time: string
}

export interface DriftChange {
  path: string
  iac: unknown
  live: unknown
}

export interface DriftEntry {
  class: 'changed' | 'missing' | 'unmanaged'
  resource: ResourceRef
  address?: string
  location?: SourceLocation
  changes: DriftChange[]
  evidence: string[]
  /** who-changed: the last write on the resource; null when CloudTrail has none within its 90 days; absent when not looked up. */
  lastChange?: LastChange | null
}

export interface CoverageEntry {
  account: string
  region: string
  type: string
  state: 'scanned' | 'denied' | 'unsupported' | 'failed'
  count?: number
  error?: string
  /**
   * How the scan reads this type's resources (set once the scan starts reading it, so a type that failed part-way
   * says it too; absent when nothing was read, and on entries of version-1 inventories read whole): drift compares
   * `list-only` resources on presence only, never on values.
   */
  read?: ReadMode
  /** How it was read, for people, when that limits what rules can see (e.g. from list properties only). */
  note?: string
}

/**
 * How a live type was read. `full`: every property the read returned (Cloud Control's GetResource, or an account
 * fact's own API). `list-enriched`: the list's properties completed by the service's own API, which answers for
 * a known set of properties (each resource's `readProperties`). `list-only`: only what the list returned.
 */
export type ReadMode = 'full' | 'list-enriched' | 'list-only'

/**
 * pass and fail: a gate was configured and held or broke. not-gated: nothing was configured to fail the run
 * (fail-on-severity none and no other fail-on-* setting), so findings are reported only: never shown as a pass.
 */
export type GateVerdict = 'pass' | 'fail' | 'not-gated'

/** Defined once, in counts.ts: every report shows these numbers. */
export interface RunCounts {
  resources: number
  /** Checks of the judged state (the "before"-side failures a change fixes are counted in `fixed` instead). */
  evaluations: number
  pass: number
  /** Failing checks: what fails after the change, and the live findings. */
  fail: number
  /** Rules that threw on a resource. */
  error: number
  unknown: number
  suppressed: number
  /** Distinct (rule, resource) failures the change fixes. */
  fixed: number
  /**
   * Distinct failing (rule, resource) pairs: what a reader calls findings. A finding seen on the plan and on the
   * live resource is two failing checks and one finding.
   */
  findings: number
  /** Failing checks per severity. */
  bySeverity: Record<Severity, number>
  unmapped: number
  drift: { inSync: number; changed: number; missing: number; unmanaged: number }
}

export interface RunMetadata {
  tool: { name: string; version: string }
  startedAt: string
  finishedAt: string
  repository?: string
  commit?: string
  event?: string
  /** Link to the workflow run when in GitHub Actions. */
  runUrl?: string
  /** Base for links to .tf lines: https://github.com/OWNER/REPO/blob/SHA */
  sourceUrlBase?: string
  accounts: string[]
  regions: string[]
  inputs: Record<string, unknown>
  counts: RunCounts
  gate: { verdict: GateVerdict; reason: string }
  iacCoverage: number | null
  warnings: string[]
  /** The changes mode (since): the window CloudTrail was read for and what it led to. */
  changes?: ChangesSummary
}

/** What a changes-mode run read: CloudTrail's write events since the last inventory, and the resources read again. */
export interface ChangesSummary {
  /** The last inventory's scan time: the window's start. */
  since: string
  until: string
  /** Write events read from CloudTrail, over all accounts and regions. */
  events: number
  /** Events that touched nothing read again, by reason (failed calls, events the table does not know, …). */
  ignored: Array<{ reason: string; count: number }>
  /** Resources read again; found deleted; whose read failed; types listed again. */
  reread: number
  removed: number
  failed: number
  relisted: number
  /** AWS calls of the changes mode (LookupEvents, Cloud Control and the services' own). */
  calls: number
}

/** The one object every writer reads. */
export interface ReportModel {
  schemaVersion: 1
  run: RunMetadata
  evaluations: Evaluation[]
  drift: DriftEntry[]
  coverage: CoverageEntry[]
  /** Metadata of every rule that produced an evaluation (for SARIF rule entries and report help). */
  rules: RuleMetadata[]
  /** Terraform resources not checked: no mapping yet, or a companion whose parent is elsewhere. */
  unmapped: UnmappedResource[]
  /** Pull-request runs compared with their base: every suppression the change adds (absent otherwise). */
  addedSuppressions?: AddedSuppression[]
}

/** Bad input: one line for the user (CLI exit 2). */
/** The value of since that asks the action for the inventory of the latest successful scheduled run (src/sources/last-run.ts). */
export const LAST_SCHEDULED_RUN = 'last-scheduled-run'

export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** The run could not complete: authentication failed, AWS or GitHub unreachable (CLI exit 3). */
export class RunError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RunError'
  }
}
