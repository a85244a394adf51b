import { evaluateExpression, evaluateString, UNKNOWN, type Evaluated, type Scope } from '../../src/sources/hcl/expressions.js'

const unknown: Evaluated = { value: UNKNOWN, sensitive: false }
const variables: Record<string, Evaluated> = {
  name: { value: 'app', sensitive: false },
  password: { value: 'hunter2', sensitive: true },
  enabled: { value: true, sensitive: false },
  list: { value: ['b', 'a', 'b'], sensitive: false },
  nested: { value: [['x'], ['y', ['z']]], sensitive: false },
  map: { value: { b: 2, a: 1 }, sensitive: false },
  users: { value: [{ name: 'ann', admin: true }, { name: 'bob', admin: false }], sensitive: false },
  unset: unknown
}
const scope: Scope = {
  variable: (name) => variables[name] ?? unknown,
  local: (name) => (name === 'prefix' ? { value: 'p', sensitive: false } : unknown)
}

/** The value of one expression, UNKNOWN as the string 'UNKNOWN' so failures read well. */
function value(source: string, at: Scope = scope): unknown {
  const result = evaluateExpression(source, at).value
  return result === UNKNOWN ? 'UNKNOWN' : result
}

describe('jsonencode: exactly the string Terraform writes', () => {
  test('compact, object keys sorted, list order kept', () => {
    expect(value('jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["s3:*", "ec2:*"], Resource = "*" }] })')).toBe(
      '{"Statement":[{"Action":["s3:*","ec2:*"],"Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}'
    )
  })

  test('<, > and & are escaped as \\u003c, \\u003e, \\u0026 (Go encoding/json), other characters as JSON needs', () => {
    expect(value('jsonencode("a<b>&c \\"q\\" \\\\ \\n é")')).toBe('"a\\u003cb\\u003e\\u0026c \\"q\\" \\\\ \\n é"')
  })

  test('numbers, booleans and null', () => {
    expect(value('jsonencode({ n = 12, f = 1.5, t = true, z = null, neg = -3 })')).toBe('{"f":1.5,"n":12,"neg":-3,"t":true,"z":null}')
  })

  test('multi-line object constructors with comments, colons and quoted keys', () => {
    const source = ['jsonencode({', '  # a comment', '  "a:b" = 1', '  c: "x" // another', '  (var.name) = var.enabled', '})'].join('\n')
    expect(value(source)).toBe('{"a:b":1,"app":true,"c":"x"}')
  })

  test('an unknown part makes the whole encoding unknown', () => {
    expect(value('jsonencode({ a = 1, b = aws_s3_bucket.x.arn })')).toBe('UNKNOWN')
    expect(value('jsonencode([var.unset])')).toBe('UNKNOWN')
  })

  test('a bare name as an object key is the key itself, not a reference', () => {
    expect(value('jsonencode({ var = 1 })')).toBe('{"var":1}')
  })
})

describe('functions with known arguments', () => {
  test.each([
    ['jsondecode("{\\"a\\":[1,\\"x\\"]}")', { a: [1, 'x'] }],
    ['merge({ a = 1, b = 2 }, null, { b = 3 })', { a: 1, b: 3 }],
    ['concat(["a"], var.list, [])', ['a', 'b', 'a', 'b']],
    ['lower("AbC")', 'abc'],
    ['upper("${var.name}-x")', 'APP-X'],
    ['format("%s-%d-%%", "a", 7)', 'a-7-%'],
    ['join(",", ["a", "b"], ["c"])', 'a,b,c'],
    ['tostring(5)', '5'],
    ['tonumber("42")', 42],
    ['tobool("true")', true],
    ['coalesce("", null, "x", "y")', 'x'],
    ['flatten(var.nested)', ['x', 'y', 'z']],
    ['distinct(var.list)', ['b', 'a']],
    ['length(var.map)', 2],
    ['length("abc")', 3],
    ['lookup(var.map, "a", 0)', 1],
    ['lookup(var.map, "c", 0)', 0],
    ['contains(var.list, "a")', true],
    ['contains(var.list, "c")', false],
    ['keys(var.map)', ['a', 'b']],
    ['values(var.map)', [1, 2]],
    ['toset(var.list)', ['a', 'b']],
    ['tolist(["x"])', ['x']],
    ['try(var.map.c, var.map.a)', 1],
    ['try(var.users[5].name, "none")', 'none'],
    ['can(var.map.c)', false],
    ['can(var.map.a)', true],
    ['join("-", concat(var.list, ["c"])...)', 'UNKNOWN'] // expanded, the strings become the lists join() wants: an error in Terraform
  ])('%s', (source, expected) => {
    expect(value(source)).toEqual(expected)
  })

  test.each([
    // not evaluated: unknown arguments, unsupported functions or verbs, conversions we would have to guess
    'lower(aws_s3_bucket.x.id)',
    'timestamp()',
    'file("policy.json")',
    'format("%5s", "a")',
    'format("%v", "a")',
    'upper("é")',
    'coalesce(1, "x")',
    'contains(["1"], 1)',
    'distinct(["a", 1])',
    'tolist(["a", 1])',
    'try(aws_s3_bucket.x.id, "fallback")',
    'can(aws_s3_bucket.x.id)',
    'length("héllo")'
  ])('%s is unknown', (source) => {
    expect(value(source)).toBe('UNKNOWN')
  })

  test('an error Terraform would raise is unknown outside try()', () => {
    expect(value('var.map.missing')).toBe('UNKNOWN')
    expect(value('lookup(var.map, "c")')).toBe('UNKNOWN')
    expect(value('jsondecode("{")')).toBe('UNKNOWN')
  })
})

