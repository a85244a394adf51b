// Builds ReportModels for the writer tests: evaluations across origins and severities, drift entries and the
// rule metadata the writers read. Counts are derived from the parts, the way the pipeline derives them.
import { countEvaluations } from '../../src/model/counts.js'
import {
  type CoverageEntry,
  type DriftEntry,
  type Evaluation,
  type ReportModel,
  type ResourceRef,
  type RuleMetadata,
  type RunMetadata,
  type Severity
} from '../../src/types.js'

/** Names a user could give a resource that must come out inert in every format. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  img: '<img src=x onerror=alert(1)>',
  mustache: '{{constructor.constructor("alert(1)")()}}',
  javascript: 'javascript:alert(1)',
  pipe: 'a|b',
  backtick: '`rm -rf /`',
  link: '[click](https://evil.example)',
  ampersand: 'Tom & Jerry'
} as const

export function ruleMeta(id: string, severity: Severity, extra: Partial<RuleMetadata> = {}): RuleMetadata {
  return {
    id,
    title: `Title of ${id}`,
    severity,
    description: `What ${id} checks.`,
    risk: `What goes wrong when ${id} fails.`,
    remediation: { text: `How to fix ${id}.`, terraform: `resource "aws_x" "y" {\n  fixed = true\n}` },
    categories: ['encryption'],
    resourceTypes: ['AWS::S3::Bucket'],
    frameworks: { 'cis-aws-5.0': ['2.1.1'] },
    aliases: { checkov: ['CKV_AWS_1'], prowler: ['s3_check'] },
    ...extra
  }
}

let counter = 0

export function resourceRef(extra: Partial<ResourceRef> = {}): ResourceRef {
  counter++
  const origin = extra.origin ?? 'plan'
  return origin === 'live'
    ? { type: 'AWS::S3::Bucket', id: `bucket-${counter}`, account: '123456789012', region: 'eu-west-1', origin, ...extra }
    : { type: 'AWS::S3::Bucket', id: null, tfType: 'aws_s3_bucket', address: `aws_s3_bucket.b${counter}`, origin, ...extra }
}

export function evaluation(extra: Partial<Evaluation> & { rule: string }): Evaluation {
  const resource = extra.resource ?? resourceRef()
  return {
    status: 'fail',
    severity: 'high',
    title: `Title of ${extra.rule}`,
    message: 'The bucket is not encrypted.',
    resource,
    path: 'BucketEncryption',
    location: resource.origin === 'live' ? undefined : { file: 'infra/main.tf', line: 10 + counter },
    aliases: { checkov: ['CKV_AWS_1'], prowler: [] },
    frameworks: { 'cis-aws-5.0': ['2.1.1'] },
    ...extra
  }
}

export function driftEntry(kind: DriftEntry['class'], extra: Partial<DriftEntry> = {}): DriftEntry {
  return {
    class: kind,
    resource: resourceRef({ origin: 'live', address: kind === 'unmanaged' ? undefined : `aws_s3_bucket.d${counter}` }),
    changes: [],
    evidence: [],
    ...extra
  }
}

export interface ModelParts {
  evaluations?: Evaluation[]
  drift?: DriftEntry[]
  rules?: RuleMetadata[]
  coverage?: CoverageEntry[]
  unmapped?: Array<{ address: string; type: string }>
  run?: Partial<RunMetadata>
}

export function buildModel(parts: ModelParts = {}): ReportModel {
  const evaluations = parts.evaluations ?? []
  const drift = parts.drift ?? []
  const unmapped = parts.unmapped ?? []
  const driftCount = (kind: DriftEntry['class']) => drift.filter((d) => d.class === kind).length
  const rules =
    parts.rules ??
    [...new Map(evaluations.map((e) => [e.rule, ruleMeta(e.rule, e.severity, { title: e.title })])).values()]
  return {
    schemaVersion: 1,
    run: {
      tool: { name: 'Plumbline', version: '0.1.0' },
      startedAt: '2025-01-02T03:04:05.000Z',
      finishedAt: '2025-01-02T03:04:09.000Z',
      repository: 'octo/infra',
      commit: '0123456789abcdef0123456789abcdef01234567',
      event: 'pull_request',
      accounts: ['123456789012'],
      regions: ['eu-west-1'],
      inputs: {},
      counts: {
        ...countEvaluations(evaluations, new Set(evaluations.map((e) => JSON.stringify(e.resource))).size, unmapped.length),
        drift: { inSync: 0, changed: driftCount('changed'), missing: driftCount('missing'), unmanaged: driftCount('unmanaged') }
      },
      gate: { verdict: 'fail', reason: '2 findings at or above high' },
      iacCoverage: null,
      warnings: [],
      ...parts.run
    },
    evaluations,
    drift,
    coverage: parts.coverage ?? [],
    rules,
    unmapped
  }
}

/**
 * Findings on both sides and every severity, every status, all three drift classes, a live finding and a
 * plan finding without a .tf location (fallback), and hostile strings in names, messages and rule texts.
 */
