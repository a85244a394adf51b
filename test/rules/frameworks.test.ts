// The framework catalogues: the committed generated modules are what scripts/frameworks.mjs writes from
// data/frameworks/*.tsv (the input is in the repository, so this runs in a clean clone), and the coverage derived
// from our rules' Prowler aliases, with our extra and excluded pairs, is the CIS mapping we wrote by hand before.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ALL_RULES, FRAMEWORKS, findRule } from '../../src/rules/index.js'
import { CATALOGUES, FRAMEWORK_LABELS } from '../../src/rules/frameworks/catalogues.js'
import { EXCLUDED_COVERAGE, EXTRA_COVERAGE, derivedCoverage, frameworkWithCoverage } from '../../src/rules/frameworks/coverage.js'
import { compareRequirementIds, parseFrameworkTsv, renderCatalogueModule } from '../../src/rules/frameworks/tsv.js'
import { FRAMEWORK_IDS, type FrameworkId } from '../../src/types.js'
import { ROOT } from '../e2e/helpers.js'

const tsvText = (id: FrameworkId) => readFileSync(join(ROOT, `data/frameworks/${id}.tsv`), 'utf8')
/** The TSV's rows as cells, read independently of the parser under test. */
const tsvRows = (id: FrameworkId) =>
  tsvText(id)
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'))

