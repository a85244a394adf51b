// Regular expressions and scans applied to strings an attacker can make long (tag values, policy documents, user
// data, .tf code in a pull request, drift paths): each must take time linear in the string. Each adversarial input
// below made the old expression backtrack quadratically; at these sizes the old code runs for many minutes, so the
// adversarial runs go through runBounded (a child process with a deadline): a regression fails the test instead
// of stalling the run. Detection must not be lost: the positive cases stay.
import { looksLikeSecretValue } from '../../src/secrets.js'
import { maskAccountIdsInText } from '../../src/report/redact.js'
import { driftValueText } from '../../src/report/html.js'
import { runBounded } from '../bounded.js'
import { blankQuotedStrings, collectReferences } from '../../src/sources/hcl/expressions.js'

const KB = 1024

const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'

describe('secret shapes', () => {
  it.each([
    ['AWS access key id', 'AKIAIOSFODNN7EXAMPLE'],
    ['AWS access key id in text', 'key=ASIAIOSFODNN7EXAMPLE;'],
    ['GitHub token', `token ghp_${'a1B2'.repeat(9)}`],
    ['GitHub OAuth token', `gho_${'Z'.repeat(40)} end`],
    ['fine-grained GitHub token', `github_pat_${'11ABCDEFG0_'.repeat(8)}`],
    ['private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA'],
    ['PKCS#8 private key', '-----BEGIN PRIVATE KEY-----'],
    ['JWT', JWT],
    ['JWT after Bearer', `Authorization: Bearer ${JWT}`],
    ['JWT in a query', `https://example.com/cb?token=${JWT}&x=1`],
    ['JWT after a dash', `x-${JWT}`],
    ['JWT whose first segment holds a dash', `eyJhb-ciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.${'s'.repeat(12)}`],
    ['Slack token', 'xoxb-1234567890-abcdefghij'],
    ['Slack token after a dash', 'hook-xoxp-1234567890-abcdefghij-klm'],
    ['Stripe key', `sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}`],
    ['Stripe restricted key', `rk_test_${'a'.repeat(20)}`],
    ['AWS secret access key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['AWS secret access key in text', 'secret: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n']
  ])('detects a %s', (_name, value) => {
    expect(looksLikeSecretValue(value)).toBe(true)
  })

  it.each([
    ['a URL', 'https://example.com/some/path?query=1'],
    ['one JWT segment', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'],
    ['a JWT shape glued to a word', `a_${JWT}`],
    ['a JWT shape with short segments', 'eyJabc.eyJabc.abcdefgh'],
    ['a short GitHub token', `ghp_${'a'.repeat(35)}`],
    ['a 41-character run', 'a'.repeat(41)],
    ['a Slack prefix alone', 'xoxb-short'],
    ['a UUID', '0f8fad5b-d9cb-469f-a165-70867728950e']
  ])('does not take %s for a secret', (_name, value) => {
    expect(looksLikeSecretValue(value)).toBe(false)
  })

  // For each shape, inputs built to make an attempt start again and again inside the run an earlier attempt read.
  it.each([
    ['AKIA', 'AKIA', false],
    ['AKIA run', 'AKIAAAAAAAAAAAAAAAAAA_', false],
    ['ghp_', 'ghp_', false],
    ['ghp_ runs', `-ghp_${'a'.repeat(45)}_`, false], // 45: a run of exactly 40 is the AWS secret shape
    ['github_pat_', 'github_pat_', true], // one run of word characters from the first start
    ['-github_pat_', '-github_pat_', false],
    ['BEGIN', '-----BEGIN ', false],
    ['BEGIN run', '-----BEGIN A B C', false],
    ['eyJa-', 'eyJa-', false],
    ['-eyJa', '-eyJa', false],
    ['eyJ dots', 'a.eyJ', false],
    ['eyJ segments', `eyJ${'a'.repeat(9)}.eyJ-`, true],
    ['xoxb-', 'xoxb-', true],
    ['xoxb-_', 'xoxb-_', false],
    ['sk_live_', 'sk_live_', false],
    ['sk_live_ runs', `-sk_live_${'a'.repeat(20)}_`, false],
    ['AWS secret runs', 'a-', false],
    ['AWS secret slashes', 'aaaa/+', false]
  ])('answers %s repeated over 4 MB at once', (_name, unit, expected) => {
    const run = runBounded(`import { looksLikeSecretValue } from '../src/secrets.js'\nreport(looksLikeSecretValue(${JSON.stringify(unit)}.repeat(Math.ceil(${4096 * KB} / ${unit.length})) + '='))`)
    expect(run).toEqual({ value: expected, failure: '' })
  })
})

describe('account id masking', () => {
  it('masks ids in a long hexadecimal run of them and among many URLs, in one pass', () => {
    const run = runBounded(`
      import { maskAccountIdsInText } from '../src/report/redact.js'
      const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length))
      // Every id sat in the same hexadecimal run, which was walked again for each id.
      const hexRun = repeat('a123456789012', ${2048 * KB})
      // Every id was compared with every URL.
      const urls = repeat('https://example.com/a 123456789012 ', ${1024 * KB})
      report([maskAccountIdsInText(hexRun) === hexRun, maskAccountIdsInText(urls) === urls.replaceAll(' 123456789012 ', ' ********9012 ')])
    `)
    // A hexadecimal run that long is a hash: left alone; ids among URLs are masked.
    expect(run).toEqual({ value: [true, true], failure: '' })
  })

  it('keeps the rules: ids in a foreign URL and in a hash stay, the others are masked', () => {
    const text = 'https://github.com/o/r/actions/runs/123456789012 in 210987654321, sha 0123456789abcdef0123456789abcdef111122223333 and 444455556666'
    expect(maskAccountIdsInText(text)).toBe(
      'https://github.com/o/r/actions/runs/123456789012 in ********4321, sha 0123456789abcdef0123456789abcdef111122223333 and ********6666'
    )
  })
})

describe('drift value names', () => {
  it('finds the property name of a long path at once, and still hides a secret-named value', () => {
    const run = runBounded(`
      import { driftValueText } from '../src/report/html.js'
      report([driftValueText('x', 'a'.repeat(${2048 * KB}) + '.'), driftValueText('x', 'Environment.Variables.' + 'a'.repeat(${2048 * KB}) + ']')])
    `)
    expect(run).toEqual({ value: ['"x"', '"x"'], failure: '' })
    expect(driftValueText('hunter2', 'Environment.Variables.DB_PASSWORD')).not.toContain('hunter2')
    expect(driftValueText('hunter2', 'Environment.Variables.DB_PASSWORD[0]')).not.toContain('hunter2')
  })
})

describe('quoted strings in .tf expressions', () => {
  it('blanks quoted strings, escapes honoured', () => {
    expect(blankQuotedStrings('format("%s.b", aws_s3_bucket.a.id)')).toBe('format("", aws_s3_bucket.a.id)')
    expect(blankQuotedStrings('"a\\"b" + "c"')).toBe('"" + ""')
    expect(blankQuotedStrings('x "unterminated aws_s3_bucket.a.id')).toBe('x "unterminated aws_s3_bucket.a.id')
  })

  it('reads an unterminated string of escaped quotes at once', () => {
    const run = runBounded(`
      import { collectReferences } from '../src/sources/hcl/expressions.js'
      const found = new Set<string>()
      collectReferences('\${"' + '\\\\"'.repeat(${1024 * KB}) + '}', found)
      report(found.size)
    `)
    expect(run).toEqual({ value: 0, failure: '' })
    const references = new Set<string>()
    collectReferences('${format("aws_s3_bucket.no.id", aws_s3_bucket.yes.id)}', references)
    expect([...references]).toEqual(['aws_s3_bucket.yes'])
  })
})