export function richModel(): ReportModel {
  const hostileAddress = `aws_s3_bucket.x["${HOSTILE.script}${HOSTILE.pipe}${HOSTILE.link}"]`
  const evaluations: Evaluation[] = [
    evaluation({ rule: 's3-bucket-public-access-blocked', severity: 'critical' }),
    evaluation({
      rule: 'ec2-sg-no-public-ssh',
      severity: 'high',
      resource: resourceRef({ type: 'AWS::EC2::SecurityGroup', tfType: 'aws_security_group', address: hostileAddress }),
      message: `Ingress ${HOSTILE.img} allows 0.0.0.0/0 on port 22 ${HOSTILE.mustache} ${HOSTILE.backtick}`,
      path: 'SecurityGroupIngress[1].CidrIp',
      location: { file: 'infra/modules/net work/sg #1.tf', line: 7 }
    }),
    evaluation({ rule: 'rds-instance-encrypted', severity: 'medium', location: undefined }),
    evaluation({ rule: 's3-bucket-versioning-enabled', severity: 'low' }),
    evaluation({ rule: 'ec2-instance-imdsv2', severity: 'info' }),
    evaluation({ rule: 's3-bucket-encrypted', severity: 'high', status: 'pass' }),
    evaluation({ rule: 'kms-key-rotation', severity: 'medium', status: 'unknown' }),
    evaluation({
      rule: 'iam-no-admin-policy',
      severity: 'critical',
      status: 'suppressed',
      suppression: { source: 'inline', reason: `accepted ${HOSTILE.javascript} ${HOSTILE.ampersand}` }
    }),
    evaluation({ rule: 's3-bucket-public-access-blocked', severity: 'critical', resource: resourceRef({ origin: 'live' }) }),
    evaluation({
      rule: 'ec2-sg-no-public-ssh',
      severity: 'high',
      resource: resourceRef({ origin: 'live', type: 'AWS::EC2::SecurityGroup', id: `sg-0abc ${HOSTILE.script}` })
    })
  ]
  const drift = [
    driftEntry('changed', {
      changes: [
        { path: 'VersioningConfiguration.Status', iac: 'Enabled', live: 'Suspended' },
        { path: 'Tags', iac: [{ Key: 'secret', Value: 'TOPSECRET-IAC-VALUE' }], live: 'TOPSECRET-LIVE-VALUE' }
      ],
      location: { file: 'infra/main.tf', line: 3 }
    }),
    driftEntry('missing'),
    driftEntry('unmanaged')
  ]
  const rules = [...new Map(evaluations.map((e) => [e.rule, ruleMeta(e.rule, e.severity)])).values()]
  rules[1] = ruleMeta(rules[1].id, rules[1].severity, {
    title: `Security group ${HOSTILE.script} open`,
    description: `x${'y'.repeat(2000)}`,
    remediation: { text: `Close it ${HOSTILE.link}.`, terraform: 'ingress {\n  description = "```"\n}' },
    categories: Array.from({ length: 30 }, (_, i) => `category-${i}`)
  })
  return buildModel({
    evaluations,
    drift,
    rules,
    coverage: [{ account: '123456789012', region: 'eu-west-1', type: 'AWS::S3::Bucket', state: 'scanned', count: 2 }],
    unmapped: [{ address: 'aws_foo.bar', type: 'aws_foo' }],
    run: {
      sourceUrlBase: 'https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567',
      warnings: [`suppression in ${HOSTILE.script} has no reason`]
    }
  })
}
