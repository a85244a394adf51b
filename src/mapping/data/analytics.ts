// Streaming, messaging and analytics: Kinesis streams, video streams and Firehose delivery streams, MSK and Amazon
// MQ, Glue, Athena, DMS, QLDB, Keyspaces, Timestream, EMR and SageMaker. Each entry writes only what the aws provider names otherwise than the
// CloudFormation property's snake_case (derived.ts).
import type { ResourceBuilder } from '../builder.js'
import { nonEmpty, parsePolicy, toBoolean, toNumber, nonEmptyList, positiveNumber, type Convert, type Field } from '../convert.js'
import type { MappingSpec } from '../derived.js'



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


/**
 * EMR configurations: Terraform's configurations_json is the EMR API's list of { Classification, Properties,
 * Configurations }; CloudFormation names Properties ConfigurationProperties.
 */
function emrConfigurations(value: unknown): unknown {
  const parsed = typeof value === 'string' ? parsePolicy(value) : value
  if (!Array.isArray(parsed)) return undefined
  const convert = (items: unknown[]): unknown[] =>
    items.map((item) => {
      if (!item || typeof item !== 'object') return item
      const { Classification, Properties, Configurations } = item as Record<string, unknown>
      const out: Record<string, unknown> = {}
      if (Classification !== undefined) out.Classification = Classification
      if (Properties && typeof Properties === 'object' && Object.keys(Properties).length > 0) out.ConfigurationProperties = Properties
      if (Array.isArray(Configurations) && Configurations.length > 0) out.Configurations = convert(Configurations)
      return out
    })
  return parsed.length > 0 ? convert(parsed) : undefined
}

/** EMR's additional security groups: one comma-separated string in Terraform, a list in CloudFormation. */
const commaList: Convert = (v) => (typeof v === 'string' ? (v === '' ? undefined : v.split(',').map((s) => s.trim()).filter((s) => s !== '')) : v)

/** An EMR instance group (master or core) under Instances, without its EBS and auto scaling details. */
function emrInstanceGroup(group: 'MasterInstanceGroup' | 'CoreInstanceGroup', attribute: string): Field[] {
  return [
    [`Instances.${group}.InstanceType`, `${attribute}[0].instance_type`],
    [`Instances.${group}.InstanceCount`, `${attribute}[0].instance_count`, toNumber],
    [`Instances.${group}.BidPrice`, `${attribute}[0].bid_price`, nonEmpty],
    [`Instances.${group}.Name`, `${attribute}[0].name`, nonEmpty]
  ]
}

/** The provider states 0 for a variant's optional timeouts and volume size left out: not set. */
function dropZeroVariantSettings(b: ResourceBuilder): void {
  for (const list of [b.properties.ProductionVariants, b.properties.ShadowProductionVariants]) {
    if (!Array.isArray(list)) continue
    for (const variant of list as Array<Record<string, unknown>>) {
      for (const key of ['VolumeSizeInGB', 'ModelDataDownloadTimeoutInSeconds', 'ContainerStartupHealthCheckTimeoutInSeconds']) if (variant[key] === 0) delete variant[key]
    }
  }
}

/** A Firehose delivery stream's source: a Kinesis stream or an MSK cluster, else records are put directly. */
function firehoseSource(b: ResourceBuilder): void {
  const v = b.tf.values
  const has = (name: string): boolean => Array.isArray(v[name]) && (v[name] as unknown[]).length > 0
  if (b.tf.unknown.includes('kinesis_source_configuration') || b.tf.unknown.includes('msk_source_configuration')) b.markUnknown('DeliveryStreamType')
  else b.properties.DeliveryStreamType = has('kinesis_source_configuration') ? 'KinesisStreamAsSource' : has('msk_source_configuration') ? 'MSKAsSource' : 'DirectPut'
  // Server-side encryption that is switched off is CloudFormation's encryption input left out.
  const sse = Array.isArray(v.server_side_encryption) ? (v.server_side_encryption[0] as Record<string, unknown> | undefined) : undefined
  if (sse && (sse.enabled === false || sse.enabled === 'false')) delete b.properties.DeliveryStreamEncryptionConfigurationInput
}