describe('operators, conditionals, for expressions, splats', () => {
  test.each([
    ['var.enabled ? "Allow" : "Deny"', 'Allow'],
    ['!var.enabled ? "Allow" : "Deny"', 'Deny'],
    ['var.name == "app" && length(var.list) > 2', true],
    ['1 + 2 * 3 - 4 / 2', 5],
    ['7 % 3', 1],
    ['[1, 2, 3][1]', 2],
    ['var.users[0].name', 'ann'],
    ['var.users[*].name', ['ann', 'bob']],
    ['var.users.*.admin', [true, false]],
    ['[for u in var.users : upper(u.name) if u.admin]', ['ANN']],
    ['[for i, s in var.list : "${i}:${s}"]', ['0:b', '1:a', '2:b']],
    ['{ for k, v in var.map : "${local.prefix}-${k}" => v * 10 }', { 'p-a': 10, 'p-b': 20 }],
    ['{ for s in var.list : s => s... }', { a: ['a'], b: ['b', 'b'] }],
    ['"${var.name}-${1 + 1}-${true}"', 'app-2-true'],
    ['var.enabled ? 1 : 2', 1]
  ])('%s', (source, expected) => {
    expect(value(source)).toEqual(expected)
  })

  test.each([
    'var.unset ? "a" : "b"', // condition unknown
    'var.enabled ? 1 : "x"', // Terraform converts the 1 to "1" to unify both results
    'var.enabled ? [1] : aws_x.y.list', // the other result's type is unknown
    '{ for s in var.list : s => s }', // duplicate keys: an error in Terraform
    '0.1 + 0.2', // not an exact integer: Terraform's arithmetic is not JS's
    '"%{ if var.enabled }x%{ endif }"', // template directives are not evaluated
    'path.module',
    'aws_iam_role.r.arn',
    'module.m.out'
  ])('%s is unknown', (source) => {
    expect(value(source)).toBe('UNKNOWN')
  })

  test('a string chosen by a conditional is used even when the other branch is unknown', () => {
    expect(value('var.enabled ? "*" : aws_iam_role.r.arn')).toBe('*')
  })
})

describe('sensitivity', () => {
  test('a value computed from a sensitive variable is sensitive', () => {
    expect(evaluateExpression('jsonencode({ p = var.password })', scope)).toEqual({ value: '{"p":"hunter2"}', sensitive: true })
    expect(evaluateExpression('[for x in [1] : var.password]', scope).sensitive).toBe(true)
    expect(evaluateExpression('upper(var.name)', scope).sensitive).toBe(false)
  })

  test('templates carry the taint of their parts', () => {
    expect(evaluateString('x-${var.password}', scope).sensitive).toBe(true)
  })
})

describe('references in the current scope', () => {
  test('each and count', () => {
    const instance: Scope = { ...scope, each: { key: 'k', value: { port: 22 } }, countIndex: 3 }
    expect(value('"${each.key}:${each.value.port}:${count.index + 1}"', instance)).toBe('k:22:4')
  })

  test('data sources come from the scope as a whole; an attribute held unknown stays unknown, even in try()', () => {
    const withData: Scope = {
      ...scope,
      data: (type, name) =>
        type === 'aws_iam_policy_document' && name === 'd'
          ? { value: { json: '{}', id: UNKNOWN }, sensitive: false }
          : name === 'counted'
            ? { value: [{ json: '[0]' }], sensitive: false }
            : unknown
    }
    expect(value('data.aws_iam_policy_document.d.json', withData)).toBe('{}')
    expect(value('data.aws_iam_policy_document.d.id', withData)).toBe('UNKNOWN')
    expect(value('try(data.aws_iam_policy_document.d.id, "x")', withData)).toBe('UNKNOWN')
    expect(value('data.aws_iam_policy_document.d', withData)).toBe('UNKNOWN') // a whole value holding an unknown part
    expect(value('data.aws_iam_policy_document.counted[0].json', withData)).toBe('[0]')
    expect(value('try(data.aws_iam_policy_document.counted[1].json, "none")', withData)).toBe('none')
    expect(value('data.aws_caller_identity.c.account_id', withData)).toBe('UNKNOWN')
  })
})
