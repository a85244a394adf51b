import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SEVERITIES } from '../../src/types.js'
import { ALL_RULES, FRAMEWORKS, findRule, findRules, LIVE_ONLY_RULE_IDS, rulesForType } from '../../src/rules/index.js'
import { NO_FAIL_IN_TERRAFORM } from './fixture-verdicts.js'

const ROOT = process.cwd()

/**
 * Rules no framework control and no Checkov or Prowler check asks for: unused permissions (issue 16) is judged on
 * IAM's access advisor data, which CIS and FSBP (IAM.8, IAM.22) use only for unused credentials.
 */
const BEYOND_PEERS = new Set(['iam-principal-no-unused-permissions'])

describe('rule registry', () => {
  it('holds at least 30 rules with unique kebab-case ids, each in src/rules/<service>/<id>.ts', () => {
    expect(ALL_RULES.length).toBeGreaterThanOrEqual(30)
    const ids = ALL_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/)
      const service = id.split('-')[0]
      expect(existsSync(join(ROOT, 'src/rules', service, `${id}.ts`))).toBe(true)
    }
  })

  it('registers every rule file there is', () => {
    const files = readdirSync(join(ROOT, 'src/rules'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /^([a-z0-9]+)\/\1-.*\.ts$/.test(f.replace(/\\/g, '/')))
      .map((f) => f.replace(/\\/g, '/').split('/')[1].replace(/\.ts$/, ''))
    expect(files.sort()).toEqual(ALL_RULES.map((r) => r.id).sort())
  })

  it('gives every rule complete metadata', () => {
    for (const rule of ALL_RULES) {
      const where = `rule ${rule.id}`
      expect(`${where}: ${rule.title.length > 0 && rule.title.length <= 150 && !/^ensure/i.test(rule.title)}`).toBe(`${where}: true`)
      expect(SEVERITIES).toContain(rule.severity)
      for (const text of [rule.description, rule.risk, rule.remediation.text]) expect(text.length).toBeGreaterThan(10)
      expect(rule.remediation.terraform).toMatch(/^(resource|data) "aws_[a-z0-9_]+" "[a-z0-9_]+" \{/m)
      expect(rule.categories.length).toBeGreaterThan(0)
      expect(rule.resourceTypes.length).toBeGreaterThan(0)
      // A rule without a Checkov or Prowler check to alias must evidence a framework requirement (FSBP SNS.2), or be
      // one that no peer or framework has, said in its notes.
      const evidenced = rule.aliases.checkov.length + rule.aliases.prowler.length > 0 || Object.keys(rule.frameworks).length > 0
      expect(`${where}: ${evidenced || (BEYOND_PEERS.has(rule.id) && /neither Prowler nor Checkov/.test(rule.notes ?? ''))}`).toBe(`${where}: true`)
      for (const alias of rule.aliases.checkov) expect(alias).toMatch(/^CKV2?_AWS_\d+$/)
      for (const alias of rule.aliases.prowler) expect(alias).toMatch(/^[a-z0-9]+(_[a-z0-9]+)+$/)
      expect(typeof rule.check).toBe('function')
    }
  })

  it('maps framework requirements to existing rules and inverts them onto each rule', () => {
    const ids = new Set(ALL_RULES.map((r) => r.id))
    for (const framework of FRAMEWORKS) {
      for (const [requirement, { title, rules }] of Object.entries(framework.requirements)) {
        expect(title.length).toBeGreaterThan(0)
        for (const id of rules) expect(`${framework.id} ${requirement} ${id} ${ids.has(id)}`).toBe(`${framework.id} ${requirement} ${id} true`)
      }
    }
    // The renumbering between versions is visible on the rules.
    expect(findRule('ec2-sg-no-public-ssh')?.frameworks).toEqual({
      'cis-aws-3.0': ['5.2', '5.3'],
      'cis-aws-4.0': ['5.3', '5.4'],
      'cis-aws-5.0': ['5.3', '5.4'],
      'aws-fsbp': ['EC2.13']
    })
    expect(findRule('iam-password-policy-min-length-14')?.frameworks).toEqual({
      'cis-aws-3.0': ['1.8'],
      'cis-aws-4.0': ['1.8'],
      'cis-aws-5.0': ['1.7'],
      'aws-fsbp': ['IAM.7', 'IAM.10']
    })
    expect(findRule('rds-instance-multi-az')?.frameworks).toEqual({ 'cis-aws-4.0': ['2.2.4'], 'cis-aws-5.0': ['2.2.4'], 'aws-fsbp': ['RDS.5'] })
    // A rule no framework lists has no references.
    expect(findRule('lambda-function-no-secrets-in-env')?.frameworks).toEqual({})
  })

  it('finds rules by id and by Checkov or Prowler alias, case-insensitively', () => {
    expect(findRule('s3-bucket-versioning-enabled')?.id).toBe('s3-bucket-versioning-enabled')
    expect(findRule('CKV_AWS_21')?.id).toBe('s3-bucket-versioning-enabled')
    expect(findRule('ckv_aws_21')?.id).toBe('s3-bucket-versioning-enabled')
    expect(findRule('S3_Bucket_Object_Versioning')?.id).toBe('s3-bucket-versioning-enabled')
    expect(findRule('CKV_AWS_99999')).toBeUndefined()
    expect(findRules('nothing-like-this')).toEqual([])
  })

  it('returns every rule sharing an alias, so a Checkov skip suppresses all of them', () => {
    expect(findRules('CKV_AWS_62').map((r) => r.id).sort()).toEqual(['iam-customer-policy-no-admin', 'iam-inline-policy-no-admin'])
  })

  it('lists the rules of a resource type', () => {
    const sgRules = rulesForType('AWS::EC2::SecurityGroup').map((r) => r.id).sort()
    expect(sgRules).toEqual([
      'ec2-default-sg-restricts-all-traffic',
      'ec2-sg-no-public-all-ports',
      'ec2-sg-no-public-cassandra',
      'ec2-sg-no-public-cifs',
      'ec2-sg-no-public-elasticsearch-kibana',
      'ec2-sg-no-public-ftp',
      'ec2-sg-no-public-high-risk-ports',
      'ec2-sg-no-public-http',
      'ec2-sg-no-public-kafka',
      'ec2-sg-no-public-kerberos',
      'ec2-sg-no-public-ldap',
      'ec2-sg-no-public-memcached',
      'ec2-sg-no-public-mongodb',
      'ec2-sg-no-public-mysql',
      'ec2-sg-no-public-oracle',
      'ec2-sg-no-public-postgresql',
      'ec2-sg-no-public-rdp',
      'ec2-sg-no-public-redis',
      'ec2-sg-no-public-sql-server',
      'ec2-sg-no-public-ssh',
      'ec2-sg-no-public-telnet',
      'ec2-sg-not-from-launch-wizard'
    ])
    expect(rulesForType('Plumbline::IAM::PasswordPolicy')).toHaveLength(7)
    expect(rulesForType('AWS::Nothing::Here')).toEqual([])
  })

  it('has a test for every rule, and a Terraform fixture with passing and failing resources unless it is live only', () => {
    const tests = readdirSync(join(ROOT, 'test/rules'))
      .filter((f) => f.endsWith('.test.ts') && f !== 'registry.test.ts')
      .map((f) => readFileSync(join(ROOT, 'test/rules', f), 'utf8'))
      .join('\n')
    for (const { id } of ALL_RULES) {
      expect(`${id} tested: ${tests.includes(`describe('${id}'`)}`).toBe(`${id} tested: true`)
      // Live-only rules judge the account summary and credential report, which no Terraform code produces.
      if (LIVE_ONLY_RULE_IDS.has(id)) continue
      const fixture = join(ROOT, 'test/fixtures/rules', id, 'main.tf')
      const text = existsSync(fixture) ? readFileSync(fixture, 'utf8') : ''
      expect(`${id} fixture pass: ${/resource "aws_[a-z0-9_]+" "pass_/.test(text)}`).toBe(`${id} fixture pass: true`)
      // A Security Hub cannot be written disabled (its failing cases are a deleting plan and a live region), nor a
      // snapshot public: NO_FAIL_IN_TERRAFORM says why for each.
      if (!NO_FAIL_IN_TERRAFORM.has(id)) expect(`${id} fixture fail: ${/resource "aws_[a-z0-9_]+" "fail_/.test(text)}`).toBe(`${id} fixture fail: true`)
      expect(`${id} fixture literal: ${/\bvar\.|\blocal\./.test(text)}`).toBe(`${id} fixture literal: false`)
    }
  })
})
