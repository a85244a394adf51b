// iam-principal-no-unused-permissions: IAM roles and users judged on their service last accessed data
// (Plumbline::IAM::ServiceLastAccessed), joined on the principal's ARN, with the policies that grant each unused
// service named. Data is dated in 2019 so that an age measured against the clock instead of the job's
// JobCompletionDate would be years off. Also: the unused-permission-days setting (action input, CLI flag, config-file
// key) and the outcome's own severity in the evaluations.
import { mkdtempSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildConfig } from '../../src/config.js'
import { EMPTY_CONFIG_FILE, parseConfigFile } from '../../src/config-file.js'
import { evaluateInventory } from '../../src/evaluate.js'
import { SERVICE_LAST_ACCESSED_TYPE } from '../../src/model/facts.js'
import { findRules, LIVE_ONLY_RULE_IDS } from '../../src/rules/index.js'
import { withRuleSettings } from '../../src/rules/settings.js'
import { InputError, type Resource } from '../../src/types.js'
import { expected, judge, messages, planned, res, ruleById, viewOf } from './builders.js'

const RULE_ID = 'iam-principal-no-unused-permissions'
const rule = ruleById(RULE_ID)
const ACCOUNT = '111111111111'
const COMPLETED = Date.parse('2019-06-30T12:00:00.000Z')
const DAY = 86_400_000
const ADMIN_POLICY = 'arn:aws:iam::aws:policy/AdministratorAccess'
const READ_ONLY_POLICY = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
const TABLES_POLICY = `arn:aws:iam::${ACCOUNT}:policy/team/tables`

const before = (days: number): string => new Date(COMPLETED - days * DAY).toISOString()
const arnOf = (kind: 'role' | 'user', name: string, path = '/') => `arn:aws:iam::${ACCOUNT}:${kind}${path}${name}`

/** A service as the fact holds it: used `days` before the job completed, or never (undefined). */
function service(namespace: string, days?: number): Record<string, unknown> {
  return days === undefined
    ? { ServiceNamespace: namespace, ServiceName: namespace.toUpperCase(), TotalAuthenticatedEntities: 0 }
    : { ServiceNamespace: namespace, ServiceName: namespace.toUpperCase(), LastAuthenticated: before(days), LastAuthenticatedRegion: 'us-east-1', TotalAuthenticatedEntities: 1 }
}

function fact(arn: string, services: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}): Resource {
  return res(
    SERVICE_LAST_ACCESSED_TYPE,
    arn,
    { PrincipalArn: arn, PrincipalType: arn.includes(':role/') ? 'Role' : 'User', Path: '/', CreateDate: before(1000), JobCompletionDate: new Date(COMPLETED).toISOString(), Services: services, ...extra },
    { account: ACCOUNT, region: 'global' }
  )
}

function role(name: string, properties: Record<string, unknown> = {}, path = '/'): Resource {
  return res('AWS::IAM::Role', name, { RoleName: name, Path: path, Arn: arnOf('role', name, path), ...properties }, { account: ACCOUNT, region: 'global' })
}

const allow = (action: unknown, resource: unknown = '*') => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] })

// The principals.
const admin = role('admin', { ManagedPolicyArns: [ADMIN_POLICY] })
const inlineAdmin = role('inline-admin', { Policies: [{ PolicyName: 'everything', PolicyDocument: allow('*') }] })
const app = role('app', { Policies: [{ PolicyName: 'app', PolicyDocument: allow(['s3:GetObject', 'sqs:*']) }] }, '/apps/')
const tables = role('tables', { ManagedPolicyArns: [TABLES_POLICY] })
const busy = role('busy', { Policies: [{ PolicyName: 'q', PolicyDocument: allow('sqs:SendMessage') }] })
const edge = role('edge', { Policies: [{ PolicyName: 'q', PolicyDocument: allow(['sqs:*', 'sns:*']) }] })
const reader = role('reader', { ManagedPolicyArns: [READ_ONLY_POLICY] })
const linked = role('AWSServiceRoleForSupport', { ManagedPolicyArns: ['arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy'] }, '/aws-service-role/support.amazonaws.com/')
const young = role('young', { ManagedPolicyArns: [ADMIN_POLICY] })
const unread = role('unread', { ManagedPolicyArns: [ADMIN_POLICY] })
const bob = res('AWS::IAM::User', 'bob', { UserName: 'bob', Path: '/', Arn: arnOf('user', 'bob'), Groups: ['devs'] }, { account: ACCOUNT, region: 'global' })
const plannedRole = planned('AWS::IAM::Role', 'aws_iam_role.new', { RoleName: 'new', ManagedPolicyArns: [ADMIN_POLICY] })

