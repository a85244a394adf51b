import { builtinRule } from '../declarative/builtin.js'

export const dmsEndpointMongodbAuthentication = builtinRule({
  id: 'dms-endpoint-mongodb-authentication',
  title: 'DMS MongoDB endpoint authenticates to the database',
  severity: 'medium',
  description:
    'Checks that a MongoDB endpoint signs in to the database (MongoDbSettings.AuthType is password, DMS\'s default, not no). Endpoints of other engines get no verdict.',
  risk: 'An endpoint that connects without authentication works only against a database that accepts anyone: the source or target holds the migrated data with no access control.',
  remediation: {
    text: 'Set the authentication type to password (with credentials from Secrets Manager) and turn on authentication on the database.',
    terraform: `resource "aws_dms_endpoint" "this" {
  endpoint_id   = "mongo-source"
  endpoint_type = "source"
  engine_name   = "mongodb"
  server_name   = "mongo.example.internal"
  port          = 27017
  database_name = "app"
  ssl_mode      = "require"
  mongodb_settings {
    auth_type      = "password"
    auth_mechanism = "scram_sha_1"
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::DMS::Endpoint'],
  aliases: { checkov: [], prowler: ['dms_endpoint_mongodb_authentication_enabled'] },
  'applies-when': { property: 'EngineName', in: ['mongodb'], 'ignore-case': true },
  condition: { property: 'MongoDbSettings.AuthType', 'not-equals': 'no', default: 'password', 'ignore-case': true },
  messages: {
    pass: 'Endpoint {name} authenticates to MongoDB ({value})',
    fail: 'Endpoint {name} connects to MongoDB without authentication',
    unknown: 'the MongoDB authentication type'
  }
})
