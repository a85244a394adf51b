// The shipped IAM policies: the committed read-only policy is what the generator computes, grants every handler
// permission of every default live type and every account-fact call, and never grants a data read.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SCHEMA_DATA } from '../../src/model/schema-data.js'
import {
  ACCOUNT_FACT_ACTIONS,
  CLOUD_CONTROL_ACTIONS,
  DENIED_BY_DESIGN,
  actionAllowed,
  actionMatches,
  isDeniedByDesign,
  normalizeAction,
  policyActionsFor,
  readOnlyPolicies,
  readOnlyPolicy,
  renderPolicy,
  typePermissions,
  typesNeedingDeniedActions,
  type PolicyDocument
} from '../../src/sources/live/permissions.js'
import { defaultLiveTypes, driftLiveTypes } from '../../src/live-types.js'
import * as permissions from '../../src/sources/live/permissions.js'

const DEFAULT_LIVE_TYPES = defaultLiveTypes()
import { readOnlyPolicyFiles, ROOT, shippedReadOnlyPolicy } from '../e2e/helpers.js'

// The read-only policy's documents (plumbline-read-only.json, -2.json, ...) and all of them together, as a role has them.
const committedFiles = readOnlyPolicyFiles()
const committedTexts = committedFiles.map((file) => readFileSync(file, 'utf8'))
const committedParts: PolicyDocument[] = committedTexts.map((text) => JSON.parse(text) as PolicyDocument)
const committed = shippedReadOnlyPolicy() as PolicyDocument
const allowsOnly: PolicyDocument = { ...committed, Statement: committed.Statement.filter((s) => s.Effect === 'Allow') }

/** The wildcard permissions the shipped schemas' list and read handlers state, lower-cased. */
const SCHEMA_PATTERNS = new Set(
  Object.values(SCHEMA_DATA)
    .flatMap((schema) => [...schema.listPermissions, ...schema.readPermissions])
    .filter((p) => p.includes('*') || p.includes('?'))
    .map((p) => normalizeAction(p).toLowerCase())
)
const isDenied = (action: string) => DENIED_BY_DESIGN.some((d) => d.toLowerCase() === action.toLowerCase())

