// Databases, caches and search domains beyond the hand-written RDS instance and cluster (src/mapping/aws/): DynamoDB,
// ElastiCache, MemoryDB, DAX, OpenSearch/Elasticsearch, Redshift (provisioned and serverless), RDS parameter and option groups,
// proxies, global clusters and event subscriptions, DocumentDB and Neptune. Each entry writes only what the aws
// provider names otherwise than the CloudFormation property's snake_case (derived.ts).
import type { ResourceBuilder } from '../builder.js'
import { parsePolicy, toBoolean, toNumber, nonEmptyList, positiveNumber, type Convert } from '../convert.js'
import type { CompanionSpec, MappingSpec } from '../derived.js'

/** Terraform's repeated `parameter { name, value }` blocks → CloudFormation's parameter map { name: value }. */
export const parameterMap: Convert = (v) => {
  if (!Array.isArray(v)) return undefined
  const out: Record<string, string> = {}
  for (const item of v) {
    if (item && typeof item === 'object' && typeof (item as Record<string, unknown>).name === 'string') {
      const { name, value } = item as Record<string, unknown>
      out[name as string] = String(value ?? '')
    }
  }
  return Object.keys(out).length > 0 ? out : undefined
}



/** DynamoDB's KeySchema from the provider's hash_key and range_key attributes. */
function keySchema(hash: unknown, range: unknown): Array<{ AttributeName: string; KeyType: string }> | undefined {
  const keys: Array<{ AttributeName: string; KeyType: string }> = []
  if (typeof hash === 'string' && hash !== '') keys.push({ AttributeName: hash, KeyType: 'HASH' })
  if (typeof range === 'string' && range !== '') keys.push({ AttributeName: range, KeyType: 'RANGE' })
  return keys.length > 0 ? keys : undefined
}

function dynamodbKeys(b: ResourceBuilder): void {
  const v = b.tf.values
  // The table's own KeySchema is left out: its schema is a oneOf of a $ref carrying maxItems (meant as a list) and a
  // JSON object, which the shipped schema facts read as an object, so a list here would not fit them.
  const gsis = Array.isArray(v.global_secondary_index) ? v.global_secondary_index : []
  gsis.forEach((index: Record<string, unknown>, i) => {
    if (index && typeof index === 'object') {
      b.set(`GlobalSecondaryIndexes[${i}].KeySchema`, keySchema(index.hash_key, index.range_key), [`global_secondary_index[${i}].hash_key`, `global_secondary_index[${i}].range_key`])
    }
  })
  // A local index shares the table's partition key; its own key is the sort key.
  const lsis = Array.isArray(v.local_secondary_index) ? v.local_secondary_index : []
  lsis.forEach((index: Record<string, unknown>, i) => {
    if (index && typeof index === 'object') {
      b.set(`LocalSecondaryIndexes[${i}].KeySchema`, keySchema(v.hash_key, index.range_key), ['hash_key', `local_secondary_index[${i}].range_key`])
    }
  })
  // The stream is one boolean and one view type in Terraform, one optional object in CloudFormation.
  if (v.stream_enabled === true || v.stream_enabled === 'true') b.copy('StreamSpecification.StreamViewType', 'stream_view_type', (x) => (x === '' ? undefined : x))
  else b.record('StreamSpecification', 'stream_enabled')
  // Encryption with a KMS key (AWS managed or the customer's) is SSEType KMS, the only type CloudFormation knows.
  const sse = b.properties.SSESpecification as Record<string, unknown> | undefined
  if (sse?.SSEEnabled === true) sse.SSEType = 'KMS'
}

/**
 * ElastiCache log delivery: Terraform's single `destination` (a log group or a Firehose stream name) is the one
 * destination detail its `destination_type` names.
 */
function elasticacheLogDestinations(b: ResourceBuilder): void {
  const configs = b.tf.values.log_delivery_configuration
  if (!Array.isArray(configs)) return
  configs.forEach((config: Record<string, unknown>, i) => {
    if (!config || typeof config !== 'object') return
    const detail = config.destination_type === 'kinesis-firehose' ? 'KinesisFirehoseDetails.DeliveryStream' : 'CloudWatchLogsDetails.LogGroup'
    b.copy(`LogDeliveryConfigurations[${i}].DestinationDetails.${detail}`, `log_delivery_configuration[${i}].destination`, (x) => (x === '' ? undefined : x))
  })
}

