import { builtinRule } from '../declarative/builtin.js'

// The RDS certificate authorities valid until 2061 and later (rds-ca-2019 expired on 2024-08-22).
const CURRENT_CAS = ['rds-ca-rsa2048-g1', 'rds-ca-rsa4096-g1', 'rds-ca-ecc384-g1']

export const rdsInstanceCaCertificateCurrent = builtinRule({
  id: 'rds-instance-ca-certificate-current',
  title: 'RDS DB instance uses a current certificate authority',
  severity: 'medium',
  description: `Checks that the DB instance's server certificate is signed by a current RDS certificate authority (CACertificateIdentifier one of ${CURRENT_CAS.join(', ')}).`,
  risk: 'An instance still on the expired rds-ca-2019 presents a certificate clients cannot verify: they either fail to connect or are configured to skip verification, which lets an attacker in the middle read the traffic.',
  remediation: {
    text: 'Set ca_cert_identifier to rds-ca-rsa2048-g1 (or rds-ca-rsa4096-g1, rds-ca-ecc384-g1), update the clients\' trust bundle, and apply the change in a maintenance window.',
    terraform: `resource "aws_db_instance" "this" {
  identifier         = "app"
  engine             = "postgres"
  instance_class     = "db.t4g.micro"
  allocated_storage  = 20
  ca_cert_identifier = "rds-ca-rsa2048-g1"
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_211'], prowler: [] },
  notes:
    'An instance that does not state its authority passes: RDS has given new instances rds-ca-rsa2048-g1 since January 2024, and a live instance always reports its authority. Aurora members are judged too: the certificate is per instance. Prowler\'s rds_instance_certificate_expiration reads expiry dates the CloudFormation model does not hold, so it is not an alias.',
  condition: { property: 'CACertificateIdentifier', in: CURRENT_CAS, default: 'rds-ca-rsa2048-g1' },
  messages: {
    pass: 'DB instance {name} uses certificate authority {value}',
    fail: 'DB instance {name} uses certificate authority {value}, which is expired or not current',
    unknown: 'the certificate authority'
  }
})
