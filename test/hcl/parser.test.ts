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
