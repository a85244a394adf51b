import { builtinRule } from '../declarative/builtin.js'

export const ec2EbsSnapshotEncrypted = builtinRule({
  id: 'ec2-ebs-snapshot-encrypted',
  title: 'EBS snapshot is encrypted',
  severity: 'high',
  description: 'Checks that every EBS snapshot the account owns is encrypted (Plumbline::EC2::Snapshot, read with EC2 DescribeSnapshots).',
  risk: 'An unencrypted snapshot is a full copy of the disk readable by anyone who can copy or share it, and volumes restored from it are unencrypted too.',
  remediation: {
    text: 'Copy the snapshot with encryption on (a KMS key of yours), delete the unencrypted one, and enable EBS encryption by default so new snapshots are encrypted.',
    terraform: `resource "aws_ebs_snapshot_copy" "encrypted" {
  source_snapshot_id = aws_ebs_snapshot.data.id
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = aws_kms_key.ebs.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['Plumbline::EC2::Snapshot'],
  aliases: { checkov: [], prowler: ['ec2_ebs_snapshots_encrypted'] },
  notes:
    'A snapshot is encrypted when its volume is: in a plan the snapshot of a new volume is unknown until apply, and an aws_ebs_snapshot_copy without encrypted = true is judged by what the plan says. Checkov checks only that copies use a customer-managed key (CKV_AWS_183), not this.',
  condition: { property: 'Encrypted', equals: true },
  messages: {
    pass: 'EBS snapshot {name} is encrypted',
    fail: 'EBS snapshot {name} is not encrypted',
    unknown: 'the snapshot encryption'
  }
})
