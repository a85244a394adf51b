// Elastic Load Balancing v2 rules: attribute lists where a missing key means AWS's default, load balancer types a
// rule does not judge, and listeners judged by protocol and default action.
import { expected, judge, messages, planned, res, ruleById } from './builders.js'

const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer'
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener'

/** A load balancer of `Type` with the given attributes (Key → Value, as AWS reports them: text). */
const lb = (id: string, type: string | undefined, attributes: Record<string, string>, extra: Record<string, unknown> = {}) =>
  res(LB, id, { ...(type ? { Type: type } : {}), LoadBalancerAttributes: Object.entries(attributes).map(([Key, Value]) => ({ Key, Value })), ...extra })

describe('elbv2-alb-drop-invalid-header-fields', () => {
  it('requires the attribute true on application load balancers (the default type), absent is AWS\'s false', () => {
    const resources = [
      lb('pass', 'application', { 'routing.http.drop_invalid_header_fields.enabled': 'true' }),
      lb('pass-default-type', undefined, { 'routing.http.drop_invalid_header_fields.enabled': 'true' }),
      lb('fail-false', 'application', { 'routing.http.drop_invalid_header_fields.enabled': 'false' }),
      lb('fail-absent', 'application', { 'deletion_protection.enabled': 'true' }),
      lb('skip-network', 'network', {}),
      planned(LB, 'aws_lb.unknown', { Type: 'application' }, ['LoadBalancerAttributes'])
    ]
    expect(judge(ruleById('elbv2-alb-drop-invalid-header-fields'), resources)).toEqual(
      expected({ pass: ['pass', 'pass-default-type'], fail: ['fail-false', 'fail-absent'], unknown: ['aws_lb.unknown'], skipped: ['skip-network'] })
    )
  })
})

describe('elbv2-deletion-protection-enabled', () => {
  it('judges every type; only "true" passes', () => {
    const resources = [
      lb('pass-alb', 'application', { 'deletion_protection.enabled': 'true' }),
      lb('pass-gwlb', 'gateway', { 'deletion_protection.enabled': 'true' }),
      lb('fail-nlb', 'network', { 'deletion_protection.enabled': 'false' }),
      lb('fail-no-attributes', 'application', {}),
      planned(LB, 'aws_lb.unknown', {}, ['LoadBalancerAttributes'])
    ]
    expect(judge(ruleById('elbv2-deletion-protection-enabled'), resources)).toEqual(
      expected({ pass: ['pass-alb', 'pass-gwlb'], fail: ['fail-nlb', 'fail-no-attributes'], unknown: ['aws_lb.unknown'] })
    )
  })
})

describe('elbv2-access-logging-enabled', () => {
  it('judges application and network load balancers; a bucket without enabled true fails', () => {
    const resources = [
      lb('pass-alb', 'application', { 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'logs' }),
      lb('pass-nlb', 'network', { 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'logs' }),
      lb('fail-bucket-only', 'application', { 'access_logs.s3.bucket': 'logs' }),
      lb('skip-gwlb', 'gateway', {})
    ]
    expect(judge(ruleById('elbv2-access-logging-enabled'), resources)).toEqual(
      expected({ pass: ['pass-alb', 'pass-nlb'], fail: ['fail-bucket-only'], skipped: ['skip-gwlb'] })
    )
  })
})

describe('elbv2-alb-desync-mitigation-mode', () => {
  it('fails monitor only; absent is AWS\'s defensive; dropping invalid headers does not excuse monitor', () => {
    const resources = [
      lb('pass-strictest', 'application', { 'routing.http.desync_mitigation_mode': 'strictest' }),
      lb('pass-absent', 'application', {}),
      lb('fail-monitor', 'application', { 'routing.http.desync_mitigation_mode': 'monitor', 'routing.http.drop_invalid_header_fields.enabled': 'true' }),
      lb('skip-nlb', 'network', {}),
      planned(LB, 'aws_lb.unknown', {}, ['LoadBalancerAttributes'])
    ]
    expect(judge(ruleById('elbv2-alb-desync-mitigation-mode'), resources)).toEqual(
      expected({ pass: ['pass-strictest', 'pass-absent'], fail: ['fail-monitor'], unknown: ['aws_lb.unknown'], skipped: ['skip-nlb'] })
    )
  })
})

