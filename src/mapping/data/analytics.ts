// Streaming, messaging and analytics: Kinesis streams and video streams, MSK and Amazon MQ, Glue, Athena, DMS,
// QLDB, Keyspaces and Timestream. Each entry writes only what the aws provider names otherwise than the
// CloudFormation property's snake_case (derived.ts).
import type { ResourceBuilder } from '../builder.js'
import { nonEmpty, toBoolean, toNumber, type Convert } from '../convert.js'
import type { MappingSpec } from '../derived.js'

/** An empty list is what the provider states for a list left out: not set. */
const nonEmptyList: Convert = (v) => (Array.isArray(v) && v.length === 0 ? undefined : v)

/** A count of 0 is what the provider states where the value does not apply (shards of an on-demand stream). */
const positive: Convert = (v) => (v === 0 || v === '' ? undefined : toNumber(v))

/** Keyspaces states switches as ENABLED/DISABLED blocks; CloudFormation as booleans. */
const enabledStatus: Convert = (v) => (v === 'ENABLED' ? true : v === 'DISABLED' ? false : undefined)

/**
 * A Keyspaces table's columns: Terraform lists every column with its type once and names the key columns apart;
 * CloudFormation gives each key column its type and lists the other columns as regular columns.
 */
function keyspacesColumns(b: ResourceBuilder): void {
  const schema = (Array.isArray(b.tf.values.schema_definition) ? b.tf.values.schema_definition[0] : undefined) as Record<string, unknown> | undefined
  if (!schema) {
    b.record('PartitionKeyColumns', 'schema_definition')
    return
  }
  const columns = Array.isArray(schema.column) ? (schema.column as Array<Record<string, unknown>>) : []
  const typeOf = new Map(columns.map((c) => [String(c.name), String(c.type)]))
  const names = (list: unknown): string[] => (Array.isArray(list) ? (list as Array<Record<string, unknown>>).map((k) => String(k.name)) : [])
  const partition = names(schema.partition_key)
  const clustering = Array.isArray(schema.clustering_key) ? (schema.clustering_key as Array<Record<string, unknown>>) : []
  const keyNames = new Set([...partition, ...clustering.map((k) => String(k.name))])
  const sources = ['schema_definition']
  b.set('PartitionKeyColumns', partition.map((ColumnName) => ({ ColumnName, ColumnType: typeOf.get(ColumnName) })), sources)
  if (clustering.length > 0) {
    b.set('ClusteringKeyColumns', clustering.map((k) => ({ Column: { ColumnName: String(k.name), ColumnType: typeOf.get(String(k.name)) }, OrderBy: k.order_by })), sources)
  }
  const regular = columns.filter((c) => !keyNames.has(String(c.name))).map((c) => ({ ColumnName: String(c.name), ColumnType: String(c.type) }))
  if (regular.length > 0) b.set('RegularColumns', regular, sources)
}

/** Amazon MQ keeps a configuration's XML base64-encoded; Terraform states it as text. */
const base64: Convert = (v) => (typeof v === 'string' && v !== '' ? Buffer.from(v, 'utf8').toString('base64') : undefined)

