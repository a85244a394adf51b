import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildConfig, SETTINGS, type ConfigContext, type RawSettings } from '../../src/config.js'
import { InputError } from '../../src/types.js'

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-config-'))
  mkdirSync(join(dir, '.git'))
  mkdirSync(join(dir, 'infra'))
  writeFileSync(join(dir, 'plan.json'), '{}')
  return dir
}

const ctx = (cwd: string, event?: string): ConfigContext => ({
  cwd,
  event,
  defaultFallbackLocation: '.github/workflows/gate.yml',
  nameOf: (s) => `input ${s.input}`,
  env: {},
  liveDefault: 'auto'
})

function build(raw: RawSettings, cwd: string, event?: string) {
  return buildConfig(raw, ctx(cwd, event))
}

describe('buildConfig', () => {
  it('applies the pull-request defaults: threshold high, scope new', () => {
    const dir = workspace()
    const config = build({ 'terraform-plan': 'plan.json' }, dir, 'pull_request')
    expect(config.failOn).toBe('high')
    expect(config.gateScope).toBe('new')
    expect(config.repoRoot).toBe(dir)
    expect(config.sarifFallbackLocation).toBe('.github/workflows/gate.yml')
    expect(config.outDir).toBe(join(dir, 'plumbline-out'))
  })

  it('applies the scheduled defaults: threshold none, scope all', () => {
    const dir = workspace()
    const config = build({ 'terraform-dir': 'infra' }, dir, 'schedule')
    expect(config.failOn).toBe('none')
    expect(config.gateScope).toBe('all')
    expect(config.tfDir).toBe(join(dir, 'infra'))
  })

  it('reads accounts: organization with its settings, and account lists; refuses what cannot mean anything in one line', () => {
    const dir = workspace()
    const role = 'arn:aws:iam::123456789012:role/scan'
    const org = build({ 'role-to-assume': role, accounts: 'organization', 'organization-role-arn': 'arn:aws:iam::999999999999:role/org-list', 'organizational-units': 'ou-ab12-prod0001, r-ab12', 'exclude-accounts': '999999999999' }, dir, 'schedule')
    expect(org.auth).toMatchObject({ accounts: 'organization', organizationRoleArn: 'arn:aws:iam::999999999999:role/org-list', organizationalUnits: ['ou-ab12-prod0001', 'r-ab12'], excludeAccounts: ['999999999999'], memberRoleName: 'plumbline-scan' })
    expect(build({ 'role-to-assume': role, accounts: '111111111111\n222222222222', 'member-role-name': 'audit/reader' }, dir).auth).toMatchObject({ accounts: ['111111111111', '222222222222'], memberRoleName: 'audit/reader' })
    expect(build({ 'role-to-assume': role }, dir).auth.accounts).toBeUndefined()
    expect(() => build({ 'role-to-assume': role, accounts: 'organization, 111111111111' }, dir)).toThrow(new InputError('input accounts: organization stands alone; list account ids, or write only organization'))
    expect(() => build({ 'role-to-assume': role, accounts: '1111' }, dir)).toThrow(new InputError('input accounts: "1111" is not an AWS account id; list 12-digit account ids, or write organization.'))
    expect(() => build({ 'role-to-assume': role, 'organization-role-arn': 'arn:aws:iam::999999999999:role/org-list' }, dir)).toThrow(
      new InputError('input organization-role-arn is set but input accounts is not organization; set input accounts to organization, or leave input organization-role-arn out.')
    )
    expect(() => build({ 'role-to-assume': role, accounts: 'organization', 'organizational-units': 'prod' }, dir)).toThrow(/^input organizational-units: "prod" is not an OU or root id/)
  })

  it('reads since (a file, or last-scheduled-run with its workflow) and who-changed; refuses what cannot go with them in one line', () => {
    const dir = workspace()
    const role = 'arn:aws:iam::123456789012:role/scan'
    writeFileSync(join(dir, 'last.json'), '{}')
    expect(build({ 'role-to-assume': role, since: 'last.json' }, dir, 'repository_dispatch')).toMatchObject({ since: join(dir, 'last.json'), live: true, whoChanged: true })
    expect(build({ 'role-to-assume': role, since: 'last-scheduled-run', 'since-workflow': 'scheduled-scan.yml' }, dir)).toMatchObject({ since: 'last-scheduled-run', sinceWorkflow: 'scheduled-scan.yml' })
    expect(build({ 'role-to-assume': role, 'who-changed': 'false' }, dir, 'schedule').whoChanged).toBe(false)
    expect(build({ 'terraform-plan': 'plan.json' }, dir).whoChanged).toBe(false)
    expect(() => build({ 'role-to-assume': role, since: 'last-scheduled-run' }, dir)).toThrow(
      new InputError('input since: last-scheduled-run needs input since-workflow: the workflow file (such as scheduled-scan.yml) whose scheduled runs upload the inventory')
    )
    expect(() => build({ 'role-to-assume': role, 'since-workflow': 'scheduled-scan.yml' }, dir)).toThrow(/^input since-workflow: it names the workflow for input since: last-scheduled-run/)
    expect(() => build({ since: 'last.json', 'terraform-plan': 'plan.json' }, dir)).toThrow(/^input since: the changes since the inventory are read from CloudTrail and Cloud Control; set input role-to-assume/)
    expect(() => build({ 'role-to-assume': role, since: 'last.json', shard: '1/2' }, dir)).toThrow(/^input since and input shard both given/)
    expect(() => build({ 'role-to-assume': role, since: 'gone.json' }, dir)).toThrow(/^input since: /)
    expect(() => build({ 'role-to-assume': role, 'who-changed': 'sometimes' }, dir)).toThrow(/^input who-changed: "sometimes" is not/)
    expect(() => build({ 'terraform-plan': 'plan.json', 'who-changed': 'true' }, dir)).toThrow(/^input who-changed: naming who changed a resource reads CloudTrail/)
    expect(() => buildConfig({ 'role-to-assume': role, since: 'last-scheduled-run' }, { ...ctx(dir), nameOf: (s) => `--${s.cli ?? s.input}` })).toThrow(
      new InputError("--since: last-scheduled-run is the action's (it downloads the scheduled run's artifact); give the path of a plumbline-inventory.json")
    )
  })

  it('plans shards with command: shards (live, an inventory for the sizes), and asks for the count', () => {
    const dir = workspace()
    const role = 'arn:aws:iam::123456789012:role/scan'
    const config = build({ command: 'shards', shards: '8', 'role-to-assume': role, inventory: 'plan.json' }, dir, 'schedule')
    expect(config).toMatchObject({ command: 'shards', shards: 8, live: true, inventoryFiles: [join(dir, 'plan.json')] })
    expect(build({ 'role-to-assume': role }, dir, 'schedule').command).toBeUndefined()
    expect(() => build({ command: 'shards', 'role-to-assume': role }, dir)).toThrow(new InputError('input shards: how many shards? give a whole number from 1 to 256'))
    expect(() => build({ command: 'shards', shards: '2' }, dir)).toThrow(/^planning shards lists the estate live: set input role-to-assume, or give AWS credentials$/)
    expect(() => build({ command: 'plan', 'terraform-dir': 'infra' }, dir)).toThrow(new InputError('input command: "plan" is not a command; use scan or shards'))
  })

  it('resolves live: auto from a role or credentials in the environment, never on top of a saved inventory', () => {
    const dir = workspace()
    const withEnv = (env: NodeJS.ProcessEnv, raw: RawSettings) => buildConfig(raw, { ...ctx(dir), env })
    expect(withEnv({}, { 'terraform-dir': 'infra' }).live).toBe(false)
    expect(withEnv({ AWS_ACCESS_KEY_ID: 'x' }, { 'terraform-dir': 'infra' }).live).toBe(true)
    expect(withEnv({}, { 'terraform-dir': 'infra', 'role-to-assume': 'arn:aws:iam::123456789012:role/scan' }).live).toBe(true)
    expect(withEnv({ AWS_PROFILE: 'audit' }, { inventory: 'plan.json' }).live).toBe(false)
    expect(withEnv({ AWS_PROFILE: 'audit' }, { 'terraform-dir': 'infra', live: 'false' }).live).toBe(false)
    // The CLI scans only when asked.
    expect(buildConfig({ 'terraform-dir': 'infra' }, { ...ctx(dir), env: { AWS_ACCESS_KEY_ID: 'x' }, liveDefault: 'off' }).live).toBe(false)
  })

  it('takes several inventories, one per line, glob patterns expanded in name order, each file once', () => {
    const dir = workspace()
    for (const shard of ['s2', 's1']) {
      mkdirSync(join(dir, 'shards', shard), { recursive: true })
      writeFileSync(join(dir, 'shards', shard, 'plumbline-inventory.json'), '{}')
    }
    const config = build({ inventory: 'plan.json\nshards/*/plumbline-inventory.json\nshards/s1/plumbline-inventory.json' }, dir)
    expect(config.inventoryFiles).toEqual([join(dir, 'plan.json'), join(dir, 'shards/s1/plumbline-inventory.json'), join(dir, 'shards/s2/plumbline-inventory.json')])
    expect(build({ inventory: ['plan.json'] }, dir).inventoryFiles).toEqual([join(dir, 'plan.json')])
    expect(() => build({ inventory: 'shards/*/missing.json' }, dir)).toThrow(
      new InputError(`input inventory: shards/*/missing.json matches no file; check the pattern (relative patterns are read from ${dir})`)
    )
  })

  it('does not scan live on pull requests unless live is true: a pull request is judged on its plan', () => {
    const dir = workspace()
    const onPullRequest = (raw: RawSettings) => buildConfig(raw, { ...ctx(dir, 'pull_request'), env: { AWS_ACCESS_KEY_ID: 'x' } })
    const role = 'arn:aws:iam::123456789012:role/scan'
    expect(onPullRequest({ 'terraform-plan': 'plan.json' }).live).toBe(false)
    expect(onPullRequest({ 'terraform-plan': 'plan.json', 'role-to-assume': role }).live).toBe(false)
    expect(onPullRequest({ 'terraform-plan': 'plan.json', 'role-to-assume': role, live: 'true' }).live).toBe(true)
    expect(buildConfig({ 'terraform-plan': 'plan.json' }, { ...ctx(dir, 'schedule'), env: { AWS_ACCESS_KEY_ID: 'x' } }).live).toBe(true)
  })

  it('takes every fixed default from the settings table', () => {
    const dir = workspace()
    const config = build({ 'terraform-plan': 'plan.json' }, dir, 'schedule')
    const table = (input: string) => SETTINGS.find((s) => s.input === input)?.default
    expect(config.rateLimit).toBe(Number(table('rate-limit')))
    expect(config.concurrency).toBe(Number(table('concurrency')))
    expect(config.auth.roleDurationSeconds).toBe(Number(table('role-duration-seconds')))
    expect(config.auth.audience).toBe(table('audience'))
    expect(config.publish.uploadSarif).toBe(table('upload-sarif') === 'true')
    expect(config.publish.artifactName).toBe(table('report-artifact-name'))
    expect(config.outDir).toBe(join(dir, table('output-dir') as string))
    expect(config.sarifCategory).toBe(table('sarif-category'))
    expect(config.sarifLiveCategories).toBe(table('sarif-live-categories'))
    expect(build({ 'terraform-plan': 'plan.json', 'sarif-live-categories': 'Account' }, dir).sarifLiveCategories).toBe('account')
    expect(config.publish.retentionDays).toBeUndefined()
  })

  it('defaults the threshold to the context: the CLI fails on any failed check, a given value wins', () => {
    const dir = workspace()
    const cli = (raw: RawSettings) => buildConfig(raw, { ...ctx(dir), liveDefault: 'off', failOnDefault: 'info' })
    expect(cli({ 'terraform-plan': 'plan.json' }).failOn).toBe('info')
    expect(cli({ 'terraform-plan': 'plan.json', 'fail-on-severity': 'none' }).failOn).toBe('none')
    expect(cli({ 'terraform-plan': 'plan.json', 'fail-on-unmapped': 'true' }).failOnUnmapped).toBe(true)
  })

  it('reads the live settings: regions with all and global, types narrowed by services, limits', () => {
    const dir = workspace()
    const config = build({ live: 'true', 'aws-region': 'eu-west-1', regions: 'eu-west-1, us-east-1\nglobal', services: 'ec2,IAM', 'rate-limit': '0', concurrency: '16' }, dir)
    expect(config.regions).toEqual({ named: ['eu-west-1', 'us-east-1'], all: false, global: true })
    expect(config.liveTypes.every((t) => /^(AWS|Plumbline)::(EC2|IAM)::/.test(t))).toBe(true)
    expect(config.liveTypes).toContain('Plumbline::IAM::CredentialReport')
    expect(config.liveTypes).not.toContain('AWS::S3::Bucket')
    expect(config.rateLimit).toBe(0)
    expect(config.concurrency).toBe(16)
    expect(build({ live: 'true' }, dir).regions).toEqual({ named: ['us-east-1'], all: false, global: true })
    expect(build({ live: 'true', regions: 'all' }, dir).regions).toEqual({ named: [], all: true, global: true })
    expect(build({ live: 'true', regions: 'eu-west-1' }, dir).regions).toEqual({ named: ['eu-west-1'], all: false, global: false })
    expect(config.auth).toMatchObject({ audience: 'sts.amazonaws.com', roleSessionName: 'plumbline', roleDurationSeconds: 3600, region: 'eu-west-1' })
  })

  it('finds .plumbline.yml at the repository root', () => {
    const dir = workspace()
    writeFileSync(join(dir, '.plumbline.yml'), 'skip-rules: []\n')
    expect(build({ 'terraform-dir': 'infra' }, dir).configFile).toBe(join(dir, '.plumbline.yml'))
  })

  it.each([
    [{ 'terraform-plan': 'nope.json' }, 'input terraform-plan: nope.json does not exist'],
    [{ 'terraform-plan': 'plan.json', 'fail-on-severity': 'severe' }, 'input fail-on-severity: "severe" is not a severity; use one of critical, high, medium, low, info or none'],
    [{ 'terraform-plan': 'plan.json', 'gate-scope': 'some' }, 'input gate-scope: "some" is not a gate scope; use new or all'],
    [{ 'terraform-plan': 'plan.json', 'aws-region': 'Europe' }, 'input aws-region: "Europe" is not an AWS region name'],
    [{ 'terraform-plan': 'plan.json', 'fail-on-drift': 'yes' }, 'input fail-on-drift: "yes" is not a boolean; use true or false'],
    [{ 'terraform-dir': 'plan.json' }, 'input terraform-dir: plan.json is not a folder'],
    [{}, 'nothing to check: give input terraform-plan'],
    [{ 'terraform-plan': 'plan.json', 'output-dir': 'plan.json' }, 'input output-dir: plan.json cannot be the output folder (it is a file); give a folder'],
    [{ 'terraform-plan': 'plan.json', 'output-dir': 'plan.json/out' }, 'input output-dir: plan.json/out cannot be the output folder (plan.json is a file)'],
    [{ live: 'sometimes' }, 'input live: "sometimes" is not auto, true or false'],
    [{ 'terraform-plan': 'plan.json', 'sarif-live-categories': 'region' }, 'input sarif-live-categories: "region" is not auto, account or one'],
    [{ live: 'true', inventory: 'plan.json' }, 'input live and input inventory both given'],
    [{ live: 'true', regions: 'us-east-1, moon-1' }, 'input regions: "moon-1" is not an AWS region name; use names like us-east-1, or all, or global'],
    [{ live: 'true', 'resource-types': 'AWS::S3::Bucket, AWS::Foo::Bar' }, 'input resource-types: "AWS::Foo::Bar" is not a type Plumbline can read'],
    [{ live: 'true', services: 'dynamo' }, 'input services: "dynamo" matches none of the types to scan'],
    [{ live: 'true', 'rate-limit': '-1' }, 'input rate-limit: "-1" is not a number 0 or more'],
    [{ live: 'true', concurrency: '2.5' }, 'input concurrency: "2.5" is not a whole number from 1 to 256'],
    [{ live: 'true', 'role-to-assume': 'arn:aws:iam::123:role/x' }, 'input role-to-assume'],
    [{ live: 'true', 'role-duration-seconds': '60' }, 'input role-duration-seconds: "60" is not a whole number from 900 to 43200']
  ])('rejects bad input %j with one line', (raw, expected) => {
    const dir = workspace()
    let error: unknown
    try {
      build(raw as RawSettings, dir)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toContain(expected)
    expect((error as Error).message).not.toContain('\n')
  })
})