describe('elbv2-multiple-az', () => {
  it('needs two subnets or two subnet mappings', () => {
    const resources = [
      res(LB, 'pass-subnets', { Subnets: ['subnet-a', 'subnet-b'] }),
      res(LB, 'pass-mappings', { SubnetMappings: [{ SubnetId: 'subnet-a' }, { SubnetId: 'subnet-b' }] }),
      res(LB, 'fail-one', { Subnets: ['subnet-a'], SubnetMappings: [{ SubnetId: 'subnet-a' }] }),
      planned(LB, 'aws_lb.unknown', {}, ['Subnets'])
    ]
    expect(judge(ruleById('elbv2-multiple-az'), resources)).toEqual(
      expected({ pass: ['pass-subnets', 'pass-mappings'], fail: ['fail-one'], unknown: ['aws_lb.unknown'] })
    )
  })
})

describe('elbv2-cross-zone-load-balancing-enabled', () => {
  it('judges network and gateway load balancers only; absent is off', () => {
    const resources = [
      lb('pass-nlb', 'network', { 'load_balancing.cross_zone.enabled': 'true' }),
      lb('fail-gwlb', 'gateway', {}),
      lb('skip-alb', 'application', { 'load_balancing.cross_zone.enabled': 'true' }),
      lb('skip-default-type', undefined, {})
    ]
    expect(judge(ruleById('elbv2-cross-zone-load-balancing-enabled'), resources)).toEqual(
      expected({ pass: ['pass-nlb'], fail: ['fail-gwlb'], skipped: ['skip-alb', 'skip-default-type'] })
    )
  })
})

const forward = [{ Type: 'forward', TargetGroupArn: 'arn:tg' }]

describe('elbv2-listener-https-or-redirect', () => {
  it('passes encrypted and non-HTTP protocols and HTTP redirected to HTTPS', () => {
    const resources = [
      res(LISTENER, 'pass-https', { Protocol: 'HTTPS', DefaultActions: forward }),
      res(LISTENER, 'pass-tcp', { Protocol: 'TCP', DefaultActions: forward }),
      res(LISTENER, 'pass-redirect', { Protocol: 'HTTP', DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', StatusCode: 'HTTP_301' } }] }),
      res(LISTENER, 'fail-forward', { Protocol: 'HTTP', DefaultActions: forward }),
      res(LISTENER, 'fail-redirect-http', { Protocol: 'HTTP', DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTP', StatusCode: 'HTTP_302' } }] }),
      planned(LISTENER, 'aws_lb_listener.unknown', { DefaultActions: forward }, ['Protocol'])
    ]
    expect(judge(ruleById('elbv2-listener-https-or-redirect'), resources)).toEqual(
      expected({ pass: ['pass-https', 'pass-tcp', 'pass-redirect'], fail: ['fail-forward', 'fail-redirect-http'], unknown: ['aws_lb_listener.unknown'] })
    )
  })
})

describe('elbv2-listener-tls12-policy', () => {
  it('judges HTTPS and TLS listeners by their policy\'s minimum protocol, and names the policy', () => {
    const rule = ruleById('elbv2-listener-tls12-policy')
    const resources = [
      res(LISTENER, 'pass-tls13', { Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }),
      res(LISTENER, 'pass-tls-listener', { Protocol: 'TLS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06' }),
      res(LISTENER, 'pass-fs', { Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-FS-1-2-Res-2019-08' }),
      res(LISTENER, 'fail-2016', { Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-2016-08' }),
      res(LISTENER, 'fail-tls13-1-0', { Protocol: 'TLS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-0-2021-06' }),
      res(LISTENER, 'fail-no-policy', { Protocol: 'HTTPS' }),
      res(LISTENER, 'skip-http', { Protocol: 'HTTP' })
    ]
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['pass-tls13', 'pass-tls-listener', 'pass-fs'], fail: ['fail-2016', 'fail-tls13-1-0', 'fail-no-policy'], skipped: ['skip-http'] })
    )
    expect(messages(rule, [resources[3]])).toEqual(['Listener fail-2016 uses security policy ELBSecurityPolicy-2016-08, which accepts protocols older than TLS 1.2'])
  })
})
