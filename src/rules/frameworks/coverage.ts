// Which of our rules evidences which requirement. Derived: a rule covers a requirement when one of its Prowler
// aliases is among the Prowler checks Prowler maps to it (our aliases say "this rule checks what that Prowler
// check checks"). Then our judgement on top, in the two tables below, each entry with its reason.
import type { FrameworkId } from '../../types.js'
import type { Framework, FrameworkCatalogue } from './framework.js'

type CoverageTable = Readonly<Partial<Record<FrameworkId, Readonly<Record<string, readonly string[]>>>>>

/**
 * Rules that evidence a requirement Prowler does not map their check to. CIS audits its EBS encryption control
 * with `aws ec2 get-ebs-encryption-by-default` (the account's default), while Prowler maps only the per-volume
 * check: our default-encryption rule is the audit CIS describes. CIS v4.0 renumbered that control 2.2.1 → 5.1.1
 * (and RDS 2.3.x → 2.2.x, EFS 2.4.1 → 2.3.1, security groups 5.2/5.3 → 5.3/5.4, default security group
 * 5.4 → 5.5, IMDSv2 5.6 → 5.7); v5.0 keeps v4.0's storage and networking numbers and drops the
 * security-questions control, so IAM 1.4…1.22 move down by one. The derived part follows the renumbering by
 * itself; entries here must be renumbered by hand.
 */
export const EXTRA_COVERAGE: CoverageTable = {
  'cis-aws-3.0': { '2.2.1': ['ec2-ebs-default-encryption-enabled'] },
  'cis-aws-4.0': { '5.1.1': ['ec2-ebs-default-encryption-enabled'] },
  'cis-aws-5.0': { '5.1.1': ['ec2-ebs-default-encryption-enabled'] },
  // Prowler maps no check to these two FSBP controls, yet each is the very control a rule of ours checks (and
  // the one CIS states as 1.5 / 1.15 in v3.0, where Prowler does map our rules' checks).
  'aws-fsbp': {
    // Prowler maps EKS.1 to eks_endpoints_not_publicly_accessible, a check it has since renamed; our rule is the
    // control as FSBP states it (the public endpoint turned off).
    'EKS.1': ['eks-cluster-endpoint-not-public'],
    // Prowler maps no check to these two, though its ecs_service_fargate_latest_platform_version and
    // ecs_cluster_container_insights_enabled (our rules' aliases) are these very controls.
    'ECS.10': ['ecs-service-fargate-latest-platform'],
    'ECS.12': ['ecs-cluster-container-insights-enabled'],
    'IAM.2': ['iam-user-no-attached-policies'],
    'IAM.9': ['iam-root-mfa-enabled'],
    // Prowler's checks for these exist (kinesis_stream_encrypted_at_rest, sns_topics_not_publicly_accessible,
    // stepfunctions_statemachine_logging_enabled) or the control is a plain property (SNS.2), but its FSBP map
    // names none of them.
    'Kinesis.1': ['kinesis-stream-encrypted'],
    'SNS.2': ['sns-topic-delivery-status-logging'],
    'SNS.4': ['sns-topic-policy-not-public'],
    'StepFunctions.1': ['stepfunctions-state-machine-logging-enabled']
  }
}

/** Derived pairs that are wrong: Prowler maps a check to a requirement it does not evidence. */
export const EXCLUDED_COVERAGE: CoverageTable = {
  // "Expired SSL/TLS certificates managed in IAM should be removed": Prowler maps its unused-credential checks
  // here, but a server certificate is not a user credential.
  'aws-fsbp': { 'IAM.26': ['iam-user-unused-credentials-45-days'] }
}

/** What coverage needs of a rule: its id and Prowler aliases. */
export interface CoveringRule {
  id: string
  aliases: { prowler: readonly string[] }
}

/** The rules each requirement's Prowler checks name, without the extra and excluded tables. */
export function derivedCoverage(catalogue: FrameworkCatalogue, rules: readonly CoveringRule[]): Record<string, string[]> {
  // The rules by Prowler check, looked up per requirement: asking every rule about every requirement cost ≈ 18 ms of
  // each start with 374 rules and four catalogues.
  const byCheck = new Map<string, number[]>()
  rules.forEach((rule, index) => {
    for (const alias of rule.aliases.prowler) {
      const list = byCheck.get(alias)
      if (list === undefined) byCheck.set(alias, [index])
      else if (list[list.length - 1] !== index) list.push(index)
    }
  })
  const coverage: Record<string, string[]> = {}
  for (const requirement of catalogue.requirements) {
    const matched = new Set<number>()
    for (const check of requirement.prowlerChecks) for (const index of byCheck.get(check) ?? []) matched.add(index)
    // In the rules' own order, as before.
    if (matched.size > 0) coverage[requirement.id] = [...matched].sort((a, b) => a - b).map((index) => rules[index].id)
  }
  return coverage
}

/** The catalogue with each requirement's rules: derived, plus EXTRA_COVERAGE, minus EXCLUDED_COVERAGE. */
export function frameworkWithCoverage(
  catalogue: FrameworkCatalogue,
  rules: readonly CoveringRule[],
  extra: CoverageTable = EXTRA_COVERAGE,
  excluded: CoverageTable = EXCLUDED_COVERAGE
): Framework {
  const derived = derivedCoverage(catalogue, rules)
  const known = new Set(catalogue.requirements.map((r) => r.id))
  for (const [table, what] of [[extra, 'EXTRA_COVERAGE'], [excluded, 'EXCLUDED_COVERAGE']] as const) {
    // A renumbered or removed requirement must not be silently ignored.
    for (const id of Object.keys(table[catalogue.id] ?? {})) {
      if (!known.has(id)) throw new Error(`${what}: ${catalogue.id} has no requirement ${id}`)
    }
  }
  const requirements: Framework['requirements'] = Object.fromEntries(
    catalogue.requirements.map(({ id, ...requirement }) => {
      const drop = new Set(excluded[catalogue.id]?.[id] ?? [])
      const ruleIds = [...new Set([...(derived[id] ?? []), ...(extra[catalogue.id]?.[id] ?? [])])].filter((r) => !drop.has(r))
      return [id, { ...requirement, rules: ruleIds }]
    })
  )
  return { id: catalogue.id, name: catalogue.name, shortName: catalogue.shortName, version: catalogue.version, requirements }
}
