// Shared by the rule-fixture tests: the verdicts the real evaluator gives a fixture's resources, keyed by the
// example's name (the last step of a Terraform address, or a live resource's id), and the verdicts those names
// promise (pass_*, fail_*, unknown_*; any other name, skip_* included, must get no verdict).
import { EMPTY_CONFIG_FILE } from '../../src/config-file.js'
import { evaluateInventory } from '../../src/evaluate.js'
import { mapTerraform } from '../../src/mapping/index.js'
import { withRegionResources } from '../../src/mapping/region-resources.js'
import { REGION_TYPE } from '../../src/model/facts.js'
import { ALL_RULES, findRules } from '../../src/rules/index.js'
import type { Resource, Rule, TfResource } from '../../src/types.js'

export const VERDICTS = ['pass', 'fail', 'unknown'] as const
export type Verdict = (typeof VERDICTS)[number]
export type Verdicts = Record<Verdict, string[]>

/** Where a fixture's resources come from: the .tf code (no plan), the plan of that code, or the live twin. */
export type FixtureSource = 'code' | 'plan' | 'live'

/**
 * Examples whose verdict from one source is known to be wrong: bugs in src/ found by these fixtures and left for
 * the lead to fix. Each is taken out of the exact comparisons and checked on its own with it.failing, which
 * fails (asking for the entry to go) once the bug is fixed.
 */
export interface KnownDisagreement {
  rule: string
  example: string
  source: FixtureSource
  /** What the source answers today. */
  gives: Verdict
  reason: string
}

export const KNOWN_DISAGREEMENTS: readonly KnownDisagreement[] = []

/** Why Terraform cannot write a public snapshot, nor one whose publicness it leaves open. */
const SNAPSHOT_NOT_SHAREABLE =
  'Terraform cannot share an EBS snapshot with every account (aws_snapshot_create_volume_permission names one account): a snapshot it declares is not public, and only a live read can find one that is'

/** The DocumentDB and Neptune snapshot resources have no sharing setting. */
const CLUSTER_SNAPSHOT_NOT_SHAREABLE =
  'aws_docdb_cluster_snapshot and aws_neptune_cluster_snapshot have no sharing setting: a snapshot Terraform declares is not public, and only a live read can find one that is'

/**
 * Rules whose failing case .tf code cannot write, with the reason: the Terraform resource is itself the enabling. The
 * failing case comes from a plan that deletes the resource or a live region without one (tested in their own files).
 */
export const NO_FAIL_IN_TERRAFORM: ReadonlyMap<string, string> = new Map<string, string>([
  ['securityhub-enabled', 'aws_securityhub_account enables Security Hub: code that declares it cannot say it is off'],
  ['ec2-ebs-snapshot-not-public', SNAPSHOT_NOT_SHAREABLE],
  ['documentdb-cluster-snapshot-not-public', CLUSTER_SNAPSHOT_NOT_SHAREABLE],
  ['neptune-cluster-snapshot-not-public', CLUSTER_SNAPSHOT_NOT_SHAREABLE],
  ['rds-snapshot-encrypted', 'a snapshot is as encrypted as its database, which Terraform computes: code cannot write an unencrypted one']
])

/**
 * Rules whose Terraform fixture cannot hold an unknown example next to its failing ones; each with the reason.
 * Their live fixture still has one (the .tf and live comparison leaves it out). Keep this list short.
 */
export const NO_UNKNOWN_IN_TERRAFORM: ReadonlyMap<string, string> = new Map<string, string>([
  ['ec2-ebs-snapshot-not-public', SNAPSHOT_NOT_SHAREABLE],
  ['documentdb-cluster-snapshot-not-public', CLUSTER_SNAPSHOT_NOT_SHAREABLE],
  ['neptune-cluster-snapshot-not-public', CLUSTER_SNAPSHOT_NOT_SHAREABLE],
  [
    'securityhub-enabled',
    'the rule asks only that a hub exist, and aws_securityhub_account is the hub: no value of it can leave that open, and a conditional hub (count known after apply) counts as present in .tf code while a real plan refuses such a count; live, a region whose hubs could not be listed is unknown'
  ]
])

/** Why a region control's live example has no Terraform twin: what a scan sees that a configuration cannot say. */
const REGION_WITHOUT_ONE =
  'a scanned region without one fails live, while Terraform judges only the regions where it manages one (a configuration that does not touch the service says nothing about it)'
const REGION_NOT_LISTED = 'the listing of the type was denied or failed in that region (its coverage entry): Terraform has no coverage ledger'

/**
 * Live examples .tf code cannot write, by rule, each with the reason: the .tf and live comparison leaves them out
 * (their live verdicts are still checked exactly). Keep this list short.
 */
