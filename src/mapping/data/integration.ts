// Application integration: queues, topics, secrets, parameters, logs, events, dashboards and composite alarms, state
// machines, schedules, e-mail configuration sets, Airflow environments, file-transfer servers, WorkSpaces. Each entry writes only
// what the aws provider names otherwise than the CloudFormation property's snake_case (derived.ts).
import type { ResourceBuilder } from '../builder.js'
import { attr, isUnknownAttr } from '../builder.js'
import { nonEmpty, optionalDocument, toBoolean, toNumber, type Convert } from '../convert.js'
import type { CompanionSpec, MappingSpec } from '../derived.js'


/** One name where CloudFormation wants a list of them (a queue policy's queue, a topic policy's topic). */
export const listOfOne: Convert = (v) => (v === '' ? undefined : [v])

/**
 * aws_sns_topic flattens DeliveryStatusLogging into three attributes per protocol (sqs_success_feedback_role_arn,
 * ...); CloudFormation's protocol names are these.
 */
const SNS_LOGGING_PROTOCOLS: ReadonlyArray<readonly [string, string]> = [
  ['application', 'application'],
  ['firehose', 'firehose'],
  ['http', 'http/s'],
  ['lambda', 'lambda'],
  ['sqs', 'sqs']
]

function snsDeliveryStatusLogging(b: ResourceBuilder): void {
  let index = 0
  for (const [prefix, protocol] of SNS_LOGGING_PROTOCOLS) {
    const success = `${prefix}_success_feedback_role_arn`
    const rate = `${prefix}_success_feedback_sample_rate`
    const failure = `${prefix}_failure_feedback_role_arn`
    const values = [success, rate, failure].map((a) => attr(b.tf, a))
    // Nothing configured for the protocol: the provider states "" and 0 (or null) for all three. A role known only
    // after apply (aws_iam_role.x.arn) is configured: its entry is kept, with that role unknown.
    if (values.every((v) => v === undefined || v === null || v === '' || v === 0) && ![success, rate, failure].some((a) => isUnknownAttr(b.tf, a))) continue
    const at = `DeliveryStatusLogging[${index++}]`
    b.set(`${at}.Protocol`, protocol, [])
    b.copy(`${at}.SuccessFeedbackRoleArn`, success, (v) => (v === '' ? undefined : v))
    b.copy(`${at}.SuccessFeedbackSampleRate`, rate, (v) => (v === '' || v === null ? undefined : String(v)))
    b.copy(`${at}.FailureFeedbackRoleArn`, failure, (v) => (v === '' ? undefined : v))
  }
}

/** The objects of a list of repeated blocks. */
function blocks(v: unknown): Array<Record<string, unknown>> {
  return Array.isArray(v) ? v.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object') : []
}

/** A patch baseline's filter blocks ({key, values}) → CloudFormation's PatchFilters. */
function patchFilters(v: unknown): Array<Record<string, unknown>> {
  return blocks(v).map((f) => ({ Key: f.key, Values: f.values }))
}

/** A patch baseline's approval_rule block → one of CloudFormation's PatchRules; "" is "not set". */
function patchRule(rule: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { PatchFilterGroup: { PatchFilters: patchFilters(rule.patch_filter) } }
  if (typeof rule.approve_after_days === 'number') out.ApproveAfterDays = rule.approve_after_days
  if (typeof rule.approve_until_date === 'string' && rule.approve_until_date !== '') out.ApproveUntilDate = rule.approve_until_date
  if (typeof rule.compliance_level === 'string' && rule.compliance_level !== '') out.ComplianceLevel = rule.compliance_level
  if (typeof rule.enable_non_security === 'boolean') out.EnableNonSecurity = rule.enable_non_security
  return out
}

/** SSM parameter blocks ({name, values}) → the API's object of name → values; none is "not set". */
const parameterBlocks: Convert = (v) => {
  const list = blocks(v)
  return list.length > 0 ? Object.fromEntries(list.map((p) => [p.name, p.values])) : undefined
}

