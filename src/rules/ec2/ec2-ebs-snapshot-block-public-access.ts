import { builtinRule } from '../declarative/builtin.js'

export const ec2EbsSnapshotBlockPublicAccess = builtinRule({
  id: 'ec2-ebs-snapshot-block-public-access',
  title: 'Block public access for EBS snapshots is on in the region',
  severity: 'high',
  description:
    'Checks that each account and region blocks all public sharing of EBS snapshots (AWS::EC2::SnapshotBlockPublicAccess with State block-all-sharing). A region control: it judges the region (Plumbline::Account::Region), not a resource.',
  risk: 'Without the block, one ModifySnapshotAttribute call (a script, a mistake, an attacker with ec2 permissions) publishes a disk to every AWS account.',
  remediation: {
    text: 'Turn on block public access for snapshots with block-all-sharing in every region (block-new-sharing leaves snapshots shared before it public).',
    terraform: `resource "aws_ebs_snapshot_block_public_access" "this" {
  state = "block-all-sharing"
}`
  },
  categories: ['public-exposure'],
  'resource-types': ['Plumbline::Account::Region'],
  aliases: { checkov: [], prowler: ['ec2_ebs_snapshot_account_block_public_access'] },
  notes:
    'Live, every scanned region is judged (Prowler only regions with snapshots unless --scan-unused-services). block-new-sharing fails, as in Prowler: snapshots already public stay public. On a plan, a state or .tf code a region is judged only where the configuration manages aws_ebs_snapshot_block_public_access. Checkov has no equivalent check.',
  condition: {
    predicate: 'region-has',
    type: 'AWS::EC2::SnapshotBlockPublicAccess',
    where: { State: 'block-all-sharing' },
    what: 'block public access for snapshots set to block-all-sharing'
  }
})
