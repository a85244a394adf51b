// Governance: AWS Config rules, aggregators, delivery channels and conformance packs; Organizations policies, units
// and accounts. Each entry writes only what the aws provider names otherwise than the CloudFormation property's
// snake_case (derived.ts).
import { isUnknownAttr, type ResourceBuilder } from '../builder.js'
import { block, copyTags, nonEmpty, parsePolicy, tagList, toBoolean, toNumber, type Convert, type Field } from '../convert.js'
import type { MappingSpec } from '../derived.js'

/** Sets a value at a path of nested objects and list items, making objects on the way; nothing for undefined. */
function setIn(target: Record<string, unknown>, steps: ReadonlyArray<string | number>, value: unknown): void {
  if (value === undefined) return
  let node = target as Record<string | number, unknown>
  for (let i = 0; i < steps.length - 1; i++) node = (node[steps[i]] ??= {}) as Record<string | number, unknown>
  node[steps[steps.length - 1]] = value
}

/**
 * DLM's tag maps (target_tags, a schedule's tags_to_add and variable_tags, parameters' exclude_data_volume_tags)
 * are CloudFormation lists of {Key, Value}: the derived table reads no map as a list, so they are written here.
 */
function finishDlmPolicy(b: ResourceBuilder): void {
  const details = block(b.tf.values.policy_details)
  if (!details) return
  setIn(b.properties, ['PolicyDetails', 'TargetTags'], tagList(details.target_tags))
  setIn(b.properties, ['PolicyDetails', 'Parameters', 'ExcludeDataVolumeTags'], tagList(block(details.parameters)?.exclude_data_volume_tags))
  const schedules = details.schedule
  const out = (b.properties.PolicyDetails as Record<string, unknown> | undefined)?.Schedules
  if (!Array.isArray(schedules) || !Array.isArray(out)) return
  for (let i = 0; i < schedules.length; i++) {
    const schedule = block(schedules[i])
    if (!schedule || !out[i]) continue
    setIn(out[i] as Record<string, unknown>, ['TagsToAdd'], tagList(schedule.tags_to_add))
    setIn(out[i] as Record<string, unknown>, ['VariableTags'], tagList(schedule.variable_tags))
  }
}

/**
 * A remediation's parameter blocks ({name, resource_value, static_value, static_values}) → CloudFormation's map of
 * name → {ResourceValue: {Value}} or {StaticValue: {Values}}.
 */
const remediationParameters: Convert = (v) => {
  if (!Array.isArray(v)) return undefined
  const out: Record<string, unknown> = {}
  for (const item of v) {
    const p = block(item)
    if (!p || typeof p.name !== 'string') continue
    if (typeof p.resource_value === 'string' && p.resource_value !== '') out[p.name] = { ResourceValue: { Value: p.resource_value } }
    else if (typeof p.static_value === 'string' && p.static_value !== '') out[p.name] = { StaticValue: { Values: [p.static_value] } }
    else if (Array.isArray(p.static_values) && p.static_values.length > 0) out[p.name] = { StaticValue: { Values: p.static_values } }
  }
  return Object.keys(out).length > 0 ? out : undefined
}

/**
 * A budget's limit (limit_amount is a decimal string), cost filters (name → values) and notifications with their
 * subscribers (e-mail addresses and SNS topics), and its tags as ResourceTags.
 */
function finishBudget(b: ResourceBuilder): void {
  const v = b.tf.values
  const amount = typeof v.limit_amount === 'string' && v.limit_amount !== '' ? Number(v.limit_amount) : undefined
  if (amount !== undefined && !Number.isNaN(amount)) setIn(b.properties, ['Budget', 'BudgetLimit'], { Amount: amount, ...(typeof v.limit_unit === 'string' && v.limit_unit !== '' ? { Unit: v.limit_unit } : {}) })
  if (Array.isArray(v.cost_filter) && v.cost_filter.length > 0) {
    const filters: Record<string, unknown> = {}
    for (const item of v.cost_filter) {
      const f = block(item)
      if (f && typeof f.name === 'string') filters[f.name] = f.values
    }
    setIn(b.properties, ['Budget', 'CostFilters'], filters)
  }
  if (Array.isArray(v.notification) && v.notification.length > 0) {
    b.properties.NotificationsWithSubscribers = v.notification.flatMap((item) => {
      const n = block(item)
      if (!n) return []
      const emails = Array.isArray(n.subscriber_email_addresses) ? (n.subscriber_email_addresses as string[]) : []
      const topics = Array.isArray(n.subscriber_sns_topic_arns) ? (n.subscriber_sns_topic_arns as string[]) : []
      return [
        {
          Notification: { ComparisonOperator: n.comparison_operator, NotificationType: n.notification_type, Threshold: toNumber(n.threshold), ThresholdType: n.threshold_type },
          Subscribers: [...emails.map((Address) => ({ Address, SubscriptionType: 'EMAIL' })), ...topics.map((Address) => ({ Address, SubscriptionType: 'SNS' }))]
        }
      ]
    })
  }
  copyTags(b, 'ResourceTags')
}

