// WAFv2 web ACL rules, and the has-companion join that finds an ACL's logging configuration.
import { expected, judge, messages, planned, res, ruleById } from './builders.js'

const ACL = 'AWS::WAFv2::WebACL'
const LOGGING = 'AWS::WAFv2::LoggingConfiguration'
const rule = (name: string, metrics: boolean) => ({ Name: name, Priority: 1, VisibilityConfig: { CloudWatchMetricsEnabled: metrics, MetricName: name, SampledRequestsEnabled: true } })

describe('wafv2-webacl-has-rules', () => {
  it('needs at least one rule', () => {
    const resources = [res(ACL, 'pass', { Rules: [rule('common', true)] }), res(ACL, 'fail-empty', { Rules: [] }), res(ACL, 'fail-absent', {}), planned(ACL, 'aws_wafv2_web_acl.unknown', {}, ['Rules'])]
    expect(judge(ruleById('wafv2-webacl-has-rules'), resources)).toEqual(
      expected({ pass: ['pass'], fail: ['fail-empty', 'fail-absent'], unknown: ['aws_wafv2_web_acl.unknown'] })
    )
  })
})

describe('wafv2-webacl-rule-metrics', () => {
  it('needs metrics on every rule; an ACL without rules passes', () => {
    const resources = [
      res(ACL, 'pass', { Rules: [rule('a', true), rule('b', true)] }),
      res(ACL, 'pass-no-rules', { Rules: [] }),
      res(ACL, 'fail', { Rules: [rule('a', true), rule('b', false)] })
    ]
    expect(judge(ruleById('wafv2-webacl-rule-metrics'), resources)).toEqual(expected({ pass: ['pass', 'pass-no-rules'], fail: ['fail'] }))
  })
})

describe('wafv2-webacl-logging-enabled', () => {
  const arn = (name: string, account = '111122223333') => `arn:aws:wafv2:eu-west-1:${account}:regional/webacl/${name}/0000`
  const acl = (name: string, account = '111122223333') => res(ACL, name, { Arn: arn(name, account) }, { account })

  it('joins logging configurations on ResourceArn, in the ACL\'s own account', () => {
    const resources = [acl('pass'), acl('fail'), acl('other-account', '444455556666')]
    const context = [
      res(LOGGING, arn('pass'), { ResourceArn: arn('pass') }, { account: '111122223333' }),
      // Its ResourceArn was not read: it may log any ACL of its account, but none of another.
      res(LOGGING, 'unread', {}, { account: '444455556666', readProperties: [] })
    ]
    const verdicts = judge(ruleById('wafv2-webacl-logging-enabled'), resources, context)
    expect(verdicts).toEqual(expected({ pass: ['pass'], fail: ['fail'], unknown: ['other-account'] }))
    expect(messages(ruleById('wafv2-webacl-logging-enabled'), [resources[1]], context)).toEqual(['Web ACL fail has no logging configuration'])
  })

  it('joins a new ACL by the Terraform reference of the logging configuration', () => {
    const created = planned(ACL, 'aws_wafv2_web_acl.new', {}, ['Arn'])
    const unlogged = planned(ACL, 'aws_wafv2_web_acl.unlogged', {}, ['Arn'])
    const logging = planned(LOGGING, 'aws_wafv2_web_acl_logging_configuration.new', {}, ['ResourceArn'])
    logging.references = { ResourceArn: ['aws_wafv2_web_acl.new'] }
    expect(judge(ruleById('wafv2-webacl-logging-enabled'), [created, unlogged], [logging])).toEqual(
      expected({ pass: ['aws_wafv2_web_acl.new'], fail: ['aws_wafv2_web_acl.unlogged'] })
    )
  })
})
