import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  formatIgnoreLine,
  isPathIgnored,
  isResourceIgnored,
  mergeIgnores,
  parseIgnoreFile,
  parseIgnoreLine,
  readIgnoreFile
} from '../../src/drift/ignore.js'
import { InputError } from '../../src/types.js'

const BUCKET = 'AWS::S3::Bucket'
const VOLUME = 'AWS::EC2::Volume'

function errorOf(fn: () => unknown): InputError {
  try {
    fn()
  } catch (err) {
    if (err instanceof InputError) return err
    throw err
  }
  throw new Error('expected an InputError')
}

describe('parseIgnoreFile', () => {
  it('reads every line form, skipping comments and blank lines, with file:line sources', () => {
    const text = [
      '# accepted drift',
      '',
      '   ',
      'AWS::S3::Bucket logs-*',
      '  AWS::EC2::Volume vol-* Tags',
      '!AWS::S3::Bucket logs-keep',
      'AWS::EC2::* *\t',
      'AWS::IAM::Role deploy PolicyDocument.Statement[0].Condition["a b"]',
      '    # indented comment'
    ].join('\r\n')
    expect(parseIgnoreFile(text, '.plumbline-ignore').rules).toEqual([
      { negate: false, type: BUCKET, id: 'logs-*', source: '.plumbline-ignore:4' },
      { negate: false, type: VOLUME, id: 'vol-*', path: 'Tags', source: '.plumbline-ignore:5' },
      { negate: true, type: BUCKET, id: 'logs-keep', source: '.plumbline-ignore:6' },
      { negate: false, type: 'AWS::EC2::*', id: '*', source: '.plumbline-ignore:7' },
      { negate: false, type: 'AWS::IAM::Role', id: 'deploy', path: 'PolicyDocument.Statement[0].Condition["a b"]', source: '.plumbline-ignore:8' }
    ])
  })

  it('writes paths in the report notation, whichever equivalent form the line used', () => {
    expect(parseIgnoreLine('AWS::IAM::Role r Tags["Key"]', 'f:1')?.path).toBe('Tags.Key')
  })

  it('ignores a UTF-8 byte order mark', () => {
    expect(parseIgnoreFile('\uFEFFAWS::S3::Bucket a\n', 'f').rules[0].type).toBe(BUCKET)
  })

  it.each([
    ['aws::s3::bucket logs', 'f:1: "aws::s3::bucket" is not a CloudFormation type'],
    ['AWS::S3 logs', 'f:1: "AWS::S3" is not a CloudFormation type'],
    ['logs-* AWS::S3::Bucket', 'f:1: "logs-*" is not a CloudFormation type'],
    ['AWS::S3::Bucket', 'f:1: "AWS::S3::Bucket" has no id glob (use * for every resource of the type)'],
    ['AWS::S3::Bucket a Tags extra', 'f:1: 4 fields, at most 3'],
    ['!', 'f:1: "!" with nothing after it negates nothing'],
    ['!   ', 'f:1: "!" with nothing after it negates nothing'],
    ['AWS::S3::Bucket a Tags..Key', 'f:1: "Tags..Key" is not a property path'],
    ['AWS::S3::Bucket a [0]', 'f:1: "[0]" is not a property path'],
    ['AWS::S3::Bucket a\\', 'f:1: the line ends in a lone backslash'],
    ['AWS::S3::Bucket a Tags["x', 'f:1: a double quote is not closed']
  ])('rejects %j with a one-line message naming file:line', (line, start) => {
    const err = errorOf(() => parseIgnoreFile(`${line}\n`, 'f'))
    expect(err.message.startsWith(start)).toBe(true)
    expect(err.message).toContain('write "<type> <id glob> [property path]"')
    expect(err.message).not.toContain('\n')
  })

  it('counts lines from 1, comments and blanks included', () => {
    expect(errorOf(() => parseIgnoreFile('# c\n\nAWS::S3::Bucket a\nbad\n', 'dir/.plumbline-ignore')).message).toMatch(
      /^dir\/\.plumbline-ignore:4: "bad" is not a CloudFormation type/
    )
  })
})