/** resource_query ({type, query: JSON string}) → {Type, Query: the parsed query}. */
const resourceQuery: Convert = (v) => {
  const query = block(v)
  if (!query) return undefined
  const parsed = typeof query.query === 'string' && query.query !== '' ? parsePolicy(query.query) : undefined
  return { ...(typeof query.type === 'string' && query.type !== '' ? { Type: query.type } : {}), ...(parsed !== undefined ? { Query: parsed } : {}) }
}

/** Control Tower parameters ({key, value: JSON string}) → [{Key, Value: [parsed values]}]. */
const controlParameters: Convert = (v) => {
  if (!Array.isArray(v)) return undefined
  return v.flatMap((item) => {
    const p = block(item)
    if (!p || typeof p.key !== 'string') return []
    const value = parsePolicy(p.value)
    return [{ Key: p.key, Value: Array.isArray(value) ? value : [value] }]
  })
}

/** routing_config's additional_version_weights map (version → weight) → CloudFormation's list of {FunctionVersion, FunctionWeight}. */
const aliasRouting: Convert = (v) => {
  const weights = block(v)?.additional_version_weights
  if (!weights || typeof weights !== 'object') return undefined
  const list = Object.entries(weights as Record<string, unknown>).map(([version, weight]) => ({ FunctionVersion: version, FunctionWeight: toNumber(weight) }))
  return list.length > 0 ? { AdditionalVersionWeights: list } : undefined
}

/** self_managed_event_source's endpoints map ({KAFKA_BOOTSTRAP_SERVERS = "a:9092,b:9092"}) → {Endpoints: {KafkaBootstrapServers: [...]}}. */
const selfManagedEventSource: Convert = (v) => {
  const servers = (block(v)?.endpoints as Record<string, unknown> | undefined)?.KAFKA_BOOTSTRAP_SERVERS
  return typeof servers === 'string' && servers !== '' ? { Endpoints: { KafkaBootstrapServers: servers.split(',') } } : undefined
}

/**
 * trigger_config ({trigger_type, trigger_properties {scheduled {...}}}) → CloudFormation's TriggerConfig, whose
 * TriggerProperties are the scheduled block's, times in epoch seconds.
 */
const flowTrigger: Convert = (v) => {
  const trigger = block(v)
  if (!trigger) return undefined
  const scheduled = block(block(trigger.trigger_properties)?.scheduled)
  const properties = scheduled && {
    ScheduleExpression: scheduled.schedule_expression || undefined,
    DataPullMode: scheduled.data_pull_mode || undefined,
    FirstExecutionFrom: epochSeconds(scheduled.first_execution_from),
    ScheduleStartTime: epochSeconds(scheduled.schedule_start_time),
    ScheduleEndTime: epochSeconds(scheduled.schedule_end_time),
    ScheduleOffset: typeof scheduled.schedule_offset === 'number' && scheduled.schedule_offset !== 0 ? scheduled.schedule_offset : undefined,
    TimeZone: scheduled.timezone || undefined
  }
  return { TriggerType: trigger.trigger_type, TriggerProperties: properties && JSON.parse(JSON.stringify(properties)) }
}

/** An RFC 3339 time (Terraform) → seconds since the epoch (CloudFormation's StartingPositionTimestamp). */
function epochSeconds(v: unknown): number | undefined {
  if (typeof v !== 'string' || v === '') return undefined
  const time = Date.parse(v)
  return Number.isNaN(time) ? undefined : time / 1000
}

