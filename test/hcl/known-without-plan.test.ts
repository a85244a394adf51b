// What plan-less evaluation decides from the code alone, as Terraform would (issue 11), and what it must leave
// unknown: data sources other than policy documents, resource attributes, variables with no value.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { evaluateExpression, UNKNOWN, type Evaluated, type Scope } from '../../src/sources/hcl/expressions.js'
import { loadTerraformDir } from '../../src/sources/hcl/index.js'
import type { TfResource } from '../../src/types.js'

const unknown: Evaluated = { value: UNKNOWN, sensitive: false }
const known = (value: unknown): Evaluated => ({ value, sensitive: false })
const variables: Record<string, Evaluated> = {
  create: known(false),
  enabled: known(true),
  empty_map: known({}),
  empty_list: known([]),
  tags: known({ b: '2', a: '1' }),
  names: known(['web', 'api', '', null]),
  nothing: known(null),
  no_default: unknown
}
const scope: Scope = { variable: (name) => variables[name] ?? unknown, local: () => unknown }

/** The value of one expression, UNKNOWN as the string 'UNKNOWN' so failures read well. */
function value(source: string): unknown {
  const result = evaluateExpression(source, scope).value
  return result === UNKNOWN ? 'UNKNOWN' : result
}

describe('conditions over variables with known defaults', () => {
  test.each([
    ['length(keys(var.empty_map)) == 0', true],
    ['length(var.empty_list) > 0', false],
    ['var.nothing != null', false],
    ['var.tags != null ? var.tags.a : "none"', '1'],
    ['var.nothing != null ? var.nothing.a : "none"', 'none'],
    // the branch not taken fails (null has no attributes, anytrue over null): it drops out
    ['var.nothing != null ? anytrue([for k, v in var.nothing : v.x != null]) : false', false],
    ['length(var.tags) > 0 ? 1 : 0', 1],
    ['var.create ? ["a", "b"] : []', []],
    ['var.enabled ? ["a", "b"] : []', ['a', 'b']],
    ['var.enabled ? { a = 1 } : {}', { a: 1 }],
    ['var.enabled ? [1, "a"] : []', 'UNKNOWN'], // unified to list(string): ["1", "a"]
    ['contains(keys(var.tags), "a")', true],
    ['lookup(var.tags, "c", "default")', 'default']
  ])('%s is %j', (source, expected) => {
    expect(value(source)).toEqual(expected)
  })
})

describe('&& and || short-circuit as Terraform does', () => {
  test.each([
    ['var.create && aws_instance.web.id != ""', false],
    ['var.enabled || aws_instance.web.id != ""', true],
    ['aws_instance.web.id != "" && var.create', false],
    ['aws_instance.web.id != "" || var.enabled', true],
    ['var.enabled && aws_instance.web.id != ""', 'UNKNOWN'],
    ['var.create || aws_instance.web.id != ""', 'UNKNOWN'],
    ['var.create && var.no_default', false],
    ['var.enabled && var.no_default', 'UNKNOWN']
  ])('%s is %j', (source, expected) => {
    expect(value(source)).toEqual(expected)
  })
})

describe('try, coalesce and concat chains: the first known alternative decides', () => {
  test.each([
    ['try(var.tags.missing, "fallback")', 'fallback'],
    ['try(var.empty_list[0], "first")', 'first'],
    ['try(var.tags.a, aws_instance.web.id)', '1'],
    ['coalesce(var.nothing, "", "x")', 'x'],
    ['coalescelist(var.empty_list, ["a"], ["b"])', ['a']],
    ['concat(var.empty_list, ["a"])[0]', 'a'],
    ['element(concat(var.empty_list, ["a", "b"]), 3)', 'b'],
    ['one(var.empty_list)', null],
    ['try(one(["a", "b"]), "many")', 'many'],
    // an unknown alternative before the known one leaves the result unknown: it might not fail
    ['try(aws_instance.web.id, "fallback")', 'UNKNOWN'],
    ['concat(aws_instance.web.*.id, [""])[0]', 'UNKNOWN'],
    ['coalesce(var.no_default, "x")', 'UNKNOWN']
  ])('%s is %j', (source, expected) => {
    expect(value(source)).toEqual(expected)
  })
})