/** The CIS mapping as it was written by hand (src/rules/frameworks/cis-aws-*.ts before the catalogues), plus the rules added since. */
const HAND_WRITTEN_CIS: Record<string, Record<string, string[]>> = {
  'cis-aws-3.0': {
    '1.4': ['iam-root-no-access-keys'],
    '1.5': ['iam-root-mfa-enabled'],
    '1.8': ['iam-password-policy-min-length-14'],
    '1.9': ['iam-password-policy-reuse-24'],
    '1.10': ['iam-user-console-mfa-enabled'],
    '1.12': ['iam-user-unused-credentials-45-days'],
    '1.13': ['iam-user-one-active-access-key'],
    '1.14': ['iam-user-access-keys-rotated-90-days'],
    '1.15': ['iam-user-no-attached-policies'],
    '1.16': ['iam-no-administrator-access-attached', 'iam-customer-policy-no-admin'],
    '1.18': ['ec2-instance-profile-attached'],
    '1.20': ['accessanalyzer-enabled'],
    '2.1.1': ['s3-bucket-tls-only'],
    '2.1.4': ['s3-bucket-public-access-block-enabled', 's3-account-public-access-block-enabled'],
    '2.2.1': ['ec2-ebs-volume-encrypted', 'ec2-ebs-default-encryption-enabled'],
    '2.3.1': ['rds-instance-storage-encrypted'],
    '2.3.2': ['rds-instance-auto-minor-version-upgrade'],
    '2.3.3': ['rds-instance-not-publicly-accessible'],
    '2.4.1': ['efs-file-system-encrypted'],
    '3.1': ['cloudtrail-multi-region-enabled'],
    '3.2': ['cloudtrail-log-file-validation-enabled'],
    '3.3': ['config-recorder-all-regions'],
    '3.5': ['cloudtrail-kms-encryption-enabled'],
    '3.6': ['kms-key-rotation-enabled'],
    '3.7': ['vpc-flow-logs-enabled'],
    '5.1': ['ec2-network-acl-no-public-admin-ports'],
    '4.16': ['securityhub-enabled'],
    '5.2': ['ec2-sg-no-public-ssh', 'ec2-sg-no-public-rdp', 'ec2-sg-no-public-all-ports'],
    '5.3': ['ec2-sg-no-public-ssh', 'ec2-sg-no-public-rdp', 'ec2-sg-no-public-all-ports'],
    '5.4': ['ec2-default-sg-restricts-all-traffic'],
    '5.6': ['ec2-instance-imdsv2-required']
  },
  'cis-aws-4.0': {
    '1.4': ['iam-root-no-access-keys'],
    '1.5': ['iam-root-mfa-enabled'],
    '1.8': ['iam-password-policy-min-length-14'],
    '1.9': ['iam-password-policy-reuse-24'],
    '1.10': ['iam-user-console-mfa-enabled'],
    '1.12': ['iam-user-unused-credentials-45-days'],
    '1.13': ['iam-user-one-active-access-key'],
    '1.14': ['iam-user-access-keys-rotated-90-days'],
    '1.15': ['iam-user-no-attached-policies'],
    '1.16': ['iam-no-administrator-access-attached', 'iam-customer-policy-no-admin'],
    '1.18': ['ec2-instance-profile-attached'],
    '1.20': ['accessanalyzer-enabled'],
    '2.1.1': ['s3-bucket-tls-only'],
    '2.1.4': ['s3-bucket-public-access-block-enabled', 's3-account-public-access-block-enabled'],
    '2.2.1': ['rds-instance-storage-encrypted'],
    '2.2.2': ['rds-instance-auto-minor-version-upgrade'],
    '2.2.3': ['rds-instance-not-publicly-accessible'],
    '2.2.4': ['rds-instance-multi-az'],
    '2.3.1': ['efs-file-system-encrypted'],
    '3.1': ['cloudtrail-multi-region-enabled'],
    '3.2': ['cloudtrail-log-file-validation-enabled'],
    '3.3': ['config-recorder-all-regions'],
    '3.5': ['cloudtrail-kms-encryption-enabled'],
    '3.6': ['kms-key-rotation-enabled'],
    '3.7': ['vpc-flow-logs-enabled'],
    '4.16': ['securityhub-enabled'],
    '5.1.1': ['ec2-ebs-volume-encrypted', 'ec2-ebs-default-encryption-enabled'],
    '5.1.2': ['ec2-sg-no-public-cifs'],
    '5.2': ['ec2-network-acl-no-public-admin-ports'],
    '5.3': ['ec2-sg-no-public-ssh', 'ec2-sg-no-public-rdp', 'ec2-sg-no-public-all-ports'],
    '5.4': ['ec2-sg-no-public-ssh', 'ec2-sg-no-public-rdp', 'ec2-sg-no-public-all-ports'],
    '5.5': ['ec2-default-sg-restricts-all-traffic'],
    '5.7': ['ec2-instance-imdsv2-required']
  },
  'cis-aws-5.0': {
    '1.3': ['iam-root-no-access-keys'],
    '1.4': ['iam-root-mfa-enabled'],
    '1.7': ['iam-password-policy-min-length-14'],
    '1.8': ['iam-password-policy-reuse-24'],
    '1.9': ['iam-user-console-mfa-enabled'],
    '1.11': ['iam-user-unused-credentials-45-days'],
    '1.12': ['iam-user-one-active-access-key'],
    '1.13': ['iam-user-access-keys-rotated-90-days'],
    '1.14': ['iam-user-no-attached-policies'],
    '1.15': ['iam-no-administrator-access-attached', 'iam-customer-policy-no-admin'],
    '1.17': ['ec2-instance-profile-attached'],
    '1.19': ['accessanalyzer-enabled'],
    '2.1.1': ['s3-bucket-tls-only'],
    '2.1.4': ['s3-bucket-public-access-block-enabled', 's3-account-public-access-block-enabled'],
    '2.2.1': ['rds-instance-storage-encrypted'],
    '2.2.2': ['rds-instance-auto-minor-version-upgrade'],
    '2.2.3': ['rds-instance-not-publicly-accessible'],
    '2.2.4': ['rds-instance-multi-az'],
    '2.3.1': ['efs-file-system-encrypted'],
    '3.1': ['cloudtrail-multi-region-enabled'],
    '3.2': ['cloudtrail-log-file-validation-enabled'],
    '3.3': ['config-recorder-all-regions'],
    '3.5': ['cloudtrail-kms-encryption-enabled'],
    '3.6': ['kms-key-rotation-enabled'],
    '3.7': ['vpc-flow-logs-enabled'],
    '4.16': ['securityhub-enabled'],
    '5.1.1': ['ec2-ebs-volume-encrypted', 'ec2-ebs-default-encryption-enabled'],
    '5.1.2': ['ec2-sg-no-public-cifs'],
    '5.2': ['ec2-network-acl-no-public-admin-ports'],
    '5.3': ['ec2-sg-no-public-ssh', 'ec2-sg-no-public-rdp', 'ec2-sg-no-public-all-ports'],
    '5.4': ['ec2-sg-no-public-ssh', 'ec2-sg-no-public-rdp', 'ec2-sg-no-public-all-ports'],
    '5.5': ['ec2-default-sg-restricts-all-traffic'],
    '5.7': ['ec2-instance-imdsv2-required']
  }
}

