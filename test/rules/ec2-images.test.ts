// EBS snapshots and AMIs, which no CloudFormation type holds (the Plumbline::EC2::Snapshot and ::Image facts), and the
// region's block of public snapshot sharing (AWS::EC2::SnapshotBlockPublicAccess): the rules on exact sets, and what
// the Terraform mapping gives them.
import { regionResource } from '../../src/model/facts.js'
import { mapTerraform } from '../../src/mapping/index.js'
import type { Resource } from '../../src/types.js'
import { tf } from '../mapping/helpers.js'
import { expected, judge, messages, planned, res, ruleById } from './builders.js'

const SNAPSHOT = 'Plumbline::EC2::Snapshot'
const IMAGE = 'Plumbline::EC2::Image'
const device = (encrypted: unknown, extra: Record<string, unknown> = {}) => ({ DeviceName: '/dev/xvda', Ebs: { SnapshotId: 'snap-1', Encrypted: encrypted, ...extra } })

describe('ec2-ebs-snapshot-not-public', () => {
  const rule = ruleById('ec2-ebs-snapshot-not-public')
  it('fails a snapshot every account may restore, passes a private one, is unknown when that was not read', () => {
    const resources = [
      res(SNAPSHOT, 'snap-private', { SnapshotId: 'snap-private', Public: false, Encrypted: true }),
      res(SNAPSHOT, 'snap-public', { SnapshotId: 'snap-public', Public: true, Encrypted: true }),
      { ...res(SNAPSHOT, 'snap-not-read', { SnapshotId: 'snap-not-read' }), readProperties: ['SnapshotId'] }
    ]
    expect(judge(rule, resources)).toEqual(expected({ pass: ['snap-private'], fail: ['snap-public'], unknown: ['snap-not-read'] }))
    expect(messages(rule, [resources[1]])[0]).toBe('EBS snapshot snap-public can be restored by every AWS account')
  })

  it('passes what Terraform declares: it cannot share a snapshot with every account', () => {
    const { resources } = mapTerraform([
      tf('aws_ebs_snapshot', 'data', { volume_id: 'vol-1' }, { unknown: ['id', 'encrypted'] }),
      tf('aws_snapshot_create_volume_permission', 'partner', { snapshot_id: 'snap-1', account_id: '111122223333' })
    ])
    expect(judge(rule, resources)).toEqual(expected({ pass: ['aws_ebs_snapshot.data'] }))
  })
})