/** Redis (the provider's default engine) leaves encryption at rest off unless asked; Valkey has it on. */
function elasticacheEncryptionDefault(b: ResourceBuilder): void {
  const engine = b.tf.values.engine
  if (b.properties.AtRestEncryptionEnabled === undefined && (engine === undefined || engine === 'redis')) b.properties.AtRestEncryptionEnabled = false
}

const LOG_DELIVERY = {
  LogDeliveryConfigurations: 'log_delivery_configuration',
  'LogDeliveryConfigurations.DestinationDetails': null
} as const

/**
 * OpenSearch/Elasticsearch log publishing: Terraform's repeated { log_type, cloudwatch_log_group_arn, enabled }
 * blocks → CloudFormation's map from log type to { CloudWatchLogsLogGroupArn, Enabled }.
 */
const logPublishing: Convert = (v) => {
  if (!Array.isArray(v)) return undefined
  const out: Record<string, { CloudWatchLogsLogGroupArn?: string; Enabled?: boolean }> = {}
  for (const item of v as Array<Record<string, unknown>>) {
    if (!item || typeof item.log_type !== 'string') continue
    const entry: { CloudWatchLogsLogGroupArn?: string; Enabled?: boolean } = {}
    if (typeof item.cloudwatch_log_group_arn === 'string' && item.cloudwatch_log_group_arn !== '') entry.CloudWatchLogsLogGroupArn = item.cloudwatch_log_group_arn
    const enabled = toBoolean(item.enabled)
    if (typeof enabled === 'boolean') entry.Enabled = enabled
    out[item.log_type] = entry
  }
  return Object.keys(out).length > 0 ? out : undefined
}

/** What OpenSearch and Elasticsearch domains name alike. */
const SEARCH_DOMAIN_NAMES = {
  EncryptionAtRestOptions: 'encrypt_at_rest',
  NodeToNodeEncryptionOptions: 'node_to_node_encryption',
  // The master user's password: never copied. SAML options are a resource of their own in Terraform.
  'AdvancedSecurityOptions.MasterUserOptions.MasterUserPassword': null,
  LogPublishingOptions: null,
  DomainArn: 'arn',
  DomainEndpoint: 'endpoint'
} as const

/**
 * The AWS provider's domain_endpoint_options block defaults enforce_https to true: a block that leaves it out (in .tf
 * code, where provider defaults are not filled in) requires HTTPS. Without the block the service's default (HTTP
 * allowed) stands, and an enforce_https whose value is open stays open.
 */
function searchDomainHttpsDefault(b: ResourceBuilder): void {
  const blocks = b.tf.values.domain_endpoint_options
  const block: unknown = Array.isArray(blocks) ? blocks[0] : undefined
  if (block === null || typeof block !== 'object' || (block as Record<string, unknown>).enforce_https !== undefined) return
  if (b.tf.unknown.some((path) => path.startsWith('domain_endpoint_options'))) return
  const options = b.properties.DomainEndpointOptions
  if (options !== null && typeof options === 'object') (options as Record<string, unknown>).EnforceHTTPS = true
  else b.properties.DomainEndpointOptions = { EnforceHTTPS: true }
}

