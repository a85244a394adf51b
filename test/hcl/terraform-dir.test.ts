import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadTerraformDir, scanTerraformBlocks } from '../../src/sources/hcl/index.js'
import { InputError, type TfResource } from '../../src/types.js'
import { errorOf } from '../e2e/helpers.js'

const fixtures = fileURLToPath(new URL('../fixtures/hcl', import.meta.url))
const repoRoot = dirname(dirname(fixtures)) // test/: paths come out as fixtures/hcl/...
const noEnv = {}

const temporary: string[] = []
afterAll(async () => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))))

/** A throw-away repository with the given files; returns its root. */
async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'plumbline-hcl-'))
  temporary.push(root)
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, name)), { recursive: true })
    await writeFile(join(root, name), text)
  }
  return root
}

function byAddress(resources: TfResource[], address: string): TfResource {
  const found = resources.find((r) => r.address === address)
  if (!found) throw new Error(`${address} not among ${resources.map((r) => r.address).join(', ')}`)
  return found
}


describe('the fixture project (root, a local module, a module inside it)', () => {
  const dir = join(fixtures, 'project')

  test('blocks: configuration addresses with module prefixes, repository-relative files, exact lines', async () => {
    const { blocks, warnings } = await scanTerraformBlocks(dir, { repoRoot })
    expect(warnings).toEqual([])
    expect(blocks.map((b) => [b.address, b.file, b.line, b.endLine])).toEqual([
      ['aws_s3_bucket.logs', 'fixtures/hcl/project/main.tf', 25, 28],
      ['aws_s3_bucket_versioning.logs', 'fixtures/hcl/project/main.tf', 30, 36],
      ['aws_db_instance.main', 'fixtures/hcl/project/main.tf', 38, 44],
      ['module.net.aws_vpc.this', 'fixtures/hcl/project/modules/net/main.tf', 4, 7],
      ['module.net.module.sub.aws_flow_log.this', 'fixtures/hcl/project/modules/net/sub/main.tf', 1, 3]
    ])
    expect(blocks[1].suppressions).toEqual([
      {
        kind: 'plumbline',
        rule: 's3-bucket-versioning-enabled',
        reason: 'logs are write-once',
        file: 'fixtures/hcl/project/main.tf',
        line: 31
      }
    ])
  })

  test('loadTerraformDir gives the same blocks as the lexer-only scan', async () => {
    const scanned = await scanTerraformBlocks(dir, { repoRoot })
    const loaded = await loadTerraformDir(dir, { repoRoot, env: noEnv })
    expect(loaded.blocks).toEqual(scanned.blocks)
  })

  test('values: locals, templates, nested blocks as lists, module arguments into module variables', async () => {
    const { resources, providerRegion, warnings } = await loadTerraformDir(dir, { repoRoot, env: noEnv })
    expect(warnings).toEqual([])
    expect(providerRegion).toBe('eu-west-1')

    const bucket = byAddress(resources, 'aws_s3_bucket.logs')
    expect(bucket.values).toEqual({ bucket: 'app-prod-logs', tags: { Team: 'core', Env: 'prod' } })
    expect(bucket).toMatchObject({ type: 'aws_s3_bucket', name: 'logs', module: '', origin: 'hcl', unknown: [], region: 'eu-west-1' })
    expect(bucket.location).toEqual({ file: 'fixtures/hcl/project/main.tf', line: 25 })

    const versioning = byAddress(resources, 'aws_s3_bucket_versioning.logs')
    expect(versioning.values).toEqual({ versioning_configuration: [{ status: 'Enabled' }] })

    const vpc = byAddress(resources, 'module.net.aws_vpc.this')
    expect(vpc.values).toEqual({ cidr_block: '10.0.0.0/16', tags: { Name: 'app-prod' } })
    expect(vpc.module).toBe('module.net')
    expect(vpc.location).toEqual({ file: 'fixtures/hcl/project/modules/net/main.tf', line: 4 })
    expect(vpc.region).toBe('eu-west-1') // the root's default provider is inherited

    expect(byAddress(resources, 'module.net.module.sub.aws_flow_log.this').values).toEqual({ traffic_type: 'ALL' })
  })

  test('references to other resources are unknown values, recorded as references', async () => {
    const { resources } = await loadTerraformDir(dir, { repoRoot, env: noEnv })
    const versioning = byAddress(resources, 'aws_s3_bucket_versioning.logs')
    expect(versioning.unknown).toEqual(['bucket'])
    expect(versioning.values).not.toHaveProperty('bucket')
    expect(versioning.references).toEqual({ bucket: ['aws_s3_bucket.logs'] })

    const db = byAddress(resources, 'aws_db_instance.main')
    expect(db.unknown).toEqual(['kms_key_id'])
    expect(db.references).toEqual({ kms_key_id: ['aws_kms_key.db'] })
    expect(db.values).toMatchObject({ identifier: 'main', storage_encrypted: true, publicly_accessible: false })
  })

  test('an attribute set from a sensitive variable is a sensitive path', async () => {
    const { resources } = await loadTerraformDir(dir, { repoRoot, env: noEnv })
    const db = byAddress(resources, 'aws_db_instance.main')
    expect(db.sensitive).toEqual(['password'])
    expect(byAddress(resources, 'aws_s3_bucket.logs').sensitive).toEqual([])
  })
})