export const GOVERNANCE: readonly MappingSpec[] = [
  {
    tf: 'aws_config_config_rule',
    cfn: 'AWS::Config::ConfigRule',
    names: { ConfigRuleName: 'name', ConfigRuleId: 'rule_id', EvaluationModes: 'evaluation_mode', 'Source.SourceDetails': 'source_detail', Compliance: null },
    // input_parameters is a JSON string in Terraform ("" when not set), parsed as the schema's free-form InputParameters.
    fields: [['InputParameters', 'input_parameters', (v) => (v === '' ? undefined : parsePolicy(v))]]
  },
  {
    tf: 'aws_config_configuration_aggregator',
    cfn: 'AWS::Config::ConfigurationAggregator',
    names: {
      ConfigurationAggregatorName: 'name',
      ConfigurationAggregatorArn: 'arn',
      AccountAggregationSources: 'account_aggregation_source',
      'AccountAggregationSources.AllAwsRegions': 'all_regions',
      'AccountAggregationSources.AwsRegions': 'regions',
      'OrganizationAggregationSource.AllAwsRegions': 'all_regions',
      'OrganizationAggregationSource.AwsRegions': 'regions'
    }
  },
  {
    tf: 'aws_config_delivery_channel',
    cfn: 'AWS::Config::DeliveryChannel',
    // The channel's id is its name (Terraform's id too).
    names: { ConfigSnapshotDeliveryProperties: 'snapshot_delivery_properties' }
  },
  {
    tf: 'aws_config_conformance_pack',
    cfn: 'AWS::Config::ConformancePack',
    names: { ConformancePackName: 'name', ConformancePackInputParameters: 'input_parameter' }
  },
  {
    tf: 'aws_config_organization_conformance_pack',
    cfn: 'AWS::Config::OrganizationConformancePack',
    names: { OrganizationConformancePackName: 'name', ConformancePackInputParameters: 'input_parameter' }
  },
  {
    tf: 'aws_config_remediation_configuration',
    cfn: 'AWS::Config::RemediationConfiguration',
    // Terraform's id is the rule's name, not CloudFormation's Id: left out. parameter blocks become the free-form map.
    names: { Id: null },
    fields: [['Parameters', 'parameter', remediationParameters]]
  },
  {
    // The provider puts a managed rule's metadata at the top level (CloudFormation: OrganizationManagedRuleMetadata).
    tf: 'aws_config_organization_managed_rule',
    cfn: 'AWS::Config::OrganizationConfigRule',
    flatten: ['OrganizationManagedRuleMetadata'],
    names: { OrganizationConfigRuleName: 'name', Id: null }
  },
  {
    // Likewise a custom rule's (OrganizationCustomRuleMetadata); trigger_types are its trigger types.
    tf: 'aws_config_organization_custom_rule',
    cfn: 'AWS::Config::OrganizationConfigRule',
    flatten: ['OrganizationCustomRuleMetadata'],
    names: { OrganizationConfigRuleName: 'name', Id: null, 'OrganizationCustomRuleMetadata.OrganizationConfigRuleTriggerTypes': 'trigger_types' }
  },
  // Organizations is a global service. A policy's targets are aws_organizations_policy_attachment resources, one per
  // target: not folded into TargetIds (yet).
  { tf: 'aws_organizations_policy', cfn: 'AWS::Organizations::Policy', global: true },
  {
    tf: 'aws_organizations_organization',
    cfn: 'AWS::Organizations::Organization',
    global: true,
    names: { ManagementAccountArn: 'master_account_arn', ManagementAccountEmail: 'master_account_email', ManagementAccountId: 'master_account_id', RootId: null },
    fields: [['RootId', 'roots[0].id']]
  },
  { tf: 'aws_organizations_resource_policy', cfn: 'AWS::Organizations::ResourcePolicy', global: true },
  { tf: 'aws_organizations_organizational_unit', cfn: 'AWS::Organizations::OrganizationalUnit', global: true },
  {
    tf: 'aws_organizations_account',
    cfn: 'AWS::Organizations::Account',
    global: true,
    // parent_id is one parent; CloudFormation's ParentIds is a list of (exactly) one.
    names: { AccountId: 'id', AccountName: 'name', ParentIds: 'parent_id' }
  },
  {
    tf: 'aws_dlm_lifecycle_policy',
    cfn: 'AWS::DLM::LifecyclePolicy',
    names: {
      'PolicyDetails.Schedules': 'schedule',
      'PolicyDetails.Schedules.CrossRegionCopyRules': 'cross_region_copy_rule',
      'PolicyDetails.Schedules.ShareRules': 'share_rule',
      'PolicyDetails.Actions': 'action',
      'PolicyDetails.Actions.CrossRegionCopy': 'cross_region_copy',
      // Maps in Terraform, lists of {Key, Value} in CloudFormation: finishDlmPolicy.
      'PolicyDetails.TargetTags': null,
      'PolicyDetails.Parameters.ExcludeDataVolumeTags': null,
      'PolicyDetails.Schedules.TagsToAdd': null,
      'PolicyDetails.Schedules.VariableTags': null
    },
    finish: finishDlmPolicy
  },
  // RAM: CloudFormation's Id is not documented as the share's ARN (Terraform's id): left out, no identifier.
  { tf: 'aws_ram_resource_share', cfn: 'AWS::RAM::ResourceShare', names: { Id: null } },
  // `name` is the display name; PortfolioName is its read-only echo.
  {
    // Terraform's id joins language, portfolio, principal and type: not CloudFormation's Id, left out.
    tf: 'aws_servicecatalog_principal_portfolio_association',
    cfn: 'AWS::ServiceCatalog::PortfolioPrincipalAssociation',
    names: { Id: null, PrincipalARN: 'principal_arn' }
  },
  { tf: 'aws_servicecatalog_portfolio', cfn: 'AWS::ServiceCatalog::Portfolio', names: { DisplayName: 'name', PortfolioName: null } }
]