describe('policy/plumbline-read-only.json (and -2.json, ... when one document is too small)', () => {
  it('is exactly what scripts/gen-policy.mjs writes for DEFAULT_LIVE_TYPES', () => {
    const expected = readOnlyPolicies(DEFAULT_LIVE_TYPES).map(renderPolicy)
    if (JSON.stringify(committedTexts) !== JSON.stringify(expected)) {
      throw new Error('policy/plumbline-read-only*.json is out of date: run `node scripts/gen-policy.mjs` and commit it')
    }
    expect(committedFiles[0]).toBe(join(ROOT, 'policy/plumbline-read-only.json'))
  })

  it('together say what readOnlyPolicy says: Cloud Control, the account facts and the Deny in the first document, the others Allow only', () => {
    expect(committed.Statement).toEqual(expect.arrayContaining(readOnlyPolicy(DEFAULT_LIVE_TYPES).Statement))
    expect(committed.Statement).toHaveLength(readOnlyPolicy(DEFAULT_LIVE_TYPES).Statement.length)
    expect(committedParts[0].Statement.map((s) => s.Sid)).toEqual(expect.arrayContaining(['CloudControl', 'AccountFacts', 'DenyDataReads']))
    for (const part of committedParts.slice(1)) expect(part.Statement.every((s) => s.Effect === 'Allow' && String(s.Sid).startsWith('CloudControlHandlers'))).toBe(true)
  })

  it('splits into as many documents as IAM’s size limit needs, each service whole, with the fixed statements in the first', () => {
    const types = Object.keys(SCHEMA_DATA)
    const parts = readOnlyPolicies(types)
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(permissions.policySize(part)).toBeLessThanOrEqual(permissions.MANAGED_POLICY_MAX_CHARS)
    expect(parts[0].Statement[0].Sid).toBe('CloudControl')
    expect(parts[0].Statement.slice(-2).map((s) => s.Sid)).toEqual(['AccountFacts', 'DenyDataReads'])
    const sids = parts.flatMap((p) => p.Statement.map((s) => s.Sid))
    expect(new Set(sids).size).toBe(sids.length)
    expect(parts.flatMap((p) => p.Statement)).toEqual(expect.arrayContaining(readOnlyPolicy(types).Statement))
    // Packed in order: each document but the last has no room for the next one's first service.
    for (let i = 0; i + 1 < parts.length; i++) {
      const next = parts[i + 1].Statement[0]
      const grown = { ...parts[i], Statement: i === 0 ? [...parts[i].Statement.slice(0, -2), next, ...parts[i].Statement.slice(-2)] : [...parts[i].Statement, next] }
      expect(permissions.policySize(grown)).toBeGreaterThan(permissions.MANAGED_POLICY_MAX_CHARS)
    }
  })

  it('allows every list and read handler permission of every default type, except the denied-by-design ones and the rest of their handler', () => {
    const { excluded } = policyActionsFor(DEFAULT_LIVE_TYPES)
    for (const type of DEFAULT_LIVE_TYPES) {
      const schema = SCHEMA_DATA[type]
      expect(schema).toBeDefined()
      // The schemas' own spellings ("CloudTrail:ListTrails", "iam:listUsers"), not the normalized ones.
      for (const [handler, permissions] of [['list', schema.listPermissions], ['read', schema.readPermissions]] as const) {
        // A handler that needs a denied action cannot succeed: none of its permissions is granted for it.
        if (permissions.some(isDenied)) continue
        for (const permission of permissions) {
          if (permission === 'apigateway:*') {
            // A whole service is never granted: API Gateway's reads are its GETs.
            expect(actionAllowed(committed, 'apigateway:GET')).toBe(true)
            expect(actionAllowed(committed, 'apigateway:DELETE')).toBe(false)
          } else if (isDenied(permission)) {
            expect(actionAllowed(committed, permission)).toBe(false)
            expect(excluded).toContainEqual({ type, handler, action: normalizeAction(permission) })
          } else if (!actionAllowed(committed, permission)) {
            throw new Error(`${type} ${handler} handler needs ${permission}, which the policy does not allow`)
          }
        }
      }
    }
  })

  it('leaves out lambda:GetFunction, secretsmanager:GetSecretValue and kms:Decrypt only: functions, secrets and state machines are the default types read from their list', () => {
    expect(policyActionsFor(DEFAULT_LIVE_TYPES).excluded).toEqual([
      { type: 'AWS::Lambda::Function', handler: 'read', action: 'lambda:GetFunction' },
      { type: 'AWS::SecretsManager::Secret', handler: 'read', action: 'secretsmanager:GetSecretValue' },
      { type: 'AWS::StepFunctions::StateMachine', handler: 'read', action: 'kms:Decrypt' }
    ])
    expect(typesNeedingDeniedActions(DEFAULT_LIVE_TYPES)).toEqual(['AWS::Lambda::Function', 'AWS::SecretsManager::Secret', 'AWS::StepFunctions::StateMachine'])
    // The function's list handler stays allowed: its list is what the scanner reads, and the parent of
    // AWS::Lambda::Permission and AWS::Lambda::Url.
    expect(actionAllowed(committed, 'lambda:ListFunctions')).toBe(true)
  })

  it('allows Cloud Control and every account-fact call', () => {
    for (const action of [...CLOUD_CONTROL_ACTIONS, ...ACCOUNT_FACT_ACTIONS]) {
      if (!actionAllowed(committed, action)) throw new Error(`${action} is not allowed`)
    }
    // The region controls: Config's recorder and its status are read with Config's own API (Cloud Control cannot).
    for (const action of ['config:DescribeConfigurationRecorderStatus', 'config:DescribeConfigurationRecorders', 'guardduty:ListDetectors', 'securityhub:DescribeHub', 'access-analyzer:ListAnalyzers']) {
      expect([action, actionAllowed(committed, action)]).toEqual([action, true])
    }
  })

  it('allows no denied-by-design action, by its Allow statements alone as well as with its Deny', () => {
    for (const action of DENIED_BY_DESIGN) {
      expect([action, actionAllowed(committed, action)]).toEqual([action, false])
      expect([action, actionAllowed(allowsOnly, action)]).toEqual([action, false])
    }
    // Its Deny holds even against a broad Allow added to the same role (ReadOnlyAccess grants s3:Get* and more).
    const withReadOnlyAccess: PolicyDocument = {
      ...committed,
      Statement: [...committed.Statement, { Effect: 'Allow', Action: ['s3:Get*', 'secretsmanager:Get*', 'lambda:Get*', 'kms:*'], Resource: '*' }]
    }
    for (const action of ['s3:GetObject', 'secretsmanager:GetSecretValue', 'lambda:GetFunction', 'kms:Decrypt']) {
      expect([action, actionAllowed(withReadOnlyAccess, action)]).toEqual([action, false])
    }
    expect(actionAllowed(withReadOnlyAccess, 's3:GetObjectAcl')).toBe(true)
  })

  it('names actions explicitly (wildcards only as a schema states them), sorted, once each, in AWS spelling, under unique letter-and-digit Sids', () => {
    const sids = committed.Statement.map((s) => s.Sid ?? '')
    expect(new Set(sids).size).toBe(sids.length)
    for (const sid of sids) expect(sid).toMatch(/^[A-Za-z0-9]+$/)
    for (const statement of committed.Statement) {
      const actions = statement.Action as string[]
      // A wildcard only where a schema's handler itself asks for one (AutoScalingGroup's read: managed-fleets:Get*),
      // never one that would cover a denied-by-design action.
      for (const action of actions.filter((a) => a.includes('*') || a.includes('?'))) {
        expect([action, SCHEMA_PATTERNS.has(action.toLowerCase()), isDeniedByDesign(action)]).toEqual([action, true, false])
      }
      expect(actions.map(normalizeAction)).toEqual(actions)
      const keys = actions.map((a) => a.toLowerCase())
      expect(keys).toEqual([...new Set(keys)].sort())
      expect(statement.Resource).toBe('*')
    }
  })

  it('fits IAM’s 6,144-character limit for a managed policy (whitespace not counted), document by document', () => {
    for (const text of committedTexts) expect(text.replace(/\s/g, '').length).toBeLessThanOrEqual(6144)
  })
})