test('a remote module source is a warning, not an error; the rest is still read', async () => {
  const dir = join(fixtures, 'remote')
  const { blocks, warnings } = await scanTerraformBlocks(dir, { repoRoot })
  expect(blocks.map((b) => b.address)).toEqual(['aws_vpc.local'])
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toMatch(/^module\.vpc: source "terraform-aws-modules\/vpc\/aws" is not a local folder/)
  const loaded = await loadTerraformDir(dir, { repoRoot, env: noEnv })
  expect(loaded.resources.map((r) => r.address)).toEqual(['aws_vpc.local'])
  expect(loaded.warnings).toEqual(warnings)
})

test('a remote module source with credentials in its URL is named without them', async () => {
  const root = await project({
    'main.tf': [
      'module "a" {',
      '  source = "git::https://deploy:ghp_s3cretT0kenValue@github.com/acme/modules.git//vpc?ref=v1.2.0"',
      '}',
      'module "b" {',
      '  source = "git::ssh://git@github.com/acme/modules.git?sshkey=LS0tLS1CRUdJTiBPUEVOU1NIIFBSSVZBVEUgS0VZ"',
      '}'
    ].join('\n')
  })
  const { warnings } = await scanTerraformBlocks(root, { repoRoot: root })
  expect(warnings).toHaveLength(2)
  expect(warnings.join('\n')).not.toMatch(/ghp_s3cretT0kenValue|deploy:|LS0tLS1CRUdJTi/)
  expect(warnings[0]).toContain('source "git::https://***@github.com/acme/modules.git//vpc?…" is not a local folder')
})

test('variable precedence: default < terraform.tfvars < *.auto.tfvars(.json) in lexical order; no value is unknown', async () => {
  const { resources } = await loadTerraformDir(join(fixtures, 'vars'), { repoRoot, env: noEnv })
  const parameter = byAddress(resources, 'aws_ssm_parameter.p')
  expect(parameter.values).toEqual({ name: 'default', type: 'tfvars', value: 'a.auto', tier: 'b.auto.json' })
  expect(parameter.unknown).toEqual(['description'])
})

test('a TF_VAR_ environment variable makes its variable unknown (never read) unless a file sets it', async () => {
  const { resources } = await loadTerraformDir(join(fixtures, 'vars'), {
    repoRoot,
    env: { TF_VAR_from_default: 'secret-from-env', TF_VAR_from_tfvars: 'ignored' }
  })
  const parameter = byAddress(resources, 'aws_ssm_parameter.p')
  expect([...parameter.unknown].sort()).toEqual(['description', 'name'])
  expect(parameter.values.type).toBe('tfvars')
  expect(JSON.stringify(parameter)).not.toContain('secret-from-env')
})

