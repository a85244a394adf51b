// Developer tools: CodeBuild projects, CodePipeline pipelines, CodeCommit repositories, CodeArtifact domains and
// repositories (their permissions policies folded in), Amplify apps. Each entry writes only what the aws provider
// names otherwise than the CloudFormation property's snake_case (derived.ts).
import { attr, type ResourceBuilder } from '../builder.js'
import { nonEmpty, optionalDocument, toBoolean, toNumber, type Convert, type Field } from '../convert.js'
import type { CompanionSpec, MappingSpec } from '../derived.js'

function objects(v: unknown): Array<Record<string, unknown>> {
  return Array.isArray(v) ? v.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object') : []
}

/** Artifact names (a list of strings in Terraform) → CloudFormation's [{ Name }]. */
const artifactNames: Convert = (v) => (Array.isArray(v) && v.length > 0 ? v.map((Name) => ({ Name })) : undefined)

/** A map of names to values (Terraform) → CloudFormation's [{ Name, Value }], sorted by name. */
const nameValueList: Convert = (v) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined
  const names = Object.keys(v).sort()
  return names.length > 0 ? names.map((Name) => ({ Name, Value: String((v as Record<string, unknown>)[Name] ?? '') })) : undefined
}

/** A pipeline action: its type's four parts are flat in Terraform; artifacts are lists of names. */
const PIPELINE_ACTION: readonly Field[] = [
  ['Name', 'name'],
  ['ActionTypeId.Category', 'category'],
  ['ActionTypeId.Owner', 'owner'],
  ['ActionTypeId.Provider', 'provider'],
  ['ActionTypeId.Version', 'version'],
  ['Configuration', 'configuration'],
  ['InputArtifacts', 'input_artifacts', artifactNames],
  ['OutputArtifacts', 'output_artifacts', artifactNames],
  ['Namespace', 'namespace', nonEmpty],
  ['Region', 'region', nonEmpty],
  ['RoleArn', 'role_arn', nonEmpty],
  ['RunOrder', 'run_order', toNumber],
  ['TimeoutInMinutes', 'timeout_in_minutes', (v) => (v === 0 ? undefined : toNumber(v))]
]

/** An artifact store block → CloudFormation's ArtifactStore object. */
function artifactStore(store: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { Location: store.location, Type: store.type }
  const key = objects(store.encryption_key)[0]
  if (key) out.EncryptionKey = { Id: key.id, Type: key.type }
  return out
}

/**
 * One artifact store without a Region is CloudFormation's ArtifactStore; a cross-Region pipeline's stores (each with
 * its Region) are ArtifactStores.
 */
function pipelineArtifactStores(b: ResourceBuilder): void {
  const stores = objects(attr(b.tf, 'artifact_store'))
  if (stores.length === 1 && (stores[0].region === undefined || stores[0].region === null || stores[0].region === '')) {
    b.set('ArtifactStore', artifactStore(stores[0]), ['artifact_store'])
  } else if (stores.length > 0) {
    b.set('ArtifactStores', stores.map((s) => ({ Region: s.region, ArtifactStore: artifactStore(s) })), ['artifact_store'])
  } else {
    b.record('ArtifactStore', 'artifact_store')
  }
}