describe('scripts/gen-policy.mjs', () => {
  it('prints the policy for the default types plus the named ones, and reports what it left out', () => {
    const extra = ['AWS::SQS::Queue', 'AWS::SecretsManager::Secret']
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-policy.mjs'), ...extra], { encoding: 'utf8' })
    // One document is printed; more need --out (next test). Which one this is depends on how large the defaults are.
    const expected = readOnlyPolicies([...DEFAULT_LIVE_TYPES, ...extra])
    expect(run.status).toBe(expected.length === 1 ? 0 : 2)
    expect(run.stdout).toBe(expected.length === 1 ? renderPolicy(expected[0]) : '')
    expect(run.stderr).toContain('left out by design: secretsmanager:GetSecretValue (AWS::SecretsManager::Secret read handler)')
    expect(run.stderr).toContain('left out by design: lambda:GetFunction (AWS::Lambda::Function read handler)')
    expect(run.stderr).not.toContain('wrote')
  }, 60000)

  it('writes the documents into --out DIR when the types need more than one, and refuses a name that is not a type', () => {
    const many = ['AWS::SQS::Queue', 'AWS::SNS::Topic', 'AWS::DynamoDB::Table', 'AWS::ECR::Repository', 'AWS::ECS::Cluster', 'AWS::EKS::Cluster', 'AWS::Redshift::Cluster', 'AWS::OpenSearchService::Domain', 'AWS::CloudFront::Distribution', 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::WAFv2::WebACL', 'AWS::CodeBuild::Project']
    const expected = readOnlyPolicies([...DEFAULT_LIVE_TYPES, ...many]).map(renderPolicy)
    expect(expected.length).toBeGreaterThan(1)
    const printed = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-policy.mjs'), ...many], { encoding: 'utf8' })
    expect(printed.status).toBe(2)
    expect(printed.stderr).toContain(`these types need ${expected.length} policy documents`)
    expect(printed.stderr).toContain('--out DIR')
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-policy-'))
    const written = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-policy.mjs'), '--out', dir, ...many], { encoding: 'utf8' })
    expect(written.status).toBe(0)
    const files = readdirSync(dir).sort()
    expect(files).toEqual(['plumbline-read-only.json', ...expected.slice(1).map((_, i) => `plumbline-read-only-${i + 2}.json`)].sort())
    expect(readFileSync(join(dir, 'plumbline-read-only.json'), 'utf8')).toBe(expected[0])
    const bad = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-policy.mjs'), 'AWS::SQS::Queue', 'sqs-queue'], { encoding: 'utf8' })
    expect(bad.status).toBe(2)
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringContaining('sqs-queue: not a CloudFormation resource type')])
  }, 60000)
})

