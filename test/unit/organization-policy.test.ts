// The roles for scanning an AWS Organization: the organization role's discovery policy grants exactly the calls
// account discovery makes, its trust and the first role's sts:AssumeRole name only what they must, and the member
// role's CloudFormation template and Terraform module both trust the scanning role alone (with the external id
// exactly when one is given) and attach exactly the shipped read-only documents.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { DEFAULT_MEMBER_ROLE_NAME, ORGANIZATION_DISCOVERY_ACTIONS } from '../../src/auth/organization-actions.js'
import { EMPTY_CONFIG_FILE } from '../../src/config-file.js'
import { evaluateInventory } from '../../src/evaluate.js'
import { mapTerraform } from '../../src/mapping/index.js'
import { ALL_RULES, findRules } from '../../src/rules/index.js'
import { loadTerraformDir } from '../../src/sources/hcl/index.js'
import { actionAllowed, policySize, MANAGED_POLICY_MAX_CHARS, type PolicyDocument } from '../../src/sources/live/permissions.js'
import type { TfResource } from '../../src/types.js'
import { readOnlyPolicyFiles, ROOT } from '../e2e/helpers.js'

type Json = Record<string, unknown>
const POLICY = join(ROOT, 'policy')
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'))
const readme = readFileSync(join(POLICY, 'README.md'), 'utf8')

/** The documents a member role gets, by the key the templates name them with ("read-only-2", "drift-read-only-1"). */
const keyOf = (file: string) => file.replace(/^(.*\/)?plumbline-/, '').replace(/\.json$/, '')
const readOnlyDocuments = new Map(readOnlyPolicyFiles().map((file) => [keyOf(file), readJson(file)]))
const driftDocuments = new Map(
  readdirSync(POLICY)
    .filter((file) => /^plumbline-drift-read-only-\d+\.json$/.test(file))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((file) => [keyOf(file), readJson(join(POLICY, file))])
)

const SCANNING_ROLE = 'arn:aws:iam::111122223333:role/plumbline-github'

/** A trust policy's statements, checked to let exactly `principal` call sts:AssumeRole, with `externalId` or without any condition. */
function expectTrustOnly(trust: { Statement: Json[] }, principal: unknown, externalId: string | undefined) {
  expect(trust.Statement).toHaveLength(1)
  const [statement] = trust.Statement
  expect(statement.Effect).toBe('Allow')
  expect([statement.Action].flat()).toEqual(['sts:AssumeRole'])
  expect(statement.Principal).toEqual({ AWS: principal })
  expect(statement.NotPrincipal).toBeUndefined()
  if (externalId === undefined) expect(statement.Condition).toBeUndefined()
  else expect(statement.Condition).toEqual({ StringEquals: { 'sts:ExternalId': externalId } })
}

describe('policy/plumbline-organization-discovery.json', () => {
  const discovery = readJson(join(POLICY, 'plumbline-organization-discovery.json')) as PolicyDocument
  const statements = discovery.Statement as unknown as Json[]

  it('allows exactly ORGANIZATION_DISCOVERY_ACTIONS, named one by one, and nothing else', () => {
    expect(statements.every((s) => s.Effect === 'Allow' && s.NotAction === undefined && s.Condition === undefined)).toBe(true)
    const granted = statements.flatMap((s) => [s.Action as string | string[]].flat())
    expect([...granted].sort()).toEqual([...ORGANIZATION_DISCOVERY_ACTIONS].sort())
    for (const action of ORGANIZATION_DISCOVERY_ACTIONS) expect([action, actionAllowed(discovery, action)]).toEqual([action, true])
    // Its neighbours stay out: the tree's other reads, and anything that writes.
    for (const action of ['organizations:ListRoots', 'organizations:DescribeOrganization', 'organizations:ListChildren', 'organizations:DescribeAccount', 'organizations:CreateAccount', 'sts:AssumeRole']) {
      expect([action, actionAllowed(discovery, action)]).toEqual([action, false])
    }
  })

  it('names the resource as "*": ListAccounts takes no resource type, so a narrower Resource would refuse it', () => {
    expect(statements.map((s) => s.Resource)).toEqual(statements.map(() => '*'))
    expect(policySize(discovery)).toBeLessThanOrEqual(MANAGED_POLICY_MAX_CHARS)
  })
})