// Cost and resource management, Control Tower, Verified Permissions.
export const MANAGEMENT: readonly MappingSpec[] = [
  // Cost Explorer's tags are ResourceTags. Its API is global.
  {
    tf: 'aws_ce_anomaly_monitor',
    cfn: 'AWS::CE::AnomalyMonitor',
    global: true,
    names: { MonitorArn: 'arn', MonitorName: 'name', ResourceTags: null },
    finish: (b) => copyTags(b, 'ResourceTags')
  },
  {
    tf: 'aws_ce_anomaly_subscription',
    cfn: 'AWS::CE::AnomalySubscription',
    global: true,
    // threshold_expression is a block in Terraform and a JSON string in CloudFormation: not compared.
    names: { SubscriptionArn: 'arn', SubscriptionName: 'name', Subscribers: 'subscriber', ThresholdExpression: null, ResourceTags: null },
    finish: (b) => copyTags(b, 'ResourceTags')
  },
  // Cost and Usage Reports live in us-east-1 only: global, like IAM.
  { tf: 'aws_cur_report_definition', cfn: 'AWS::CUR::ReportDefinition', global: true },
  {
    tf: 'aws_resourcegroups_group',
    cfn: 'AWS::ResourceGroups::Group',
    // resource_query's query is a JSON string of the API's own (PascalCase) shape: parsed as CloudFormation's Query.
    fields: [['ResourceQuery', 'resource_query', resourceQuery]]
  },
  {
    tf: 'aws_controltower_control',
    cfn: 'AWS::ControlTower::EnabledControl',
    // A parameter's value is a JSON string in Terraform: parsed, as a list (CloudFormation's shape).
    fields: [['Parameters', 'parameters', controlParameters]]
  },
  {
    tf: 'aws_budgets_budget',
    cfn: 'AWS::Budgets::Budget',
    global: true,
    // The provider puts the budget's settings at the top level (CloudFormation: Budget). CloudFormation's Id is the
    // budget's name (Terraform's id is "<account>:<name>"). time_period_start/end use the provider's own time format
    // and planned_limit blocks differ in shape: not compared.
    flatten: ['Budget'],
    names: {
      Id: 'name',
      'Budget.BudgetName': 'name',
      'Budget.BudgetLimit': null,
      'Budget.TimePeriod': null,
      'Budget.CostFilters': null,
      'Budget.PlannedBudgetLimits': null,
      NotificationsWithSubscribers: null,
      ResourceTags: null
    },
    finish: finishBudget
  },
  {
    tf: 'aws_servicecatalog_product',
    cfn: 'AWS::ServiceCatalog::CloudFormationProduct',
    // `type` is the product type; ProductName is the read-only echo of `name`. A provisioning artifact's template URL
    // is its Info's LoadTemplateFromURL.
    names: { ProductType: 'type', ProductName: null, 'ProvisioningArtifactParameters.Info': null },
    finish: (b) => {
      const artifacts = b.tf.values.provisioning_artifact_parameters
      const out = b.properties.ProvisioningArtifactParameters
      if (!Array.isArray(artifacts) || !Array.isArray(out)) return
      for (let i = 0; i < artifacts.length; i++) {
        const url = block(artifacts[i])?.template_url
        if (out[i] && typeof url === 'string' && url !== '') setIn(out[i] as Record<string, unknown>, ['Info'], { LoadTemplateFromURL: url })
      }
    }
  },
  {
    tf: 'aws_servicecatalog_portfolio_share',
    cfn: 'AWS::ServiceCatalog::PortfolioShare',
    // Terraform's id joins portfolio, type and principal: not CloudFormation's Id, left out. CloudFormation shares with
    // an account only: AccountId is principal_id when the share's type is ACCOUNT.
    names: { Id: null, AccountId: null },
    finish: (b) => {
      if (b.tf.values.type === 'ACCOUNT' && typeof b.tf.values.principal_id === 'string') b.properties.AccountId = b.tf.values.principal_id
    }
  },
  { tf: 'aws_verifiedpermissions_policy_store', cfn: 'AWS::VerifiedPermissions::PolicyStore' }
]

