// The syntax tree under the JSON: blocks, attributes and expressions with their places in the file, and the
// error a caller sees (one line, `file:line:col: message`).
import { HclSyntaxError, hclToJson, parseHclSyntax } from '../../src/sources/hcl/parser.js'

const SOURCE = `# a comment
resource "aws_s3_bucket" "logs" {
  bucket = "logs-\${var.env}"
  tags   = merge(local.tags, { Name = "café" })

  versioning {
    enabled = true
  }
}
`

test('every node has its place: blocks, attribute names and expressions as line and column', () => {
  const file = parseHclSyntax('main.tf', SOURCE)
  const [block] = file.body.blocks
  expect([block.type, block.labels, file.lines.position(block.s)]).toEqual(['resource', ['aws_s3_bucket', 'logs'], { line: 2, column: 1 }])
  const tags = block.body.attributes.get('tags')!
  expect(file.lines.position(tags.nameStart)).toEqual({ line: 4, column: 3 })
  // the end is the place just after the expression
  expect([tags.expr.k, file.text.slice(tags.expr.s, tags.expr.e), file.lines.position(tags.expr.e)]).toEqual([
    'other',
    'merge(local.tags, { Name = "café" })',
    { line: 4, column: 48 }
  ])
  const nested = block.body.blocks[0]
  expect([nested.type, file.lines.position(nested.s)]).toEqual(['versioning', { line: 6, column: 3 }])
})

test('the JSON the evaluator reads: blocks as lists, expressions as "${...}" text, values as values', () => {
  expect(hclToJson('main.tf', SOURCE)).toEqual({
    resource: {
      aws_s3_bucket: {
        logs: [{ bucket: 'logs-${var.env}', tags: '${merge(local.tags, { Name = "café" })}', versioning: [{ enabled: true }] }]
      }
    }
  })
})

test('a syntax error is one HclSyntaxError at the first bad token, counted in characters', () => {
  let error: unknown
  try {
    hclToJson('dir/main.tf', 'locals {\n  é = "é" x\n}\n')
  } catch (caught) {
    error = caught
  }
  expect(error).toBeInstanceOf(HclSyntaxError)
  expect((error as HclSyntaxError).message).toBe('dir/main.tf:2:11: Missing newline after argument; An argument definition must end with a newline.')
})

test('nesting thousands deep is one syntax error, not a stack overflow (real code nests a few levels)', () => {
  const deep = 100000
  const inputs = {
    tuple: `a = ${'['.repeat(deep)}${']'.repeat(deep)}\n`,
    parentheses: `a = ${'('.repeat(deep)}1${')'.repeat(deep)}\n`,
    objects: `a = ${'{ b = '.repeat(deep)}1${' }'.repeat(deep)}\n`,
    unary: `a = ${'-'.repeat(deep)}1\n`,
    conditionals: `a = ${'x ? 1 : '.repeat(deep)}2\n`,
    blocks: `${'b {\n'.repeat(deep)}${'}\n'.repeat(deep)}`,
    splats: `a = x${'[*]'.repeat(deep)}\n`,
    templates: `a = ${'"${'.repeat(deep)}x${'}"'.repeat(deep)}\n`,
    directives: `a = "${'%{if x}'.repeat(deep)}${'%{endif}'.repeat(deep)}"\n`,
    calls: `a = ${'f('.repeat(deep)}${')'.repeat(deep)}\n`
  }
  const outcomes = Object.entries(inputs).map(([kind, text]) => {
    try {
      hclToJson('deep.tf', text)
      return `${kind}: parsed`
    } catch (error) {
      return `${kind}: ${(error as Error).name} ${(error as Error).message.split(': ')[1]}`
    }
  })
  expect(outcomes).toEqual(Object.keys(inputs).map((kind) => `${kind}: HclSyntaxError Nesting too deep; Plumbline refuses ${kind === 'directives' ? 'template directives' : 'blocks and expressions'} nested more than ${kind === 'directives' ? '200' : 'about 150'} levels deep.`))
  // and the usual depths parse
  expect(hclToJson('ok.tf', `a = ${'['.repeat(100)}${']'.repeat(100)}\n`)).toHaveProperty('a')
})
