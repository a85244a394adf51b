import { builtinRule } from '../declarative/builtin.js'

/**
 * Engines whose endpoints have no SSL mode to set: DMS reaches them over the service's HTTPS API (S3, DynamoDB,
 * Kinesis, OpenSearch), or they encrypt by themselves (Redshift) or through their own settings (Kafka, Neptune, Azure
 * SQL Database). The same exemptions as Checkov's CKV2_AWS_49, whatever the endpoint type.
 */
const ENGINES_WITHOUT_SSL_MODE = ['s3', 'dynamodb', 'kinesis', 'elasticsearch', 'opensearch', 'redshift', 'kafka', 'neptune', 'azuredb']

export const dmsEndpointSslEnabled = builtinRule({
  id: 'dms-endpoint-ssl-enabled',
  title: 'DMS endpoint connects to its database over SSL',
  severity: 'high',
  description:
    'Checks that the endpoint encrypts its connection to the source or target database (SslMode is require, verify-ca or verify-full; none when not set).',
  risk: 'Without SSL, the data being migrated and the database credentials cross the network in clear text, readable and alterable by anyone on the path.',
  remediation: {
    text: 'Set the SSL mode to require (or verify-full with the database\'s CA certificate).',
    terraform: `resource "aws_dms_endpoint" "this" {
  endpoint_id   = "source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "db.example.internal"
  port          = 5432
  database_name = "app"
  username      = "migration"
  password      = var.migration_password
  ssl_mode      = "require"
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::DMS::Endpoint'],
  aliases: { checkov: ['CKV2_AWS_49'], prowler: ['dms_endpoint_ssl_enabled'] },
  notes:
    'Endpoints of engines without an SSL mode (S3, DynamoDB, Kinesis, OpenSearch, Redshift, Kafka, Neptune, Azure SQL Database) get no verdict, as in Checkov; Prowler fails them. Stricter than Checkov on an endpoint without ssl_mode: DMS then connects without SSL, so it fails here.',
  'applies-when': { property: 'EngineName', 'not-in': ENGINES_WITHOUT_SSL_MODE, 'ignore-case': true },
  condition: { property: 'SslMode', 'not-equals': 'none', default: 'none', 'ignore-case': true },
  messages: {
    pass: 'Endpoint {name} connects over SSL (SslMode is {value})',
    fail: 'Endpoint {name} connects without SSL (SslMode is {value})',
    unknown: 'the SSL mode'
  }
})