export const DATABASES: readonly MappingSpec[] = [
  {
    tf: 'aws_dynamodb_table',
    cfn: 'AWS::DynamoDB::Table',
    names: {
      TableName: 'name',
      AttributeDefinitions: 'attribute',
      'AttributeDefinitions.AttributeName': 'name',
      'AttributeDefinitions.AttributeType': 'type',
      // Global tables (replica blocks) are AWS::DynamoDB::GlobalTable; contributor insights, Kinesis streaming and
      // the resource policy are resources of their own in Terraform; import_table's shape is not CloudFormation's.
      ContributorInsightsSpecification: null,
      KinesisStreamSpecification: null,
      ResourcePolicy: null,
      ImportSourceSpecification: null,
      // Built by finish(): a boolean and a view type in Terraform. KeySchema: see finish().
      StreamSpecification: null,
      KeySchema: null
    },
    fields: [
      ['ProvisionedThroughput.ReadCapacityUnits', 'read_capacity', positiveNumber],
      ['ProvisionedThroughput.WriteCapacityUnits', 'write_capacity', positiveNumber],
      ['GlobalSecondaryIndexes', 'global_secondary_index', {
        many: [
          ['IndexName', 'name'],
          ['Projection.ProjectionType', 'projection_type'],
          ['Projection.NonKeyAttributes', 'non_key_attributes', nonEmptyList],
          ['ProvisionedThroughput.ReadCapacityUnits', 'read_capacity', positiveNumber],
          ['ProvisionedThroughput.WriteCapacityUnits', 'write_capacity', positiveNumber],
          ['OnDemandThroughput', 'on_demand_throughput', {
            one: [
              ['MaxReadRequestUnits', 'max_read_request_units', positiveNumber],
              ['MaxWriteRequestUnits', 'max_write_request_units', positiveNumber]
            ]
          }]
        ]
      }],
      ['LocalSecondaryIndexes', 'local_secondary_index', {
        many: [
          ['IndexName', 'name'],
          ['Projection.ProjectionType', 'projection_type'],
          ['Projection.NonKeyAttributes', 'non_key_attributes', nonEmptyList]
        ]
      }],
      ['SSESpecification', 'server_side_encryption', {
        one: [
          ['SSEEnabled', 'enabled', toBoolean],
          ['KMSMasterKeyId', 'kms_key_arn', (x) => (x === '' ? undefined : x)]
        ]
      }],
      ['PointInTimeRecoverySpecification', 'point_in_time_recovery', { one: [['PointInTimeRecoveryEnabled', 'enabled', toBoolean]] }],
      ['TimeToLiveSpecification', 'ttl', {
        one: [
          ['AttributeName', 'attribute_name', (x) => (x === '' ? undefined : x)],
          ['Enabled', 'enabled', toBoolean]
        ]
      }]
    ],
    // Without the blocks a table is encrypted with an AWS owned key (SSEEnabled false), has no point-in-time
    // recovery and is billed per provisioned capacity.
    defaults: {
      BillingMode: 'PROVISIONED',
      'SSESpecification.SSEEnabled': false,
      'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled': false
    },
    finish: dynamodbKeys
  },
  {
    tf: 'aws_elasticache_replication_group',
    cfn: 'AWS::ElastiCache::ReplicationGroup',
    names: {
      ReplicationGroupId: 'replication_group_id',
      ReplicationGroupDescription: 'description',
      CacheNodeType: 'node_type',
      CacheParameterGroupName: 'parameter_group_name',
      CacheSubnetGroupName: 'subnet_group_name',
      CacheSecurityGroupNames: 'security_group_names',
      PreferredCacheClusterAZs: 'preferred_cache_cluster_azs',
      PreferredMaintenanceWindow: 'maintenance_window',
      // A secret the CloudFormation schema does not mark write-only: never copied.
      AuthToken: null,
      ...LOG_DELIVERY,
      // Terraform states each endpoint's address as an attribute of its own (fields below) and no read endpoint list.
      ReadEndPoint: null
    },
    fields: [
      ['PrimaryEndPoint.Address', 'primary_endpoint_address', (x) => (x === '' ? undefined : x)],
      ['ReaderEndPoint.Address', 'reader_endpoint_address', (x) => (x === '' ? undefined : x)],
      ['ConfigurationEndPoint.Address', 'configuration_endpoint_address', (x) => (x === '' ? undefined : x)]
    ],
    defaults: { Engine: 'redis', TransitEncryptionEnabled: false },
    finish: (b) => {
      elasticacheLogDestinations(b)
      elasticacheEncryptionDefault(b)
    }
  },
  {
    tf: 'aws_elasticache_cluster',
    cfn: 'AWS::ElastiCache::CacheCluster',
    names: {
      Id: 'cluster_id',
      ClusterName: 'cluster_id',
      CacheNodeType: 'node_type',
      CacheParameterGroupName: 'parameter_group_name',
      CacheSubnetGroupName: 'subnet_group_name',
      CacheSecurityGroupNames: null,
      VpcSecurityGroupIds: 'security_group_ids',
      PreferredAvailabilityZone: 'availability_zone',
      PreferredMaintenanceWindow: 'maintenance_window',
      ...LOG_DELIVERY,
      // Terraform's configuration_endpoint is "address:port"; cluster_address is the address (field below).
      ConfigurationEndpoint: null,
      RedisEndpoint: null
    },
    fields: [['ConfigurationEndpoint.Address', 'cluster_address', (x) => (x === '' ? undefined : x)]],
    defaults: { TransitEncryptionEnabled: false },
    finish: elasticacheLogDestinations
  },
  {
    tf: 'aws_elasticache_subnet_group',
    cfn: 'AWS::ElastiCache::SubnetGroup',
    names: { CacheSubnetGroupName: 'name' },
    defaults: { Description: 'Managed by Terraform' }
  },
  {
    tf: 'aws_elasticache_parameter_group',
    cfn: 'AWS::ElastiCache::ParameterGroup',
    names: { CacheParameterGroupName: 'name', CacheParameterGroupFamily: 'family' },
    fields: [['Properties', 'parameter', parameterMap]],
    defaults: { Description: 'Managed by Terraform' }
  },
  {
    tf: 'aws_memorydb_cluster',
    cfn: 'AWS::MemoryDB::Cluster',
    names: { ClusterName: 'name', KmsKeyId: 'kms_key_arn' },
    // The provider's defaults: TLS on, and its own description.
    defaults: { TLSEnabled: true, Description: 'Managed by Terraform' }
  },
  {
    tf: 'aws_dax_cluster',
    cfn: 'AWS::DAX::Cluster',
    names: {
      Id: 'cluster_name',
      PreferredMaintenanceWindow: 'maintenance_window',
      // Terraform's configuration_endpoint is the discovery endpoint (address:port); the dax:// URL it does not state.
      ClusterDiscoveryEndpoint: 'configuration_endpoint',
      ClusterDiscoveryEndpointURL: null
    },
    fields: [['SSESpecification', 'server_side_encryption', { one: [['SSEEnabled', 'enabled', toBoolean]] }]],
    defaults: { 'SSESpecification.SSEEnabled': false, ClusterEndpointEncryptionType: 'NONE' }
  },
  {
    tf: 'aws_db_parameter_group',
    cfn: 'AWS::RDS::DBParameterGroup',
    names: { DBParameterGroupName: 'name' },
    fields: [['Parameters', 'parameter', parameterMap]],
    defaults: { Description: 'Managed by Terraform' }
  },
  {
    tf: 'aws_rds_cluster_parameter_group',
    cfn: 'AWS::RDS::DBClusterParameterGroup',
    names: { DBClusterParameterGroupName: 'name' },
    fields: [['Parameters', 'parameter', parameterMap]],
    defaults: { Description: 'Managed by Terraform' }
  },
  {
    tf: 'aws_db_option_group',
    cfn: 'AWS::RDS::OptionGroup',
    names: { OptionGroupName: 'name', OptionConfigurations: 'option', 'OptionConfigurations.OptionVersion': 'version' },
    defaults: { OptionGroupDescription: 'Managed by Terraform' },
    // The provider states port 0 for an option that takes no port: not set.
    finish: (b) => {
      const options = b.properties.OptionConfigurations
      if (Array.isArray(options)) for (const option of options as Array<Record<string, unknown>>) if (option.Port === 0) delete option.Port
    }
  },
  {
    tf: 'aws_db_proxy',
    cfn: 'AWS::RDS::DBProxy',
    // The proxy's VPC is not an attribute of the Terraform resource.
    names: { DBProxyName: 'name', DBProxyArn: 'arn', VpcId: null },
    defaults: { RequireTLS: false }
  },
  { tf: 'aws_rds_global_cluster', cfn: 'AWS::RDS::GlobalCluster', names: { GlobalClusterIdentifier: 'global_cluster_identifier' } },
  {
    tf: 'aws_db_event_subscription',
    cfn: 'AWS::RDS::EventSubscription',
    names: { SubscriptionName: 'name', SnsTopicArn: 'sns_topic' },
    defaults: { Enabled: true }
  },
  {
    tf: 'aws_redshift_cluster',
    cfn: 'AWS::Redshift::Cluster',
    names: {
      ClusterIdentifier: 'cluster_identifier',
      DBName: 'database_name',
      AvailabilityZoneRelocation: 'availability_zone_relocation_enabled',
      // Write-only in the schema, but never copied all the same: a secret.
      MasterUserPassword: null,
      LoggingProperties: 'logging',
      Endpoint: null
    },
    fields: [
      ['Endpoint.Address', 'dns_name', (x) => (x === '' ? undefined : x)],
      ['Endpoint.Port', 'port', (x) => (x === '' || x === null ? undefined : String(x))],
      // The deprecated snapshot_copy block holds what CloudFormation has at the top level.
      ['DestinationRegion', 'snapshot_copy[0].destination_region', (x) => (x === '' ? undefined : x)],
      ['SnapshotCopyRetentionPeriod', 'snapshot_copy[0].retention_period', toNumber],
      ['SnapshotCopyGrantName', 'snapshot_copy[0].grant_name', (x) => (x === '' ? undefined : x)]
    ],
    // The AWS provider v5's defaults (v6 turns both the other way: encrypted, not public).
    defaults: { Encrypted: false, PubliclyAccessible: true }
  },
  {
    tf: 'aws_redshift_parameter_group',
    cfn: 'AWS::Redshift::ClusterParameterGroup',
    names: {
      ParameterGroupName: 'name',
      ParameterGroupFamily: 'family',
      Parameters: 'parameter',
      'Parameters.ParameterName': 'name',
      'Parameters.ParameterValue': 'value'
    },
    defaults: { Description: 'Managed by Terraform' }
  },
  {
    tf: 'aws_redshift_subnet_group',
    cfn: 'AWS::Redshift::ClusterSubnetGroup',
    names: { ClusterSubnetGroupName: 'name' },
    defaults: { Description: 'Managed by Terraform' }
  },
  {
    tf: 'aws_redshiftserverless_namespace',
    cfn: 'AWS::RedshiftServerless::Namespace',
    // The password is never copied; Namespace is CloudFormation's read-only echo of the other properties.
    names: { NamespaceName: 'namespace_name', AdminUserPassword: null, Namespace: null }
  },
  {
    tf: 'aws_redshiftserverless_workgroup',
    cfn: 'AWS::RedshiftServerless::Workgroup',
    // Workgroup is CloudFormation's read-only echo of the other properties.
    names: { WorkgroupName: 'workgroup_name', ConfigParameters: 'config_parameter', Workgroup: null },
    defaults: { PubliclyAccessible: false, EnhancedVpcRouting: false }
  },
  {
    tf: 'aws_docdb_cluster',
    cfn: 'AWS::DocDB::DBCluster',
    names: {
      Id: 'cluster_identifier',
      DBClusterIdentifier: 'cluster_identifier',
      EnableCloudwatchLogsExports: 'enabled_cloudwatch_logs_exports',
      ReadEndpoint: 'reader_endpoint',
      // A secret the CloudFormation schema does not mark write-only: never copied.
      MasterUserPassword: null,
      // Terraform's restore_to_point_in_time block: not compared.
      RestoreToTime: null,
      RestoreType: null,
      UseLatestRestorableTime: null,
      SourceDBClusterIdentifier: null
    },
    defaults: { StorageEncrypted: false, DeletionProtection: false, BackupRetentionPeriod: 1 }
  },
  {
    tf: 'aws_docdb_cluster_instance',
    cfn: 'AWS::DocDB::DBInstance',
    names: {
      Id: 'identifier',
      DBInstanceIdentifier: 'identifier',
      DBClusterIdentifier: 'cluster_identifier',
      DBInstanceClass: 'instance_class',
      CACertificateIdentifier: 'ca_cert_identifier'
    }
  },
  {
    tf: 'aws_docdb_cluster_parameter_group',
    cfn: 'AWS::DocDB::DBClusterParameterGroup',
    names: { Id: 'name' },
    fields: [['Parameters', 'parameter', parameterMap]],
    defaults: { Description: 'Managed by Terraform' }
  },
  {
    tf: 'aws_docdb_subnet_group',
    cfn: 'AWS::DocDB::DBSubnetGroup',
    names: { Id: 'name', DBSubnetGroupName: 'name', DBSubnetGroupDescription: 'description' },
    defaults: { DBSubnetGroupDescription: 'Managed by Terraform' }
  },
  {
    tf: 'aws_neptune_cluster',
    cfn: 'AWS::Neptune::DBCluster',
    names: {
      DBClusterIdentifier: 'cluster_identifier',
      DBClusterParameterGroupName: 'neptune_cluster_parameter_group_name',
      DBInstanceParameterGroupName: 'neptune_instance_parameter_group_name',
      DBSubnetGroupName: 'neptune_subnet_group_name',
      IamAuthEnabled: 'iam_database_authentication_enabled',
      KmsKeyId: 'kms_key_arn',
      ReadEndpoint: 'reader_endpoint',
      ServerlessScalingConfiguration: 'serverless_v2_scaling_configuration',
      DBPort: 'port',
      RestoreToTime: null,
      RestoreType: null,
      UseLatestRestorableTime: null,
      SourceDBClusterIdentifier: null
    },
    // Terraform lists the associated roles' ARNs; CloudFormation has objects (feature names are not stated).
    fields: [['AssociatedRoles', 'iam_roles', (v) => (Array.isArray(v) ? v.filter((r) => typeof r === 'string' && r !== '').map((RoleArn) => ({ RoleArn })) : undefined)]],
    defaults: { StorageEncrypted: false, IamAuthEnabled: false, DeletionProtection: false }
  },
  {
    tf: 'aws_neptune_cluster_instance',
    cfn: 'AWS::Neptune::DBInstance',
    names: {
      Id: 'identifier',
      DBInstanceIdentifier: 'identifier',
      DBClusterIdentifier: 'cluster_identifier',
      DBInstanceClass: 'instance_class',
      DBParameterGroupName: 'neptune_parameter_group_name',
      DBSubnetGroupName: 'neptune_subnet_group_name',
      // Terraform's endpoint is "address:port"; CloudFormation's is the address.
      Endpoint: 'address',
      DBSnapshotIdentifier: null
    }
  },
  {
    tf: 'aws_neptune_cluster_parameter_group',
    cfn: 'AWS::Neptune::DBClusterParameterGroup',
    names: { Id: 'name' },
    fields: [['Parameters', 'parameter', parameterMap]],
    defaults: { Description: 'Managed by Terraform' }
  },
  {
    tf: 'aws_neptune_subnet_group',
    cfn: 'AWS::Neptune::DBSubnetGroup',
    names: { Id: 'name', DBSubnetGroupName: 'name', DBSubnetGroupDescription: 'description' },
    defaults: { DBSubnetGroupDescription: 'Managed by Terraform' }
  },
  {
    tf: 'aws_opensearch_domain',
    cfn: 'AWS::OpenSearchService::Domain',
    names: {
      ...SEARCH_DOMAIN_NAMES,
      DomainName: 'domain_name',
      Id: 'domain_id',
      'AdvancedSecurityOptions.SAMLOptions': null,
      // Doubt: endpoint_v2 is the provider's dual-stack endpoint attribute (v5.x); a provider without it sets nothing.
      DomainEndpointV2: 'endpoint_v2',
      // CloudFormation's read-only echoes: the endpoints map and the service software state.
      DomainEndpoints: null,
      ServiceSoftwareOptions: null,
      SkipShardMigrationWait: null
    },
    fields: [['LogPublishingOptions', 'log_publishing_options', logPublishing]],
    finish: searchDomainHttpsDefault
  },
  {
    tf: 'aws_elasticsearch_domain',
    cfn: 'AWS::Elasticsearch::Domain',
    names: {
      ...SEARCH_DOMAIN_NAMES,
      // Doubt: Cloud Control's Id is taken as the domain name (what Ref gives).
      Id: 'domain_name',
      ElasticsearchClusterConfig: 'cluster_config'
    },
    fields: [['LogPublishingOptions', 'log_publishing_options', logPublishing]],
    finish: searchDomainHttpsDefault
  },
  {
    tf: 'aws_elasticache_user',
    cfn: 'AWS::ElastiCache::User',
    // Passwords are never copied, whether or not the schema marks them write-only.
    names: { Passwords: null, 'AuthenticationMode.Passwords': null }
  },
  { tf: 'aws_elasticache_user_group', cfn: 'AWS::ElastiCache::UserGroup' },
  {
    tf: 'aws_elasticache_serverless_cache',
    cfn: 'AWS::ElastiCache::ServerlessCache',
    names: { ServerlessCacheName: 'name', ARN: 'arn' }
  },
  {
    tf: 'aws_memorydb_subnet_group',
    cfn: 'AWS::MemoryDB::SubnetGroup',
    names: { SubnetGroupName: 'name' },
    defaults: { Description: 'Managed by Terraform' }
  },
  {
    tf: 'aws_memorydb_parameter_group',
    cfn: 'AWS::MemoryDB::ParameterGroup',
    names: { ParameterGroupName: 'name' },
    fields: [['Parameters', 'parameter', parameterMap]],
    defaults: { Description: 'Managed by Terraform' }
  },
  { tf: 'aws_memorydb_acl', cfn: 'AWS::MemoryDB::ACL', names: { ACLName: 'name' } },
  {
    tf: 'aws_memorydb_user',
    cfn: 'AWS::MemoryDB::User',
    // Passwords are never copied, whether or not the schema marks them write-only.
    names: { 'AuthenticationMode.Passwords': null }
  },
  { tf: 'aws_dax_subnet_group', cfn: 'AWS::DAX::SubnetGroup', names: { Id: 'name', SubnetGroupName: 'name' } },
  {
    tf: 'aws_dax_parameter_group',
    cfn: 'AWS::DAX::ParameterGroup',
    names: { Id: 'name', ParameterGroupName: 'name' },
    fields: [['ParameterNameValues', 'parameters', parameterMap]]
  },
  {
    tf: 'aws_neptune_parameter_group',
    cfn: 'AWS::Neptune::DBParameterGroup',
    names: { Id: 'name' },
    fields: [['Parameters', 'parameter', parameterMap]],
    defaults: { Description: 'Managed by Terraform' }
  },
  // A Neptune event subscription has no name property in CloudFormation: its Id is the name.
  { tf: 'aws_neptune_event_subscription', cfn: 'AWS::Neptune::EventSubscription', names: { Id: 'name' }, defaults: { Enabled: true } },
  {
    tf: 'aws_redshift_event_subscription',
    cfn: 'AWS::Redshift::EventSubscription',
    // The *List properties are CloudFormation's read-only echoes of the lists Terraform states.
    names: { SubscriptionName: 'name', EventCategoriesList: null, SourceIdsList: null },
    defaults: { Enabled: true }
  },
  { tf: 'aws_opensearchserverless_collection', cfn: 'AWS::OpenSearchServerless::Collection' },
  { tf: 'aws_opensearchserverless_security_policy', cfn: 'AWS::OpenSearchServerless::SecurityPolicy' },
  { tf: 'aws_opensearchserverless_access_policy', cfn: 'AWS::OpenSearchServerless::AccessPolicy' },
  {
    tf: 'aws_db_proxy_endpoint',
    cfn: 'AWS::RDS::DBProxyEndpoint',
    names: { DBProxyEndpointName: 'db_proxy_endpoint_name', DBProxyEndpointArn: 'arn' }
  },
  {
    tf: 'aws_db_proxy_default_target_group',
    cfn: 'AWS::RDS::DBProxyTargetGroup',
    // The targets are aws_db_proxy_target resources of their own (not folded: several would replace each other).
    names: {
      TargetGroupArn: 'arn',
      TargetGroupName: 'name',
      ConnectionPoolConfigurationInfo: 'connection_pool_config',
      DBClusterIdentifiers: null,
      DBInstanceIdentifiers: null
    }
  },
  {
    tf: 'aws_elasticache_global_replication_group',
    cfn: 'AWS::ElastiCache::GlobalReplicationGroup',
    names: {
      GlobalReplicationGroupId: 'global_replication_group_id',
      GlobalNodeGroupCount: 'num_node_groups',
      CacheParameterGroupName: 'parameter_group_name',
      // The members are the primary named here and secondaries that name this group: only the primary is stated.
      Members: null,
      RegionalConfigurations: null
    },
    fields: [['Members', 'primary_replication_group_id', (v) => (typeof v === 'string' && v !== '' ? [{ ReplicationGroupId: v, Role: 'PRIMARY' }] : undefined)]]
  },
  {
    tf: 'aws_redshift_endpoint_access',
    cfn: 'AWS::Redshift::EndpointAccess',
    // VpcSecurityGroups is CloudFormation's read-only echo of the ids with their status.
    names: { 'VpcEndpoint.NetworkInterfaces': 'network_interface', VpcSecurityGroups: null }
  },
  {
    tf: 'aws_redshift_scheduled_action',
    cfn: 'AWS::Redshift::ScheduledAction',
    // Not yet mapped: the target action (pause, resume or resize blocks in Terraform, a free-form object in CloudFormation).
    names: { ScheduledActionName: 'name', ScheduledActionDescription: 'description', TargetAction: null, NextInvocations: null }
  },
  {
    tf: 'aws_docdbelastic_cluster',
    cfn: 'AWS::DocDBElastic::Cluster',
    // Write-only in the schema, but never copied all the same: a secret.
    names: { ClusterArn: 'arn', ClusterName: 'name', ClusterEndpoint: 'endpoint', AdminUserPassword: null }
  },
  { tf: 'aws_opensearchserverless_vpc_endpoint', cfn: 'AWS::OpenSearchServerless::VpcEndpoint' },
  { tf: 'aws_opensearchserverless_security_config', cfn: 'AWS::OpenSearchServerless::SecurityConfig' }
]

