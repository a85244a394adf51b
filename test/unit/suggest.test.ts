import { parseArgs } from 'node:util'
import { argsErrorLine, closestMatch, didYouMean } from '../../src/suggest.js'
import { suggestRuleName } from '../../src/rules/index.js'

describe('closestMatch', () => {
  it('finds a typo: substitution, deletion, insertion, transposition, case', () => {
    const ids = ['ec2-sg-no-public-ssh', 'ec2-sg-no-public-rdp', 's3-bucket-versioning-enabled']
    expect(closestMatch('ec2-sg-no-publc-ssh', ids)).toBe('ec2-sg-no-public-ssh')
    expect(closestMatch('ec2-sg-no-pubilc-rdp', ids)).toBe('ec2-sg-no-public-rdp')
    expect(closestMatch('S3-Bucket-Versioning-Enabled', ids)).toBe('s3-bucket-versioning-enabled')
    expect(closestMatch('s3-bucket-versioning', ids)).toBe('s3-bucket-versioning-enabled')
  })

  it('suggests nothing for a name far from every candidate', () => {
    expect(closestMatch('lambda', ['scan', 'ignore'])).toBeUndefined()
    expect(closestMatch('', ['scan'])).toBeUndefined()
    expect(didYouMean('zzz', ['scan', 'ignore'])).toBe('')
  })

  it('names the rule a mistyped suppression meant, ours or an alias', () => {
    expect(suggestRuleName('rds-instance-multi-az-enabled')).toBe('rds-instance-multi-az')
    expect(suggestRuleName('ec2-imdsv2-required')).toBeUndefined()
    expect(suggestRuleName('ec2_instance_imdsv2_enabeld')).toBe('ec2_instance_imdsv2_enabled')
  })

  it('turns an unknown CLI option into one line with the option meant', () => {
    let error: unknown
    try {
      parseArgs({ args: ['--tfdir', 'x'], options: { 'tf-dir': { type: 'string' }, plan: { type: 'string' } }, strict: true })
    } catch (err) {
      error = err
    }
    expect(argsErrorLine(error, ['tf-dir', 'plan'], 'plumbline --help')).toBe(`Unknown option '--tfdir'; did you mean "--tf-dir"? See plumbline --help`)
    expect(argsErrorLine(error, ['plan'], 'plumbline --help')).toBe(`Unknown option '--tfdir'; see plumbline --help`)
  })
})
