import { builtinRule } from '../declarative/builtin.js'

export const rdsInstanceNotPubliclyAccessible = builtinRule({
  id: 'rds-instance-not-publicly-accessible',
  title: 'RDS DB instance is not publicly accessible',
  severity: 'critical',
  description: 'Checks that the DB instance does not get a public endpoint (PubliclyAccessible is not true).',
  risk: 'A public endpoint lets anyone on the internet attempt to connect; one open security group rule away from a breach.',
  remediation: {
    text: 'Set publicly_accessible = false and reach the database through private networking.',
    terraform: `resource "aws_db_instance" "this" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  publicly_accessible = false
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_17'], prowler: ['rds_instance_no_public_access'] },
  notes:
    'We fail on the flag alone, as Checkov CKV_AWS_17 does. Prowler fails only when the flag is set AND an attached security group opens the DB port to the internet AND the subnet routes to an internet gateway. Those other two conditions live in resources that change independently of the database and are rarely all in one plan; a public endpoint is a standing exposure waiting for one of them to change, and judging it alone keeps the answer decidable. Expect more failures than Prowler on databases shielded only by their security groups or subnets.',
  condition: { property: 'PubliclyAccessible', 'not-equals': true },
  messages: {
    pass: 'DB instance {name} is not publicly accessible',
    fail: 'DB instance {name} is publicly accessible',
    unknown: 'the public accessibility flag'
  }
})