describe('pure functions with Terraform semantics; a call Terraform rejects is unknown, never a crash', () => {
  test.each([
    ['compact(var.names)', ['web', 'api']],
    ['tomap({ a = "x", b = "y" })', { a: 'x', b: 'y' }],
    ['split(",", "a,b,,c")', ['a', 'b', '', 'c']],
    ['split(",", "")', ['']],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['trimspace("  x \\n")', 'x'],
    ['trimprefix("arn:aws:s3", "arn:")', 'aws:s3'],
    ['trimsuffix("name.fifo", ".fifo")', 'name'],
    ['startswith("arn:aws", "arn:")', true],
    ['endswith("queue.fifo", ".fifo")', true],
    ['chomp("line\\r\\n\\n")', 'line'],
    ['anytrue([false, true])', true],
    ['alltrue([])', true],
    ['anytrue([])', false],
    ['range(3)', [0, 1, 2]],
    ['range(1, 7, 2)', [1, 3, 5]],
    ['range(3, 0)', [3, 2, 1]],
    ['slice(["a", "b", "c"], 1, 3)', ['b', 'c']],
    ['reverse([1, 2, 3])', [3, 2, 1]],
    ['max(1, 7, 3)', 7],
    ['min(4, -2)', -2],
    ['sum([1, 2, 3])', 6],
    ['abs(-4)', 4],
    ['ceil(1.2)', 2],
    ['floor(1.8)', 1],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['base64encode("héllo")', 'aMOpbGxv'],
    ['base64decode("aMOpbGxv")', 'héllo'],
    ['md5("x")', '9dd4e461268c8034f5c8564e155c67a6'],
    ['sha256("")', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['jsonencode(merge(var.tags, { c = "3" }))', '{"a":"1","b":"2","c":"3"}'],
    ['join("-", [lower("A"), upper("b")])', 'a-B'],
    ['format("%s-%d", "web", 3)', 'web-3'],
    ['distinct(flatten([["a"], ["a", "b"]]))', ['a', 'b']],
    ['toset(["b", "a", "b"])', ['a', 'b']],
    ['tolist(["x"])', ['x']],
    ['values(var.tags)', ['1', '2']]
  ])('%s is %j', (source, expected) => {
    expect(value(source)).toEqual(expected)
  })

  test.each([
    ['element([], 0)'], // an empty list
    ['element(["a"], -1)'], // a negative index
    ['coalescelist([], [])'], // no list that is not empty
    ['one(["a", "b"])'], // more than one element
    ['slice(["a"], 0, 2)'], // past the end
    ['range(0, 1, 0)'], // a zero step
    ['range(2000)'], // more than 1024 elements
    ['base64decode("not base64!")'],
    ['zipmap(["a"], [1, 2])'],
    ['max()'],
    ['lookup(var.tags, "c")'],
    ['length(var.nothing)']
  ])('%s is unknown (Terraform rejects it)', (source) => {
    expect(value(source)).toBe('UNKNOWN')
  })

  test.each([
    ['replace("a1b", "/[0-9]/", "-")'], // a regular expression: Go's RE2, not ours
    ['trimspace("\\u00a0x")'], // Unicode spaces differ between Go and JS
    ['tomap({ a = "x", b = 1 })'], // values Terraform would convert to one type
    ['compact([1, "a"])'],
    ['anytrue(["true"])']
  ])('%s is unknown (the result is not certain without Terraform)', (source) => {
    expect(value(source)).toBe('UNKNOWN')
  })
})

describe('what only apply or a data source can tell stays unknown', () => {
  test.each([['data.aws_caller_identity.current.account_id'], ['aws_instance.web.id'], ['var.no_default'], ['"${var.no_default}-suffix"'], ['length(aws_instance.web.*.id)']])(
    '%s',
    (source) => {
      expect(value(source)).toBe('UNKNOWN')
    }
  )
})

// --- whole projects: count, for_each, dynamic blocks, declared types, policy documents ------------------------

const temporary: string[] = []
afterAll(async () => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))))

async function resourcesOf(mainTf: string, otherFiles: Record<string, string> = {}): Promise<{ resources: TfResource[]; warnings: string[] }> {
  const root = await mkdtemp(join(tmpdir(), 'plumbline-known-'))
  temporary.push(root)
  for (const [name, text] of Object.entries({ 'main.tf': mainTf, ...otherFiles })) {
    await mkdir(dirname(join(root, name)), { recursive: true })
    await writeFile(join(root, name), text)
  }
  return loadTerraformDir(root, { repoRoot: root, env: {} })
}

function byAddress(resources: TfResource[], address: string): TfResource {
  const found = resources.find((r) => r.address === address)
  if (!found) throw new Error(`${address} not among ${resources.map((r) => r.address).join(', ')}`)
  return found
}