export const LIVE_ONLY_EXAMPLES: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map<string, Readonly<Record<string, string>>>([
  ['guardduty-enabled', { fail_no_detector: REGION_WITHOUT_ONE, unknown_detectors_denied: REGION_NOT_LISTED }],
  ['ec2-ebs-snapshot-block-public-access', { unknown_setting_denied: REGION_NOT_LISTED }],
  ['accessanalyzer-enabled', { fail_no_analyzer: REGION_WITHOUT_ONE, unknown_analyzers_failed: REGION_NOT_LISTED }],
  ['config-recorder-all-regions', { fail_no_recorder: REGION_WITHOUT_ONE, unknown_recorders_denied: REGION_NOT_LISTED }]
])

export function knownDisagreements(ruleId: string, source?: FixtureSource): KnownDisagreement[] {
  return KNOWN_DISAGREEMENTS.filter((d) => d.rule === ruleId && (source === undefined || d.source === source))
}

/**
 * The verdicts the names promise, except that each known disagreement of the source gets the verdict it gives
 * today: the exact comparison then pins the bug's current answer too (a change to it shows), and it.failing
 * checks the promised one.
 */
export function expectedToday(expected: Verdicts, known: readonly KnownDisagreement[]): Verdicts {
  const out = without(expected, known.map((d) => d.example))
  for (const d of known) if (VERDICTS.some((v) => expected[v].includes(d.example))) out[d.gives].push(d.example)
  return sorted(out)
}

/** The verdicts without the given examples (known disagreements, checked on their own). */
export function without(verdicts: Verdicts, examples: readonly string[]): Verdicts {
  const out = emptyVerdicts()
  for (const v of VERDICTS) out[v] = verdicts[v].filter((name) => !examples.includes(name))
  return out
}

/** The verdict the evaluator gave one example, if any. */
export function verdictOf(verdicts: Verdicts, example: string): Verdict | undefined {
  return VERDICTS.find((v) => verdicts[v].includes(example))
}

export function ruleById(ruleId: string): Rule {
  const rule = ALL_RULES.find((r) => r.id === ruleId)
  if (!rule) throw new Error(`no rule ${ruleId}`)
  return rule
}

function emptyVerdicts(): Verdicts {
  return { pass: [], fail: [], unknown: [] }
}

function sorted(verdicts: Verdicts): Verdicts {
  for (const v of VERDICTS) verdicts[v].sort()
  return verdicts
}

/**
 * The name a fixture gives a resource: its Terraform name, or (live) its id; a region pseudo-resource (what a region
 * control judges) is named by its region, which a live fixture sets to the example's name.
 */
function exampleName(resource: { address?: string; id: string | null; type: string }): string {
  // Its id is `<account>/<region>`, or the region alone.
  if (resource.type === REGION_TYPE) return String(resource.id).split('/').pop()!
  return resource.address ? resource.address.split('.').pop()! : String(resource.id)
}

/** A region control (guardduty-enabled, ...) judges the region pseudo-resource, not a Terraform resource. */
export function isRegionControl(ruleId: string): boolean {
  return ruleById(ruleId).resourceTypes.includes(REGION_TYPE)
}

export function mappedTerraform(tf: readonly TfResource[]): Resource[] {
  const { resources } = mapTerraform([...tf])
  for (const r of resources) r.region ??= 'us-east-1'
  return resources
}

/**
 * What the real evaluator answers for each judged resource, by example name. For a region control's Terraform
 * fixture each name stands for a region holding only the resources of that name (a recorder and its status): each
 * group is judged with its region pseudo-resource, whose verdict is the name's. A live fixture names its regions.
 */
export function verdictsByName(resources: readonly Resource[], ruleId: string): Verdicts {
  const evaluate = (inventory: readonly Resource[]) => evaluateInventory([...inventory], { rules: [ruleById(ruleId)], configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup: findRules })
  const got = emptyVerdicts()
  if (isRegionControl(ruleId) && resources.every((r) => r.origin !== 'live')) {
    for (const name of new Set(resources.map(exampleName))) {
      for (const e of evaluate(withRegionResources(resources.filter((r) => exampleName(r) === name)))) got[e.status as keyof Verdicts]?.push(name)
    }
    return sorted(got)
  }
  for (const e of evaluate(resources)) got[e.status as keyof Verdicts]?.push(exampleName(e.resource))
  return sorted(got)
}

/** The verdicts the names of the resources the rule judges promise. */
export function expectedByName(resources: readonly Resource[], ruleId: string): Verdicts {
  const rule = ruleById(ruleId)
  // A region control judges every region: in Terraform each name is one.
  const judged = new Set(resources.filter((r) => rule.resourceTypes.includes(r.type) || (isRegionControl(ruleId) && r.origin !== 'live')).map(exampleName))
  const expected = emptyVerdicts()
  for (const name of judged) {
    const verdict = VERDICTS.find((v) => name.startsWith(`${v}_`))
    if (verdict) expected[verdict].push(name)
  }
  return sorted(expected)
}
