import { HclScanError, scanHcl } from '../../src/sources/hcl/lexer.js'
import { suppressionsIn } from '../../src/sources/hcl/modules.js'

function resourceLines(text: string): Array<[string, number, number]> {
  return scanHcl(text)
    .blocks.filter((b) => b.kind === 'resource')
    .map((b) => [b.labels.join('.'), b.line, b.endLine])
}

describe('scanHcl', () => {
  test('lists the dynamic blocks written directly in a block, not deeper ones', () => {
    const text = [
      'resource "aws_security_group" "web" {',
      '  dynamic "ingress" {',
      '    for_each = var.ports',
      '    content {',
      '      dynamic "nested" {',
      '        for_each = []',
      '      }',
      '    }',
      '  }',
      '  dynamic = "not a block"',
      '  egress {',
      '  }',
      '}'
    ].join('\n')
    expect(scanHcl(text).blocks.map((b) => b.dynamicBlocks)).toEqual([['ingress']])
  })

  test('strings holding # // { and } do not open, close or comment anything', () => {
    const text = [
      'resource "aws_s3_bucket" "a" {', // 1
      '  bucket = "has # and // and { and }"', // 2
      '  policy = "escaped \\" quote { still in string"', // 3
      '}', // 4
      'resource "aws_s3_bucket" "b" {', // 5
      '}' // 6
    ].join('\n')
    expect(resourceLines(text)).toEqual([
      ['aws_s3_bucket.a', 1, 4],
      ['aws_s3_bucket.b', 5, 6]
    ])
    expect(scanHcl(text).comments).toEqual([])
  })

  test('nested interpolation with strings and braces inside', () => {
    const text = [
      'resource "x" "a" {', // 1
      '  name = "${format("%s}{", lookup({ a = "}" }, "a", "${var.b}"))}-x"', // 2
      '  tags = { for k, v in var.t : k => "${v}}" }', // 3
      '}', // 4
      'resource "x" "b" {}' // 5
    ].join('\n')
    expect(resourceLines(text)).toEqual([
      ['x.a', 1, 4],
      ['x.b', 5, 5]
    ])
  })

  test('heredocs hide resource headers and braces; <<- allows an indented marker', () => {
    const text = [
      'resource "aws_iam_policy" "p" {', // 1
      '  policy = <<EOF', // 2
      'resource "x" "y" {', // 3
      '  # not a comment', // 4
      'EOF', // 5
      '  description = <<-EOT', // 6
      '    }}} /* not a comment */', // 7
      '    EOT', // 8
      '}', // 9
      '# a real comment', // 10
      'resource "x" "z" {', // 11
      '}' // 12
    ].join('\n')
    expect(resourceLines(text)).toEqual([
      ['aws_iam_policy.p', 1, 9],
      ['x.z', 11, 12]
    ])
    expect(scanHcl(text).comments).toEqual([{ text: ' a real comment', line: 10 }])
  })

  test('block comments spanning lines keep later line numbers exact', () => {
    const text = [
      '/* resource "x" "hidden" {', // 1
      '   } */', // 2
      'resource "x" "seen" { // trailing', // 3
      '  a = 1 /* inline */ # hash', // 4
      '}' // 5
    ].join('\n')
    expect(resourceLines(text)).toEqual([['x.seen', 3, 5]])
    expect(scanHcl(text).comments.map((c) => c.line)).toEqual([1, 3, 4, 4])
  })

  test('CRLF line endings', () => {
    expect(resourceLines('resource "x" "a" {\r\n  b = <<EOF\r\n}\r\nEOF\r\n}\r\n')).toEqual([['x.a', 1, 5]])
  })

  test('literal attributes one level down (module source), not interpolated ones', () => {
    const scanned = scanHcl(
      ['module "a" {', '  source = "./mods/a"', '  name = "${var.x}"', '  inner { source = "no" }', '}', 'module "b" { source = "../b" }'].join('\n')
    )
    expect(scanned.blocks.map((b) => [b.labels[0], b.literalAttributes])).toEqual([
      ['a', { source: './mods/a' }],
      ['b', { source: '../b' }]
    ])
  })

  test.each([
    ['resource "x" "a" {\n  b = "open\n}\n', 2, 7, 'Unterminated string'],
    ['resource "x" "a" {\n  b = 1\n', 1, 18, 'Unclosed block'],
    ['a = 1\n}\n', 2, 1, 'Unexpected }'],
    ['/* never closed\n', 1, 1, 'Unterminated comment'],
    ['x = <<EOF\nno end\n', 1, 5, 'Unterminated heredoc']
  ])('malformed input %# is reported at its line and column', (text, line, column, reason) => {
    let caught: unknown
    try {
      scanHcl(text)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(HclScanError)
    expect(caught).toMatchObject({ line, column })
    expect((caught as HclScanError).reason).toContain(reason)
  })
})

describe('scanHcl: capitalised booleans', () => {
  const found = (text: string) => scanHcl(text).capitalisedBooleans.map((b) => [b.word, b.line, b.column])

  test('finds True, False, TRUE and FALSE written as values, with their line and column', () => {
    const text = [
      'resource "aws_s3_bucket" "b" {', // 1
      '  force_destroy       = True', // 2
      '  object_lock_enabled = FALSE', // 3
      '  tags = { a = False, b = TRUE }', // 4
      '  list = [', // 5
      '    True,', // 6
      '  ]', // 7
      '  pick = var.x ? True : False', // 8
      '  keyed = { for k, v in var.m : True => v }', // 9
      '}' // 10
    ].join('\n')
    expect(found(text)).toEqual([
      ['True', 2, 25],
      ['FALSE', 3, 25],
      ['False', 4, 16],
      ['TRUE', 4, 27],
      ['True', 6, 5],
      ['True', 8, 18],
      ['False', 8, 25],
      ['True', 9, 33]
    ])
  })

  test('ignores strings, interpolations, heredocs, comments, longer names, attribute access and names', () => {
    const text = [
      'resource "aws_s3_bucket" "b" {',
      '  bucket = "True"',
      '  name   = "${True}-x"',
      '  policy = <<-EOF',
      '    { "enabled": True }',
      '  EOF',
      '  # force_destroy = True',
      '  // acl = False',
      '  /* False */',
      '  a = True_ish',
      '  b = is_True',
      '  c = var.True',
      '  d = local.settings.False',
      '  e = module.m.TRUE',
      '  tags = { True = "yes", False: "no" }',
      '  True = 1',
      '  f = True.attribute',
      '  g = True[0]',
      '  h = True(1)',
      '  True {',
      '  }',
      '}'
    ].join('\n')
    expect(found(text)).toEqual([])
  })

  test('ignores True where the file declares it as a local name', () => {
    expect(found('locals {\n  x = [for True in var.list : True]\n  y = { for k, False in var.m : k => False }\n}')).toEqual([])
    expect(found('resource "x" "y" {\n  dynamic "rule" {\n    for_each = var.rules\n    iterator = True\n    content { a = True.value }\n  }\n}')).toEqual([])
  })
})

describe('suppressionsIn', () => {
  const text = [
    '# plumbline:ignore outside-the-block before it', // 1
    'resource "aws_s3_bucket" "a" {', // 2
    '  # plumbline:ignore s3-bucket-versioning-enabled   logs are write-once  ', // 3
    '  #checkov:skip=CKV_AWS_18:Access logging is done by CloudFront', // 4
    '  // checkov:skip=CKV2_AWS_62', // 5
    '  bucket = "x" # plumbline:ignore s3-bucket-logging-enabled', // 6
    '  # just a comment about plumbline', // 7
    '}' // 8
  ].join('\n')

  test('both kinds, with and without reasons, only inside the block', () => {
    const scanned = scanHcl(text)
    const block = scanned.blocks[0]
    expect(suppressionsIn(scanned.comments, block.line, block.endLine, 'main.tf')).toEqual([
      { kind: 'plumbline', rule: 's3-bucket-versioning-enabled', reason: 'logs are write-once', file: 'main.tf', line: 3 },
      { kind: 'checkov', rule: 'CKV_AWS_18', reason: 'Access logging is done by CloudFront', file: 'main.tf', line: 4 },
      { kind: 'checkov', rule: 'CKV2_AWS_62', reason: '', file: 'main.tf', line: 5 },
      { kind: 'plumbline', rule: 's3-bucket-logging-enabled', reason: '', file: 'main.tf', line: 6 }
    ])
  })
})

test('a /* block comment */ suppression whose reason runs over several lines is read, as one line', () => {
  const scanned = scanHcl(['resource "aws_s3_bucket" "a" {', '  /* plumbline:ignore s3-bucket-versioning-enabled objects are', '     written once by the export job */', '}'].join('\n'))
  const block = scanned.blocks[0]
  expect(suppressionsIn(scanned.comments, block.line, block.endLine, 'main.tf')).toEqual([
    { kind: 'plumbline', rule: 's3-bucket-versioning-enabled', reason: 'objects are written once by the export job', file: 'main.tf', line: 2 }
  ])
})