test('a syntax error is one line: relative file, line and column of the first error, the message', async () => {
  // line 6 is `  bucket = ` (with a trailing space): the expression is missing where the line ends, column 12
  const error = await errorOf(loadTerraformDir(join(fixtures, 'bad'), { repoRoot, env: noEnv }))
  expect(error).toBeInstanceOf(InputError)
  expect(error.message).toBe(
    'fixtures/hcl/bad/main.tf:6:12: Invalid expression; Expected the start of an expression, but found an invalid expression token.'
  )
})

test('the first of several syntax errors in a module file is reported', async () => {
  const root = await project({
    'infra/main.tf': 'resource "a" "b" {\n  x = 1\n}\n',
    'infra/mod/broken.tf': 'locals {\n  a = "fine"\n  b = "unterminated\n}\n',
    'infra/call.tf': 'module "m" {\n  source = "./mod"\n}\n'
  })
  const error = await errorOf(loadTerraformDir(join(root, 'infra'), { repoRoot: root, env: noEnv }))
  expect(error).toBeInstanceOf(InputError)
  // `  b = "unterminated` is 19 characters: HCL reports where the line ends
  expect(error.message).toMatch(/^infra\/mod\/broken\.tf:3:20: Invalid multi-line string; /)
  expect(error.message).not.toContain('\n')
})

describe('count and for_each', () => {
  test('literal count gives indexed instances with count.index resolved', async () => {
    const root = await project({
      'main.tf': 'variable "n" { default = 2 }\nresource "aws_ebs_volume" "v" {\n  count = var.n\n  size  = 10\n  tags  = { Name = "vol-${count.index}" }\n}\n'
    })
    const { resources } = await loadTerraformDir(root, { repoRoot: root, env: noEnv })
    expect(resources.map((r) => [r.address, r.index, r.values.tags])).toEqual([
      ['aws_ebs_volume.v[0]', 0, { Name: 'vol-0' }],
      ['aws_ebs_volume.v[1]', 1, { Name: 'vol-1' }]
    ])
    expect(resources.every((r) => r.location?.line === 2)).toBe(true)
  })

  test('count = 0 gives no instance', async () => {
    const root = await project({ 'main.tf': 'resource "aws_ebs_volume" "v" {\n  count = 0\n}\n' })
    expect((await loadTerraformDir(root, { repoRoot: root, env: noEnv })).resources).toEqual([])
  })

  test('for_each over a map and over toset([...]) gives string keys (in lexical order, as Terraform orders them) with each.key / each.value', async () => {
    const root = await project({
      'main.tf': [
        'resource "aws_s3_bucket" "m" {',
        '  for_each = { logs = "eu-west-1", "data-x" = "us-east-1" }',
        '  bucket   = "${each.key}-${each.value}"',
        '}',
        'resource "aws_iam_user" "u" {',
        '  for_each = toset(["bob", "alice", "bob"])',
        '  name     = each.value',
        '}'
      ].join('\n')
    })
    const { resources } = await loadTerraformDir(root, { repoRoot: root, env: noEnv })
    expect(resources.map((r) => [r.address, r.index, r.values])).toEqual([
      ['aws_s3_bucket.m["data-x"]', 'data-x', { bucket: 'data-x-us-east-1' }],
      ['aws_s3_bucket.m["logs"]', 'logs', { bucket: 'logs-eu-west-1' }],
      ['aws_iam_user.u["alice"]', 'alice', { name: 'alice' }],
      ['aws_iam_user.u["bob"]', 'bob', { name: 'bob' }]
    ])
  })

  test('an unresolvable count is one unkeyed instance whose each/count-dependent values are unknown, with a warning', async () => {
    const root = await project({
      'main.tf': 'resource "aws_ebs_volume" "v" {\n  count     = length(data.aws_availability_zones.all.names)\n  encrypted = true\n  size      = count.index + 1\n}\n'
    })
    const { resources, warnings } = await loadTerraformDir(root, { repoRoot: root, env: noEnv })
    expect(resources).toHaveLength(1)
    expect(resources[0].address).toBe('aws_ebs_volume.v')
    expect(resources[0]).not.toHaveProperty('index')
    expect(resources[0].values).toEqual({ encrypted: true })
    expect(resources[0].unknown).toEqual(['size'])
    expect(warnings).toEqual(['aws_ebs_volume.v: count is not known without a plan; checked as one instance'])
  })

  test('module count expands module instances', async () => {
    const root = await project({
      'main.tf': 'module "m" {\n  source = "./m"\n  for_each = { a = "x" }\n  v = each.value\n}\n',
      'm/main.tf': 'variable "v" {}\nresource "aws_sqs_queue" "q" {\n  name = var.v\n}\n'
    })
    const { resources, blocks } = await loadTerraformDir(root, { repoRoot: root, env: noEnv })
    expect(resources.map((r) => [r.address, r.module, r.values])).toEqual([['module.m["a"].aws_sqs_queue.q', 'module.m["a"]', { name: 'x' }]])
    expect(blocks.map((b) => b.address)).toEqual(['module.m.aws_sqs_queue.q'])
  })
})