describe('policy/plumbline-organization-trust.json and policy/plumbline-assume-members.json', () => {
  it('lets only the scanning role assume the organization role', () => {
    expectTrustOnly(readJson(join(POLICY, 'plumbline-organization-trust.json')), 'arn:aws:iam::SCANNING_ACCOUNT_ID:role/SCANNING_ROLE_NAME', undefined)
  })

  it('gives the first role sts:AssumeRole on the organization role and on the member role of every account, nothing more', () => {
    const assume = readJson(join(POLICY, 'plumbline-assume-members.json')) as { Statement: Json[] }
    for (const statement of assume.Statement) {
      expect(statement.Effect).toBe('Allow')
      expect([statement.Action].flat()).toEqual(['sts:AssumeRole'])
      expect(statement.Condition).toBeUndefined()
    }
    expect(assume.Statement.flatMap((s) => [s.Resource].flat()).sort()).toEqual(
      ['arn:aws:iam::ORGANIZATION_ACCOUNT_ID:role/ORGANIZATION_ROLE_NAME', `arn:aws:iam::*:role/${DEFAULT_MEMBER_ROLE_NAME}`].sort()
    )
  })

  it('are explained in policy/README.md: their placeholders, the StackSet and the management account', () => {
    for (const text of ['plumbline-organization-discovery.json', 'plumbline-organization-trust.json', 'plumbline-assume-members.json', 'SCANNING_ACCOUNT_ID', 'SCANNING_ROLE_NAME', 'ORGANIZATION_ACCOUNT_ID', 'ORGANIZATION_ROLE_NAME', 'member-role/plumbline-member-role.yaml', 'member-role/terraform', 'SERVICE_MANAGED', 'exclude-accounts', 'node scripts/policy-templates.mjs']) {
      expect([text, readme.includes(text)]).toEqual([text, true])
    }
  })
})

// ---- CloudFormation ----------------------------------------------------------------------------------------

const TEMPLATE = join(POLICY, 'member-role/plumbline-member-role.yaml')
const templateText = readFileSync(TEMPLATE, 'utf8')
const template = parse(templateText) as { Parameters: Record<string, Json>; Conditions: Record<string, unknown>; Resources: Record<string, { Type: string; Condition?: string; Properties: Json }> }

const NO_VALUE = Symbol('AWS::NoValue')

/**
 * The resources CloudFormation would create from the template with these parameters: the intrinsic functions the
 * template uses resolved (Ref to a parameter, AWS::NoValue, Fn::If, Fn::Equals, Fn::Not, Fn::Sub), a Ref to a
 * resource kept as `Ref:NAME`, resources whose condition is false left out. Any other function throws.
 */
function deploy(given: Record<string, string>): Record<string, { Type: string; Properties: Json }> {
  const parameters: Record<string, string> = {}
  for (const [name, parameter] of Object.entries(template.Parameters)) {
    const value = given[name] ?? (parameter.Default as string | undefined)
    if (value === undefined) throw new Error(`parameter ${name} has no default`)
    if (parameter.AllowedPattern !== undefined && !new RegExp(parameter.AllowedPattern as string).test(value)) throw new Error(`${name}: ${value} does not match its AllowedPattern`)
    if (parameter.AllowedValues !== undefined && !(parameter.AllowedValues as string[]).includes(value)) throw new Error(`${name}: ${value} is not allowed`)
    parameters[name] = value
  }
  const conditions: Record<string, boolean> = {}
  const resolve = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(resolve).filter((item) => item !== NO_VALUE)
    if (node === null || typeof node !== 'object') return node
    const entries = Object.entries(node)
    const [fn, argument] = entries[0] ?? []
    if (entries.length === 1 && (fn === 'Ref' || fn?.startsWith('Fn::'))) {
      if (fn === 'Ref') return argument === 'AWS::NoValue' ? NO_VALUE : (parameters[argument as string] ?? `Ref:${String(argument)}`)
      const args = argument as unknown[]
      if (fn === 'Fn::If') return conditions[args[0] as string] ? resolve(args[1]) : resolve(args[2])
      if (fn === 'Fn::Equals') return resolve(args[0]) === resolve(args[1])
      if (fn === 'Fn::Not') return !resolve(args[0])
      if (fn === 'Fn::Sub') return (argument as string).replace(/\$\{([\w:]+)\}/g, (_, name: string) => parameters[name] ?? `\${${name}}`)
      throw new Error(`the template uses ${fn}, which this test does not resolve`)
    }
    return Object.fromEntries(entries.map(([key, value]) => [key, resolve(value)]).filter(([, value]) => value !== NO_VALUE))
  }
  for (const [name, condition] of Object.entries(template.Conditions)) conditions[name] = resolve(condition) as boolean
  return Object.fromEntries(
    Object.entries(template.Resources)
      .filter(([, resource]) => resource.Condition === undefined || conditions[resource.Condition])
      .map(([name, resource]) => [name, { Type: resource.Type, Properties: resolve(resource.Properties) as Json }])
  )
}

