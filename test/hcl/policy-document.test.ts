import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadTerraformDir } from '../../src/sources/hcl/index.js'
import type { TfResource } from '../../src/types.js'

const fixtures = fileURLToPath(new URL('../fixtures/hcl', import.meta.url))
const repoRoot = dirname(dirname(fixtures))

const temporary: string[] = []
afterAll(async () => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))))

function byAddress(resources: TfResource[], address: string): TfResource {
  const found = resources.find((r) => r.address === address)
  if (!found) throw new Error(`${address} not among ${resources.map((r) => r.address).join(', ')}`)
  return found
}

/** The `policy` of aws_iam_policy.p in a one-file project whose data sources are `dataBlocks`. */
async function policyOf(dataBlocks: string, policy = 'data.aws_iam_policy_document.d.json'): Promise<TfResource> {
  const root = await mkdtemp(join(tmpdir(), 'plumbline-policy-'))
  temporary.push(root)
  await writeFile(join(root, 'main.tf'), `${dataBlocks}\nresource "aws_iam_policy" "p" {\n  policy = ${policy}\n}\n`)
  const { resources } = await loadTerraformDir(root, { repoRoot: root, env: {} })
  return byAddress(resources, 'aws_iam_policy.p')
}

describe('the policies fixture: jsonencode and aws_iam_policy_document evaluated to the strings Terraform would send', () => {
  const dir = join(fixtures, 'policies')

  test('a policy document as the AWS provider writes it: indented, reverse-sorted sets, one-element sets as strings, "*" principal, &{ → ${', async () => {
    const { resources, warnings } = await loadTerraformDir(dir, { repoRoot, env: {} })
    expect(warnings).toEqual([])
    const bucketPolicy = byAddress(resources, 'aws_s3_bucket_policy.logs')
    expect(bucketPolicy.unknown).toEqual(['bucket'])
    expect(bucketPolicy.values.policy).toBe(
      [
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {',
        '      "Sid": "DenyInsecureTransport",',
        '      "Effect": "Deny",',
        '      "Action": "s3:*",',
        '      "Resource": [',
        '        "arn:aws:s3:::app-logs/*",',
        '        "arn:aws:s3:::app-logs"',
        '      ],',
        '      "Principal": "*",',
        '      "Condition": {',
        '        "Bool": {',
        '          "aws:SecureTransport": "false"',
        '        }',
        '      }',
        '    },',
        '    {',
        '      "Sid": "CrossAccountRead",',
        '      "Effect": "Allow",',
        '      "Action": [',
        '        "s3:ListBucket",',
        '        "s3:GetObject"',
        '      ],',
        '      "Resource": "arn:aws:s3:::app-logs/home/${aws:username}/*",',
        '      "Principal": {',
        '        "AWS": [',
        '          "arn:aws:iam::444455556666:root",',
        '          "arn:aws:iam::111122223333:root"',
        '        ]',
        '      }',
        '    }',
        '  ]',
        '}'
      ].join('\n')
    )
    expect(bucketPolicy.references).toEqual({ bucket: ['aws_s3_bucket.logs'], policy: ['data.aws_iam_policy_document.tls_only'] })
  })

  test('jsonencode over a multi-line object: compact, keys sorted', async () => {
    const { resources } = await loadTerraformDir(dir, { repoRoot, env: {} })
    const admin = byAddress(resources, 'aws_iam_policy.admin')
    expect(admin.unknown).toEqual([])
    expect(admin.values.policy).toBe('{"Statement":[{"Action":"*","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}')
  })

  test('a document with an input only Terraform knows (a resource attribute) is unknown as a whole', async () => {
    const { resources } = await loadTerraformDir(dir, { repoRoot, env: {} })
    const fromResource = byAddress(resources, 'aws_iam_policy.from_resource')
    expect(fromResource.unknown).toEqual(['policy'])
    expect(fromResource.values).toEqual({ name: 'read' })
  })
})

describe('aws_iam_policy_document details', () => {
  test('minified_json, policy_id, version, not_* elements, a condition with several values and several variables', async () => {
    const policy = await policyOf(`
data "aws_iam_policy_document" "d" {
  policy_id = "p1"
  version   = "2012-10-17"
  statement {
    effect        = "Deny"
    not_actions   = ["iam:*", "iam:*"]
    not_resources = ["*"]
    not_principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalTag/team"
      values   = ["b", "a", "&{aws:username}"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:RequestedRegion"
      values   = ["eu-west-1"]
    }
    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["true"]
    }
  }
  statement {}
}`, 'data.aws_iam_policy_document.d.minified_json')
    expect(policy.values.policy).toBe(
      '{"Version":"2012-10-17","Id":"p1","Statement":[' +
        '{"Effect":"Deny","NotAction":"iam:*","NotResource":"*",' +
        '"NotPrincipal":{"AWS":"arn:aws:iam::111122223333:root","Service":"ec2.amazonaws.com"},' +
        '"Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"},' +
        '"StringEquals":{"aws:PrincipalTag/team":["b","a","${aws:username}"],"aws:RequestedRegion":"eu-west-1"}}},' +
        '{"Effect":"Allow"}]}'
    )
  })

  test('no statements: only the version', async () => {
    const policy = await policyOf('data "aws_iam_policy_document" "d" {}')
    expect(policy.values.policy).toBe('{\n  "Version": "2012-10-17"\n}')
  })

  test('a principal of type AWS with "*" stays an object (IAM treats it differently from "*")', async () => {
    const policy = await policyOf(`
data "aws_iam_policy_document" "d" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}`, 'data.aws_iam_policy_document.d.minified_json')
    expect(policy.values.policy).toBe('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"AWS":"*"}}]}')
  })

  test('a document can use variables, locals, for expressions and other documents are not needed', async () => {
    const policy = await policyOf(`
variable "actions" {
  default = ["s3:GetObject", "s3:PutObject"]
}
locals {
  buckets = ["a", "b"]
}
data "aws_iam_policy_document" "d" {
  statement {
    actions   = var.actions
    resources = [for b in local.buckets : "arn:aws:s3:::\${b}/*"]
  }
}`, 'jsondecode(data.aws_iam_policy_document.d.json).Statement[0].Resource')
    expect(policy.values.policy).toEqual(['arn:aws:s3:::b/*', 'arn:aws:s3:::a/*'])
  })

  test.each([
    ['source_policy_documents', 'source_policy_documents = [jsonencode({ Version = "2012-10-17" })]\n  statement {}'],
    ['override_policy_documents', 'override_policy_documents = ["{}"]'],
    ['a dynamic statement over an unknown collection', 'dynamic "statement" {\n    for_each = aws_iam_role.r.tags\n    content {\n      actions = ["s3:*"]\n    }\n  }'],
    ['static statements beside generated ones (hcl2json loses their order)', 'statement {\n    actions = ["a:A"]\n  }\n  dynamic "statement" {\n    for_each = ["b:B"]\n    content {\n      actions = [statement.value]\n    }\n  }'],
    ['count without an index (Terraform refuses it)', 'count = 1\n  statement {}'],
    ['an unknown action', 'statement {\n    actions = [aws_iam_role.r.name]\n  }'],
    ['two principal blocks of one type (merged in hash order)', 'statement {\n    principals {\n      type = "AWS"\n      identifiers = ["a"]\n    }\n    principals {\n      type = "AWS"\n      identifiers = ["b"]\n    }\n  }'],
    ['two conditions on one test and variable', 'statement {\n    condition {\n      test = "T"\n      variable = "v"\n      values = ["a"]\n    }\n    condition {\n      test = "T"\n      variable = "v"\n      values = ["b"]\n    }\n  }'],
    ['a duplicate Sid (the provider rejects it)', 'statement {\n    sid = "A"\n  }\n  statement {\n    sid = "A"\n  }'],
    ['an invalid effect', 'statement {\n    effect = "Maybe"\n  }'],
    ['&{ in version 2008-10-17 (the provider rejects it)', 'version = "2008-10-17"\n  statement {\n    resources = ["&{aws:username}"]\n  }']
  ])('%s makes the document unknown', async (_what, body) => {
    const policy = await policyOf(`data "aws_iam_policy_document" "d" {\n  ${body}\n}`)
    expect(policy.unknown).toEqual(['policy'])
    expect(policy.values).toEqual({})
  })

  test('other data sources and attributes are unknown; a sensitive input makes the policy sensitive', async () => {
    expect((await policyOf('data "aws_caller_identity" "d" {}', 'data.aws_caller_identity.d.account_id')).unknown).toEqual(['policy'])
    expect((await policyOf('data "aws_iam_policy_document" "d" {}', 'data.aws_iam_policy_document.d.id')).unknown).toEqual(['policy'])
    const sensitive = await policyOf(`
variable "principal" {
  default   = "arn:aws:iam::111122223333:role/x"
  sensitive = true
}
data "aws_iam_policy_document" "d" {
  statement {
    principals {
      type        = "AWS"
      identifiers = [var.principal]
    }
  }
}`)
    expect(sensitive.sensitive).toEqual(['policy'])
  })
})