describe('matching', () => {
  const ignore = (text: string) => parseIgnoreFile(text, 'f')

  it('ignores whole resources by id glob, * and ?', () => {
    const rules = ignore('AWS::S3::Bucket logs-*\nAWS::S3::Bucket tmp-??\n')
    expect(isResourceIgnored(rules, BUCKET, 'logs-2024')).toBe(true)
    expect(isResourceIgnored(rules, BUCKET, 'logs-')).toBe(true)
    expect(isResourceIgnored(rules, BUCKET, 'app-logs-1')).toBe(false)
    expect(isResourceIgnored(rules, BUCKET, 'tmp-ab')).toBe(true)
    expect(isResourceIgnored(rules, BUCKET, 'tmp-abc')).toBe(false)
    expect(isResourceIgnored(rules, 'AWS::S3::BucketPolicy', 'logs-2024')).toBe(false)
    expect(isPathIgnored(rules, BUCKET, 'logs-2024', 'VersioningConfiguration.Status')).toBe(true)
  })

  it('takes the last matching rule: a negation re-includes, a later rule re-ignores', () => {
    const rules = ignore('AWS::S3::Bucket logs-*\n!AWS::S3::Bucket logs-keep*\nAWS::S3::Bucket logs-keep-old\n')
    expect(isResourceIgnored(rules, BUCKET, 'logs-a')).toBe(true)
    expect(isResourceIgnored(rules, BUCKET, 'logs-keep')).toBe(false)
    expect(isResourceIgnored(rules, BUCKET, 'logs-keep-old')).toBe(true)
    // Order matters: the same rules the other way round ignore everything under logs-*.
    const reversed = ignore('!AWS::S3::Bucket logs-keep*\nAWS::S3::Bucket logs-*\n')
    expect(isResourceIgnored(reversed, BUCKET, 'logs-keep')).toBe(true)
  })

  it('path rules ignore changes at the path or below it, never the whole resource', () => {
    const rules = ignore('AWS::EC2::Volume vol-* Tags\nAWS::EC2::Volume vol-1 Encrypted\n')
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'Tags')).toBe(true)
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'Tags[3].Value')).toBe(true)
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'Encrypted')).toBe(true)
    expect(isPathIgnored(rules, VOLUME, 'vol-2', 'Encrypted')).toBe(false)
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'TagsExtra')).toBe(false)
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'Size')).toBe(false)
    expect(isResourceIgnored(rules, VOLUME, 'vol-1')).toBe(false)
  })

  it('a path rule below a change does not hide the change', () => {
    const rules = ignore('AWS::EC2::Volume vol-1 Tags[0].Value\n')
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'Tags[0].Value')).toBe(true)
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'Tags[0]')).toBe(false)
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'Tags')).toBe(false)
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'Tags[1].Value')).toBe(false)
  })

  it('a negated path rule carves a part out of an ignored resource', () => {
    const rules = ignore('AWS::EC2::Volume vol-*\n!AWS::EC2::Volume vol-1 Tags[0]\n')
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'Size')).toBe(true)
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'Tags[0].Value')).toBe(false)
    // A change reported at Tags contains Tags[0]: shown.
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'Tags')).toBe(false)
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'Tags[1]')).toBe(true)
    expect(isResourceIgnored(rules, VOLUME, 'vol-1')).toBe(false)
    expect(isResourceIgnored(rules, VOLUME, 'vol-2')).toBe(true)
    // A whole-resource rule after the carve-out wins again.
    const later = ignore('AWS::EC2::Volume vol-*\n!AWS::EC2::Volume vol-1 Tags\nAWS::EC2::Volume vol-1\n')
    expect(isResourceIgnored(later, VOLUME, 'vol-1')).toBe(true)
    expect(isPathIgnored(later, VOLUME, 'vol-1', 'Tags')).toBe(true)
  })

  it('a negated whole-resource rule cancels earlier path rules', () => {
    const rules = ignore('AWS::EC2::Volume vol-1 Tags\n!AWS::EC2::Volume vol-1\n')
    expect(isPathIgnored(rules, VOLUME, 'vol-1', 'Tags')).toBe(false)
  })

  it('matches compound identifiers, with | taken literally', () => {
    const rules = ignore('AWS::EC2::SecurityGroupIngress sg-1|*\nAWS::Lambda::Permission fn|p?\n')
    expect(isResourceIgnored(rules, 'AWS::EC2::SecurityGroupIngress', 'sg-1|sgr-9')).toBe(true)
    expect(isResourceIgnored(rules, 'AWS::EC2::SecurityGroupIngress', 'sg-12|sgr-9')).toBe(false)
    expect(isResourceIgnored(rules, 'AWS::Lambda::Permission', 'fn|p1')).toBe(true)
    expect(isResourceIgnored(rules, 'AWS::Lambda::Permission', 'fnXp1')).toBe(false)
  })

  it('takes regular-expression characters in ids literally', () => {
    const rules = ignore('AWS::Logs::LogGroup /aws/lambda/a.b+(c)\n')
    expect(isResourceIgnored(rules, 'AWS::Logs::LogGroup', '/aws/lambda/a.b+(c)')).toBe(true)
    expect(isResourceIgnored(rules, 'AWS::Logs::LogGroup', '/aws/lambda/aXb+(c)')).toBe(false)
  })

  it('matches resources without an id only with an all-star id glob', () => {
    const rules = ignore('AWS::S3::Bucket logs-*\nAWS::EC2::Volume *\nAWS::IAM::Role ?*\n')
    expect(isResourceIgnored(rules, BUCKET, null)).toBe(false)
    expect(isResourceIgnored(rules, VOLUME, null)).toBe(true)
    expect(isResourceIgnored(rules, 'AWS::IAM::Role', null)).toBe(false)
    expect(isPathIgnored(rules, VOLUME, null, 'Tags')).toBe(true)
  })

  it('type globs match per :: segment', () => {
    const rules = ignore('AWS::EC2::* *\n')
    expect(isResourceIgnored(rules, VOLUME, 'vol-1')).toBe(true)
    expect(isResourceIgnored(rules, 'AWS::EC2::SecurityGroup', 'sg-1')).toBe(true)
    expect(isResourceIgnored(rules, BUCKET, 'b')).toBe(false)
    // '*' does not run across '::' into another segment.
    expect(isResourceIgnored(ignore('AWS::*::Bucket *\n'), BUCKET, 'b')).toBe(true)
    expect(isResourceIgnored(ignore('AWS::EC2*::Volume *\n'), 'AWS::EC2::Volume', 'v')).toBe(true)
    expect(isResourceIgnored(ignore('AWS::EC2*::Volume *\n'), 'AWS::EC2::X::Volume', 'v')).toBe(false)
  })

  it('nothing is ignored without rules', () => {
    expect(isResourceIgnored({ rules: [] }, BUCKET, 'a')).toBe(false)
    expect(isPathIgnored({ rules: [] }, BUCKET, 'a', 'Tags')).toBe(false)
  })

  it('merges in order: a later part wins over an earlier one', () => {
    const fromConfig = parseIgnoreFile('AWS::S3::Bucket logs-*\n', '.plumbline.yml')
    const fromFile = parseIgnoreFile('!AWS::S3::Bucket logs-keep\n', '.plumbline-ignore')
    const merged = mergeIgnores(fromConfig, fromFile)
    expect(merged.rules.map((r) => r.source)).toEqual(['.plumbline.yml:1', '.plumbline-ignore:1'])
    expect(isResourceIgnored(merged, BUCKET, 'logs-keep')).toBe(false)
    expect(isResourceIgnored(mergeIgnores(fromFile, fromConfig), BUCKET, 'logs-keep')).toBe(true)
  })
})