/** The role and, by policy name, the documents attached to it. */
function memberRole(resources: ReturnType<typeof deploy>) {
  const roles = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::IAM::Role')
  expect(roles).toHaveLength(1)
  const [[roleId, role]] = roles
  const policies = Object.values(resources).filter((r) => r.Type === 'AWS::IAM::ManagedPolicy')
  for (const policy of policies) expect(policy.Properties.Roles).toEqual([`Ref:${roleId}`])
  // Nothing else gives the role permissions: no inline policies, no other attachments.
  expect(Object.values(resources).map((r) => r.Type).sort()).toEqual(['AWS::IAM::Role', ...policies.map(() => 'AWS::IAM::ManagedPolicy')].sort())
  expect(role.Properties.Policies).toBeUndefined()
  expect(role.Properties.ManagedPolicyArns).toBeUndefined()
  return { role: role.Properties, documents: new Map(policies.map((p) => [p.Properties.ManagedPolicyName as string, p.Properties.PolicyDocument])) }
}

const named = (roleName: string, documents: Map<string, unknown>) => new Map([...documents].map(([key, document]) => [`${roleName}-${key}`, document]))

describe('policy/member-role/plumbline-member-role.yaml', () => {
  it('parses as plain YAML (intrinsic functions in their long form, no custom tags) and fits --template-body', () => {
    expect(Object.keys(template)).toEqual(expect.arrayContaining(['AWSTemplateFormatVersion', 'Parameters', 'Conditions', 'Resources']))
    expect(templateText).not.toMatch(/!(Ref|Sub|If|GetAtt|Equals|Not)\b/)
    // CreateStackSet's TemplateBody takes 51,200 bytes; past that the template must be uploaded to S3.
    expect(Buffer.byteLength(templateText)).toBeLessThanOrEqual(51200)
  })

  it('asks for the scanning role (required), and defaults the role name to DEFAULT_MEMBER_ROLE_NAME and the external id to none', () => {
    expect(template.Parameters.ScanningRoleArn.Default).toBeUndefined()
    expect(template.Parameters.MemberRoleName.Default).toBe(DEFAULT_MEMBER_ROLE_NAME)
    expect(template.Parameters.ExternalId.Default).toBe('')
    expect(() => deploy({ ScanningRoleArn: 'arn:aws:iam::111122223333:root' })).toThrow('AllowedPattern')
  })

  it('lets only the scanning role assume the member role, with sts:ExternalId exactly when an external id is given', () => {
    const without = memberRole(deploy({ ScanningRoleArn: SCANNING_ROLE })).role
    expect(without.RoleName).toBe(DEFAULT_MEMBER_ROLE_NAME)
    expectTrustOnly(without.AssumeRolePolicyDocument as { Statement: Json[] }, SCANNING_ROLE, undefined)
    const withId = memberRole(deploy({ ScanningRoleArn: SCANNING_ROLE, ExternalId: 'plumbline-org-42', MemberRoleName: 'audit-read' })).role
    expect(withId.RoleName).toBe('audit-read')
    expectTrustOnly(withId.AssumeRolePolicyDocument as { Statement: Json[] }, SCANNING_ROLE, 'plumbline-org-42')
  })

  it('attaches the shipped read-only documents, deep-equal, and the drift documents only when asked', () => {
    const plain = memberRole(deploy({ ScanningRoleArn: SCANNING_ROLE })).documents
    expect(plain).toEqual(named(DEFAULT_MEMBER_ROLE_NAME, readOnlyDocuments))
    const withDrift = memberRole(deploy({ ScanningRoleArn: SCANNING_ROLE, DriftReadPermissions: 'true', MemberRoleName: 'audit-read' })).documents
    expect(withDrift).toEqual(named('audit-read', new Map([...readOnlyDocuments, ...driftDocuments])))
    expect(driftDocuments.size).toBeGreaterThan(0)
  })
})

describe('scripts/policy-templates.mjs', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts/policy-templates.mjs'), ...args], { encoding: 'utf8' })

  it('--check finds the committed templates up to date', () => {
    const check = run('--check')
    expect([check.status, check.stderr]).toEqual([0, ''])
  }, 60000)

  it('--check fails, naming the stale templates, once a policy changes under them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-policy-templates-'))
    cpSync(POLICY, dir, { recursive: true })
    expect(run('--check', '--dir', dir).status).toBe(0)
    const file = join(dir, 'plumbline-read-only-2.json')
    const document = readJson(file)
    document.Statement.pop()
    writeFileSync(file, JSON.stringify(document, null, 2) + '\n')
    const stale = run('--check', '--dir', dir)
    expect(stale.status).toBe(1)
    expect(stale.stderr).toContain('plumbline-member-role.yaml')
    expect(stale.stderr).toContain('policies.tf')
    expect(run('--dir', dir).status).toBe(0)
    expect(run('--check', '--dir', dir).status).toBe(0)
  }, 60000)
})