/** The SageMaker image ARNs of a domain's app settings: the provider writes "sagemaker", not "sage_maker". */
const SAGEMAKER_IMAGE_NAMES: Record<string, string> = Object.fromEntries(
  [
    'DefaultSpaceSettings.JupyterLabAppSettings',
    'DefaultSpaceSettings.JupyterServerAppSettings',
    'DefaultSpaceSettings.KernelGatewayAppSettings',
    'DefaultUserSettings.CodeEditorAppSettings',
    'DefaultUserSettings.JupyterLabAppSettings',
    'DefaultUserSettings.JupyterServerAppSettings',
    'DefaultUserSettings.KernelGatewayAppSettings',
    'DefaultUserSettings.RSessionAppSettings',
    'DomainSettings.RStudioServerProDomainSettings'
  ].flatMap((settings) => [
    [`${settings}.DefaultResourceSpec.SageMakerImageArn`, 'sagemaker_image_arn'],
    [`${settings}.DefaultResourceSpec.SageMakerImageVersionArn`, 'sagemaker_image_version_arn']
  ])
)

/** A user profile's app settings: the same "sagemaker" image ARN names under UserSettings. */
const SAGEMAKER_USER_IMAGE_NAMES: Record<string, string> = Object.fromEntries(
  ['CodeEditorAppSettings', 'JupyterLabAppSettings', 'JupyterServerAppSettings', 'KernelGatewayAppSettings'].flatMap((app) => [
    [`UserSettings.${app}.DefaultResourceSpec.SageMakerImageArn`, 'sagemaker_image_arn'],
    [`UserSettings.${app}.DefaultResourceSpec.SageMakerImageVersionArn`, 'sagemaker_image_version_arn']
  ])
)

/** A lifecycle script: one base64 text in Terraform, a list of one { Content } in CloudFormation. */
const lifecycleScript: Convert = (v) => (typeof v === 'string' && v !== '' ? [{ Content: v }] : undefined)

