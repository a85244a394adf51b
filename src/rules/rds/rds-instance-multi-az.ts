import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { isTrue, read, UNKNOWN } from '../support/read.js'
import { isClusterMember } from './aurora.js'

export const rdsInstanceMultiAz: RuleDefinition = {
  id: 'rds-instance-multi-az',
  title: 'RDS DB instance is deployed in multiple Availability Zones',
  severity: 'medium',
  description: 'Checks that the DB instance has a standby in another Availability Zone (MultiAZ is true).',
  risk: 'A single-AZ database goes down with its zone or host, and maintenance causes downtime.',
  remediation: {
    text: 'Set multi_az = true.',
    terraform: `resource "aws_db_instance" "this" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  multi_az          = true
}`
  },
  categories: ['resilience'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_157'], prowler: ['rds_instance_multi_az'] },
  notes: 'Aurora members are skipped: availability is a property of the cluster and its instances together.',
  check(resource) {
    const member = isClusterMember(resource)
    if (member === true) return null
    const path = 'MultiAZ'
    const multiAz = read(resource, path)
    if (multiAz === UNKNOWN || member === UNKNOWN) return unknownAt(resource, path, 'the Multi-AZ setting')
    if (isTrue(multiAz)) return pass(`DB instance ${nameOf(resource)} is Multi-AZ`, path)
    return fail(`DB instance ${nameOf(resource)} runs in a single Availability Zone`, path)
  }
}