describe('resources that do not exist', () => {
  test('count = 0, count = var.create ? 1 : 0 with create false, for_each = {} and a short-circuited count make no resource and no warning', async () => {
    const { resources, warnings } = await resourcesOf(`
variable "create" {
  type    = bool
  default = false
}
locals {
  create_role = var.create && aws_iam_role.other.arn != ""
}
resource "aws_s3_bucket" "zero" {
  count = 0
}
resource "aws_s3_bucket" "disabled" {
  count = var.create ? 1 : 0
}
resource "aws_s3_bucket" "none" {
  for_each = {}
}
resource "aws_s3_bucket" "short_circuit" {
  count = local.create_role ? 1 : 0
}
resource "aws_s3_bucket" "kept" {
  bucket = "kept"
}
`)
    expect(resources.map((r) => r.address)).toEqual(['aws_s3_bucket.kept'])
    expect(warnings).toEqual([])
  })

  test('a count that depends on a resource attribute is still one instance checked, with the warning', async () => {
    const { resources, warnings } = await resourcesOf(`
resource "aws_s3_bucket" "maybe" {
  count = length(aws_iam_role.r.tags) > 0 ? 1 : 0
}
`)
    expect(resources.map((r) => r.address)).toEqual(['aws_s3_bucket.maybe'])
    expect(warnings).toEqual(['aws_s3_bucket.maybe: count is not known without a plan; checked as one instance'])
  })
})

describe('dynamic blocks', () => {
  test('over a variable defaulting to [] or {}: no block at all', async () => {
    const { resources } = await resourcesOf(`
variable "ingress" {
  default = []
}
variable "egress" {
  default = {}
}
resource "aws_security_group" "sg" {
  name = "sg"
  dynamic "ingress" {
    for_each = var.ingress
    content {
      from_port = ingress.value.port
    }
  }
  dynamic "egress" {
    for_each = var.egress
    content {
      from_port = egress.value.port
    }
  }
}
`)
    const sg = byAddress(resources, 'aws_security_group.sg')
    expect(sg.values).toEqual({ name: 'sg' })
    expect(sg.unknown).toEqual([])
  })

  test('over a known collection: one block per element, with a custom iterator, map keys in order and nested dynamic blocks', async () => {
    const { resources } = await resourcesOf(`
variable "rules" {
  default = {
    web = { port = 443, cidrs = ["10.0.0.0/8"] }
    ssh = { port = 22, cidrs = [] }
  }
}
resource "aws_security_group" "sg" {
  dynamic "ingress" {
    for_each = var.rules
    iterator = rule
    content {
      description = "\${rule.key} on \${rule.value.port}"
      from_port   = rule.value.port
      to_port     = rule.value.port
      cidr_blocks = rule.value.cidrs
    }
  }
}
resource "aws_wafv2_web_acl" "acl" {
  dynamic "rule" {
    for_each = ["a", "b"]
    content {
      name = rule.value
      dynamic "statement" {
        for_each = rule.value == "a" ? [1, 2] : []
        content {
          priority = statement.value
          label    = "\${rule.value}\${statement.value}"
        }
      }
    }
  }
}
`)
    const sg = byAddress(resources, 'aws_security_group.sg')
    expect(sg.values.ingress).toEqual([
      { description: 'ssh on 22', from_port: 22, to_port: 22, cidr_blocks: [] },
      { description: 'web on 443', from_port: 443, to_port: 443, cidr_blocks: ['10.0.0.0/8'] }
    ])
    expect(sg.unknown).toEqual([])
    const acl = byAddress(resources, 'aws_wafv2_web_acl.acl')
    expect(acl.values.rule).toEqual([
      {
        name: 'a',
        statement: [
          { priority: 1, label: 'a1' },
          { priority: 2, label: 'a2' }
        ]
      },
      { name: 'b' }
    ])
  })

  test('unknown stays unknown: a for_each from a resource, static blocks beside generated ones, a list key, an unknown value', async () => {
    const { resources } = await resourcesOf(`
variable "ports" {
  default = [22]
}
variable "cidr" {}
resource "aws_security_group" "from_resource" {
  dynamic "ingress" {
    for_each = aws_vpc.main.cidr_block_associations
    content {
      from_port = 1
    }
  }
}
resource "aws_security_group" "mixed" {
  ingress {
    from_port = 80
  }
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port = ingress.value
    }
  }
}
resource "aws_security_group" "parts" {
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      description = ingress.key
      cidr_blocks = [var.cidr]
    }
  }
}
`)
    const fromResource = byAddress(resources, 'aws_security_group.from_resource')
    expect(fromResource.values).toEqual({})
    expect(fromResource.unknown).toEqual(['ingress'])
    // hcl2json keeps static and dynamic blocks apart: their order is lost, so the list is unknown
    expect(byAddress(resources, 'aws_security_group.mixed').unknown).toEqual(['ingress'])
    // a list's iterator key is its index and a set's its element: both are arrays here, so the key is unknown
    const parts = byAddress(resources, 'aws_security_group.parts')
    expect(parts.values.ingress).toEqual([{ from_port: 22, cidr_blocks: [null] }]) // an unknown list item stays as null, marked
    expect([...parts.unknown].sort()).toEqual(['ingress[0].cidr_blocks[0]', 'ingress[0].description'])
  })

  test('a sensitive for_each makes every generated leaf sensitive', async () => {
    const { resources } = await resourcesOf(`
variable "ports" {
  default   = [22]
  sensitive = true
}
resource "aws_security_group" "sg" {
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port = ingress.value
      protocol  = "tcp"
    }
  }
}
`)
    const sg = byAddress(resources, 'aws_security_group.sg')
    expect([...sg.sensitive].sort()).toEqual(['ingress[0].from_port', 'ingress[0].protocol'])
  })
})