export const ANALYTICS: readonly MappingSpec[] = [
  {
    tf: 'aws_kinesis_stream',
    cfn: 'AWS::Kinesis::Stream',
    names: { Name: 'name', RetentionPeriodHours: 'retention_period', StreamEncryption: null },
    fields: [
      ['ShardCount', 'shard_count', positiveNumber],
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
  // aws_mq_broker and aws_mq_configuration: integration.ts.
  {
    tf: 'aws_glue_job',
    cfn: 'AWS::Glue::Job',
    // AllocatedCapacity is the deprecated form of MaxCapacity; LogUri has no Terraform attribute.
    names: { Id: 'name', Role: 'role_arn', AllocatedCapacity: null, Connections: null },
    fields: [
      ['Connections.Connections', 'connections', nonEmptyList],
      // The provider states 0 when capacity is given as workers instead.
      ['MaxCapacity', 'max_capacity', positiveNumber]
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
      Name: 'name',
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
      ['BillingMode.ProvisionedThroughput.ReadCapacityUnits', 'capacity_specification[0].read_capacity_units', positiveNumber],
      ['BillingMode.ProvisionedThroughput.WriteCapacityUnits', 'capacity_specification[0].write_capacity_units', positiveNumber],
      ['ClientSideTimestampsEnabled', 'client_side_timestamps[0].status', enabledStatus],
      ['PointInTimeRecoveryEnabled', 'point_in_time_recovery[0].status', enabledStatus]
    ],
    // AWS's defaults: on-demand, an AWS owned key, no point-in-time recovery.
    defaults: { 'BillingMode.Mode': 'ON_DEMAND', 'EncryptionSpecification.EncryptionType': 'AWS_OWNED_KMS_KEY', PointInTimeRecoveryEnabled: false },
    finish: keyspacesColumns
  },
  { tf: 'aws_timestreamwrite_database', cfn: 'AWS::Timestream::Database', names: { DatabaseName: 'database_name' } },
  { tf: 'aws_timestreamwrite_table', cfn: 'AWS::Timestream::Table', names: { Name: 'table_name' } },
  {
    tf: 'aws_kinesis_firehose_delivery_stream',
    cfn: 'AWS::KinesisFirehose::DeliveryStream',
    names: {
      DeliveryStreamName: 'name',
      // The source and the type are built by finish() and the fields below.
      DeliveryStreamType: null,
      DeliveryStreamEncryptionConfigurationInput: null,
      KinesisStreamSourceConfiguration: null,
      // Not yet mapped: the other destinations, whose Terraform blocks are shaped otherwise; their secrets (the
      // Redshift password, the Splunk HEC token, the HTTP endpoint access key, the Snowflake private key) must
      // never be copied when they are.
      S3DestinationConfiguration: null,
      RedshiftDestinationConfiguration: null,
      ElasticsearchDestinationConfiguration: null,
      AmazonopensearchserviceDestinationConfiguration: null,
      AmazonOpenSearchServerlessDestinationConfiguration: null,
      SplunkDestinationConfiguration: null,
      HttpEndpointDestinationConfiguration: null,
      SnowflakeDestinationConfiguration: null,
      IcebergDestinationConfiguration: null,
      MSKSourceConfiguration: null
    },
    fields: [
      ['DeliveryStreamEncryptionConfigurationInput', 'server_side_encryption', { one: [['KeyType', 'key_type', nonEmpty], ['KeyARN', 'key_arn', nonEmpty]] }],
      ['KinesisStreamSourceConfiguration', 'kinesis_source_configuration', { one: [['KinesisStreamARN', 'kinesis_stream_arn'], ['RoleARN', 'role_arn']] }],
      ['ExtendedS3DestinationConfiguration', 'extended_s3_configuration', {
        one: [
          ['BucketARN', 'bucket_arn'],
          ['RoleARN', 'role_arn'],
          ['Prefix', 'prefix', nonEmpty],
          ['ErrorOutputPrefix', 'error_output_prefix', nonEmpty],
          ['BufferingHints.SizeInMBs', 'buffering_size', toNumber],
          ['BufferingHints.IntervalInSeconds', 'buffering_interval', toNumber],
          ['CompressionFormat', 'compression_format', nonEmpty],
          ['EncryptionConfiguration.KMSEncryptionConfig.AWSKMSKeyARN', 'kms_key_arn', nonEmpty],
          ['CustomTimeZone', 'custom_time_zone', nonEmpty],
          ['FileExtension', 'file_extension', nonEmpty],
          ['S3BackupMode', 's3_backup_mode', nonEmpty],
          ['CloudWatchLoggingOptions', 'cloudwatch_logging_options', {
            one: [['Enabled', 'enabled', toBoolean], ['LogGroupName', 'log_group_name', nonEmpty], ['LogStreamName', 'log_stream_name', nonEmpty]]
          }],
          ['DynamicPartitioningConfiguration', 'dynamic_partitioning_configuration', {
            one: [['Enabled', 'enabled', toBoolean], ['RetryOptions.DurationInSeconds', 'retry_duration', toNumber]]
          }],
          ['ProcessingConfiguration', 'processing_configuration', {
            one: [
              ['Enabled', 'enabled', toBoolean],
              ['Processors', 'processors', { many: [['Type', 'type'], ['Parameters', 'parameters', { many: [['ParameterName', 'parameter_name'], ['ParameterValue', 'parameter_value']] }]] }]
            ]
          }]
        ]
      }]
    ],
    finish: firehoseSource
  },
  {
    tf: 'aws_emr_cluster',
    cfn: 'AWS::EMR::Cluster',
    names: {
      AutoScalingRole: 'autoscaling_role',
      // Built by the fields below: the provider's shapes differ (lists of names, a JSON text, flat blocks).
      Applications: null,
      Configurations: null,
      BootstrapActions: null,
      Steps: null,
      Instances: null,
      KerberosAttributes: null,
      // Instance fleets and placement groups: not yet mapped.
      PlacementGroupConfigs: null,
      ManagedScalingPolicy: null
    },
    fields: [
      ['JobFlowRole', 'ec2_attributes[0].instance_profile', nonEmpty],
      ['Applications', 'applications', (v) => (Array.isArray(v) && v.length > 0 ? v.map((Name) => ({ Name })) : undefined)],
      ['Configurations', 'configurations_json', emrConfigurations],
      ['BootstrapActions', 'bootstrap_action', { many: [['Name', 'name'], ['ScriptBootstrapAction.Path', 'path'], ['ScriptBootstrapAction.Args', 'args', nonEmptyList]] }],
      ['Steps', 'step', {
        many: [
          ['Name', 'name'],
          ['ActionOnFailure', 'action_on_failure'],
          ['HadoopJarStep', 'hadoop_jar_step', { one: [['Jar', 'jar'], ['MainClass', 'main_class', nonEmpty], ['Args', 'args', nonEmptyList]] }]
        ]
      }],
      ['Instances.Ec2KeyName', 'ec2_attributes[0].key_name', nonEmpty],
      ['Instances.Ec2SubnetId', 'ec2_attributes[0].subnet_id', nonEmpty],
      ['Instances.Ec2SubnetIds', 'ec2_attributes[0].subnet_ids', nonEmptyList],
      ['Instances.AdditionalMasterSecurityGroups', 'ec2_attributes[0].additional_master_security_groups', commaList],
      ['Instances.AdditionalSlaveSecurityGroups', 'ec2_attributes[0].additional_slave_security_groups', commaList],
      ['Instances.EmrManagedMasterSecurityGroup', 'ec2_attributes[0].emr_managed_master_security_group', nonEmpty],
      ['Instances.EmrManagedSlaveSecurityGroup', 'ec2_attributes[0].emr_managed_slave_security_group', nonEmpty],
      ['Instances.ServiceAccessSecurityGroup', 'ec2_attributes[0].service_access_security_group', nonEmpty],
      ['Instances.KeepJobFlowAliveWhenNoSteps', 'keep_job_flow_alive_when_no_steps', toBoolean],
      ['Instances.TerminationProtected', 'termination_protection', toBoolean],
      ['Instances.UnhealthyNodeReplacement', 'unhealthy_node_replacement', toBoolean],
      ...emrInstanceGroup('MasterInstanceGroup', 'master_instance_group'),
      ...emrInstanceGroup('CoreInstanceGroup', 'core_instance_group'),
      // The Kerberos passwords are secrets the CloudFormation schema does not mark write-only: never copied.
      ['KerberosAttributes.Realm', 'kerberos_attributes[0].realm', nonEmpty],
      ['KerberosAttributes.ADDomainJoinUser', 'kerberos_attributes[0].ad_domain_join_user', nonEmpty]
    ]
  },
  { tf: 'aws_emr_security_configuration', cfn: 'AWS::EMR::SecurityConfiguration', names: { Name: 'name', SecurityConfiguration: 'configuration' } },
  {
    tf: 'aws_sagemaker_notebook_instance',
    cfn: 'AWS::SageMaker::NotebookInstance',
    // Doubt: Cloud Control's Id is taken as the ARN (what Ref gives); Terraform's id is the name.
    names: { Id: 'arn', NotebookInstanceName: 'name', SecurityGroupIds: 'security_groups', VolumeSizeInGB: 'volume_size' },
    // AWS gives a notebook internet access and root access unless told otherwise.
    defaults: { DirectInternetAccess: 'Enabled', RootAccess: 'Enabled' }
  },
  {
    tf: 'aws_sagemaker_domain',
    cfn: 'AWS::SageMaker::Domain',
    names: { DomainArn: 'arn', ...SAGEMAKER_IMAGE_NAMES },
    // Studio apps reach the internet directly unless the domain is VPC-only.
    defaults: { AppNetworkAccessType: 'PublicInternetOnly' }
  },
  {
    tf: 'aws_sagemaker_endpoint_configuration',
    cfn: 'AWS::SageMaker::EndpointConfig',
    // Doubt: Cloud Control's Id is taken as the ARN (what Ref gives); Terraform's id is the name.
    names: { Id: 'arn', EndpointConfigName: 'name', KmsKeyId: 'kms_key_arn' },
    finish: dropZeroVariantSettings
  },
  {
    tf: 'aws_sagemaker_model',
    cfn: 'AWS::SageMaker::Model',
    // Doubt: Cloud Control's Id is taken as the ARN (what Ref gives); Terraform's id is the name.
    names: { Id: 'arn', ModelName: 'name', Containers: 'container' }
  },
  {
    tf: 'aws_sagemaker_endpoint',
    cfn: 'AWS::SageMaker::Endpoint',
    // Doubt: Cloud Control's Id is taken as the ARN (what Ref gives); Terraform's id is the name.
    names: { Id: 'arn', EndpointName: 'name' }
  },
  {
    tf: 'aws_msk_configuration',
    cfn: 'AWS::MSK::Configuration',
    names: { KafkaVersionsList: 'kafka_versions', LatestRevision: null },
    fields: [['LatestRevision.Revision', 'latest_revision', toNumber]]
  },
  { tf: 'aws_msk_serverless_cluster', cfn: 'AWS::MSK::ServerlessCluster', names: { Arn: 'arn', VpcConfigs: 'vpc_config', 'VpcConfigs.SecurityGroups': 'security_group_ids' } },
  {
    tf: 'aws_dms_event_subscription',
    cfn: 'AWS::DMS::EventSubscription',
    names: { Id: 'name', SubscriptionName: 'name' },
    defaults: { Enabled: true }
  },
  {
    tf: 'aws_glue_connection',
    cfn: 'AWS::Glue::Connection',
    // The connection properties (which may hold a JDBC password) are a free-form payload, marked sensitive (secrets.ts).
    flatten: ['ConnectionInput'],
    names: { Id: 'name' }
  },
  {
    tf: 'aws_sagemaker_user_profile',
    cfn: 'AWS::SageMaker::UserProfile',
    names: { UserProfileArn: 'arn', ...SAGEMAKER_USER_IMAGE_NAMES }
  },
  {
    tf: 'aws_sagemaker_code_repository',
    cfn: 'AWS::SageMaker::CodeRepository',
    // Doubt: Cloud Control's Id is taken as the ARN (what Ref gives); Terraform's id is the name.
    names: { Id: 'arn' }
  },
  {
    tf: 'aws_sagemaker_notebook_instance_lifecycle_configuration',
    cfn: 'AWS::SageMaker::NotebookInstanceLifecycleConfig',
    // Doubt: Cloud Control's Id is taken as the ARN (what Ref gives). The scripts are payloads marked sensitive (secrets.ts).
    names: { Id: 'arn', NotebookInstanceLifecycleConfigName: 'name', OnCreate: null, OnStart: null },
    fields: [
      ['OnCreate', 'on_create', lifecycleScript],
      ['OnStart', 'on_start', lifecycleScript]
    ]
  },
  // The actions' arguments are payloads marked sensitive (secrets.ts), as a job's default arguments are.
  { tf: 'aws_glue_trigger', cfn: 'AWS::Glue::Trigger', names: { Name: 'name' } },
  { tf: 'aws_glue_workflow', cfn: 'AWS::Glue::Workflow', names: { Id: 'name' } },
  { tf: 'aws_glue_registry', cfn: 'AWS::Glue::Registry', names: { Arn: 'arn', Name: 'registry_name' } },
  {
    tf: 'aws_glue_schema',
    cfn: 'AWS::Glue::Schema',
    // The checkpoint is a version number in Terraform (schema_checkpoint), an object in CloudFormation: not compared.
    names: { Arn: 'arn', Name: 'schema_name', Registry: null, CheckpointVersion: null, InitialSchemaVersionId: null },
    fields: [['Registry.Arn', 'registry_arn', nonEmpty]]
  },
  {
    tf: 'aws_athena_named_query',
    cfn: 'AWS::Athena::NamedQuery',
    names: { WorkGroup: 'workgroup', QueryString: 'query' }
  },
  {
    tf: 'aws_kinesis_stream_consumer',
    cfn: 'AWS::Kinesis::StreamConsumer',
    // Doubt: Cloud Control's Id is taken as the consumer ARN (what Ref gives).
    names: { Id: 'arn', ConsumerName: 'name', ConsumerARN: 'arn', ConsumerCreationTimestamp: 'creation_timestamp', ConsumerStatus: null }
  },
  {
    tf: 'aws_lakeformation_resource',
    cfn: 'AWS::LakeFormation::Resource',
    // Terraform's arn is the registered resource's (an S3 location). Doubt: Cloud Control's Id is taken as the same.
    names: { Id: 'arn', ResourceArn: 'arn' }
  },
  { tf: 'aws_emr_studio', cfn: 'AWS::EMR::Studio' },
  {
    tf: 'aws_emrserverless_application',
    cfn: 'AWS::EMRServerless::Application',
    // The runtime configuration is a payload marked sensitive (secrets.ts), as a cluster's configurations are.
    // Not yet mapped: initial capacity and worker types (keyed lists in CloudFormation) and monitoring.
    names: { InitialCapacity: null, WorkerTypeSpecifications: null, MonitoringConfiguration: null }
  },
  {
    tf: 'aws_glue_classifier',
    cfn: 'AWS::Glue::Classifier',
    // Each classifier block's name is the resource's name in Terraform.
    names: { Id: 'name', 'CsvClassifier.ContainsCustomDatatype': 'custom_datatypes' },
    finish: (b) => {
      for (const kind of ['CsvClassifier', 'GrokClassifier', 'JsonClassifier', 'XMLClassifier']) {
        const classifier = b.properties[kind] as Record<string, unknown> | undefined
        if (classifier && typeof b.tf.values.name === 'string') classifier.Name = b.tf.values.name
      }
    }
  },
  { tf: 'aws_emrcontainers_virtual_cluster', cfn: 'AWS::EMRContainers::VirtualCluster' },
  { tf: 'aws_athena_prepared_statement', cfn: 'AWS::Athena::PreparedStatement', names: { StatementName: 'name', WorkGroup: 'workgroup' } },
  { tf: 'aws_sagemaker_feature_group', cfn: 'AWS::SageMaker::FeatureGroup', names: { FeatureGroupName: 'feature_group_name', FeatureDefinitions: 'feature_definition' } }
]