export const DEVTOOLS: readonly MappingSpec[] = [
  {
    tf: 'aws_codebuild_project',
    cfn: 'AWS::CodeBuild::Project',
    // Environment variable values and build specs are payloads (FREE_FORM_PAYLOADS); webhooks (Triggers) are
    // aws_codebuild_webhook's. CloudFormation's Id is the project's name (what Ref gives); Terraform's id is its ARN.
    names: {
      Id: 'name',
      TimeoutInMinutes: 'build_timeout',
      QueuedTimeoutInMinutes: 'queued_timeout',
      Visibility: 'project_visibility',
      'Environment.EnvironmentVariables': 'environment_variable',
      'LogsConfig.CloudWatchLogs': 'cloudwatch_logs',
      'Source.BuildSpec': 'buildspec',
      'SecondarySources.BuildSpec': 'buildspec',
      SecondarySourceVersions: 'secondary_source_version',
      'Source.Auth': null,
      'SecondarySources.Auth': null,
      Triggers: null
    },
    // 0 is the provider's "no limit", which CloudFormation says by leaving ConcurrentBuildLimit out.
    fields: [['ConcurrentBuildLimit', 'concurrent_build_limit', (v) => (v === 0 || v === '' ? undefined : toNumber(v))]],
    defaults: { 'Environment.PrivilegedMode': false }
  },
  {
    tf: 'aws_codepipeline',
    cfn: 'AWS::CodePipeline::Pipeline',
    // Stage conditions (before_entry, on_success, on_failure) are not compared yet; action configurations are
    // payloads (FREE_FORM_PAYLOADS).
    names: { Name: 'name', Triggers: 'trigger', Variables: 'variable', ArtifactStore: null, ArtifactStores: null, DisableInboundStageTransitions: null, RestartExecutionOnUpdate: null, Version: null },
    fields: [['Stages', 'stage', { many: [['Name', 'name'], ['Actions', 'action', { many: PIPELINE_ACTION }]] }]],
    finish: pipelineArtifactStores
  },
  {
    tf: 'aws_codecommit_repository',
    cfn: 'AWS::CodeCommit::Repository',
    // CloudFormation's Id is the repository id (what Ref gives); triggers are aws_codecommit_trigger's.
    names: { Id: 'repository_id', Name: 'repository_name', RepositoryDescription: 'description', Code: null, Triggers: null }
  },
  {
    tf: 'aws_codeartifact_domain',
    cfn: 'AWS::CodeArtifact::Domain',
    names: { DomainName: 'domain', Name: 'domain', PermissionsPolicyDocument: null }
  },
  {
    tf: 'aws_codeartifact_repository',
    cfn: 'AWS::CodeArtifact::Repository',
    names: { RepositoryName: 'repository', Name: 'repository', DomainName: 'domain', PermissionsPolicyDocument: null },
    fields: [
      ['Upstreams', 'upstream', (v) => (Array.isArray(v) && v.length > 0 ? objects(v).map((u) => u.repository_name) : undefined)],
      ['ExternalConnections', 'external_connections', (v) => (Array.isArray(v) && v.length > 0 ? objects(v).map((c) => c.external_connection_name) : undefined)]
    ]
  },
  {
    tf: 'aws_amplify_app',
    cfn: 'AWS::Amplify::App',
    // NEVER the tokens: access_token and oauth_token reach the repository, basic_auth_credentials is a password.
    // The auto-branch-creation settings are spread over several attributes: not compared yet.
    names: {
      Arn: 'arn',
      AppId: 'id',
      AppName: 'name',
      IAMServiceRole: 'iam_service_role_arn',
      CustomRules: 'custom_rule',
      AccessToken: null,
      OauthToken: null,
      BasicAuthConfig: null,
      AutoBranchCreationConfig: null
    },
    fields: [
      ['EnvironmentVariables', 'environment_variables', nameValueList],
      ['BasicAuthConfig.EnableBasicAuth', 'enable_basic_auth', toBoolean]
    ]
  },
  { tf: 'aws_codestarconnections_connection', cfn: 'AWS::CodeStarConnections::Connection', names: { ConnectionName: 'name' } },
  { tf: 'aws_codedeploy_app', cfn: 'AWS::CodeDeploy::Application', names: { ApplicationName: 'name' }, defaults: { ComputePlatform: 'Server' } },
  {
    tf: 'aws_codedeploy_deployment_config',
    cfn: 'AWS::CodeDeploy::DeploymentConfig',
    names: {
      DeploymentConfigName: 'deployment_config_name',
      'TrafficRoutingConfig.TimeBasedCanary.CanaryInterval': 'interval',
      'TrafficRoutingConfig.TimeBasedCanary.CanaryPercentage': 'percentage',
      'TrafficRoutingConfig.TimeBasedLinear.LinearInterval': 'interval',
      'TrafficRoutingConfig.TimeBasedLinear.LinearPercentage': 'percentage'
    }
  },
  {
    tf: 'aws_codedeploy_deployment_group',
    cfn: 'AWS::CodeDeploy::DeploymentGroup',
    // CloudFormation's Id is the group's name (what Ref gives); Terraform's id is the group's generated id. The
    // on-premises tag sets and a first Deployment have no Terraform attribute here.
    names: {
      Id: 'deployment_group_name',
      ApplicationName: 'app_name',
      AlarmConfiguration: null,
      AutoScalingGroups: 'autoscaling_groups',
      BlueGreenDeploymentConfiguration: 'blue_green_deployment_config',
      ECSServices: 'ecs_service',
      Ec2TagFilters: 'ec2_tag_filter',
      Ec2TagSet: null,
      'LoadBalancerInfo.ElbInfoList': 'elb_info',
      'LoadBalancerInfo.TargetGroupInfoList': 'target_group_info',
      'LoadBalancerInfo.TargetGroupPairInfoList': 'target_group_pair_info',
      'LoadBalancerInfo.TargetGroupPairInfoList.TargetGroups': 'target_group',
      OnPremisesInstanceTagFilters: 'on_premises_instance_tag_filter',
      OnPremisesTagSet: null,
      TriggerConfigurations: 'trigger_configuration',
      Deployment: null
    },
    fields: [
      [
        'AlarmConfiguration',
        'alarm_configuration',
        {
          one: [
            ['Alarms', 'alarms', (v) => (Array.isArray(v) && v.length > 0 ? v.map((Name) => ({ Name })) : undefined)],
            ['Enabled', 'enabled', toBoolean],
            ['IgnorePollAlarmFailure', 'ignore_poll_alarm_failure', toBoolean]
          ]
        }
      ],
      [
        'Ec2TagSet',
        'ec2_tag_set',
        (v) =>
          Array.isArray(v) && v.length > 0
            ? { Ec2TagSetList: objects(v).map((set) => ({ Ec2TagGroup: objects(set.ec2_tag_filter).map((f) => ({ Key: f.key, Type: f.type, Value: f.value })) })) }
            : undefined
      ]
    ],
    defaults: { DeploymentConfigName: 'CodeDeployDefault.OneAtATime' }
  },
  { tf: 'aws_codebuild_report_group', cfn: 'AWS::CodeBuild::ReportGroup', names: { 'ExportConfig.ExportConfigType': 'type' } },
  {
    tf: 'aws_codebuild_source_credential',
    cfn: 'AWS::CodeBuild::SourceCredential',
    // NEVER the token (a personal access token or password): the schema does not mark it write-only.
    names: { Token: null, Username: 'user_name' }
  },
  {
    tf: 'aws_codepipeline_webhook',
    cfn: 'AWS::CodePipeline::Webhook',
    // NEVER the shared secret token (the schema does not mark it write-only), nor the URL, whose query carries the
    // token that lets anyone trigger the pipeline. Terraform's id is the webhook's ARN, not CloudFormation's Id.
    names: { Id: null, Url: null, Filters: 'filter', 'AuthenticationConfiguration.SecretToken': null, RegisterWithThirdParty: null, TargetPipelineVersion: null }
  },
  {
    tf: 'aws_codestarnotifications_notification_rule',
    cfn: 'AWS::CodeStarNotifications::NotificationRule',
    names: { Targets: 'target', 'Targets.TargetAddress': 'address', 'Targets.TargetType': 'type', EventTypeId: null, TargetAddress: null, CreatedBy: null },
    defaults: { Status: 'ENABLED' }
  },
  {
    tf: 'aws_amplify_branch',
    cfn: 'AWS::Amplify::Branch',
    // NEVER basic_auth_credentials (a password). Terraform's id is "app/branch"; the ARN identifies the branch.
    names: { Arn: 'arn', BasicAuthConfig: null, Backend: null },
    fields: [
      ['EnvironmentVariables', 'environment_variables', nameValueList],
      ['BasicAuthConfig.EnableBasicAuth', 'enable_basic_auth', toBoolean]
    ]
  },
  {
    tf: 'aws_amplify_domain_association',
    cfn: 'AWS::Amplify::Domain',
    names: {
      Arn: 'arn',
      SubDomainSettings: 'sub_domain',
      'CertificateSettings.CertificateType': 'type',
      CertificateRecord: 'certificate_verification_dns_record',
      Certificate: null
    }
  }
]