export const DATABASE_COMPANIONS: readonly CompanionSpec[] = [
  {
    // No CloudFormation type of its own: the domain's AccessPolicies.
    tf: 'aws_opensearch_domain_policy',
    parent: { attr: 'domain_name', types: ['aws_opensearch_domain'] },
    fields: [['AccessPolicies', 'access_policies', parsePolicy]]
  },
  {
    tf: 'aws_elasticsearch_domain_policy',
    parent: { attr: 'domain_name', types: ['aws_elasticsearch_domain'] },
    fields: [['AccessPolicies', 'access_policies', parsePolicy]]
  },
  {
    // The cluster's LoggingProperties, managed as a resource of its own (the cluster's logging block is deprecated).
    tf: 'aws_redshift_logging',
    parent: { attr: 'cluster_identifier', types: ['aws_redshift_cluster'] },
    fields: [
      ['LoggingProperties.BucketName', 'bucket_name', (x) => (x === '' ? undefined : x)],
      ['LoggingProperties.S3KeyPrefix', 's3_key_prefix', (x) => (x === '' ? undefined : x)],
      ['LoggingProperties.LogDestinationType', 'log_destination_type', (x) => (x === '' ? undefined : x)],
      ['LoggingProperties.LogExports', 'log_exports']
    ]
  },
  {
    // The table's KinesisStreamSpecification.
    tf: 'aws_dynamodb_kinesis_streaming_destination',
    parent: { attr: 'table_name', types: ['aws_dynamodb_table'] },
    fields: [
      ['KinesisStreamSpecification.StreamArn', 'stream_arn'],
      ['KinesisStreamSpecification.ApproximateCreationDateTimePrecision', 'approximate_creation_date_time_precision', (x) => (x === '' ? undefined : x)]
    ]
  }
]
