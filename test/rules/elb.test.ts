// Classic Load Balancer rules: flat CloudFormation properties with CloudFormation's defaults where left out.
import { expected, judge, planned, res, ruleById } from './builders.js'

const ELB = 'AWS::ElasticLoadBalancing::LoadBalancer'

describe('elb-access-logging-enabled', () => {
  it('needs AccessLoggingPolicy.Enabled true', () => {
    const resources = [
      res(ELB, 'pass', { AccessLoggingPolicy: { Enabled: true, S3BucketName: 'logs' } }),
      res(ELB, 'fail-off', { AccessLoggingPolicy: { Enabled: false, S3BucketName: 'logs' } }),
      res(ELB, 'fail-absent', {}),
      planned(ELB, 'aws_elb.unknown', {}, ['AccessLoggingPolicy.Enabled'])
    ]
    expect(judge(ruleById('elb-access-logging-enabled'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-off', 'fail-absent'], unknown: ['aws_elb.unknown'] }))
  })
})

describe('elb-cross-zone-load-balancing-enabled', () => {
  it('reads an absent CrossZone as CloudFormation\'s off', () => {
    const resources = [res(ELB, 'pass', { CrossZone: true }), res(ELB, 'fail-off', { CrossZone: false }), res(ELB, 'fail-absent', {})]
    expect(judge(ruleById('elb-cross-zone-load-balancing-enabled'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-off', 'fail-absent'] }))
  })
})

describe('elb-connection-draining-enabled', () => {
  it('needs ConnectionDrainingPolicy.Enabled true', () => {
    const resources = [res(ELB, 'pass', { ConnectionDrainingPolicy: { Enabled: true, Timeout: 60 } }), res(ELB, 'fail', { ConnectionDrainingPolicy: { Enabled: false } }), res(ELB, 'fail-absent', {})]
    expect(judge(ruleById('elb-connection-draining-enabled'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail', 'fail-absent'] }))
  })
})

describe('elb-listeners-encrypted', () => {
  it('needs every listener on HTTPS or SSL, whatever the case', () => {
    const resources = [
      res(ELB, 'pass', { Listeners: [{ Protocol: 'HTTPS' }, { Protocol: 'ssl' }] }),
      res(ELB, 'fail-mixed', { Listeners: [{ Protocol: 'HTTPS' }, { Protocol: 'HTTP' }] }),
      res(ELB, 'fail-tcp', { Listeners: [{ Protocol: 'TCP' }] })
    ]
    expect(judge(ruleById('elb-listeners-encrypted'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-mixed', 'fail-tcp'] }))
  })
})

describe('elb-multiple-az', () => {
  it('needs two zones or two subnets', () => {
    const resources = [
      res(ELB, 'pass-zones', { AvailabilityZones: ['eu-west-1a', 'eu-west-1b'] }),
      res(ELB, 'pass-subnets', { Subnets: ['subnet-a', 'subnet-b'] }),
      res(ELB, 'fail', { AvailabilityZones: ['eu-west-1a'], Subnets: ['subnet-a'] })
    ]
    expect(judge(ruleById('elb-multiple-az'), resources)).toEqual(expected({ pass: ['pass-zones', 'pass-subnets'], fail: ['fail'] }))
  })
})