export const INTEGRATION: readonly MappingSpec[] = [
  {
    tf: 'aws_sqs_queue',
    cfn: 'AWS::SQS::Queue',
    // The queue's inline `policy` has no property here: AWS::SQS::QueuePolicy stands for it (aws_sqs_queue_policy).
    names: {
      QueueName: 'name',
      MaximumMessageSize: 'max_message_size',
      MessageRetentionPeriod: 'message_retention_seconds',
      ReceiveMessageWaitTimeSeconds: 'receive_wait_time_seconds',
      VisibilityTimeout: 'visibility_timeout_seconds'
    },
    fields: [
      ['RedrivePolicy', 'redrive_policy', optionalDocument],
      ['RedriveAllowPolicy', 'redrive_allow_policy', optionalDocument]
    ]
  },
  {
    tf: 'aws_sqs_queue_policy',
    cfn: 'AWS::SQS::QueuePolicy',
    // Terraform's id is the queue URL; CloudFormation's Id is a name it generates: not the same thing, left out.
    names: { Id: null },
    fields: [
      ['Queues', 'queue_url', listOfOne],
      ['PolicyDocument', 'policy', optionalDocument]
    ]
  },
  {
    tf: 'aws_sns_topic',
    cfn: 'AWS::SNS::Topic',
    // Subscriptions are aws_sns_topic_subscription resources (AWS::SNS::Subscription); the inline `policy` is
    // AWS::SNS::TopicPolicy's (aws_sns_topic_policy).
    names: { TopicName: 'name', Subscription: null, DeliveryStatusLogging: null },
    fields: [
      ['ArchivePolicy', 'archive_policy', optionalDocument],
      // aws_sns_topic_data_protection_policy's, folded in below; kept if a plan states it here.
      ['DataProtectionPolicy', 'data_protection_policy', optionalDocument]
    ],
    finish: snsDeliveryStatusLogging
  },
  {
    tf: 'aws_sns_topic_policy',
    cfn: 'AWS::SNS::TopicPolicy',
    // Terraform's id is the topic ARN; CloudFormation's Id is generated: left out.
    names: { Id: null },
    fields: [
      ['Topics', 'arn', listOfOne],
      ['PolicyDocument', 'policy', optionalDocument]
    ]
  },
  {
    tf: 'aws_sns_topic_subscription',
    cfn: 'AWS::SNS::Subscription',
    // Region is the topic's Region in CloudFormation; the provider's `region` (v6) is where the resource is managed.
    names: { Region: null },
    fields: [
      ['DeliveryPolicy', 'delivery_policy', optionalDocument],
      ['FilterPolicy', 'filter_policy', optionalDocument],
      ['RedrivePolicy', 'redrive_policy', optionalDocument],
      ['ReplayPolicy', 'replay_policy', optionalDocument]
    ],
    // Messages are wrapped in SNS's JSON envelope unless raw delivery is asked for.
    defaults: { RawMessageDelivery: false }
  },
  {
    tf: 'aws_secretsmanager_secret',
    cfn: 'AWS::SecretsManager::Secret',
    // The secret's value lives in aws_secretsmanager_secret_version, which is never mapped; the inline `policy` is
    // AWS::SecretsManager::ResourcePolicy's (aws_secretsmanager_secret_policy).
    names: { ReplicaRegions: 'replica', SecretString: null, GenerateSecretString: null }
  },
  {
    tf: 'aws_secretsmanager_secret_rotation',
    cfn: 'AWS::SecretsManager::RotationSchedule',
    // Hosted rotation Lambdas are a CloudFormation transform's, not a Terraform resource's.
    names: { RotateImmediatelyOnUpdate: 'rotate_immediately', HostedRotationLambda: null }
  },
  {
    tf: 'aws_secretsmanager_secret_policy',
    cfn: 'AWS::SecretsManager::ResourcePolicy',
    names: { SecretId: 'secret_arn' },
    fields: [['ResourcePolicy', 'policy', optionalDocument]]
  },
  {
    tf: 'aws_ssm_parameter',
    cfn: 'AWS::SSM::Parameter',
    // NEVER the value: `value` holds secrets (SecureString) that the CloudFormation schema does not mark write-only,
    // and `insecure_value` is not read at all. Policies are not a Terraform attribute.
    names: { Name: 'name', Value: null, Policies: null }
  },
  {
    tf: 'aws_ssm_document',
    cfn: 'AWS::SSM::Document',
    // `permissions` (sharing with accounts) has no CloudFormation property.
    names: { Name: 'name', Attachments: 'attachments_source', Requires: null, UpdateMethod: null },
    fields: [['Content', 'content', optionalDocument]],
    defaults: { DocumentFormat: 'JSON' }
  },
  {
    tf: 'aws_cloudwatch_log_group',
    cfn: 'AWS::Logs::LogGroup',
    // The data protection policy is aws_cloudwatch_log_data_protection_policy's, folded in below.
    // The name, not Terraform's id, so that it is known while the group is being created.
    names: { LogGroupName: 'name', DataProtectionPolicy: null },
    fields: [
      // 0 is the provider's "never expire", which CloudFormation says by leaving RetentionInDays out.
      ['RetentionInDays', 'retention_in_days', (v) => (v === 0 || v === '0' || v === '' ? undefined : toNumber(v))],
      // The provider removes the ":*" the API puts at the end of the ARN; Cloud Control keeps it.
      ['Arn', 'arn', (v) => (typeof v === 'string' && v !== '' ? (v.endsWith(':*') ? v : `${v}:*`) : undefined)]
    ]
  },
  {
    tf: 'aws_cloudwatch_log_subscription_filter',
    cfn: 'AWS::Logs::SubscriptionFilter',
    names: { FilterName: 'name' },
    defaults: { Distribution: 'ByLogStream' }
  },
  { tf: 'aws_cloudwatch_log_resource_policy', cfn: 'AWS::Logs::ResourcePolicy', names: { PolicyName: 'policy_name' } },
  {
    tf: 'aws_cloudwatch_event_rule',
    cfn: 'AWS::Events::Rule',
    // Targets are aws_cloudwatch_event_target resources, each adding one (INTEGRATION_COMPANIONS).
    names: { Arn: 'arn', Name: 'name', Targets: null },
    fields: [['EventPattern', 'event_pattern', optionalDocument]],
    defaults: { EventBusName: 'default' },
    finish(b) {
      // `state` is the provider's newer attribute; `is_enabled` (deprecated) says the same where it is still used.
      if (b.properties.State !== undefined) return
      const enabled = toBoolean(attr(b.tf, 'is_enabled'))
      if (typeof enabled === 'boolean') b.set('State', enabled ? 'ENABLED' : 'DISABLED', ['is_enabled'])
    }
  },
  {
    tf: 'aws_cloudwatch_event_bus',
    cfn: 'AWS::Events::EventBus',
    // Its policy is aws_cloudwatch_event_bus_policy's, folded in below.
    names: { Name: 'name', Policy: null }
  },
  { tf: 'aws_cloudwatch_dashboard', cfn: 'AWS::CloudWatch::Dashboard', names: { DashboardName: 'dashboard_name' } },
  {
    tf: 'aws_cloudwatch_composite_alarm',
    cfn: 'AWS::CloudWatch::CompositeAlarm',
    names: { AlarmName: 'alarm_name' },
    // The provider's actions_suppressor block holds what CloudFormation puts in three top-level properties.
    fields: [
      ['ActionsSuppressor', 'actions_suppressor[0].alarm'],
      ['ActionsSuppressorExtensionPeriod', 'actions_suppressor[0].extension_period', toNumber],
      ['ActionsSuppressorWaitPeriod', 'actions_suppressor[0].wait_period', toNumber]
    ],
    defaults: { ActionsEnabled: true }
  },
  {
    tf: 'aws_sfn_state_machine',
    cfn: 'AWS::StepFunctions::StateMachine',
    // The definition is a payload (FREE_FORM_PAYLOADS: DefinitionString); the provider keeps it as a string.
    names: { StateMachineName: 'name', StateMachineType: 'type', DefinitionString: 'definition', Definition: null, StateMachineRevisionId: 'revision_id' },
    fields: [
      [
        'LoggingConfiguration',
        'logging_configuration',
        {
          one: [
            ['IncludeExecutionData', 'include_execution_data', toBoolean],
            ['Level', 'level'],
            // One log group ARN in Terraform, a list of destinations in CloudFormation.
            ['Destinations', 'log_destination', (v) => (typeof v === 'string' && v !== '' ? [{ CloudWatchLogsLogGroup: { LogGroupArn: v } }] : undefined)]
          ]
        }
      ]
    ],
    defaults: { StateMachineType: 'STANDARD' }
  },
  { tf: 'aws_sfn_activity', cfn: 'AWS::StepFunctions::Activity' },
  {
    tf: 'aws_scheduler_schedule',
    cfn: 'AWS::Scheduler::Schedule',
    // Terraform's id is "group/name". The ECS target's network block is flat in Terraform (a boolean public IP)
    // and CloudFormation's is AwsvpcConfiguration with "ENABLED"/"DISABLED": not compared; nor its tags (a map here).
    names: {
      Name: 'name',
      'Target.EventBridgeParameters': 'eventbridge_parameters',
      'Target.SageMakerPipelineParameters': 'sagemaker_pipeline_parameters',
      'Target.SageMakerPipelineParameters.PipelineParameterList': 'pipeline_parameter',
      'Target.EcsParameters.NetworkConfiguration': null,
      'Target.EcsParameters.Tags': null
    },
    defaults: { GroupName: 'default', State: 'ENABLED' }
  },
  {
    tf: 'aws_ses_configuration_set',
    cfn: 'AWS::SES::ConfigurationSet',
    names: { Name: 'name' },
    // The provider flattens ReputationOptions and SendingOptions into one attribute each.
    fields: [
      ['ReputationOptions.ReputationMetricsEnabled', 'reputation_metrics_enabled', toBoolean],
      ['SendingOptions.SendingEnabled', 'sending_enabled', toBoolean],
      // The v1 provider says "Require"/"Optional"; the API and CloudFormation say REQUIRE/OPTIONAL.
      ['DeliveryOptions.TlsPolicy', 'delivery_options[0].tls_policy', (v) => (typeof v === 'string' && v !== '' ? v.toUpperCase() : undefined)]
    ],
    // Without TLS required, SES delivers in plain text when the receiver offers no TLS (the provider's default).
    defaults: { 'DeliveryOptions.TlsPolicy': 'OPTIONAL' }
  },
  {
    tf: 'aws_sesv2_configuration_set',
    cfn: 'AWS::SES::ConfigurationSet',
    // last_fresh_start and max_delivery_seconds are newer than the shipped schema.
    names: { Name: 'configuration_set_name' }
  },
  {
    tf: 'aws_sesv2_email_identity',
    cfn: 'AWS::SES::EmailIdentity',
    // NEVER the domain signing private key (Easy DKIM's BYODKIM). The DKIM tokens are the provider's
    // dkim_signing_attributes.tokens list: not compared. Feedback and MAIL FROM attributes are resources of their
    // own, folded in below.
    names: {
      EmailIdentity: 'email_identity',
      DkimSigningAttributes: null,
      DkimAttributes: null,
      FeedbackAttributes: null,
      MailFromAttributes: null,
      ConfigurationSetAttributes: null,
      DkimDNSTokenName1: null,
      DkimDNSTokenName2: null,
      DkimDNSTokenName3: null,
      DkimDNSTokenValue1: null,
      DkimDNSTokenValue2: null,
      DkimDNSTokenValue3: null
    },
    fields: [
      ['ConfigurationSetAttributes.ConfigurationSetName', 'configuration_set_name', nonEmpty],
      ['DkimSigningAttributes.DomainSigningSelector', 'dkim_signing_attributes[0].domain_signing_selector', nonEmpty],
      ['DkimSigningAttributes.NextSigningKeyLength', 'dkim_signing_attributes[0].next_signing_key_length', nonEmpty]
    ]
  },
  {
    tf: 'aws_sfn_alias',
    cfn: 'AWS::StepFunctions::StateMachineAlias',
    names: { Arn: 'arn', DeploymentPreference: null }
  },
  {
    tf: 'aws_cloudwatch_event_permission',
    cfn: 'AWS::Events::EventBusPolicy',
    // Terraform's id ("bus/statement") is not CloudFormation's. A principal of "*" opens the bus to every account.
    names: { Id: null, Statement: null },
    defaults: { Action: 'events:PutEvents', EventBusName: 'default' }
  },
  {
    tf: 'aws_mwaa_environment',
    cfn: 'AWS::MWAA::Environment',
    // Airflow configuration options are a payload (FREE_FORM_PAYLOADS). The web server is private unless made public.
    names: { Name: 'name' },
    defaults: { WebserverAccessMode: 'PRIVATE_ONLY' }
  },
  {
    tf: 'aws_transfer_server',
    cfn: 'AWS::Transfer::Server',
    // The provider flattens IdentityProviderDetails into the server's attributes; its host_key (a private key) has
    // no property here and is never read.
    fields: [
      ['IdentityProviderDetails.DirectoryId', 'directory_id', nonEmpty],
      ['IdentityProviderDetails.Function', 'function', nonEmpty],
      ['IdentityProviderDetails.InvocationRole', 'invocation_role', nonEmpty],
      ['IdentityProviderDetails.SftpAuthenticationMethods', 'sftp_authentication_methods', nonEmpty],
      ['IdentityProviderDetails.Url', 'url', nonEmpty]
    ],
    // An endpoint reachable from the internet unless the code says otherwise (the provider's default).
    defaults: { EndpointType: 'PUBLIC', IdentityProviderType: 'SERVICE_MANAGED', SecurityPolicyName: 'TransferSecurityPolicy-2018-11' }
  },
  {
    tf: 'aws_workspaces_workspace',
    cfn: 'AWS::WorkSpaces::Workspace',
    // Volumes are not encrypted unless asked (the provider's defaults).
    defaults: { RootVolumeEncryptionEnabled: false, UserVolumeEncryptionEnabled: false }
  },
  {
    tf: 'aws_mq_broker',
    cfn: 'AWS::AmazonMQ::Broker',
    // NEVER the users' passwords nor the LDAP service account's: the schema does not mark them write-only. The
    // broker's addresses and endpoints are Terraform's `instances` blocks: not compared.
    names: {
      Users: 'user',
      'Users.Password': null,
      'LdapServerMetadata.ServiceAccountPassword': null,
      ConfigurationId: null,
      ConfigurationRevision: null,
      IpAddresses: null,
      AmqpEndpoints: null,
      MqttEndpoints: null,
      OpenWireEndpoints: null,
      StompEndpoints: null,
      WssEndpoints: null,
      Logs: null
    },
    // RabbitMQ brokers have no audit log: the provider states "" for it.
    fields: [
      ['Logs.Audit', 'logs[0].audit', (v) => (v === '' ? undefined : toBoolean(v))],
      ['Logs.General', 'logs[0].general', (v) => (v === '' ? undefined : toBoolean(v))]
    ],
    // Reachable only inside the VPC, encrypted with an AWS-owned key, one instance (the provider's defaults).
    defaults: { PubliclyAccessible: false, 'EncryptionOptions.UseAwsOwnedKey': true, DeploymentMode: 'SINGLE_INSTANCE' }
  },
  // The configuration's XML is a payload (FREE_FORM_PAYLOADS).
  {
    tf: 'aws_mq_configuration',
    cfn: 'AWS::AmazonMQ::Configuration',
    names: { Revision: 'latest_revision', Data: null },
    // CloudFormation's Data is the configuration's XML base64-encoded; Terraform states it as text.
    fields: [['Data', 'data', (v) => (typeof v === 'string' && v !== '' ? Buffer.from(v, 'utf8').toString('base64') : undefined)]]
  },
  {
    tf: 'aws_cloudwatch_event_connection',
    cfn: 'AWS::Events::Connection',
    // NEVER the credentials (API key value, password, OAuth client secret), nor the invocation parameters, whose
    // values may be secrets: only who and where. AuthParameters is write-only in the schema besides.
    names: { Name: 'name', AuthParameters: null, SecretArn: 'secret_arn' },
    fields: [
      ['AuthParameters.ApiKeyAuthParameters.ApiKeyName', 'auth_parameters[0].api_key[0].key'],
      ['AuthParameters.BasicAuthParameters.Username', 'auth_parameters[0].basic[0].username'],
      ['AuthParameters.OAuthParameters.AuthorizationEndpoint', 'auth_parameters[0].oauth[0].authorization_endpoint'],
      ['AuthParameters.OAuthParameters.HttpMethod', 'auth_parameters[0].oauth[0].http_method'],
      ['AuthParameters.OAuthParameters.ClientParameters.ClientID', 'auth_parameters[0].oauth[0].client_parameters[0].client_id']
    ]
  },
  { tf: 'aws_cloudwatch_event_api_destination', cfn: 'AWS::Events::ApiDestination', names: { Name: 'name' } },
  {
    tf: 'aws_cloudwatch_event_archive',
    cfn: 'AWS::Events::Archive',
    names: { ArchiveName: 'name', SourceArn: 'event_source_arn' },
    fields: [
      ['EventPattern', 'event_pattern', optionalDocument],
      // 0 is "keep forever", which CloudFormation says by leaving RetentionDays out.
      ['RetentionDays', 'retention_days', (v) => (v === 0 || v === '' ? undefined : toNumber(v))]
    ]
  },
  { tf: 'aws_scheduler_schedule_group', cfn: 'AWS::Scheduler::ScheduleGroup', names: { Name: 'name' } },
  { tf: 'aws_cloudwatch_log_stream', cfn: 'AWS::Logs::LogStream', names: { LogStreamName: 'name' } },
  // Its access policy is aws_cloudwatch_log_destination_policy's, folded in below.
  { tf: 'aws_cloudwatch_log_destination', cfn: 'AWS::Logs::Destination', names: { DestinationName: 'name', DestinationPolicy: null } },
  {
    tf: 'aws_ssm_association',
    cfn: 'AWS::SSM::Association',
    // Parameters are a payload (FREE_FORM_PAYLOADS); the provider's output_location block is CloudFormation's
    // OutputLocation.S3Location.
    names: { OutputLocation: null },
    fields: [
      // One string per parameter in Terraform; a list of strings per parameter in the API and CloudFormation.
      ['Parameters', 'parameters', (v) => (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, Array.isArray(x) ? x : [x]])) : undefined)],
      ['OutputLocation.S3Location.OutputS3BucketName', 'output_location[0].s3_bucket_name', nonEmpty],
      ['OutputLocation.S3Location.OutputS3KeyPrefix', 'output_location[0].s3_key_prefix', nonEmpty],
      ['OutputLocation.S3Location.OutputS3Region', 'output_location[0].s3_region', nonEmpty]
    ]
  },
  { tf: 'aws_ssm_maintenance_window', cfn: 'AWS::SSM::MaintenanceWindow' },
  {
    tf: 'aws_ssm_patch_baseline',
    cfn: 'AWS::SSM::PatchBaseline',
    // Patch groups are aws_ssm_patch_group resources and the default baseline aws_ssm_default_patch_baseline's:
    // not folded in yet. A source's configuration (a repository file, possibly with credentials) is a payload.
    names: { GlobalFilters: null, ApprovalRules: null, Sources: 'source', PatchGroups: null, DefaultBaseline: null },
    fields: [
      ['GlobalFilters', 'global_filter', (v) => (Array.isArray(v) && v.length > 0 ? { PatchFilters: patchFilters(v) } : undefined)],
      ['ApprovalRules', 'approval_rule', (v) => (Array.isArray(v) && v.length > 0 ? { PatchRules: blocks(v).map(patchRule) } : undefined)]
    ],
    defaults: { OperatingSystem: 'WINDOWS' }
  },
  {
    tf: 'aws_ssm_maintenance_window_task',
    cfn: 'AWS::SSM::MaintenanceWindowTask',
    // Parameters, payloads and inputs are payloads (FREE_FORM_PAYLOADS). The provider's parameter blocks ({name,
    // values}) are CloudFormation's objects of name → values. TaskParameters and LoggingInfo are the API's older
    // forms, not Terraform attributes.
    names: {
      TaskParameters: null,
      LoggingInfo: null,
      'TaskInvocationParameters.MaintenanceWindowAutomationParameters': 'automation_parameters',
      'TaskInvocationParameters.MaintenanceWindowAutomationParameters.Parameters': null,
      'TaskInvocationParameters.MaintenanceWindowLambdaParameters': 'lambda_parameters',
      'TaskInvocationParameters.MaintenanceWindowRunCommandParameters': 'run_command_parameters',
      'TaskInvocationParameters.MaintenanceWindowRunCommandParameters.Parameters': null,
      'TaskInvocationParameters.MaintenanceWindowRunCommandParameters.OutputS3BucketName': 'output_s3_bucket',
      'TaskInvocationParameters.MaintenanceWindowRunCommandParameters.CloudWatchOutputConfig': 'cloudwatch_config',
      'TaskInvocationParameters.MaintenanceWindowRunCommandParameters.CloudWatchOutputConfig.CloudWatchLogGroupName': 'cloudwatch_log_group_name',
      'TaskInvocationParameters.MaintenanceWindowRunCommandParameters.CloudWatchOutputConfig.CloudWatchOutputEnabled': 'cloudwatch_output_enabled',
      'TaskInvocationParameters.MaintenanceWindowStepFunctionsParameters': 'step_functions_parameters'
    },
    finish(b) {
      const at = 'TaskInvocationParameters'
      const from = 'task_invocation_parameters[0]'
      b.copy(`${at}.MaintenanceWindowAutomationParameters.Parameters`, `${from}.automation_parameters[0].parameter`, parameterBlocks)
      b.copy(`${at}.MaintenanceWindowRunCommandParameters.Parameters`, `${from}.run_command_parameters[0].parameter`, parameterBlocks)
    }
  },
  // The SFTP connector's user secret is a Secrets Manager id, not the secret.
  { tf: 'aws_transfer_connector', cfn: 'AWS::Transfer::Connector', names: { ServiceManagedEgressIpAddresses: null } },
  { tf: 'aws_transfer_profile', cfn: 'AWS::Transfer::Profile' },
  { tf: 'aws_ssm_maintenance_window_target', cfn: 'AWS::SSM::MaintenanceWindowTarget' },
  { tf: 'aws_ses_receipt_rule_set', cfn: 'AWS::SES::ReceiptRuleSet' },
  {
    tf: 'aws_ses_receipt_filter',
    cfn: 'AWS::SES::ReceiptFilter',
    // The provider flattens the filter into its name, CIDR and policy.
    names: { Filter: null },
    fields: [
      ['Filter.Name', 'name'],
      ['Filter.IpFilter.Cidr', 'cidr'],
      ['Filter.IpFilter.Policy', 'policy']
    ]
  },
  { tf: 'aws_cloudwatch_query_definition', cfn: 'AWS::Logs::QueryDefinition', names: { QueryDefinitionId: 'query_definition_id' } },
  {
    tf: 'aws_cloudwatch_log_account_policy',
    cfn: 'AWS::Logs::AccountPolicy',
    // The account is the provider's, not an attribute.
    finish: (b) => b.set('AccountId', b.account, [])
  },
  {
    tf: 'aws_transfer_user',
    cfn: 'AWS::Transfer::User',
    // Terraform's id ("server/user") is not CloudFormation's; SSH keys are aws_transfer_ssh_key resources, not
    // folded in yet (several add to one list). The session policy stays the string the schema types.
    names: { Id: null, SshPublicKeys: null }
  },
  {
    tf: 'aws_ses_template',
    cfn: 'AWS::SES::Template',
    names: { Id: 'name', Template: null },
    fields: [
      ['Template.TemplateName', 'name'],
      ['Template.SubjectPart', 'subject', nonEmpty],
      ['Template.HtmlPart', 'html', nonEmpty],
      ['Template.TextPart', 'text', nonEmpty]
    ]
  },
  { tf: 'aws_appconfig_application', cfn: 'AWS::AppConfig::Application' },
  { tf: 'aws_appconfig_environment', cfn: 'AWS::AppConfig::Environment', names: { Monitors: 'monitor' } },
  {
    tf: 'aws_appconfig_configuration_profile',
    cfn: 'AWS::AppConfig::ConfigurationProfile',
    names: { Validators: 'validator', KmsKeyArn: null },
    defaults: { Type: 'AWS.Freeform' }
  },
  { tf: 'aws_appconfig_deployment_strategy', cfn: 'AWS::AppConfig::DeploymentStrategy' },
  // The hosted configuration's content is a payload (FREE_FORM_PAYLOADS); Terraform marks it sensitive too.
  { tf: 'aws_appconfig_hosted_configuration_version', cfn: 'AWS::AppConfig::HostedConfigurationVersion', names: { LatestVersionNumber: null } }
]