// EC2 Image Builder: recipes, components, infrastructure and distribution settings, pipelines.
export const IMAGE_BUILDER: readonly MappingSpec[] = [
  {
    tf: 'aws_imagebuilder_image_recipe',
    cfn: 'AWS::ImageBuilder::ImageRecipe',
    // The provider puts the build instance's settings at the top level (CloudFormation: AdditionalInstanceConfiguration);
    // its user data is a payload (secrets.ts FREE_FORM_PAYLOADS).
    flatten: ['AdditionalInstanceConfiguration'],
    names: {
      Components: 'component',
      'Components.Parameters': 'parameter',
      BlockDeviceMappings: 'block_device_mapping',
      // A boolean in Terraform, an (empty) string in CloudFormation: not compared.
      'BlockDeviceMappings.NoDevice': null,
      'AdditionalInstanceConfiguration.UserDataOverride': 'user_data_base64'
    }
  },
  { tf: 'aws_imagebuilder_component', cfn: 'AWS::ImageBuilder::Component' },
  // A workflow's document (data) is a payload (secrets.ts).
  { tf: 'aws_imagebuilder_workflow', cfn: 'AWS::ImageBuilder::Workflow' },
  {
    tf: 'aws_imagebuilder_distribution_configuration',
    cfn: 'AWS::ImageBuilder::DistributionConfiguration',
    names: {
      Distributions: 'distribution',
      'Distributions.AmiDistributionConfiguration.LaunchPermissionConfiguration': 'launch_permission',
      'Distributions.FastLaunchConfigurations': 'fast_launch_configuration',
      'Distributions.LaunchTemplateConfigurations': 'launch_template_configuration',
      'Distributions.LaunchTemplateConfigurations.SetDefaultVersion': 'default'
    }
  },
  { tf: 'aws_imagebuilder_infrastructure_configuration', cfn: 'AWS::ImageBuilder::InfrastructureConfiguration' },
  {
    tf: 'aws_imagebuilder_container_recipe',
    cfn: 'AWS::ImageBuilder::ContainerRecipe',
    names: {
      Components: 'component',
      'Components.Parameters': 'parameter',
      'InstanceConfiguration.BlockDeviceMappings': 'block_device_mapping',
      'InstanceConfiguration.BlockDeviceMappings.NoDevice': null
    }
  },
  {
    tf: 'aws_imagebuilder_image_pipeline',
    cfn: 'AWS::ImageBuilder::ImagePipeline',
    names: { Workflows: 'workflow', 'Workflows.Parameters': 'parameter' }
  }
]

