import { builtinRule } from '../declarative/builtin.js'

export const ec2EbsSnapshotNotPublic = builtinRule({
  id: 'ec2-ebs-snapshot-not-public',
  title: 'EBS snapshot is not public',
  severity: 'critical',
  description:
    'Checks that no EBS snapshot the account owns can be restored by every AWS account (a create-volume permission for the group "all"). EBS snapshots have no CloudFormation type: the scan reads them with EC2 DescribeSnapshots as Plumbline::EC2::Snapshot.',
  risk: 'Anyone can create a volume from a public snapshot and read everything the disk held: databases, keys, customer data.',
  remediation: {
    text: 'Remove the "all" group from the snapshot\'s create-volume permissions (share it with named accounts only), and turn on block public access for snapshots in every region.',
    terraform: `resource "aws_ebs_snapshot_block_public_access" "this" {
  state = "block-all-sharing"
}`
  },
  categories: ['public-exposure'],
  'resource-types': ['Plumbline::EC2::Snapshot'],
  aliases: { checkov: [], prowler: ['ec2_ebs_public_snapshot'] },
  notes:
    'Read live as the account\'s snapshots that DescribeSnapshots lists for RestorableByUserIds all (two paged calls per region, where Prowler asks DescribeSnapshotAttribute once per snapshot). Terraform cannot make a snapshot public (aws_snapshot_create_volume_permission names one account), so a snapshot it declares passes; one made public by hand fails live. Checkov has no equivalent check.',
  condition: { property: 'Public', equals: false },
  messages: {
    pass: 'EBS snapshot {name} is not public',
    fail: 'EBS snapshot {name} can be restored by every AWS account',
    unknown: 'whether the snapshot is public'
  }
})
