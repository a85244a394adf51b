// The one wildcard matcher (src/glob.ts): config suppressions, the drift ignore file and IAM action patterns.
// It must answer exactly as `*` → `.*`, `?` → `.` would, without a regular expression's exponential backtracking.
import { compileGlob, globMatch, matchesGlob } from '../../src/glob.js'
import { actionMatches } from '../../src/sources/live/permissions.js'
import { runBounded } from '../bounded.js'

describe('globMatch', () => {
  it.each([
    ['module.bastion.*', 'module.bastion.aws_security_group.ssh', true],
    ['module.bastion.*', 'module.bastionx.aws_security_group.ssh', false],
    ['*', '', true],
    ['', '', true],
    ['', 'a', false],
    ['a', 'a', true],
    ['a', 'ab', false],
    ['?', '', false],
    ['?', 'x', true],
    ['??', 'x', false],
    ['a*', 'a', true],
    ['*a', 'a', true],
    ['a*a', 'a', false],
    ['a*a', 'aa', true],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'aXbYbZc', true],
    ['a*b*c', 'acb', false],
    ['*.y[?]', 'aws_s3_bucket.y[0]', true],
    ['*["k?y"]', 'module.a["key"]', true],
    ['tmp-*', 'tmp-1', true],
    ['*?*?*', 'ab', true],
    ['*?*?*', 'a', false],
    ['a**b', 'ab', true],
    ['*x?z*', 'xxyz', true],
    ['*ab?d', 'abxabcd', true],
    ['line*', 'line\nbreak', true],
    ['a\\*', 'a\\b', true], // no escapes here: the backslash is literal
    ['(a|b)+.$', '(a|b)+.$', true],
    ['(a|b)+.$', 'aa', false]
  ])('%j against %j is %s', (glob, text, expected) => {
    expect(globMatch(glob, text)).toBe(expected)
  })

  it('answers as the regular expression it replaces, on every small glob and subject', () => {
    // A deterministic generator: globs over a, b, *, ?, \ and subjects over a, b, *, ?, \.
    let seed = 12345
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const word = (alphabet: string, max: number) => Array.from({ length: random(max + 1) }, () => alphabet[random(alphabet.length)]).join('')
    const reference = (glob: string, text: string, escapes: boolean) => {
      let body = ''
      for (let i = 0; i < glob.length; i++) {
        const ch = glob[i]
        if (escapes && ch === '\\' && i + 1 < glob.length) body += glob[++i].replace(/[\\^$.|+*?()[\]{}]/g, '\\$&')
        else if (ch === '*') body += '.*'
        else if (ch === '?') body += '.'
        else body += ch.replace(/[\\^$.|+*?()[\]{}]/g, '\\$&')
      }
      return new RegExp(`^${body}$`, 's').test(text)
    }
    for (let n = 0; n < 20000; n++) {
      const glob = word('ab*?\\', 7)
      const text = word('ab*?\\', 8)
      for (const escapes of [false, true]) {
        const got = matchesGlob(compileGlob(glob, { escapes }), text)
        if (got !== reference(glob, text, escapes)) throw new Error(`${JSON.stringify(glob)} (escapes ${escapes}) against ${JSON.stringify(text)}: ${got}`)
      }
    }
  })

  it.each([
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['a\\?b', 'a?b', true],
    ['a\\?b', 'axb', false],
    ['a\\ b', 'a b', true],
    ['a\\\\b', 'a\\b', true],
    ['a\\', 'a\\', true], // a trailing lone backslash is itself
    ['\\**', '*anything', true],
    ['\\**', 'anything', false],
    ['*\\?', 'why?', true]
  ])('with escapes, %j against %j is %s', (glob, text, expected) => {
    expect(matchesGlob(compileGlob(glob, { escapes: true }), text)).toBe(expected)
  })

  // The glob from the issue took 16 s on a 40-character key as a regular expression (and doubles with each
  // character). The regular expression version never returns here, so the long runs go through runBounded (a
  // child process with a deadline): a regression fails the test instead of stalling the run.
  const pathological = '*a*a*a*a*a*a*a*a*a*a*Z'

  it('answers a pathological glob on a long subject at once', () => {
    const run = runBounded(`
      import { globMatch } from '../src/glob.js'
      const subject = 'a'.repeat(200000)
      report([globMatch(${JSON.stringify(pathological)}, subject), globMatch(${JSON.stringify(pathological)}, subject + 'Z'), globMatch('*?*?*?*?*?*?*?*?*?*?*?*Z', subject)])
    `)
    expect(run).toEqual({ value: [false, true, false], failure: '' })
  })

  it('answers it in a config suppression, in the drift ignore file and in an IAM action pattern, at once', () => {
    const run = runBounded(`
      import { parseConfigFile } from '../src/config-file.js'
      import { evaluateInventory } from '../src/evaluate.js'
      import { isResourceIgnored, parseIgnoreFile } from '../src/drift/ignore.js'
      import { actionMatches } from '../src/sources/live/permissions.js'
      const pathological = ${JSON.stringify(pathological)}
      const subject = 'a'.repeat(200000)
      const rule = { id: 'test-rule', title: 'test', severity: 'high', description: '', risk: '', remediation: { text: '', terraform: '' }, categories: [], resourceTypes: ['AWS::S3::Bucket'], frameworks: {}, aliases: { checkov: [], prowler: [] }, check: () => ({ status: 'fail', message: 'f' }) }
      const lookup = (name: string) => (name === rule.id ? [rule] : [])
      const config = parseConfigFile('suppressions:\\n  - { rule: test-rule, resource: "' + pathological + '", reason: r }\\n  - { rule: test-rule, resource: "AWS::S3::Bucket ' + pathological + '", reason: r }\\n', 'c.yml', lookup as never, new Date('2026-01-01T00:00:00Z'))
      const bucket = { type: 'AWS::S3::Bucket', id: subject, address: 'aws_s3_bucket.' + subject, origin: 'plan', properties: {} }
      const [evaluation] = evaluateInventory([bucket] as never, { rules: [rule] as never, configFile: config, blocks: new Map(), lookup: lookup as never })
      const ignore = parseIgnoreFile('AWS::S3::Bucket ' + pathological + '\\nAWS::*a*a*a*a*a*a*a*a*a*a*Z::Bucket *\\n', 'f')
      report([evaluation.status, isResourceIgnored(ignore, 'AWS::S3::Bucket', subject), isResourceIgnored(ignore, 'AWS::' + 'a'.repeat(100000) + '::Bucket', 'x'), actionMatches(pathological, subject)])
    `)
    expect(run).toEqual({ value: ['fail', false, false, false], failure: '' })
  })

  it('matches IAM action patterns case-insensitively', () => {
    expect(actionMatches('S3:Get*', 's3:GetObject')).toBe(true)
    expect(actionMatches('s3:get?bject', 'S3:GetObject')).toBe(true)
  })
})