/** The encryption settings of a Connect storage configuration. */
const CONNECT_ENCRYPTION: readonly Field[] = [
  ['EncryptionType', 'encryption_type', nonEmpty],
  ['KeyId', 'key_id', nonEmpty]
]

// SageMaker data quality monitoring (notebooks, models, endpoints and domains are mapped with the data stores).
export const SAGEMAKER: readonly MappingSpec[] = [
  {
    tf: 'aws_sagemaker_data_quality_job_definition',
    cfn: 'AWS::SageMaker::DataQualityJobDefinition',
    // The app's environment is a payload (secrets.ts).
    names: { JobDefinitionName: 'name', JobDefinitionArn: 'arn' }
  }
]

// The rest of Checkov's types in this share: Lambda aliases, layers and event sources; AppFlow, Connect, Kendra, Bedrock.
export const OTHER: readonly MappingSpec[] = [
  // Provisioned concurrency is aws_lambda_provisioned_concurrency_config's: not part of the alias resource.
  { tf: 'aws_lambda_alias', cfn: 'AWS::Lambda::Alias', names: { AliasArn: 'arn' }, fields: [['RoutingConfig', 'routing_config', aliasRouting]] },
  {
    tf: 'aws_lambda_function_event_invoke_config',
    cfn: 'AWS::Lambda::EventInvokeConfig',
    // An unqualified configuration is the function's $LATEST; Lambda retries twice unless told otherwise.
    defaults: { Qualifier: '$LATEST', MaximumRetryAttempts: 2 }
  },
  {
    tf: 'aws_lambda_layer_version_permission',
    cfn: 'AWS::Lambda::LayerVersionPermission',
    // Terraform's id joins the layer and version ("<layer name or ARN>,<version>"), not CloudFormation's Id: left out.
    // The layer version's ARN is made from the layer's ARN (layer_name when given as one) and the version.
    names: { Id: null, LayerVersionArn: null },
    finish: (b) => {
      const layer = b.tf.values.layer_name
      const version = b.tf.values.version_number
      if (typeof layer === 'string' && layer.startsWith('arn:') && (typeof version === 'number' || typeof version === 'string') && version !== '') {
        b.properties.LayerVersionArn = `${layer}:${version}`
      }
    }
  },
  // The provider puts the layer's S3 location at the top level (CloudFormation: Content).
  { tf: 'aws_lambda_layer_version', cfn: 'AWS::Lambda::LayerVersion', flatten: ['Content'], names: { LayerVersionArn: 'arn' } },
  {
    tf: 'aws_lambda_event_source_mapping',
    cfn: 'AWS::Lambda::EventSourceMapping',
    names: {
      'DestinationConfig.OnFailure.Destination': 'destination_arn',
      'FilterCriteria.Filters': 'filter',
      SourceAccessConfigurations: 'source_access_configuration'
    },
    fields: [
      ['SelfManagedEventSource', 'self_managed_event_source', selfManagedEventSource],
      ['StartingPositionTimestamp', 'starting_position_timestamp', epochSeconds]
    ],
    defaults: { Enabled: true }
  },
  {
    tf: 'aws_appflow_flow',
    cfn: 'AWS::AppFlow::Flow',
    names: {
      FlowName: 'name',
      FlowArn: 'arn',
      DestinationFlowConfigList: 'destination_flow_config',
      'DestinationFlowConfigList.DestinationConnectorProperties.S3.S3OutputFormatConfig.PrefixConfig.PathPrefixHierarchy': 'prefix_hierarchy',
      Tasks: 'task',
      // A map in Terraform, a list of {Key, Value} in CloudFormation: finish.
      'Tasks.TaskProperties': null
    },
    fields: [['TriggerConfig', 'trigger_config', flowTrigger]],
    finish: (b) => {
      const tasks = b.tf.values.task
      const out = b.properties.Tasks
      if (!Array.isArray(tasks) || !Array.isArray(out)) return
      for (let i = 0; i < tasks.length; i++) {
        if (out[i]) setIn(out[i] as Record<string, unknown>, ['TaskProperties'], tagList(block(tasks[i])?.task_properties))
      }
    }
  },
  {
    tf: 'aws_connect_instance',
    cfn: 'AWS::Connect::Instance',
    // The provider flattens Attributes into *_enabled attributes of the instance.
    names: { Arn: 'arn', InstanceStatus: 'status' },
    fields: [
      ['Attributes.InboundCalls', 'inbound_calls_enabled', toBoolean],
      ['Attributes.OutboundCalls', 'outbound_calls_enabled', toBoolean],
      ['Attributes.ContactflowLogs', 'contact_flow_logs_enabled', toBoolean],
      ['Attributes.ContactLens', 'contact_lens_enabled', toBoolean],
      ['Attributes.AutoResolveBestVoices', 'auto_resolve_best_voices_enabled', toBoolean],
      ['Attributes.EarlyMedia', 'early_media_enabled', toBoolean]
    ]
  },
  {
    tf: 'aws_kendra_index',
    cfn: 'AWS::Kendra::Index',
    names: {
      DocumentMetadataConfigurations: 'document_metadata_configuration_updates',
      // values_importance_map is a map in Terraform, a list of {Key, Value} in CloudFormation: not compared.
      'DocumentMetadataConfigurations.Relevance.ValueImportanceItems': null,
      'UserTokenConfigurations.JwtTokenTypeConfiguration.SecretManagerArn': 'secrets_manager_arn'
    }
  },
  {
    tf: 'aws_connect_instance_storage_config',
    cfn: 'AWS::Connect::InstanceStorageConfig',
    // The provider nests the storage settings in storage_config (CloudFormation: top level) and names the instance
    // by id (CloudFormation: ARN, made from the account and region, aws partition).
    names: { InstanceArn: null },
    fields: [
      ['StorageType', 'storage_config[0].storage_type'],
      ['S3Config', 'storage_config[0].s3_config', { one: [['BucketName', 'bucket_name', nonEmpty], ['BucketPrefix', 'bucket_prefix', nonEmpty], ['EncryptionConfig', 'encryption_config', { one: CONNECT_ENCRYPTION }]] }],
      ['KinesisFirehoseConfig', 'storage_config[0].kinesis_firehose_config', { one: [['FirehoseArn', 'firehose_arn']] }],
      ['KinesisStreamConfig', 'storage_config[0].kinesis_stream_config', { one: [['StreamArn', 'stream_arn']] }],
      [
        'KinesisVideoStreamConfig',
        'storage_config[0].kinesis_video_stream_config',
        { one: [['Prefix', 'prefix', nonEmpty], ['RetentionPeriodHours', 'retention_period_hours', toNumber], ['EncryptionConfig', 'encryption_config', { one: CONNECT_ENCRYPTION }]] }
      ]
    ],
    finish: (b) => {
      const instance = b.tf.values.instance_id
      if (typeof instance === 'string' && instance !== '' && b.account && b.region && b.region !== 'global') {
        b.properties.InstanceArn = `arn:aws:connect:${b.region}:${b.account}:instance/${instance}`
      } else if (isUnknownAttr(b.tf, 'instance_id')) {
        b.record('InstanceArn', 'instance_id')
      }
    }
  },
  {
    tf: 'aws_appflow_connector_profile',
    cfn: 'AWS::AppFlow::ConnectorProfile',
    // Credentials (passwords, tokens, client secrets, keys) are never read: they must not leave the plan.
    names: { ConnectorProfileName: 'name', ConnectorProfileArn: 'arn', 'ConnectorProfileConfig.ConnectorProfileCredentials': null }
  },
  {
    tf: 'aws_cloudformation_stack',
    cfn: 'AWS::CloudFormation::Stack',
    // Terraform's id is the stack id (its ARN). Parameters are a payload (secrets.ts).
    names: { NotificationARNs: 'notification_arns' }
  },
  {
    tf: 'aws_bedrockagent_agent',
    cfn: 'AWS::Bedrock::Agent',
    // Action groups and knowledge bases are resources of their own (aws_bedrockagent_agent_action_group, ...).
    names: {
      AutoPrepare: 'prepare_agent',
      SkipResourceInUseCheckOnDelete: 'skip_resource_in_use_check',
      'PromptOverrideConfiguration.PromptConfigurations.InferenceConfiguration.MaximumLength': 'max_length',
      TestAliasTags: null
    }
  }
]