describe('unknown marking', () => {
  test('functions, conditionals, unresolvable locals, directives and dynamic blocks are unknown; list positions are kept', async () => {
    const root = await project({
      'main.tf': [
        'locals {',
        '  partial = { a = "x", b = aws_vpc.v.id }',
        '}',
        'resource "aws_security_group" "g" {',
        '  name        = timestamp()',
        '  description = var.missing == null ? "a" : "b"',
        '  tags        = local.partial',
        '  vpc_id      = "%{ if true }x%{ endif }"',
        '  egress {',
        '    cidr_blocks = ["10.0.0.0/8", aws_vpc.v.cidr_block, "0.0.0.0/0"]',
        '  }',
        '  dynamic "ingress" {',
        '    for_each = var.rules',
        '    content {',
        '      cidr_blocks = [ingress.value]',
        '    }',
        '  }',
        '  revoke_rules_on_delete = "$${literal}"',
        '}'
      ].join('\n')
    })
    const [group] = (await loadTerraformDir(root, { repoRoot: root, env: noEnv })).resources
    expect(group.values).toEqual({
      egress: [{ cidr_blocks: ['10.0.0.0/8', null, '0.0.0.0/0'] }],
      revoke_rules_on_delete: '${literal}'
    })
    expect([...group.unknown].sort()).toEqual(['description', 'egress[0].cidr_blocks[1]', 'ingress', 'name', 'tags', 'vpc_id'])
    // references follow local values: tags refers to aws_vpc.v through local.partial
    expect(group.references).toEqual({ egress: ['aws_vpc.v'], tags: ['aws_vpc.v'] })
  })

  test('references name data sources too, and not strings inside expressions', async () => {
    const root = await project({
      'main.tf': 'resource "aws_iam_policy" "p" {\n  policy = data.aws_iam_policy_document.doc.json\n  name = format("%s", "aws_fake.name", aws_iam_role.r[0].name)\n}\n'
    })
    const [policy] = (await loadTerraformDir(root, { repoRoot: root, env: noEnv })).resources
    expect(policy.references).toEqual({ policy: ['data.aws_iam_policy_document.doc'], name: ['aws_iam_role.r'] })
  })
})

test('data sources, variables, outputs, providers and locals are not resources; aliased providers give regions', async () => {
  const root = await project({
    'main.tf': [
      'provider "aws" {\n  region = "eu-west-1"\n}',
      'provider "aws" {\n  alias  = "us"\n  region = "us-east-1"\n}',
      'data "aws_caller_identity" "me" {}',
      'output "o" {\n  value = 1\n}',
      'resource "aws_s3_bucket" "eu" {}',
      'resource "aws_s3_bucket" "us" {\n  provider = aws.us\n}'
    ].join('\n')
  })
  const { resources, blocks, providerRegion } = await loadTerraformDir(root, { repoRoot: root, env: noEnv })
  expect(blocks.map((b) => b.address)).toEqual(['aws_s3_bucket.eu', 'aws_s3_bucket.us'])
  expect(resources.map((r) => [r.address, r.region, r.values])).toEqual([
    ['aws_s3_bucket.eu', 'eu-west-1', {}],
    ['aws_s3_bucket.us', 'us-east-1', {}]
  ])
  expect(providerRegion).toBe('eu-west-1')
})

