import { HclSyntaxError, parseWithHcl2json as parseHcl, toSyntaxError } from './hcl2json-oracle.js'

test('of several diagnostics, in no order, the first in the file is kept, as one line', () => {
  const message =
    'parse config: [a.b.tf:7,2-8,1: Invalid multi-line string; Quoted strings may not\nbe split. ' +
    'a.b.tf:2,7-3,1: Invalid expression; Expected the start of an expression. ' +
    'a.b.tf:2,9-12: Later; on the same line.]'
  const error = toSyntaxError('a.b.tf', message)
  expect(error).toBeInstanceOf(HclSyntaxError)
  expect([error.line, error.column, error.message]).toEqual([2, 7, 'a.b.tf:2:7: Invalid expression; Expected the start of an expression.'])
})

test('the WebAssembly parser returns Terraform JSON syntax and rejects with an HclSyntaxError', async () => {
  expect(await parseHcl('x.tf', 'resource "a" "b" {\n  n = 1\n  s = "${var.x}"\n  blk {\n    k = true\n  }\n}\n')).toEqual({
    resource: { a: { b: [{ n: 1, s: '${var.x}', blk: [{ k: true }] }] } }
  })
  await expect(parseHcl('dir/x.tf', 'locals {\n  a = [1,\n}\n')).rejects.toMatchObject({ name: 'HclSyntaxError', file: 'dir/x.tf', line: 3 })
})
