import { builtinRule } from '../declarative/builtin.js'

export const dmsReplicationInstanceNotPublic = builtinRule({
  id: 'dms-replication-instance-not-public',
  title: 'DMS replication instance is not publicly accessible',
  severity: 'critical',
  description:
    'Checks that the replication instance has no public IP address (PubliclyAccessible is false); DMS makes an instance public when the property is not set.',
  risk: 'A public replication instance can be reached from the internet wherever its security groups allow, and it holds credentials for, and data from, both the source and the target databases.',
  remediation: {
    text: 'Create the replication instance with publicly accessible off, in private subnets (the instance is recreated).',
    terraform: `resource "aws_dms_replication_instance" "this" {
  replication_instance_id     = "migration"
  replication_instance_class  = "dms.t3.medium"
  replication_subnet_group_id = aws_dms_replication_subnet_group.private.id
  publicly_accessible         = false
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::DMS::ReplicationInstance'],
  aliases: { checkov: ['CKV_AWS_89'], prowler: ['dms_instance_no_public_access'] },
  notes:
    'Stricter than Checkov, which passes an instance without publicly_accessible: the DMS API makes such an instance public, so it fails here. Prowler also passes a public instance whose security groups admit nothing from the internet; the rule judges the flag alone, since security groups change without the instance.',
  condition: { property: 'PubliclyAccessible', equals: false, default: true },
  messages: {
    pass: 'Replication instance {name} is not publicly accessible',
    fail: 'Replication instance {name} is publicly accessible (PubliclyAccessible is {value})',
    unknown: 'whether the instance is publicly accessible'
  }
})