export const INTEGRATION_COMPANIONS: readonly CompanionSpec[] = [
  {
    // One target of a rule: several targets of one rule each add theirs to its Targets. The input and its template
    // are free-form payloads (marked sensitive by src/secrets.ts).
    tf: 'aws_cloudwatch_event_target',
    parent: { attr: 'rule', types: ['aws_cloudwatch_event_rule'] },
    appendTo: 'Targets',
    fields: [
      ['Id', 'target_id'],
      ['Arn', 'arn'],
      ['RoleArn', 'role_arn', nonEmpty],
      ['Input', 'input', nonEmpty],
      ['InputPath', 'input_path', nonEmpty],
      ['InputTransformer', 'input_transformer', { one: [['InputPathsMap', 'input_paths'], ['InputTemplate', 'input_template']] }],
      ['DeadLetterConfig', 'dead_letter_config', { one: [['Arn', 'arn']] }],
      ['RetryPolicy', 'retry_policy', { one: [['MaximumEventAgeInSeconds', 'maximum_event_age_in_seconds', toNumber], ['MaximumRetryAttempts', 'maximum_retry_attempts', toNumber]] }]
    ]
  },
  {
    // No CloudFormation type of its own: the identity's FeedbackAttributes.
    tf: 'aws_sesv2_email_identity_feedback_attributes',
    parent: { attr: 'email_identity', types: ['aws_sesv2_email_identity'] },
    fields: [['FeedbackAttributes.EmailForwardingEnabled', 'email_forwarding_enabled', toBoolean]]
  },
  {
    tf: 'aws_sesv2_email_identity_mail_from_attributes',
    parent: { attr: 'email_identity', types: ['aws_sesv2_email_identity'] },
    fields: [
      ['MailFromAttributes.BehaviorOnMxFailure', 'behavior_on_mx_failure', nonEmpty],
      ['MailFromAttributes.MailFromDomain', 'mail_from_domain', nonEmpty]
    ]
  },
  {
    // No CloudFormation type of its own: the queue's RedrivePolicy.
    tf: 'aws_sqs_queue_redrive_policy',
    parent: { attr: 'queue_url', types: ['aws_sqs_queue'] },
    fields: [['RedrivePolicy', 'redrive_policy', optionalDocument]]
  },
  {
    tf: 'aws_sqs_queue_redrive_allow_policy',
    parent: { attr: 'queue_url', types: ['aws_sqs_queue'] },
    fields: [['RedriveAllowPolicy', 'redrive_allow_policy', optionalDocument]]
  },
  {
    tf: 'aws_sns_topic_data_protection_policy',
    parent: { attr: 'arn', types: ['aws_sns_topic'] },
    fields: [['DataProtectionPolicy', 'policy', optionalDocument]]
  },
  {
    tf: 'aws_cloudwatch_log_data_protection_policy',
    parent: { attr: 'log_group_name', types: ['aws_cloudwatch_log_group'] },
    fields: [['DataProtectionPolicy', 'policy_document', optionalDocument]]
  },
  {
    // The destination's DestinationPolicy, a string in the schema.
    tf: 'aws_cloudwatch_log_destination_policy',
    parent: { attr: 'destination_name', types: ['aws_cloudwatch_log_destination'] },
    fields: [['DestinationPolicy', 'access_policy', nonEmpty]]
  },
  {
    // AWS::Events::EventBusPolicy holds one statement; the Terraform resource holds the whole policy, which is the
    // bus's Policy.
    tf: 'aws_cloudwatch_event_bus_policy',
    parent: { attr: 'event_bus_name', types: ['aws_cloudwatch_event_bus'] },
    fields: [['Policy', 'policy', optionalDocument]]
  }
]