// ---- Terraform ---------------------------------------------------------------------------------------------

const MODULE = join(POLICY, 'member-role/terraform')

/** The module's resources as Plumbline's own HCL reader evaluates them, with these variables (a copy with a .auto.tfvars). */
async function applyModule(variables: Record<string, string | boolean>): Promise<TfResource[]> {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-member-role-'))
  cpSync(MODULE, dir, { recursive: true })
  writeFileSync(join(dir, 'test.auto.tfvars.json'), JSON.stringify(variables))
  const project = await loadTerraformDir(dir, { repoRoot: dir, env: {} })
  return project.resources
}

function terraformRole(resources: TfResource[]) {
  const roles = resources.filter((r) => r.type === 'aws_iam_role')
  expect(roles).toHaveLength(1)
  const policies = resources.filter((r) => r.type === 'aws_iam_policy')
  const attachments = resources.filter((r) => r.type === 'aws_iam_role_policy_attachment')
  expect(attachments.map((a) => a.index).sort()).toEqual(policies.map((p) => p.index).sort())
  // Each attaches its own policy to the member role (references: Plumbline does not carry other resources' values).
  for (const attachment of attachments) {
    expect(attachment.references).toEqual(expect.objectContaining({ role: ['aws_iam_role.member'], policy_arn: ['aws_iam_policy.scan'] }))
  }
  expect(resources.filter((r) => !['aws_iam_role', 'aws_iam_policy', 'aws_iam_role_policy_attachment'].includes(r.type))).toEqual([])
  expect(roles[0].values.inline_policy).toBeUndefined()
  return {
    role: roles[0],
    trust: JSON.parse(roles[0].values.assume_role_policy as string) as { Statement: Json[] },
    documents: new Map(policies.map((p) => [p.values.name as string, JSON.parse(p.values.policy as string)]))
  }
}

describe('policy/member-role/terraform', () => {
  it('lets only the scanning role assume the member role, with sts:ExternalId exactly when an external id is given', async () => {
    const without = terraformRole(await applyModule({ scanning_role_arn: SCANNING_ROLE }))
    expect(without.role.values.name).toBe(DEFAULT_MEMBER_ROLE_NAME)
    expectTrustOnly(without.trust, SCANNING_ROLE, undefined)
    const withId = terraformRole(await applyModule({ scanning_role_arn: SCANNING_ROLE, external_id: 'plumbline-org-42' }))
    expectTrustOnly(withId.trust, SCANNING_ROLE, 'plumbline-org-42')
  })

  it('attaches the shipped read-only documents, deep-equal, and the drift documents only when asked', async () => {
    const plain = terraformRole(await applyModule({ scanning_role_arn: SCANNING_ROLE }))
    expect(plain.documents).toEqual(named(DEFAULT_MEMBER_ROLE_NAME, readOnlyDocuments))
    const withDrift = terraformRole(await applyModule({ scanning_role_arn: SCANNING_ROLE, drift_read_permissions: true, role_name: 'audit-read' }))
    expect(withDrift.documents).toEqual(named('audit-read', new Map([...readOnlyDocuments, ...driftDocuments])))
  })

  /** The failed high and critical findings Plumbline's own rules give the module's resources. */
  const seriousFindings = async (variables: Record<string, string | boolean>) => {
    const { resources } = mapTerraform(await applyModule(variables))
    for (const r of resources) r.region ??= 'us-east-1'
    const evaluations = evaluateInventory(resources, { rules: ALL_RULES, configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup: findRules })
    // The IAM rules did judge the role and its policies (an unknown document would make them pass by silence).
    expect(evaluations.filter((e) => e.status !== 'unknown').map((e) => e.rule)).toEqual(expect.arrayContaining(['iam-policy-no-full-iam-access']))
    return evaluations.filter((e) => e.status === 'fail' && (e.severity === 'high' || e.severity === 'critical')).map((e) => `${e.rule} ${e.resource.address}`)
  }

  it('passes Plumbline’s own rules as shipped (drift documents off): no high or critical finding', async () => {
    expect(await seriousFindings({ scanning_role_arn: SCANNING_ROLE })).toEqual([])
    expect(await seriousFindings({ scanning_role_arn: SCANNING_ROLE, external_id: 'plumbline-org-42' })).toEqual([])
  })

  // The drift documents once allowed iam:* and route53resolver:* (the Route 53 Resolver firewall schemas ask for them);
  // permissions.ts grants no whole-service wildcard and nothing of a handler that cannot succeed.
  it('passes Plumbline’s own rules with drift_read_permissions too', async () => {
    expect(await seriousFindings({ scanning_role_arn: SCANNING_ROLE, drift_read_permissions: true })).toEqual([])
  })
})
