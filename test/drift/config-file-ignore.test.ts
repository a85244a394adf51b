import { EMPTY_CONFIG_FILE, parseConfigFile, type RuleLookup } from '../../src/config-file.js'
import { isPathIgnored, isResourceIgnored } from '../../src/drift/ignore.js'
import { InputError } from '../../src/types.js'

const NOW = new Date('2026-03-01T00:00:00Z')
const noRules: RuleLookup = () => []
const parse = (text: string) => parseConfigFile(text, '.plumbline.yml', noRules, NOW)

function messageOf(text: string): string {
  try {
    parse(text)
  } catch (err) {
    expect(err).toBeInstanceOf(InputError)
    return (err as Error).message
  }
  throw new Error('expected an InputError')
}

describe('.plumbline.yml drift-ignore', () => {
  it('parses the lines into rules named after their list entry', () => {
    const config = parse(
      ['drift-ignore:', '  - AWS::S3::Bucket logs-*', '  - "!AWS::S3::Bucket logs-keep"', '  - AWS::EC2::Volume vol-* Tags'].join('\n')
    )
    expect(config.driftIgnore.rules).toEqual([
      { negate: false, type: 'AWS::S3::Bucket', id: 'logs-*', source: '.plumbline.yml:drift-ignore[0]' },
      { negate: true, type: 'AWS::S3::Bucket', id: 'logs-keep', source: '.plumbline.yml:drift-ignore[1]' },
      { negate: false, type: 'AWS::EC2::Volume', id: 'vol-*', path: 'Tags', source: '.plumbline.yml:drift-ignore[2]' }
    ])
    expect(isResourceIgnored(config.driftIgnore, 'AWS::S3::Bucket', 'logs-a')).toBe(true)
    expect(isResourceIgnored(config.driftIgnore, 'AWS::S3::Bucket', 'logs-keep')).toBe(false)
    expect(isPathIgnored(config.driftIgnore, 'AWS::EC2::Volume', 'vol-1', 'Tags[0].Value')).toBe(true)
  })

  it('is empty when absent, in an empty file and in EMPTY_CONFIG_FILE', () => {
    expect(parse('skip-rules: []\n').driftIgnore).toEqual({ rules: [] })
    expect(parse('').driftIgnore).toEqual({ rules: [] })
    expect(parse('drift-ignore:\n').driftIgnore).toEqual({ rules: [] })
    expect(EMPTY_CONFIG_FILE.driftIgnore).toEqual({ rules: [] })
  })

  it('leaves the other keys as they were, and refuses the old undocumented `ignore:` key', () => {
    const config = parse('suppressions: []\ndrift-ignore: ["AWS::S3::Bucket x"]\n')
    expect(config.suppressions).toEqual([])
    expect(config.driftIgnore.rules).toHaveLength(1)
    expect(() => parse('ignore: [a b]\n')).toThrow(/ignore/)
  })

  it.each([
    ['drift-ignore: AWS::S3::Bucket x\n', 'config .plumbline.yml: drift-ignore must be a list of "<type> <id glob> [property path]" lines'],
    ['drift-ignore:\n  - 12\n', 'config .plumbline.yml:drift-ignore[0]: must be a line "<type> <id glob> [property path]", not number'],
    ['drift-ignore:\n  - { type: x }\n', 'config .plumbline.yml:drift-ignore[0]: must be a line "<type> <id glob> [property path]", not object'],
    ['drift-ignore:\n  - "# note"\n', 'config .plumbline.yml:drift-ignore[0]: is empty or a comment; remove it'],
    [
      'drift-ignore:\n  - AWS::S3::Bucket a\n  - !AWS::S3::Bucket logs-keep\n',
      'config .plumbline.yml:drift-ignore[1]: a line starting with ! must be quoted in YAML, e.g. - "!AWS::S3::Bucket logs-keep"'
    ]
  ])('rejects %j', (text, message) => {
    expect(messageOf(text)).toBe(message)
  })

  it('gives the ignore-file message for a bad line, naming the entry', () => {
    expect(messageOf('drift-ignore:\n  - AWS::S3::Bucket a\n  - s3 bucket\n')).toBe(
      'config .plumbline.yml:drift-ignore[1]: "s3" is not a CloudFormation type (Service::Provider::Resource, globs allowed); ' +
        'write "<type> <id glob> [property path]", e.g. "AWS::S3::Bucket logs-*"'
    )
    expect(messageOf('drift-ignore:\n  - AWS::S3::Bucket\n')).toMatch(/^config \.plumbline\.yml:drift-ignore\[0\]: "AWS::S3::Bucket" has no id glob/)
  })
})