export const ANALYTICS: readonly MappingSpec[] = [
  {
    tf: 'aws_kinesis_stream',
    cfn: 'AWS::Kinesis::Stream',
    names: { Name: 'name', RetentionPeriodHours: 'retention_period', StreamEncryption: null },
    fields: [
      ['ShardCount', 'shard_count', positive],
      // Encryption NONE is CloudFormation's StreamEncryption left out.
      ['StreamEncryption.EncryptionType', 'encryption_type', (v) => (v === 'NONE' || v === '' ? undefined : v)],
      ['StreamEncryption.KeyId', 'kms_key_id', nonEmpty]
    ]
  },
  { tf: 'aws_kinesis_video_stream', cfn: 'AWS::KinesisVideo::Stream', names: { Name: 'name' } },
  {
    tf: 'aws_msk_cluster',
    cfn: 'AWS::MSK::Cluster',
    names: {
      Arn: 'arn',
      'BrokerNodeGroupInfo.BrokerAZDistribution': 'az_distribution',
      // Terraform's VPC connectivity switches are booleans where CloudFormation has objects: not compared.
      'BrokerNodeGroupInfo.ConnectivityInfo.VpcConnectivity': null,
      'LoggingInfo.BrokerLogs.CloudWatchLogs': 'cloudwatch_logs'
    },
    fields: [
      // Terraform's SASL switches are booleans; CloudFormation has { Enabled } objects.
      ['ClientAuthentication', 'client_authentication', {
        one: [
          ['Sasl.Iam.Enabled', 'sasl[0].iam', toBoolean],
          ['Sasl.Scram.Enabled', 'sasl[0].scram', toBoolean],
          ['Tls.CertificateAuthorityArnList', 'tls[0].certificate_authority_arns', nonEmptyList],
          ['Unauthenticated.Enabled', 'unauthenticated', toBoolean]
        ]
      }],
      ['EncryptionInfo', 'encryption_info', {
        one: [
          ['EncryptionAtRest.DataVolumeKMSKeyId', 'encryption_at_rest_kms_key_arn', nonEmpty],
          ['EncryptionInTransit', 'encryption_in_transit', { one: [['ClientBroker', 'client_broker', nonEmpty], ['InCluster', 'in_cluster', toBoolean]] }]
        ]
      }]
    ],
    // AWS encrypts between clients and brokers and within the cluster unless told otherwise.
    defaults: { 'EncryptionInfo.EncryptionInTransit.ClientBroker': 'TLS', 'EncryptionInfo.EncryptionInTransit.InCluster': true }
  },
  {
    tf: 'aws_mq_broker',
    cfn: 'AWS::AmazonMQ::Broker',
    names: {
      Users: 'user',
      // Secrets the CloudFormation schema does not mark write-only: never copied.
      'Users.Password': null,
      'LdapServerMetadata.ServiceAccountPassword': null,
      // CloudFormation's read-only echoes of the configuration and of the instances' endpoints.
      ConfigurationId: null,
      ConfigurationRevision: null,
      IpAddresses: null,
      AmqpEndpoints: null,
      MqttEndpoints: null,
      OpenWireEndpoints: null,
      StompEndpoints: null,
      WssEndpoints: null
    },
    defaults: { PubliclyAccessible: false, 'EncryptionOptions.UseAwsOwnedKey': true }
  },
  {
    tf: 'aws_mq_configuration',
    cfn: 'AWS::AmazonMQ::Configuration',
    names: { Revision: 'latest_revision', Data: null },
    fields: [['Data', 'data', base64]]
  },
  {
    tf: 'aws_glue_job',
    cfn: 'AWS::Glue::Job',
    // AllocatedCapacity is the deprecated form of MaxCapacity; LogUri has no Terraform attribute.
    names: { Id: 'name', Role: 'role_arn', AllocatedCapacity: null, Connections: null },
    fields: [
      ['Connections.Connections', 'connections', nonEmptyList],
      // The provider states 0 when capacity is given as workers instead.
      ['MaxCapacity', 'max_capacity', positive]
    ]
  },
  {
    tf: 'aws_glue_crawler',
    cfn: 'AWS::Glue::Crawler',
    flatten: ['Targets'],
    names: {
      Id: 'name',
      CrawlerSecurityConfiguration: 'security_configuration',
      Schedule: null,
      'Targets.S3Targets': 's3_target',
      'Targets.JdbcTargets': 'jdbc_target',
      'Targets.DynamoDBTargets': 'dynamodb_target',
      'Targets.CatalogTargets': 'catalog_target',
      'Targets.MongoDBTargets': 'mongodb_target',
      'Targets.DeltaTargets': 'delta_target',
      'Targets.IcebergTargets': 'iceberg_target'
    },
    fields: [['Schedule.ScheduleExpression', 'schedule', nonEmpty]]
  },
  {
    tf: 'aws_glue_catalog_database',
    cfn: 'AWS::Glue::Database',
    flatten: ['DatabaseInput'],
    names: { DatabaseName: 'name', 'DatabaseInput.CreateTableDefaultPermissions': 'create_table_default_permission' }
  },
  {
    tf: 'aws_glue_security_configuration',
    cfn: 'AWS::Glue::SecurityConfiguration',
    names: {
      Id: 'name',
      'EncryptionConfiguration.CloudWatchEncryption': 'cloudwatch_encryption',
      'EncryptionConfiguration.CloudWatchEncryption.CloudWatchEncryptionMode': 'cloudwatch_encryption_mode',
      'EncryptionConfiguration.S3Encryptions': 's3_encryption'
    }
  },
  {
    tf: 'aws_glue_data_catalog_encryption_settings',
    cfn: 'AWS::Glue::DataCatalogEncryptionSettings',
    names: { Id: 'catalog_id', 'DataCatalogEncryptionSettings.ConnectionPasswordEncryption.KmsKeyId': 'aws_kms_key_id' }
  },
  {
    tf: 'aws_athena_workgroup',
    cfn: 'AWS::Athena::WorkGroup',
    names: {
      WorkGroupConfiguration: 'configuration',
      'WorkGroupConfiguration.EnforceWorkGroupConfiguration': 'enforce_workgroup_configuration',
      'WorkGroupConfiguration.PublishCloudWatchMetricsEnabled': 'publish_cloudwatch_metrics_enabled',
      'WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.KmsKey': 'kms_key_arn',
      'WorkGroupConfiguration.CustomerContentEncryptionConfiguration.KmsKey': 'kms_key_arn',
      // CloudFormation's update-only twin of the configuration, and a deletion choice.
      WorkGroupConfigurationUpdates: null,
      RecursiveDeleteOption: null
    },
    // The provider's defaults: an enabled workgroup whose settings override the client's, publishing metrics.
    defaults: {
      State: 'ENABLED',
      'WorkGroupConfiguration.EnforceWorkGroupConfiguration': true,
      'WorkGroupConfiguration.PublishCloudWatchMetricsEnabled': true
    }
  },
  { tf: 'aws_athena_data_catalog', cfn: 'AWS::Athena::DataCatalog', names: { Name: 'name' } },
  {
    tf: 'aws_dms_replication_instance',
    cfn: 'AWS::DMS::ReplicationInstance',
    names: {
      // Doubt: Cloud Control's Id is taken as the ARN (what Ref gives).
      Id: 'replication_instance_arn',
      ReplicationInstanceIdentifier: 'replication_instance_id',
      KmsKeyId: 'kms_key_arn',
      ReplicationSubnetGroupIdentifier: 'replication_subnet_group_id',
      // Comma-joined strings in CloudFormation, lists in Terraform: not compared.
      ReplicationInstancePrivateIpAddresses: null,
      ReplicationInstancePublicIpAddresses: null
    }
  },
  {
    tf: 'aws_dms_endpoint',
    cfn: 'AWS::DMS::Endpoint',
    names: {
      // Doubt: Cloud Control's Id is taken as the ARN (what Ref gives).
      Id: 'endpoint_arn',
      EndpointIdentifier: 'endpoint_id',
      KmsKeyId: 'kms_key_arn',
      MongoDbSettings: 'mongodb_settings',
      PostgreSqlSettings: 'postgres_settings',
      'KafkaSettings.SaslUserName': 'sasl_username',
      // Secrets the CloudFormation schema does not mark write-only: never copied.
      Password: null,
      'KafkaSettings.SaslPassword': null,
      'KafkaSettings.SslClientKeyPassword': null,
      'MongoDbSettings.Password': null,
      'RedisSettings.AuthPassword': null,
      'OracleSettings.AsmPassword': null,
      'MicrosoftSqlServerSettings.Password': null,
      'GcpMySQLSettings.Password': null
    }
  },
  {
    tf: 'aws_dms_replication_subnet_group',
    cfn: 'AWS::DMS::ReplicationSubnetGroup',
    names: { Id: 'replication_subnet_group_id', ReplicationSubnetGroupIdentifier: 'replication_subnet_group_id' }
  },
  {
    tf: 'aws_dms_replication_task',
    cfn: 'AWS::DMS::ReplicationTask',
    names: {
      // Doubt: Cloud Control's Id is taken as the ARN (what Ref gives).
      Id: 'replication_task_arn',
      ReplicationTaskIdentifier: 'replication_task_id',
      // Terraform states the start time as text, CloudFormation as a number; TaskData has no Terraform attribute.
      CdcStartTime: null
    }
  },
  { tf: 'aws_qldb_ledger', cfn: 'AWS::QLDB::Ledger', names: { Id: 'name' }, defaults: { DeletionProtection: true } },
  { tf: 'aws_keyspaces_keyspace', cfn: 'AWS::Cassandra::Keyspace', names: { KeyspaceName: 'name' } },
  {
    tf: 'aws_keyspaces_table',
    cfn: 'AWS::Cassandra::Table',
    names: {
      // Built by finish() from schema_definition.
      PartitionKeyColumns: null,
      ClusteringKeyColumns: null,
      RegularColumns: null,
      'EncryptionSpecification.EncryptionType': 'type',
      // Auto scaling and replicas: write-only in CloudFormation, not stated by this resource.
      AutoScalingSpecifications: null,
      ReplicaSpecifications: null
    },
    fields: [
      ['BillingMode.Mode', 'capacity_specification[0].throughput_mode', (v) => (v === 'PAY_PER_REQUEST' ? 'ON_DEMAND' : nonEmpty(v))],
      ['BillingMode.ProvisionedThroughput.ReadCapacityUnits', 'capacity_specification[0].read_capacity_units', positive],
      ['BillingMode.ProvisionedThroughput.WriteCapacityUnits', 'capacity_specification[0].write_capacity_units', positive],
      ['ClientSideTimestampsEnabled', 'client_side_timestamps[0].status', enabledStatus],
      ['PointInTimeRecoveryEnabled', 'point_in_time_recovery[0].status', enabledStatus]
    ],
    // AWS's defaults: on-demand, an AWS owned key, no point-in-time recovery.
    defaults: { 'BillingMode.Mode': 'ON_DEMAND', 'EncryptionSpecification.EncryptionType': 'AWS_OWNED_KMS_KEY', PointInTimeRecoveryEnabled: false },
    finish: keyspacesColumns
  },
  { tf: 'aws_timestreamwrite_database', cfn: 'AWS::Timestream::Database' },
  { tf: 'aws_timestreamwrite_table', cfn: 'AWS::Timestream::Table', names: { Name: 'table_name' } }
]
