// Auto Scaling rules: the boundaries each one draws, beyond the fixtures' examples (absent values, lists of one,
// the forms Cloud Control and Terraform give the same setting).
import { expected, judge, messages, planned, res, ruleById } from './builders.js'

const ASG = 'AWS::AutoScaling::AutoScalingGroup'
const LC = 'AWS::AutoScaling::LaunchConfiguration'
const group = (id: string, properties: Record<string, unknown>) => res(ASG, id, { AutoScalingGroupName: id, MinSize: '1', MaxSize: '2', ...properties })
const config = (id: string, properties: Record<string, unknown>) => res(LC, id, { LaunchConfigurationName: id, ImageId: 'ami-1', InstanceType: 't3.micro', ...properties })

describe('autoscaling-group-multiple-az', () => {
  it('passes two zones or two subnets, fails one of either, and is unknown when the subnets are known only after apply', () => {
    const groups = [
      group('zones-2', { AvailabilityZones: ['eu-west-1a', 'eu-west-1b'] }),
      group('subnets-2', { VPCZoneIdentifier: ['subnet-1', 'subnet-2'] }),
      group('zone-1', { AvailabilityZones: ['eu-west-1a'] }),
      group('subnet-1', { VPCZoneIdentifier: ['subnet-1'] }),
      planned(ASG, 'aws_autoscaling_group.open', { AvailabilityZones: ['eu-west-1a'] }, ['VPCZoneIdentifier'])
    ]
    expect(judge(ruleById('autoscaling-group-multiple-az'), groups)).toEqual(
      expected({ pass: ['zones-2', 'subnets-2'], fail: ['zone-1', 'subnet-1'], unknown: ['aws_autoscaling_group.open'] })
    )
  })
})

describe('autoscaling-group-uses-launch-template', () => {
  it('passes a launch template, directly or in a mixed instances policy, and fails a launch configuration', () => {
    const groups = [
      group('template', { LaunchTemplate: { LaunchTemplateId: 'lt-1', Version: '1' } }),
      group('mixed', { MixedInstancesPolicy: { LaunchTemplate: { LaunchTemplateSpecification: { LaunchTemplateName: 'app' } } } }),
      group('configuration', { LaunchConfigurationName: 'app-lc' })
    ]
    expect(judge(ruleById('autoscaling-group-uses-launch-template'), groups)).toEqual(expected({ pass: ['template', 'mixed'], fail: ['configuration'] }))
  })
})

describe('autoscaling-group-elb-health-check', () => {
  const rule = ruleById('autoscaling-group-elb-health-check')
  it('judges only groups with a load balancer or target group of their own; EC2 is the default', () => {
    const groups = [
      group('tg-elb', { TargetGroupARNs: ['arn:tg'], HealthCheckType: 'ELB' }),
      group('clb-ec2', { LoadBalancerNames: ['clb'], HealthCheckType: 'EC2' }),
      group('tg-default', { TargetGroupARNs: ['arn:tg'] }),
      group('no-lb', { HealthCheckType: 'EC2' }),
      group('empty-lists', { TargetGroupARNs: [], LoadBalancerNames: [] })
    ]
    expect(judge(rule, groups)).toEqual(expected({ pass: ['tg-elb'], fail: ['clb-ec2', 'tg-default'], skipped: ['no-lb', 'empty-lists'] }))
  })
  it('says why a group fails', () => {
    expect(messages(rule, [group('web', { TargetGroupARNs: ['arn:tg'] })]).join('\n')).toContain('EC2 health checks only')
  })
})

describe('autoscaling-group-multiple-instance-types', () => {
  it('passes two overrides or attribute-based requirements, fails one type', () => {
    const lt = { LaunchTemplateSpecification: { LaunchTemplateId: 'lt-1' } }
    const groups = [
      group('two', { MixedInstancesPolicy: { LaunchTemplate: { ...lt, Overrides: [{ InstanceType: 'm6i.large' }, { InstanceType: 'm5.large' }] } } }),
      group('requirements', { MixedInstancesPolicy: { LaunchTemplate: { ...lt, Overrides: [{ InstanceRequirements: { VCpuCount: { Min: 2 } } }] } } }),
      group('one', { MixedInstancesPolicy: { LaunchTemplate: { ...lt, Overrides: [{ InstanceType: 'm6i.large' }] } } }),
      group('plain', { LaunchTemplate: { LaunchTemplateId: 'lt-1' } })
    ]
    expect(judge(ruleById('autoscaling-group-multiple-instance-types'), groups)).toEqual(expected({ pass: ['two', 'requirements'], fail: ['one', 'plain'] }))
  })
})

describe('autoscaling-launch-config-no-public-ip', () => {
  it('fails only an explicit public address; "true" as text counts', () => {
    const configs = [config('yes', { AssociatePublicIpAddress: true }), config('text', { AssociatePublicIpAddress: 'true' }), config('no', { AssociatePublicIpAddress: false }), config('unset', {})]
    expect(judge(ruleById('autoscaling-launch-config-no-public-ip'), configs)).toEqual(expected({ pass: ['no', 'unset'], fail: ['yes', 'text'] }))
  })
})

describe('autoscaling-launch-config-imdsv2-required', () => {
  it('passes required tokens or a disabled endpoint; fails optional tokens and no metadata options', () => {
    const configs = [
      config('required', { MetadataOptions: { HttpTokens: 'required' } }),
      config('off', { MetadataOptions: { HttpEndpoint: 'disabled', HttpTokens: 'optional' } }),
      config('optional', { MetadataOptions: { HttpEndpoint: 'enabled', HttpTokens: 'optional' } }),
      config('none', {})
    ]
    expect(judge(ruleById('autoscaling-launch-config-imdsv2-required'), configs)).toEqual(expected({ pass: ['required', 'off'], fail: ['optional', 'none'] }))
  })
})

describe('autoscaling-launch-config-metadata-hop-limit', () => {
  it('passes a limit of 1 or none, fails 2 and more, and names the limit', () => {
    const rule = ruleById('autoscaling-launch-config-metadata-hop-limit')
    const configs = [config('one', { MetadataOptions: { HttpPutResponseHopLimit: 1 } }), config('unset', { MetadataOptions: { HttpTokens: 'required' } }), config('two', { MetadataOptions: { HttpPutResponseHopLimit: 2 } })]
    expect(judge(rule, configs)).toEqual(expected({ pass: ['one', 'unset'], fail: ['two'] }))
    expect(messages(rule, [configs[2]]).join('\n')).toContain('2 hops')
  })
})

describe('autoscaling-launch-config-ebs-encrypted', () => {
  it('judges every declared EBS volume; instance store mappings and an empty list pass', () => {
    const configs = [
      config('all', { BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true } }, { DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' }] }),
      config('none', {}),
      config('second-plain', { BlockDeviceMappings: [{ Ebs: { Encrypted: true } }, { Ebs: { VolumeSize: 10 } }] }),
      planned(LC, 'aws_launch_configuration.open', { BlockDeviceMappings: [{ Ebs: { VolumeSize: 10 } }] }, ['BlockDeviceMappings[0].Ebs.Encrypted'])
    ]
    expect(judge(ruleById('autoscaling-launch-config-ebs-encrypted'), configs)).toEqual(
      expected({ pass: ['all', 'none'], fail: ['second-plain'], unknown: ['aws_launch_configuration.open'] })
    )
  })
})