const context: Resource[] = [
  fact(admin.properties.Arn as string, [service('ec2'), service('iam', 400), service('lambda'), service('s3', 10)]),
  fact(inlineAdmin.properties.Arn as string, [service('ec2'), service('s3', 100)]),
  fact(app.properties.Arn as string, [service('s3', 5), service('sqs', 200)]),
  fact(tables.properties.Arn as string, [service('dynamodb')]),
  fact(busy.properties.Arn as string, [service('sqs', 0)]),
  fact(edge.properties.Arn as string, [service('sns', 89), service('sqs', 90)]),
  fact(reader.properties.Arn as string, [service('s3')]),
  fact(young.properties.Arn as string, [service('ec2')], { CreateDate: before(30) }),
  fact(bob.properties.Arn as string, [service('dynamodb', 120)]),
  res('AWS::IAM::ManagedPolicy', TABLES_POLICY, { PolicyArn: TABLES_POLICY, ManagedPolicyName: 'tables', PolicyDocument: allow('dynamodb:*') }, { account: ACCOUNT, region: 'global' }),
  res('AWS::IAM::Group', 'devs', { GroupName: 'devs', ManagedPolicyArns: [TABLES_POLICY] }, { account: ACCOUNT, region: 'global' })
]
const principals = [admin, inlineAdmin, app, tables, busy, edge, reader, linked, young, unread, bob, plannedRole]

const messageOf = (principal: Resource, resources: Resource[] = context, r = rule) => r.check(principal, viewOf([principal, ...resources]))

describe('iam-principal-no-unused-permissions', () => {
  it('is live only, on roles and users, medium by default, in no framework', () => {
    expect(LIVE_ONLY_RULE_IDS.has(RULE_ID)).toBe(true)
    expect(rule.resourceTypes).toEqual(['AWS::IAM::Role', 'AWS::IAM::User'])
    expect(rule.severity).toBe('medium')
    expect(rule.frameworks).toEqual({})
  })

  it('fails principals holding services unused for 90 days, skips service-linked, young and planned ones, and is unknown without data', () => {
    expect(judge(rule, principals, context)).toEqual(
      expected({
        pass: ['busy'],
        fail: ['admin', 'app', 'bob', 'edge', 'inline-admin', 'reader', 'tables'],
        unknown: ['unread'],
        skipped: ['AWSServiceRoleForSupport', 'aws_iam_role.new', 'young']
      })
    )
  })

  it('names the unused services of an administrator, high severity, never used apart from not used for 90 days', () => {
    const outcome = messageOf(admin)!
    expect(outcome.status).toBe('fail')
    expect(outcome.severity).toBe('high')
    expect(outcome.path).toBe('RoleName')
    expect(outcome.message).toBe(
      'Role admin (an administrator: AWS-managed AdministratorAccess) holds 3 of 4 granted services unused for 90 days or more: ' +
        'never used: ec2 (AWS-managed AdministratorAccess), lambda (AWS-managed AdministratorAccess); ' +
        'not used for 90 days or more: iam (AWS-managed AdministratorAccess; last used 400 days before). Used within 90 days: s3'
    )
    const inline = messageOf(inlineAdmin)!
    expect(inline.severity).toBe('high')
    expect(inline.message).toMatch(/^Role inline-admin \(an administrator: inline everything\) holds 2 of 2 granted services/)
  })

  it('names the granting policy of a non-administrator at the rule’s severity: inline, customer managed, a group’s', () => {
    const appOutcome = messageOf(app)!
    expect(appOutcome.severity).toBeUndefined()
    expect(appOutcome.message).toBe('Role app holds 1 of 2 granted services unused for 90 days or more: not used for 90 days or more: sqs (inline app; last used 200 days before). Used within 90 days: s3')
    expect(messageOf(tables)!.message).toBe('Role tables holds 1 of 1 granted services unused for 90 days or more: never used: dynamodb (tables)')
    expect(messageOf(bob)!.message).toBe("User bob holds 1 of 1 granted services unused for 90 days or more: not used for 90 days or more: dynamodb (group devs's tables; last used 120 days before)")
  })

  it('says so when the granting policy cannot be told', () => {
    expect(messageOf(reader)!.message).toBe(
      'Role reader holds 1 of 1 granted services unused for 90 days or more: never used: s3 (granting policy not known). ' +
        'Which policy grants a service marked "granting policy not known" cannot be told from the inventory (policies whose document was not read: AWS-managed ReadOnlyAccess)'
    )
    // A customer managed policy not in the inventory cannot be read either.
    const withoutPolicy = context.filter((r) => r.type !== 'AWS::IAM::ManagedPolicy')
    expect(messageOf(tables, withoutPolicy)!.message).toContain('never used: dynamodb (granting policy not known)')
    expect(messageOf(tables, withoutPolicy)!.message).toContain('(policies whose document was not read: tables)')
  })

  it('counts 90 days as unused and 89 as used, measured from JobCompletionDate', () => {
    expect(messageOf(edge)!.message).toBe('Role edge holds 1 of 2 granted services unused for 90 days or more: not used for 90 days or more: sqs (inline q; last used 90 days before). Used within 90 days: sns')
    expect(messageOf(busy)).toEqual({ status: 'pass', message: 'Role busy used every service its policies grant (1) within 90 days before its service last accessed data', path: 'RoleName' })
  })

  it('is unknown when the data was not read, or cannot be read', () => {
    expect(messageOf(unread)).toEqual({
      status: 'unknown',
      message: `Role unread: IAM's service last accessed data for it was not read (denied, failed, or not scanned: see the coverage ledger for ${SERVICE_LAST_ACCESSED_TYPE}), so its unused permissions cannot be judged`,
      path: 'RoleName'
    })
    const noDate = [fact(app.properties.Arn as string, [service('s3', 5)], { JobCompletionDate: undefined })]
    expect(messageOf(app, noDate)!.status).toBe('unknown')
    const badDate = [fact(app.properties.Arn as string, [{ ServiceNamespace: 's3', LastAuthenticated: 'yesterday' }])]
    expect(messageOf(app, badDate)!.message).toContain('the last use of s3 (yesterday) cannot be read')
  })

  it('finds the data by name when the principal’s Arn was not read', () => {
    const { Arn: _arn, ...withoutArn } = app.properties
    const listOnly = { ...app, properties: withoutArn }
    expect(messageOf(listOnly)!.status).toBe('fail')
  })

  it('names at most 30 services per kind, counting the rest', () => {
    const many = Array.from({ length: 45 }, (_, i) => service(`svc${String(i).padStart(2, '0')}`))
    const outcome = messageOf(admin, [fact(admin.properties.Arn as string, many)])!
    expect(outcome.message).toContain('svc29 (AWS-managed AdministratorAccess) and 15 more')
    expect(outcome.message).not.toContain('svc30')
  })
})