describe('policyActionsFor', () => {
  it('over every type we hold a schema for, never allows a denied-by-design action and reports each one left out', () => {
    const types = Object.keys(SCHEMA_DATA)
    const { allowed, excluded } = policyActionsFor(types)
    for (const action of DENIED_BY_DESIGN) expect(allowed.map((a) => a.toLowerCase())).not.toContain(action.toLowerCase())
    expect(actionAllowed(readOnlyPolicy(types), 'secretsmanager:GetSecretValue')).toBe(false)
    expect(excluded).toContainEqual({ type: 'AWS::SecretsManager::Secret', handler: 'read', action: 'secretsmanager:GetSecretValue' })
    expect(allowed).toEqual(expect.arrayContaining(['secretsmanager:ListSecrets']))
    // A whole service's actions are never granted (the Route 53 Resolver firewall schemas ask for iam:* and more).
    expect(allowed.filter((a) => /:\*$/.test(a))).toEqual([])
    expect(excluded).toContainEqual({ type: 'AWS::Route53Resolver::FirewallRuleGroup', handler: 'list', action: 'iam:*' })
    // The list grows with the shipped schemas (a trust store's read fetches its CA bundle with s3:GetObject, an SSM
    // parameter's returns its value): each type listed needs a denied action, and each such type is listed.
    const needing = typesNeedingDeniedActions(types)
    expect(needing).toEqual(expect.arrayContaining(['AWS::ElasticLoadBalancingV2::TrustStore', 'AWS::Lambda::Function', 'AWS::SecretsManager::Secret', 'AWS::SSM::Parameter', 'AWS::Lambda::LayerVersion']))
    for (const type of types) {
      const { list, read } = typePermissions(type)
      const wholeService = (a: string) => /:\*$/.test(a) && a.toLowerCase() !== 'apigateway:*'
      expect([type, needing.includes(type)]).toEqual([type, [...list, ...read].some((a) => isDeniedByDesign(a) || wholeService(a))])
    }
  })

  it('adds Cloud Control and the account facts, skips Plumbline:: fact types and refuses a type without schema data', () => {
    const { allowed, excluded } = policyActionsFor(['AWS::SQS::Queue', 'Plumbline::IAM::PasswordPolicy'])
    expect(allowed).toEqual(
      [...typePermissions('AWS::SQS::Queue').list, ...typePermissions('AWS::SQS::Queue').read, ...CLOUD_CONTROL_ACTIONS, ...ACCOUNT_FACT_ACTIONS]
        .filter((a, i, all) => all.indexOf(a) === i)
        .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))
    )
    expect(excluded).toEqual([])
    expect(() => policyActionsFor(['AWS::Made::Up'])).toThrow('No schema data for AWS::Made::Up')
  })

  it('normalizes the schemas’ spellings and merges actions that differ only in case', () => {
    expect(normalizeAction('CloudTrail:ListTrails')).toBe('cloudtrail:ListTrails')
    expect(normalizeAction('iam:listUsers')).toBe('iam:ListUsers')
    expect(normalizeAction('S3:GetBucketWebsite')).toBe('s3:GetBucketWebsite')
    expect(typePermissions('AWS::IAM::User').list).toEqual(['iam:ListUsers'])
    expect(typePermissions('AWS::S3::Bucket').read.filter((a) => a.toLowerCase() === 's3:getbucketpublicaccessblock')).toHaveLength(1)
  })

  it('treats a wildcard handler permission that covers a denied action as denied', () => {
    expect(DENIED_BY_DESIGN.every((a) => !/[*?]/.test(a) && normalizeAction(a) === a)).toBe(true)
    expect(isDeniedByDesign('s3:Get*')).toBe(true)
    expect(isDeniedByDesign('S3:GETOBJECT')).toBe(true)
    expect(isDeniedByDesign('secretsmanager:*')).toBe(true)
    expect(isDeniedByDesign('*')).toBe(true)
    expect(isDeniedByDesign('s3:GetBucket*')).toBe(false)
    expect(isDeniedByDesign('lambda:GetFunctionConfiguration')).toBe(false)
  })
})