describe('declared types', () => {
  test('module arguments are converted: optional attributes take their defaults (nested ones too), undeclared ones are dropped, nullable = false takes the default for null', async () => {
    const { resources } = await resourcesOf(
      `
module "child" {
  source = "./child"
  rules  = { web = { port = "443", ignored = true }, ssh = { port = 22, protocol = null, extra = {} } }
  name   = null
}
`,
      {
        'child/main.tf': `
variable "rules" {
  type = map(object({
    port     = number
    protocol = optional(string, "tcp")
    cidrs    = optional(list(string), [])
    extra    = optional(object({ note = optional(string, "none") }))
  }))
}
variable "name" {
  type     = string
  default  = "fallback"
  nullable = false
}
resource "aws_ssm_parameter" "p" {
  name  = var.name
  value = jsonencode(var.rules)
}
`
      }
    )
    const parameter = byAddress(resources, 'module.child.aws_ssm_parameter.p')
    expect(parameter.values).toEqual({
      name: 'fallback',
      value: '{"ssh":{"cidrs":[],"extra":{"note":"none"},"port":22,"protocol":"tcp"},"web":{"cidrs":[],"extra":null,"port":443,"protocol":"tcp"}}'
    })
  })

  test('a conversion Terraform refuses or we cannot be sure of is unknown', async () => {
    const { resources } = await resourcesOf(`
variable "missing_required" {
  type    = object({ port = number })
  default = {}
}
variable "not_a_number" {
  type    = number
  default = "x"
}
variable "mixed_any" {
  type    = list(any)
  default = [1, true]
}
variable "strings_any" {
  type    = map(list(any))
  default = { ssh = [22, "tcp", true] }
}
variable "number_set" {
  type    = set(number)
  default = [2, 1]
}
resource "aws_ssm_parameter" "p" {
  a = var.missing_required
  b = var.not_a_number
  c = var.mixed_any
  d = var.number_set
  e = var.strings_any
}
`)
    const parameter = byAddress(resources, 'aws_ssm_parameter.p')
    // numbers and bools beside a string unify as strings, as cty unifies them
    expect(parameter.values).toEqual({ e: { ssh: ['22', 'tcp', 'true'] } })
    expect([...parameter.unknown].sort()).toEqual(['a', 'b', 'c', 'd'])
  })
})

describe('policy documents under count, with dynamic statements', () => {
  test('data.aws_iam_policy_document.NAME[0].json is the document; a dynamic statement over a default [] adds none', async () => {
    const { resources } = await resourcesOf(`
variable "create" {
  default = true
}
variable "extra_statements" {
  type = list(object({
    actions   = list(string)
    resources = list(string)
  }))
  default = []
}
variable "buckets" {
  default = ["b", "a"]
}
data "aws_iam_policy_document" "d" {
  count = var.create ? 1 : 0
  dynamic "statement" {
    for_each = var.buckets
    content {
      sid       = "Read\${upper(statement.value)}"
      actions   = ["s3:GetObject"]
      resources = ["arn:aws:s3:::\${statement.value}/*"]
    }
  }
  dynamic "statement" {
    for_each = var.extra_statements
    content {
      actions   = statement.value.actions
      resources = statement.value.resources
    }
  }
}
resource "aws_iam_policy" "p" {
  count  = var.create ? 1 : 0
  policy = data.aws_iam_policy_document.d[0].minified_json
}
resource "aws_iam_policy" "missing_index" {
  policy = try(data.aws_iam_policy_document.d[1].json, "none")
}
resource "aws_iam_policy" "hash" {
  policy = data.aws_iam_policy_document.d[0].id
}
`)
    expect(byAddress(resources, 'aws_iam_policy.p[0]').values.policy).toBe(
      '{"Version":"2012-10-17","Statement":[{"Sid":"ReadB","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},{"Sid":"ReadA","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::a/*"}]}'
    )
    expect(byAddress(resources, 'aws_iam_policy.missing_index').values.policy).toBe('none')
    // the provider's hash of the document is not computed here
    expect(byAddress(resources, 'aws_iam_policy.hash').unknown).toEqual(['policy'])
  })
})