describe('src/rules/frameworks/generated/', () => {
  it.each(FRAMEWORK_IDS)('%s.ts is exactly what scripts/frameworks.mjs writes from data/frameworks/%s.tsv', (id) => {
    const committed = readFileSync(join(ROOT, `src/rules/frameworks/generated/${id}.ts`), 'utf8')
    if (committed !== renderCatalogueModule(parseFrameworkTsv(id, tsvText(id)))) {
      throw new Error(`src/rules/frameworks/generated/${id}.ts is stale: run node scripts/frameworks.mjs and commit it`)
    }
  })

  it('holds every row of each TSV, once, in natural order', () => {
    for (const catalogue of CATALOGUES) {
      const rows = tsvRows(catalogue.id)
      expect(catalogue.requirements.map((r) => r.id).sort()).toEqual(rows.map((row) => row[0]).sort())
      const ids = catalogue.requirements.map((r) => r.id)
      expect(ids).toEqual([...ids].sort(compareRequirementIds))
    }
    expect(CATALOGUES.map((c) => c.id)).toEqual([...FRAMEWORK_IDS])
  })

  it('counts CIS 5.0: 63 requirements, automated exactly the Automated rows', () => {
    const cis5 = CATALOGUES.find((c) => c.id === 'cis-aws-5.0')!
    const automatedRows = tsvRows('cis-aws-5.0').filter((row) => row[2] === 'Automated').map((row) => row[0])
    expect(cis5.requirements).toHaveLength(63)
    expect(automatedRows).toHaveLength(35)
    expect(cis5.requirements.filter((r) => r.assessment === 'automated').map((r) => r.id).sort()).toEqual(automatedRows.sort())
    expect(cis5.requirements.find((r) => r.id === '1.3')).toEqual({
      id: '1.3',
      title: "Ensure no 'root' user account access key exists",
      section: '1 Identity and Access Management',
      assessment: 'automated',
      prowlerChecks: ['iam_no_root_access_key']
    })
  })

  it('counts FSBP: 286 controls, automated exactly those with a Prowler check, ids like S3.1', () => {
    const fsbp = CATALOGUES.find((c) => c.id === 'aws-fsbp')!
    expect(fsbp.requirements).toHaveLength(286)
    expect(fsbp.requirements.filter((r) => r.assessment === 'automated')).toHaveLength(205)
    for (const r of fsbp.requirements) expect(r.assessment).toBe(r.prowlerChecks.length > 0 ? 'automated' : 'manual')
    expect(fsbp.requirements.find((r) => r.id === 'S3.1')).toMatchObject({ section: 'S3', prowlerChecks: ['s3_account_level_public_access_blocks'] })
    expect(FRAMEWORK_LABELS['aws-fsbp']).toBe('AWS Foundational Security Best Practices v1.0.0')
    expect(FRAMEWORK_LABELS['cis-aws-5.0']).toBe('CIS AWS Foundations Benchmark v5.0')
  })
})