test('a dir that is not a folder is an InputError', async () => {
  const error = await errorOf(scanTerraformBlocks(join(fixtures, 'no-such-dir'), { repoRoot }))
  expect(error).toBeInstanceOf(InputError)
  expect(error.message).toMatch(/^terraform-dir: .*no-such-dir is not a folder; /)
})

describe('declared variable types', () => {
  test('a value is converted to its declared type as Terraform converts it', async () => {
    const variables: Array<[string, string, string]> = [
      ['s', 'string', '"x"'],
      ['n', 'number', '22'],
      ['l', 'list(string)', '["b", "a"]'],
      ['st', 'set(string)', '["a", "b"]'],
      ['m', 'map(number)', '{ a = 1 }'],
      ['o', 'object({ name = string, port = optional(number) })', '{ name = "x", port = 1 }'],
      ['a', 'any', '[1, "x"]'],
      ['to_string', 'string', '22'],
      ['unsorted_set', 'set(string)', '["b", "a"]'],
      ['map_to_string', 'map(string)', '{ a = 1 }'],
      ['optional_missing', 'object({ name = string, port = optional(number) })', '{ name = "x" }']
    ]
    const root = await project({
      'main.tf': [
        ...variables.map(([name, type, value]) => `variable "${name}" {\n  type    = ${type}\n  default = ${value}\n}`),
        'resource "aws_ssm_parameter" "p" {',
        ...variables.map(([name]) => `  ${name} = var.${name}`),
        '}'
      ].join('\n')
    })
    const [parameter] = (await loadTerraformDir(root, { repoRoot: root, env: noEnv })).resources
    expect(parameter.values).toEqual({
      s: 'x',
      n: 22,
      l: ['b', 'a'],
      st: ['a', 'b'],
      m: { a: 1 },
      o: { name: 'x', port: 1 },
      a: [1, 'x'],
      to_string: '22',
      unsorted_set: ['a', 'b'],
      map_to_string: { a: '1' },
      optional_missing: { name: 'x', port: null }
    })
    expect(parameter.unknown).toEqual([])
  })
})

describe('capitalised booleans', () => {
  const files = {
    'infra/main.tf': [
      'resource "aws_s3_bucket" "logs" {', // 1
      '  bucket              = "acme-logs" # True in a comment is fine', // 2
      '  object_lock_enabled = True', // 3
      '}', // 4
      'module "app" {', // 5
      '  source = "./app"', // 6
      '}' // 7
    ].join('\n'),
    'infra/app/main.tf': 'resource "aws_cloudtrail" "t" {\n  name                       = "t"\n  s3_bucket_name             = "b"\n  enable_log_file_validation = FALSE\n}\n'
  }

  test('are a warning with the file and line, and their value stays unknown, without a plan', async () => {
    const root = await project(files)
    const { resources, warnings } = await loadTerraformDir(join(root, 'infra'), { repoRoot: root, env: noEnv })
    expect(warnings).toEqual([
      'infra/main.tf:3: True is not an HCL boolean; write true',
      'infra/app/main.tf:4: FALSE is not an HCL boolean; write false'
    ])
    expect(byAddress(resources, 'aws_s3_bucket.logs').unknown).toEqual(['object_lock_enabled'])
    expect(byAddress(resources, 'aws_s3_bucket.logs').values).toEqual({ bucket: 'acme-logs' })
    expect(byAddress(resources, 'module.app.aws_cloudtrail.t').unknown).toEqual(['enable_log_file_validation'])
  })

  test('are the same warning when the code is only scanned beside a plan (a plan cannot come from such code)', async () => {
    const root = await project(files)
    const { warnings } = await scanTerraformBlocks(join(root, 'infra'), { repoRoot: root })
    expect(warnings).toEqual([
      'infra/main.tf:3: True is not an HCL boolean; write true',
      'infra/app/main.tf:4: FALSE is not an HCL boolean; write false'
    ])
  })
})