describe('values known in part', () => {
  test('a module argument with an unknown part still makes its for_each instances; only the unknown part is unknown', async () => {
    const { resources, warnings } = await resourcesOf(
      `
module "service" {
  source = "./service"
  ingress_rules = {
    alb = {
      from_port                    = 3000
      referenced_security_group_id = module.alb.security_group_id
    }
    public = {
      from_port = 443
      cidr_ipv4 = "0.0.0.0/0"
    }
  }
}
`,
      {
        'service/main.tf': `
variable "ingress_rules" {
  type = map(object({
    from_port                    = number
    ip_protocol                  = optional(string, "tcp")
    cidr_ipv4                    = optional(string)
    referenced_security_group_id = optional(string)
  }))
  default = {}
}
resource "aws_vpc_security_group_ingress_rule" "this" {
  for_each = { for k, v in var.ingress_rules : k => v if var.ingress_rules != null }

  from_port                    = each.value.from_port
  ip_protocol                  = each.value.ip_protocol
  cidr_ipv4                    = each.value.cidr_ipv4
  referenced_security_group_id = each.value.referenced_security_group_id
  description                  = jsonencode(each.value)
  all_known                    = can(each.value.referenced_security_group_id)
}
`
      }
    )
    expect(warnings.filter((w) => w.includes('not known'))).toEqual([])
    const alb = byAddress(resources, 'module.service.aws_vpc_security_group_ingress_rule.this["alb"]')
    expect(alb.values).toEqual({ from_port: 3000, ip_protocol: 'tcp', cidr_ipv4: null })
    // the part only apply can tell, and every value built from it whole, stay unknown (can() too: it might fail later)
    expect([...alb.unknown].sort()).toEqual(['all_known', 'description', 'referenced_security_group_id'])
    const open = byAddress(resources, 'module.service.aws_vpc_security_group_ingress_rule.this["public"]')
    expect(open.values).toEqual({
      from_port: 443,
      ip_protocol: 'tcp',
      cidr_ipv4: '0.0.0.0/0',
      referenced_security_group_id: null,
      description: '{"cidr_ipv4":"0.0.0.0/0","from_port":443,"ip_protocol":"tcp","referenced_security_group_id":null}',
      all_known: true
    })
  })

  test.each([
    ['{ a = 1, b = aws_instance.web.id }.a', 1],
    ['{ a = 1, b = aws_instance.web.id }.b', 'UNKNOWN'],
    ['{ a = 1, b = aws_instance.web.id } == null', false],
    ['{ a = 1, b = aws_instance.web.id } == { a = 1, b = "x" }', 'UNKNOWN'],
    ['length([aws_instance.web.id, "x"])', 2],
    ['keys({ a = aws_instance.web.id })', ['a']],
    ['[aws_instance.web.id, "x"][1]', 'x'],
    ['contains([aws_instance.web.id], "x")', 'UNKNOWN'],
    ['jsonencode([aws_instance.web.id])', 'UNKNOWN'],
    ['try([aws_instance.web.id], [])', 'UNKNOWN'],
    ['[aws_instance.web.id]', 'UNKNOWN'] // a whole value holding an unknown part is unknown
  ])('%s is %j', (source, expected) => {
    expect(value(source)).toEqual(expected)
  })
})

describe('what only apply or a data source can tell, in a whole project', () => {
  test('a variable with no default and no tfvars, a data source, a resource attribute and a count over them stay unknown', async () => {
    const { resources, warnings } = await resourcesOf(`
variable "bucket_name" {
  type = string
}
data "aws_caller_identity" "current" {}
resource "aws_s3_bucket" "b" {
  count  = var.bucket_name != "" ? 1 : 0
  bucket = var.bucket_name
  policy = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root"
  tags   = { Owner = aws_iam_role.owner.name, Team = "platform" }
}
`)
    expect(warnings).toEqual(['aws_s3_bucket.b: count is not known without a plan; checked as one instance'])
    const [bucket] = resources
    expect(bucket.address).toBe('aws_s3_bucket.b')
    expect(bucket.values).toEqual({ tags: { Team: 'platform' } })
    expect([...bucket.unknown].sort()).toEqual(['bucket', 'policy', 'tags.Owner'])
  })
})