describe('ec2-ebs-snapshot-encrypted', () => {
  const rule = ruleById('ec2-ebs-snapshot-encrypted')
  it('judges the snapshot\'s encryption; a snapshot of a new volume is unknown until apply', () => {
    const resources = [
      res(SNAPSHOT, 'snap-encrypted', { Encrypted: true, Public: false }),
      res(SNAPSHOT, 'snap-plain', { Encrypted: false, Public: false }),
      planned(SNAPSHOT, 'aws_ebs_snapshot.new', { Public: false }, ['Encrypted'])
    ]
    expect(judge(rule, resources)).toEqual(expected({ pass: ['snap-encrypted'], fail: ['snap-plain'], unknown: ['aws_ebs_snapshot.new'] }))
  })

  it('maps a snapshot copy\'s encrypted flag, and leaves an aws_ebs_snapshot\'s (its volume\'s) unknown in code', () => {
    const { resources } = mapTerraform([
      tf('aws_ebs_snapshot_copy', 'plain', { source_snapshot_id: 'snap-1', source_region: 'eu-west-1', encrypted: false }),
      tf('aws_ebs_snapshot_copy', 'sealed', { source_snapshot_id: 'snap-1', source_region: 'eu-west-1', encrypted: true, kms_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/k' }),
      { ...tf('aws_ebs_snapshot', 'of_volume', { volume_id: 'vol-1' }), origin: 'hcl' as const }
    ])
    expect(judge(rule, resources)).toEqual(expected({ pass: ['aws_ebs_snapshot_copy.sealed'], fail: ['aws_ebs_snapshot_copy.plain'], unknown: ['aws_ebs_snapshot.of_volume'] }))
    expect(resources.find((r) => r.address === 'aws_ebs_snapshot_copy.sealed')!.properties).toEqual({ Encrypted: true, KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k', Public: false })
  })
})

describe('ec2-ami-not-public', () => {
  const rule = ruleById('ec2-ami-not-public')
  it('judges the image\'s Public flag live', () => {
    const resources = [res(IMAGE, 'ami-private', { Public: false }), res(IMAGE, 'ami-public', { Public: true }), { ...res(IMAGE, 'ami-not-read', {}), readProperties: [] }]
    expect(judge(rule, resources)).toEqual(expected({ pass: ['ami-private'], fail: ['ami-public'], unknown: ['ami-not-read'] }))
  })

  it('in Terraform, a launch permission for the group "all" makes its image public; one for an account does not; an unknown group is unknown', () => {
    const ami = (name: string) => tf('aws_ami', name, { name, virtualization_type: 'hvm' }, { unknown: ['id'] })
    const permission = (name: string, values: Record<string, unknown>, unknown: string[] = []) =>
      tf('aws_ami_launch_permission', name, { ...values }, { unknown: ['image_id', ...unknown], references: { image_id: [`aws_ami.${name}`] } })
    const { resources } = mapTerraform([
      ami('shared'),
      permission('shared', { account_id: '111122223333' }),
      ami('public'),
      permission('public', { group: 'all' }),
      ami('open_question'),
      permission('open_question', {}, ['group']),
      ami('alone')
    ])
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['aws_ami.alone', 'aws_ami.shared'], fail: ['aws_ami.public'], unknown: ['aws_ami.open_question'] })
    )
    // The finding is the launch permission's doing: it is placed on that block.
    expect(resources.find((r) => r.address === 'aws_ami.public')!.causes).toEqual([{ address: 'aws_ami_launch_permission.public', path: 'Public' }])
  })
})

describe('ec2-ami-encrypted', () => {
  const rule = ruleById('ec2-ami-encrypted')
  it('requires every EBS device encrypted; instance-store devices and images without devices pass', () => {
    const resources = [
      res(IMAGE, 'ami-sealed', { BlockDeviceMappings: [device(true), device(true, { SnapshotId: 'snap-2' })] }),
      res(IMAGE, 'ami-one-plain', { BlockDeviceMappings: [device(true), device(false)] }),
      res(IMAGE, 'ami-instance-store', { BlockDeviceMappings: [{ DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' }] }),
      res(IMAGE, 'ami-no-devices', {}),
      planned(IMAGE, 'aws_ami.from_snapshot', { BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: 'snap-3' } }] }, ['BlockDeviceMappings[0].Ebs.Encrypted'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['ami-instance-store', 'ami-no-devices', 'ami-sealed'], fail: ['ami-one-plain'], unknown: ['aws_ami.from_snapshot'] })
    )
  })

  it('maps aws_ami devices: encrypted as written, from a snapshot unknown unless forced; an encrypted aws_ami_copy encrypts them all', () => {
    const { resources } = mapTerraform([
      tf('aws_ami', 'mixed', {
        name: 'mixed',
        ebs_block_device: [
          { device_name: '/dev/xvda', encrypted: true, volume_size: 8 },
          { device_name: '/dev/xvdb', snapshot_id: 'snap-1', encrypted: false },
          { device_name: '/dev/xvdc', snapshot_id: 'snap-2', encrypted: true }
        ]
      }),
      tf('aws_ami_copy', 'copy', { name: 'copy', encrypted: true, ebs_block_device: [{ device_name: '/dev/xvda', snapshot_id: 'snap-4', encrypted: false }] })
    ])
    const mixed = resources.find((r) => r.address === 'aws_ami.mixed') as Resource
    expect(mixed.properties.BlockDeviceMappings).toEqual([
      { DeviceName: '/dev/xvda', Ebs: { Encrypted: true, VolumeSize: 8 } },
      { DeviceName: '/dev/xvdb', Ebs: { SnapshotId: 'snap-1' } },
      { DeviceName: '/dev/xvdc', Ebs: { SnapshotId: 'snap-2', Encrypted: true } }
    ])
    expect(mixed.unknown).toEqual(['BlockDeviceMappings[1].Ebs.Encrypted'])
    expect(judge(rule, resources)).toEqual(expected({ pass: ['aws_ami_copy.copy'], unknown: ['aws_ami.mixed'] }))
  })
})

describe('ec2-ebs-snapshot-block-public-access', () => {
  const rule = ruleById('ec2-ebs-snapshot-block-public-access')
  const T = 'AWS::EC2::SnapshotBlockPublicAccess'
  const ACCOUNT = '111122223333'
  it('live: block-all-sharing passes, block-new-sharing or none (unblocked) fails, a region where it could not be read is unknown', () => {
    const region = (name: string, unread = false) => {
      const r = regionResource(name, ACCOUNT, 'live', unread ? [] : [T])
      if (unread) r.properties.UnreadTypes = [T]
      return r
    }
    const regions = [region('us-east-1'), region('eu-west-1'), region('eu-central-1'), region('ap-south-1', true)]
    const context = [
      res(T, ACCOUNT, { State: 'block-all-sharing' }, { account: ACCOUNT, region: 'us-east-1' }),
      res(T, ACCOUNT, { State: 'block-new-sharing' }, { account: ACCOUNT, region: 'eu-west-1' })
    ]
    expect(judge(rule, regions, context)).toEqual(
      expected({ pass: [`${ACCOUNT}/us-east-1`], fail: [`${ACCOUNT}/eu-central-1`, `${ACCOUNT}/eu-west-1`], unknown: [`${ACCOUNT}/ap-south-1`] })
    )
  })
})
