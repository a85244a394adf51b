// EC2 and VPC settings judged on one property each: their defaults and the spellings sources give.
import { expected, judge, res, ruleById } from './builders.js'

describe('vpc-subnet-no-public-ip-on-launch', () => {
  it('fails only a subnet that maps public addresses; absent is false', () => {
    const subnets = [
      res('AWS::EC2::Subnet', 'public', { VpcId: 'vpc-1', MapPublicIpOnLaunch: true }),
      res('AWS::EC2::Subnet', 'private', { VpcId: 'vpc-1', MapPublicIpOnLaunch: false }),
      res('AWS::EC2::Subnet', 'unset', { VpcId: 'vpc-1' })
    ]
    expect(judge(ruleById('vpc-subnet-no-public-ip-on-launch'), subnets)).toEqual(expected({ pass: ['private', 'unset'], fail: ['public'] }))
  })
})

describe('ec2-transit-gateway-no-auto-accept', () => {
  it('fails only "enable"; absent is disable', () => {
    const gateways = [
      res('AWS::EC2::TransitGateway', 'auto', { AutoAcceptSharedAttachments: 'enable' }),
      res('AWS::EC2::TransitGateway', 'manual', { AutoAcceptSharedAttachments: 'disable' }),
      res('AWS::EC2::TransitGateway', 'unset', {})
    ]
    expect(judge(ruleById('ec2-transit-gateway-no-auto-accept'), gateways)).toEqual(expected({ pass: ['manual', 'unset'], fail: ['auto'] }))
  })
})

describe('ec2-instance-detailed-monitoring-enabled', () => {
  it('passes only Monitoring true; absent is basic monitoring', () => {
    const instances = [
      res('AWS::EC2::Instance', 'on', { ImageId: 'ami-1', Monitoring: true }),
      res('AWS::EC2::Instance', 'off', { ImageId: 'ami-1', Monitoring: false }),
      res('AWS::EC2::Instance', 'unset', { ImageId: 'ami-1' })
    ]
    expect(judge(ruleById('ec2-instance-detailed-monitoring-enabled'), instances)).toEqual(expected({ pass: ['on'], fail: ['off', 'unset'] }))
  })
})

describe('vpc-endpoint-service-acceptance-required', () => {
  it('passes only AcceptanceRequired true; absent is false', () => {
    const services = [
      res('AWS::EC2::VPCEndpointService', 'reviewed', { AcceptanceRequired: true }),
      res('AWS::EC2::VPCEndpointService', 'auto', { AcceptanceRequired: false }),
      res('AWS::EC2::VPCEndpointService', 'unset', {})
    ]
    expect(judge(ruleById('vpc-endpoint-service-acceptance-required'), services)).toEqual(expected({ pass: ['reviewed'], fail: ['auto', 'unset'] }))
  })
})

describe('ec2-sg-not-from-launch-wizard', () => {
  it('fails groups named launch-wizard-*, and only at the start of the name', () => {
    const groups = [
      res('AWS::EC2::SecurityGroup', 'wizard', { GroupName: 'launch-wizard-12' }),
      res('AWS::EC2::SecurityGroup', 'named', { GroupName: 'web' }),
      res('AWS::EC2::SecurityGroup', 'mention', { GroupName: 'not-launch-wizard-1' })
    ]
    expect(judge(ruleById('ec2-sg-not-from-launch-wizard'), groups)).toEqual(expected({ pass: ['named', 'mention'], fail: ['wizard'] }))
  })
})