describe('unused-permission-days', () => {
  const judged = (days: number | undefined) => withRuleSettings(findRules(RULE_ID), { unusedPermissionDays: days })[0]

  it('changes the window of the rule, and only of it', () => {
    const thirty = judged(30)
    expect(thirty.id).toBe(RULE_ID)
    expect(thirty.frameworks).toEqual(rule.frameworks)
    expect(judge(thirty, [busy, edge, tables], context)).toEqual(expected({ pass: ['busy'], fail: ['edge', 'tables'] }))
    expect(messages(thirty, [edge], context)[0]).toContain('sns (inline q; last used 89 days before)')
    expect(judge(judged(365), [app, edge, bob], context)).toEqual(expected({ pass: ['app', 'bob', 'edge'] }))
    // A young principal is younger than the window the setting gives.
    expect(judge(judged(20), [young], context)).toEqual(expected({ fail: ['young'] }))
    expect(judged(undefined)).toBe(rule)
    expect(judged(90)).toBe(rule)
    const others = findRules('iam-user-unused-credentials-45-days')
    expect(withRuleSettings(others, { unusedPermissionDays: 30 })[0]).toBe(others[0])
  })

  it('is an action input and CLI flag validated with a one-line error, and a config-file key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-unused-'))
    mkdirSync(join(dir, '.git'))
    const ctx = { cwd: dir, defaultFallbackLocation: 'README.md', nameOf: (s: { cli?: string; input: string }) => `--${s.cli ?? s.input}`, env: {}, liveDefault: 'off' as const }
    expect(buildConfig({ 'terraform-dir': '.', 'unused-permission-days': '60' }, ctx).unusedPermissionDays).toBe(60)
    expect(buildConfig({ 'terraform-dir': '.' }, ctx).unusedPermissionDays).toBeUndefined()
    for (const bad of ['0', '401', '7.5', 'ninety']) {
      const error = (() => {
        try {
          buildConfig({ 'terraform-dir': '.', 'unused-permission-days': bad }, ctx)
        } catch (err) {
          return err as Error
        }
        throw new Error('expected an input error')
      })()
      expect(error).toBeInstanceOf(InputError)
      expect(error.message).toBe(`--unused-permission-days: "${bad}" is not a whole number from 1 to 400`)
    }
    const lookup = Object.assign((name: string) => findRules(name), {})
    expect(parseConfigFile('unused-permission-days: 45\n', '.plumbline.yml', lookup, new Date()).unusedPermissionDays).toBe(45)
    expect(parseConfigFile('skip-rules: []\n', '.plumbline.yml', lookup, new Date()).unusedPermissionDays).toBeUndefined()
    expect(() => parseConfigFile('unused-permission-days: soon\n', '.plumbline.yml', lookup, new Date())).toThrow(
      'config .plumbline.yml: unused-permission-days: "soon" is not a whole number of days from 1 to 400'
    )
  })
})

describe('the evaluation’s severity', () => {
  const evaluate = (severity: Map<string, 'low'>) =>
    evaluateInventory([admin, app, ...context], { rules: findRules(RULE_ID), configFile: { ...EMPTY_CONFIG_FILE, severity }, blocks: new Map(), lookup: (name) => findRules(name) })
      .filter((e) => e.status === 'fail')
      .map((e) => [e.resource.id, e.severity])

  it('is high for an administrator, the rule’s otherwise, and the config file’s when it sets one', () => {
    expect(evaluate(new Map())).toEqual([
      ['admin', 'high'],
      ['app', 'medium']
    ])
    expect(evaluate(new Map([[RULE_ID, 'low']]))).toEqual([
      ['admin', 'low'],
      ['app', 'low']
    ])
  })
})