export const DEVTOOLS_COMPANIONS: readonly CompanionSpec[] = [
  {
    // No CloudFormation type of its own: the project's Triggers (a webhook and its filter groups).
    tf: 'aws_codebuild_webhook',
    parent: { attr: 'project_name', types: ['aws_codebuild_project'] },
    fields: [
      ['Triggers.Webhook', 'project_name', (v) => (typeof v === 'string' && v !== '' ? true : undefined)],
      ['Triggers.BuildType', 'build_type', nonEmpty],
      [
        'Triggers.FilterGroups',
        'filter_group',
        (v) =>
          Array.isArray(v) && v.length > 0
            ? objects(v).map((group) =>
                objects(group.filter).map((f) => ({
                  Type: f.type,
                  Pattern: f.pattern,
                  ...(typeof f.exclude_matched_pattern === 'boolean' ? { ExcludeMatchedPattern: f.exclude_matched_pattern } : {})
                }))
              )
            : undefined
      ]
    ]
  },
  {
    // No CloudFormation type of its own: the domain's PermissionsPolicyDocument.
    tf: 'aws_codeartifact_domain_permissions_policy',
    parent: { attr: 'domain', types: ['aws_codeartifact_domain'] },
    fields: [['PermissionsPolicyDocument', 'policy_document', optionalDocument]]
  },
  {
    // No CloudFormation type of its own: the repository's PermissionsPolicyDocument.
    tf: 'aws_codeartifact_repository_permissions_policy',
    parent: { attr: 'repository', types: ['aws_codeartifact_repository'] },
    fields: [['PermissionsPolicyDocument', 'policy_document', optionalDocument]]
  }
]