describe('escaped ids', () => {
  it.each([
    'plain-id',
    'name with spaces',
    'star*and?question',
    'back\\slash',
    'quote"inside',
    'tab\there',
    'arn:aws:iam::123456789012:role/a b|c*',
    '#hash',
    '!bang'
  ])('formatIgnoreLine(%j) is read back as exactly that id', (id) => {
    const line = formatIgnoreLine(BUCKET, id)
    expect(line).not.toBeNull()
    const rule = parseIgnoreLine(line!, 'f:1')!
    expect(rule.type).toBe(BUCKET)
    expect(isResourceIgnored({ rules: [rule] }, BUCKET, id)).toBe(true)
    // Escaped glob characters stand for themselves, not for other ids.
    expect(isResourceIgnored({ rules: [rule] }, BUCKET, id + 'x')).toBe(false)
    expect(isResourceIgnored({ rules: [rule] }, BUCKET, id.replace(/[*?]/g, 'Z'))).toBe(!/[*?]/.test(id))
    const withPath = parseIgnoreLine(formatIgnoreLine(BUCKET, id, 'Tags["a b"]')!, 'f:1')!
    expect(withPath.path).toBe('Tags["a b"]')
    expect(isPathIgnored({ rules: [withPath] }, BUCKET, id, 'Tags["a b"].Value')).toBe(true)
  })

  it('refuses what a line cannot hold', () => {
    expect(formatIgnoreLine(BUCKET, 'a\nb')).toBeNull()
    expect(formatIgnoreLine(BUCKET, '')).toBeNull()
    expect(formatIgnoreLine('aws_s3_bucket', 'a')).toBeNull()
    expect(formatIgnoreLine('AWS::S3::*', 'a')).toBeNull()
    expect(formatIgnoreLine(BUCKET, 'a', 'bad path')).toBeNull()
  })
})

describe('readIgnoreFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-ignore-'))

  it('reads a file and names it as shown in messages', async () => {
    writeFileSync(join(dir, 'ok'), 'AWS::S3::Bucket a\nAWS::S3 b\n')
    await expect(readIgnoreFile(join(dir, 'ok'), '.plumbline-ignore')).rejects.toThrow(
      /^\.plumbline-ignore:2: "AWS::S3" is not a CloudFormation type/
    )
    writeFileSync(join(dir, 'good'), 'AWS::S3::Bucket a\n')
    expect((await readIgnoreFile(join(dir, 'good'), 'good')).rules).toHaveLength(1)
  })

  it('a missing file or a folder is an InputError of one line', async () => {
    await expect(readIgnoreFile(join(dir, 'nope'), 'nope')).rejects.toEqual(new InputError('ignore file nope not found; check the path'))
    mkdirSync(join(dir, 'folder'))
    await expect(readIgnoreFile(join(dir, 'folder'), 'folder')).rejects.toBeInstanceOf(InputError)
  })
})