describe('scripts/frameworks.mjs --check', () => {
  it('finds the committed modules current', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/frameworks.mjs'), '--check'], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  }, 60000)
})

describe('parseFrameworkTsv', () => {
  const header = 'id\tsection\tassessment\ttitle\tprowler_checks'
  it('reads CIS rows, splits the checks and sorts ids naturally', () => {
    const text = `${header}\n1.10\t1 IAM\tManual\tTen\t\n1.2\t1 IAM\tAutomated\tTwo\ta_check, b_check\n`
    expect(parseFrameworkTsv('cis-aws-5.0', text).requirements).toEqual([
      { id: '1.2', title: 'Two', section: '1 IAM', assessment: 'automated', prowlerChecks: ['a_check', 'b_check'] },
      { id: '1.10', title: 'Ten', section: '1 IAM', assessment: 'manual', prowlerChecks: [] }
    ])
  })
  it('calls an FSBP control automated only when Prowler has a check for it', () => {
    const text = 'id\tservice\ttitle\tprowler_checks\nS3.10\tS3\tTen\t\nS3.2\tS3\tTwo\tx_check\n'
    expect(parseFrameworkTsv('aws-fsbp', text).requirements.map((r) => [r.id, r.assessment])).toEqual([
      ['S3.2', 'automated'],
      ['S3.10', 'manual']
    ])
  })
  it('refuses a wrong header, a short row, a duplicate id and an unknown assessment, naming the line', () => {
    expect(() => parseFrameworkTsv('cis-aws-5.0', 'id\ttitle\n')).toThrow('cis-aws-5.0.tsv: the header must be id section assessment title prowler_checks')
    expect(() => parseFrameworkTsv('cis-aws-5.0', `${header}\n1.1\tIAM\tManual\n`)).toThrow('cis-aws-5.0.tsv line 2: 3 columns, expected 5')
    expect(() => parseFrameworkTsv('cis-aws-5.0', `${header}\n1.1\tIAM\tManual\tA\t\n1.1\tIAM\tManual\tB\t\n`)).toThrow('line 3: requirement 1.1 listed twice')
    expect(() => parseFrameworkTsv('cis-aws-5.0', `${header}\n1.1\tIAM\tmaybe\tA\t\n`)).toThrow('line 2: assessment "maybe" is not Automated or Manual')
  })
  it('orders ids numerically by segment and services by name', () => {
    expect(['1.10', '1.2', '2.1.1', '1.2.1', 'S3.10', 'EC2.2', 'S3.9', 'ACM.1'].sort(compareRequirementIds)).toEqual(['1.2', '1.2.1', '1.10', '2.1.1', 'ACM.1', 'EC2.2', 'S3.9', 'S3.10'])
  })
})

describe('coverage: derived from our Prowler aliases, with our extra and excluded pairs', () => {
  const rulesOf = (framework: (typeof FRAMEWORKS)[number]) =>
    Object.fromEntries(Object.entries(framework.requirements).filter(([, r]) => r.rules.length > 0).map(([id, r]) => [id, [...r.rules].sort()]))

  // The rules that existed when the mapping was hand-written: rules added since map themselves through their aliases.
  const HAND_MAPPED_RULES = new Set(Object.values(HAND_WRITTEN_CIS).flatMap((requirements) => Object.values(requirements).flat()))
  const onlyHandMapped = (mapping: Record<string, readonly string[]>) =>
    Object.fromEntries(
      Object.entries(mapping)
        .map(([req, rules]) => [req, rules.filter((rule) => HAND_MAPPED_RULES.has(rule))] as const)
        .filter(([, rules]) => rules.length > 0)
    )

  it.each(['cis-aws-3.0', 'cis-aws-4.0', 'cis-aws-5.0'])('%s: is exactly the mapping we wrote by hand, for the rules of that time', (id) => {
    const framework = FRAMEWORKS.find((f) => f.id === id)!
    const expected = Object.fromEntries(Object.entries(HAND_WRITTEN_CIS[id]).map(([req, rules]) => [req, [...rules].sort()]))
    expect(onlyHandMapped(rulesOf(framework))).toEqual(expected)
  })

  it.each(['cis-aws-3.0', 'cis-aws-4.0', 'cis-aws-5.0'] as const)('%s: the derived part differs from the hand-written one only by EXTRA_COVERAGE', (id) => {
    const derived = onlyHandMapped(derivedCoverage(CATALOGUES.find((c) => c.id === id)!, ALL_RULES))
    const differences: string[] = []
    const hand = HAND_WRITTEN_CIS[id]
    for (const req of new Set([...Object.keys(hand), ...Object.keys(derived)])) {
      for (const rule of hand[req] ?? []) if (!(derived[req] ?? []).includes(rule)) differences.push(`${req} +${rule}`)
      for (const rule of derived[req] ?? []) if (!(hand[req] ?? []).includes(rule)) differences.push(`${req} -${rule}`)
    }
    const extra = Object.entries(EXTRA_COVERAGE[id] ?? {}).flatMap(([req, rules]) => rules.map((rule) => `${req} +${rule}`))
    expect(differences.sort()).toEqual(extra.sort())
    expect(extra.length).toBeGreaterThan(0)
  })

  it('FSBP: derived from the aliases, IAM.2 and IAM.9 added, IAM.26 excluded', () => {
    const fsbp = FRAMEWORKS.find((f) => f.id === 'aws-fsbp')!
    expect(fsbp.requirements['S3.14'].rules).toEqual(['s3-bucket-versioning-enabled'])
    expect(fsbp.requirements['IAM.1'].rules).toEqual(['iam-customer-policy-no-admin', 'iam-inline-policy-no-admin', 'iam-no-administrator-access-attached'])
    expect(derivedCoverage(CATALOGUES.find((c) => c.id === 'aws-fsbp')!, ALL_RULES)['IAM.26']).toEqual(EXCLUDED_COVERAGE['aws-fsbp']!['IAM.26'])
    expect(fsbp.requirements['IAM.26'].rules).toEqual([])
    expect(fsbp.requirements['IAM.9']).toMatchObject({ assessment: 'manual', prowlerChecks: [], rules: ['iam-root-mfa-enabled'] })
    expect(fsbp.requirements['IAM.2'].rules).toEqual(['iam-user-no-attached-policies'])
    expect(fsbp.requirements['EC2.21'].rules).toEqual(['ec2-network-acl-no-public-admin-ports'])
    expect(Object.values(fsbp.requirements).filter((r) => r.rules.length > 0).length).toBeGreaterThanOrEqual(40)
    expect(findRule('s3-bucket-versioning-enabled')?.frameworks).toEqual({ 'aws-fsbp': ['S3.14'] })
  })

  it('refuses an extra or excluded pair naming a requirement the framework does not have', () => {
    const catalogue = CATALOGUES.find((c) => c.id === 'cis-aws-5.0')!
    expect(() => frameworkWithCoverage(catalogue, ALL_RULES, { 'cis-aws-5.0': { '9.9': ['x'] } }, {})).toThrow('EXTRA_COVERAGE: cis-aws-5.0 has no requirement 9.9')
    expect(() => frameworkWithCoverage(catalogue, ALL_RULES, {}, { 'cis-aws-5.0': { '9.9': ['x'] } })).toThrow('EXCLUDED_COVERAGE: cis-aws-5.0 has no requirement 9.9')
  })

  it('a rule covers a requirement when one of its Prowler aliases is among its checks', () => {
    const catalogue = { ...CATALOGUES[0], requirements: [{ id: '1.1', title: 'T', section: 'S', assessment: 'automated' as const, prowlerChecks: ['p_one', 'p_two'] }] }
    const rules = [
      { id: 'a', aliases: { prowler: ['p_two'] } },
      { id: 'b', aliases: { prowler: ['p_three'] } }
    ]
    expect(frameworkWithCoverage(catalogue, rules, {}, {}).requirements['1.1'].rules).toEqual(['a'])
  })
})
