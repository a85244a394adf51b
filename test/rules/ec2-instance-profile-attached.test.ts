// ec2-instance-profile-attached: IamInstanceProfile set on every instance not terminated, as CloudFormation
// resources (live-shaped, with State) and through the aws_instance mapping (the fixture in
// test/fixtures/rules/ec2-instance-profile-attached runs .tf code and its plan).
import { mapTerraform } from '../../src/mapping/index.js'
import { builtinRule, builtinSpec } from '../../src/rules/declarative/builtin.js'
import { terraformTypeOf } from '../../src/sources/address.js'
import { tf } from '../mapping/helpers.js'
import { expected, judge, messages, planned, REDACTED, res, ruleById } from './builders.js'

const INSTANCE = 'AWS::EC2::Instance'
const rule = ruleById('ec2-instance-profile-attached')
const live = (id: string, properties: Record<string, unknown>, state = 'running') =>
  res(INSTANCE, id, { InstanceId: id, ImageId: 'ami-1', State: { Code: 16, Name: state }, ...properties })

describe('ec2-instance-profile-attached', () => {
  it('passes an attached profile, fails none or an empty one, judges stopped instances and skips terminated ones', () => {
    const resources = [
      live('i-with-profile', { IamInstanceProfile: 'app' }),
      live('i-stopped-with-profile', { IamInstanceProfile: 'app' }, 'stopped'),
      live('i-no-profile', {}),
      live('i-empty-profile', { IamInstanceProfile: '' }),
      live('i-stopped-no-profile', {}, 'stopped'),
      live('i-terminated-no-profile', {}, 'terminated'),
      // A saved inventory without State (older reads): judged.
      res(INSTANCE, 'i-no-state', { InstanceId: 'i-no-state' }),
      planned(INSTANCE, 'aws_instance.profile_after_apply', { ImageId: 'ami-1' }, ['IamInstanceProfile']),
      planned(INSTANCE, 'aws_instance.with_profile', { ImageId: 'ami-1', IamInstanceProfile: 'app' }),
      res(INSTANCE, 'i-profile-hidden', { InstanceId: 'i-profile-hidden', IamInstanceProfile: REDACTED })
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['i-with-profile', 'i-stopped-with-profile', 'aws_instance.with_profile', 'i-profile-hidden'],
        fail: ['i-no-profile', 'i-empty-profile', 'i-stopped-no-profile', 'i-no-state'],
        unknown: ['aws_instance.profile_after_apply'],
        skipped: ['i-terminated-no-profile']
      })
    )
  })

  it('is unknown when the state is unknown and no profile is attached; an attached profile passes whatever the state', () => {
    const resources = [
      planned(INSTANCE, 'aws_instance.state_unknown', { ImageId: 'ami-1' }, ['State']),
      planned(INSTANCE, 'aws_instance.state_unknown_with_profile', { IamInstanceProfile: 'app' }, ['State'])
    ]
    expect(judge(rule, resources)).toEqual(expected({ pass: ['aws_instance.state_unknown_with_profile'], unknown: ['aws_instance.state_unknown'] }))
  })

  it('names the instance and points at IamInstanceProfile', () => {
    expect(messages(rule, [live('i-a', {}), live('i-b', { IamInstanceProfile: 'app' })])).toEqual([
      'Instance i-a has no IAM instance profile attached',
      'Instance i-b has an IAM instance profile attached'
    ])
    expect(rule.check(live('i-a', {}), { ofType: () => [], find: () => undefined })).toMatchObject({ status: 'fail', path: 'IamInstanceProfile' })
  })

  it('reads iam_instance_profile through the aws_instance mapping, with the same verdicts', () => {
    const { resources } = mapTerraform([
      tf('aws_instance', 'with_profile', { id: 'i-1', ami: 'ami-1', instance_type: 't3.micro', iam_instance_profile: 'app' }, { action: 'no-op' }),
      tf('aws_instance', 'empty_profile', { ami: 'ami-1', instance_type: 't3.micro', iam_instance_profile: '' }),
      tf('aws_instance', 'no_profile', { ami: 'ami-1', instance_type: 't3.micro' }),
      tf('aws_instance', 'profile_after_apply', { ami: 'ami-1', instance_type: 't3.micro' }, { unknown: ['iam_instance_profile'] })
    ])
    expect(resources[0].properties.IamInstanceProfile).toBe('app')
    expect(resources[1].properties).not.toHaveProperty('IamInstanceProfile')
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['i-1'], fail: ['aws_instance.empty_profile', 'aws_instance.no_profile'], unknown: ['aws_instance.profile_after_apply'] })
    )
  })

  it('passes a profile known only after apply when its expression refers to an aws_iam_instance_profile', () => {
    // References are followed to resources of the configuration: the profile and the role are in it.
    const { resources } = mapTerraform([
      tf('aws_iam_instance_profile', 'app', { name: 'app' }, { unknown: ['role'] }),
      tf('aws_iam_role', 'app', { name: 'app', assume_role_policy: '{}' }),
      tf('aws_instance', 'profile_resource', { ami: 'ami-1', instance_type: 't3.micro' }, {
        unknown: ['iam_instance_profile'],
        references: { iam_instance_profile: ['aws_iam_instance_profile.app'] }
      }),
      tf('aws_instance', 'profile_from_role', { ami: 'ami-1', instance_type: 't3.micro' }, {
        unknown: ['iam_instance_profile'],
        references: { iam_instance_profile: ['aws_iam_role.app'] }
      })
    ])
    expect(resources.find((r) => r.address === 'aws_instance.profile_resource')?.references).toEqual({ IamInstanceProfile: ['aws_iam_instance_profile.app'] })
    expect(judge(rule, resources)).toEqual(expected({ pass: ['aws_instance.profile_resource'], unknown: ['aws_instance.profile_from_role'] }))
  })
})

describe('terraformTypeOf', () => {
  it('finds the type in plain, module, indexed and data addresses', () => {
    expect(terraformTypeOf('aws_iam_instance_profile.app')).toBe('aws_iam_instance_profile')
    expect(terraformTypeOf('module.a.module.b.aws_iam_instance_profile.app["x"]')).toBe('aws_iam_instance_profile')
    expect(terraformTypeOf('data.aws_iam_instance_profile.existing')).toBe('aws_iam_instance_profile')
  })
  // A built-in rule's conditions are parsed when it first judges (or when the tests parse every rule whole).
  it('refuses a type that is not a Terraform resource type, when the rule is parsed', () => {
    const rule = {
      id: 'x-profile', title: 'x', severity: 'low' as const, 'resource-types': ['AWS::EC2::Instance'], description: 'x', risk: 'x',
      remediation: { text: 'x', terraform: 'x' }, categories: ['identity-access'], aliases: { checkov: [], prowler: [] }
    }
    builtinRule({ ...rule, condition: { predicate: 'terraform-reference', property: 'IamInstanceProfile', type: 'AWS::IAM::InstanceProfile' } })
    expect(() => builtinSpec('x-profile')).toThrow('built-in rule x-profile: ')
    expect(() => builtinSpec('x-profile')).toThrow('must be a Terraform resource type such as aws_iam_instance_profile')
  })
})