describe('actionAllowed', () => {
  const policy = (...Statement: PolicyDocument['Statement']): PolicyDocument => ({ Version: '2012-10-17', Statement })

  it('allows what an Allow names and nothing else (the implicit deny)', () => {
    const p = policy({ Effect: 'Allow', Action: 'ec2:DescribeVpcs', Resource: '*' })
    expect(actionAllowed(p, 'ec2:DescribeVpcs')).toBe(true)
    expect(actionAllowed(p, 'ec2:DescribeVpc')).toBe(false)
    expect(actionAllowed(p, 'ec2:DescribeVpcsX')).toBe(false)
    expect(actionAllowed(policy(), 'ec2:DescribeVpcs')).toBe(false)
  })

  it('matches case-insensitively, with * for any run of characters and ? for one', () => {
    const p = policy({ Effect: 'Allow', Action: ['EC2:describe*', 'iam:Get?ser', 'kms:*Key'], Resource: '*' })
    expect(actionAllowed(p, 'ec2:DescribeVpcs')).toBe(true)
    expect(actionAllowed(p, 'ec2:Describe')).toBe(true)
    expect(actionAllowed(p, 'ec2:RunInstances')).toBe(false)
    expect(actionAllowed(p, 'IAM:GETUSER')).toBe(true)
    expect(actionAllowed(p, 'iam:GetUUser')).toBe(false)
    expect(actionAllowed(p, 'kms:DescribeKey')).toBe(true)
    expect(actionAllowed(p, 'kms:DescribeKeys')).toBe(false)
    expect(actionAllowed(policy({ Effect: 'Allow', Action: 'ec2:Describe.pcs', Resource: '*' }), 'ec2:DescribeVpcs')).toBe(false)
  })

  it('lets a Deny win over any Allow, whichever comes first', () => {
    const allow = { Effect: 'Allow', Action: '*', Resource: '*' }
    const deny = { Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }
    expect(actionAllowed(policy(allow, deny), 's3:GetObject')).toBe(false)
    expect(actionAllowed(policy(deny, allow), 's3:getobject')).toBe(false)
    expect(actionAllowed(policy(allow, deny), 's3:GetObjectAcl')).toBe(true)
  })

  it('reads NotAction as every action but the listed ones, in an Allow and in a Deny', () => {
    const allowAllButIam = policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })
    expect(actionAllowed(allowAllButIam, 's3:ListBucket')).toBe(true)
    expect(actionAllowed(allowAllButIam, 'iam:ListRoles')).toBe(false)
    const denyAllButReads = policy({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', NotAction: ['*:Describe*', '*:List*'], Resource: '*' })
    expect(actionAllowed(denyAllButReads, 'ec2:DescribeVpcs')).toBe(true)
    expect(actionAllowed(denyAllButReads, 'ec2:TerminateInstances')).toBe(false)
  })

  it('accepts a single statement object, as IAM does', () => {
    expect(actionAllowed({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'sqs:ListQueues', Resource: '*' } } as never, 'sqs:ListQueues')).toBe(true)
  })

  it('refuses statements it cannot evaluate instead of guessing: conditions, other resources', () => {
    expect(() => actionAllowed(policy({ Sid: 'Scoped', Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' }), 's3:GetObject')).toThrow('Scoped')
    expect(() =>
      actionAllowed(policy({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }), 's3:GetObject')
    ).toThrow('other scoping')
    expect(() => actionAllowed(policy({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:iam::*:*' }), 'iam:ListRoles')).toThrow()
  })

  it('matches patterns with the same rules when used directly', () => {
    expect(actionMatches('s3:Get*Configuration', 's3:GetLifecycleConfiguration')).toBe(true)
    expect(actionMatches('s3:Get*Configuration', 's3:GetBucketPolicy')).toBe(false)
  })
})

describe('policy/github-oidc-trust.json', () => {
  const trust = JSON.parse(readFileSync(join(ROOT, 'policy/github-oidc-trust.json'), 'utf8'))
  const readme = readFileSync(join(ROOT, 'policy/README.md'), 'utf8')

  it('lets only GitHub’s OIDC provider assume the role, for the STS audience and one repository', () => {
    expect(trust.Statement).toHaveLength(1)
    const [statement] = trust.Statement
    expect(statement.Effect).toBe('Allow')
    expect(statement.Action).toBe('sts:AssumeRoleWithWebIdentity')
    expect(statement.Principal).toEqual({ Federated: 'arn:aws:iam::ACCOUNT_ID:oidc-provider/token.actions.githubusercontent.com' })
    expect(Object.keys(statement.Condition)).toEqual(['StringEquals'])
    const conditions = statement.Condition.StringEquals
    expect(conditions['token.actions.githubusercontent.com:aud']).toBe('sts.amazonaws.com')
    for (const sub of [conditions['token.actions.githubusercontent.com:sub']].flat()) {
      expect(sub).toMatch(/^repo:OWNER\/REPO:[^*?]+$/)
    }
  })

  it('is explained in policy/README.md: placeholders, the environment form and the immutable sub', () => {
    for (const text of ['ACCOUNT_ID', 'OWNER', 'REPO', ':environment:', 'repo:OWNER@OWNER_ID/REPO@REPO_ID', 'node scripts/gen-policy.mjs']) {
      expect(readme).toContain(text)
    }
  })
})

describe('policy/plumbline-drift-read-only-N.json', () => {
  const { additionalPolicies, policySize, MANAGED_POLICY_MAX_CHARS } = permissions
  const driftTypes = driftLiveTypes()
  const files = readdirSync(join(ROOT, 'policy')).filter((f) => /^plumbline-drift-read-only-\d+\.json$/.test(f)).sort()
  const parts: PolicyDocument[] = files.map((f) => JSON.parse(readFileSync(join(ROOT, 'policy', f), 'utf8')))

  it('are exactly what scripts/gen-policy.mjs writes for every type the mapping produces', () => {
    const expected = additionalPolicies(driftTypes, DEFAULT_LIVE_TYPES).map(renderPolicy)
    expect(files.map((f) => readFileSync(join(ROOT, 'policy', f), 'utf8'))).toEqual(expected)
  })

  it('each fit IAM’s size limit for a managed policy, as the read-only policy does', () => {
    for (const part of [...committedParts, ...parts]) expect(policySize(part)).toBeLessThanOrEqual(MANAGED_POLICY_MAX_CHARS)
  })

  it('with the read-only policy, allow every list and read permission of every type the mapping produces, data reads still denied', () => {
    const together: PolicyDocument = { Version: '2012-10-17', Statement: [...committed.Statement, ...parts.flatMap((p) => p.Statement)] }
    expect(driftTypes.length).toBeGreaterThan(DEFAULT_LIVE_TYPES.length)
    const missing: string[] = []
    // A handler that needs a denied action, or a whole service (API Gateway's stands for its GETs), gets none of its
    // permissions, and a type that cannot be listed none for its read either.
    const blocked = (action: string) => isDeniedByDesign(action) || (/:\*$/.test(action) && action.toLowerCase() !== 'apigateway:*')
    const granted = (action: string) => (action.toLowerCase() === 'apigateway:*' ? 'apigateway:GET' : action)
    for (const type of driftTypes) {
      const { list, read } = typePermissions(type)
      if (list.some(blocked)) continue
      for (const action of [...list, ...(read.some(blocked) ? [] : read)]) if (!actionAllowed(together, granted(action))) missing.push(`${type} ${action}`)
    }
    expect(actionAllowed(together, 'iam:CreateAccessKey')).toBe(false)
    expect(missing).toEqual([])
    for (const denied of DENIED_BY_DESIGN) expect(actionAllowed(together, denied)).toBe(false)
    for (const part of parts) expect(part.Statement.every((s) => s.Effect === 'Allow')).toBe(true)
  })
})
