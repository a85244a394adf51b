// Containers: ECS clusters, services, task definitions and capacity providers, EKS clusters and what hangs off them,
// ECR repositories (with their policies folded in) and registry settings, Batch job definitions, and Cloud Map
// namespaces and services (ECS service discovery). Each entry writes only what the aws provider (v5) names otherwise
// than the CloudFormation property's snake_case (derived.ts).
import { attr, isUnknownAttr, type ResourceBuilder } from '../builder.js'
import { convertThroughSchema } from '../awscc.js'
import { nonEmpty, parsePolicy, positiveNumber, sortedList, toBoolean, toNumber, type Convert } from '../convert.js'
import type { CompanionSpec, MappingSpec } from '../derived.js'
import { schemaFacts, type PropertyNode } from '../../model/schemas.js'

/**
 * A JSON document of the provider's (container_definitions, a Batch job's container_properties) whose keys are the
 * API's camelCase: parsed, and its keys turned into CloudFormation's PascalCase through the schema's tree at
 * `property` of `cfnType` (maps such as docker labels and log options keep their keys; nulls are not set).
 */
function jsonThroughSchema(cfnType: string, property: string): Convert {
  let tree: PropertyNode | undefined
  return (v) => {
    tree ??= schemaFacts(cfnType)?.properties[property]
    const parsed = parsePolicy(v)
    // A document that is not JSON stays out: never a guess at its shape.
    return parsed !== null && typeof parsed === 'object' ? convertThroughSchema(parsed, tree) : undefined
  }
}

/** A Terraform map → CloudFormation's [{Key, Value}] (selector labels, OIDC required claims), sorted by Key. */
const keyValueList: Convert = (v) => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined
  const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return entries.length > 0 ? entries.map(([Key, Value]) => ({ Key, Value: String(Value) })) : undefined
}

/** A Terraform map → [{Name, Value}] (a task definition's proxy properties), sorted by Name. */
const nameValueList: Convert = (v) => {
  const list = keyValueList(v) as Array<{ Key: string; Value: string }> | undefined
  return list?.map(({ Key, Value }) => ({ Name: Key, Value }))
}

// App Runner's two kinds of source, where the runtime environment sits.
const APP_RUNNER_CODE = 'SourceConfiguration.CodeRepository.CodeConfiguration.CodeConfigurationValues'
const APP_RUNNER_IMAGE = 'SourceConfiguration.ImageRepository.ImageConfiguration'

/** assign_public_ip (a boolean) → "ENABLED" / "DISABLED". */
const enabledText: Convert = (v) => {
  const b = toBoolean(v)
  return b === true ? 'ENABLED' : b === false ? 'DISABLED' : undefined
}

/** A value the provider writes for "not set" that CloudFormation has no word for ("NONE" propagation). */
const unlessNone: Convert = (v) => (v === 'NONE' || v === '' ? undefined : v)

export const CONTAINERS: readonly MappingSpec[] = [
  {
    tf: 'aws_ecs_cluster',
    cfn: 'AWS::ECS::Cluster',
    // Terraform's id is the ARN. Capacity providers are aws_ecs_cluster_capacity_providers (their own type).
    names: {
      ClusterName: 'name',
      ClusterSettings: 'setting',
      'Configuration.ExecuteCommandConfiguration.LogConfiguration.S3EncryptionEnabled': 's3_bucket_encryption_enabled',
      CapacityProviders: null,
      DefaultCapacityProviderStrategy: null
    }
  },
  {
    tf: 'aws_ecs_service',
    cfn: 'AWS::ECS::Service',
    // The provider flattens the deployment configuration and the awsvpc configuration; its id is the ARN.
    names: {
      ServiceArn: 'id',
      ServiceName: 'name',
      Name: 'name',
      Role: 'iam_role',
      LoadBalancers: 'load_balancer',
      'LoadBalancers.LoadBalancerName': 'elb_name',
      PlacementStrategies: 'ordered_placement_strategy',
      ServiceConnectConfiguration: 'service_connect_configuration',
      'ServiceConnectConfiguration.Services': 'service',
      'ServiceConnectConfiguration.Services.ClientAliases': 'client_alias',
      'ServiceConnectConfiguration.LogConfiguration.SecretOptions': 'secret_option',
      VolumeConfigurations: 'volume_configuration',
      'VolumeConfigurations.ManagedEBSVolume': 'managed_ebs_volume',
      'VolumeConfigurations.ManagedEBSVolume.SizeInGiB': 'size_in_gb',
      'VolumeConfigurations.ManagedEBSVolume.TagSpecifications': null
    },
    fields: [
      ['DeploymentConfiguration.MaximumPercent', 'deployment_maximum_percent', toNumber],
      ['DeploymentConfiguration.MinimumHealthyPercent', 'deployment_minimum_healthy_percent', toNumber],
      ['DeploymentConfiguration.DeploymentCircuitBreaker.Enable', 'deployment_circuit_breaker[0].enable', toBoolean],
      ['DeploymentConfiguration.DeploymentCircuitBreaker.Rollback', 'deployment_circuit_breaker[0].rollback', toBoolean],
      ['DeploymentConfiguration.Alarms.AlarmNames', 'alarms[0].alarm_names', sortedList],
      ['DeploymentConfiguration.Alarms.Enable', 'alarms[0].enable', toBoolean],
      ['DeploymentConfiguration.Alarms.Rollback', 'alarms[0].rollback', toBoolean],
      ['NetworkConfiguration.AwsvpcConfiguration.Subnets', 'network_configuration[0].subnets', sortedList],
      ['NetworkConfiguration.AwsvpcConfiguration.SecurityGroups', 'network_configuration[0].security_groups', sortedList],
      ['NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp', 'network_configuration[0].assign_public_ip', enabledText],
      ['PropagateTags', 'propagate_tags', unlessNone],
      ['ServiceRegistries', 'service_registries', {
        many: [
          ['RegistryArn', 'registry_arn', nonEmpty],
          ['Port', 'port', positiveNumber],
          ['ContainerPort', 'container_port', positiveNumber],
          ['ContainerName', 'container_name', nonEmpty]
        ]
      }]
    ],
    defaults: { 'DeploymentController.Type': 'ECS', SchedulingStrategy: 'REPLICA' }
  },
  {
    tf: 'aws_ecs_task_set',
    cfn: 'AWS::ECS::TaskSet',
    // An external deployment's task set: the awsvpc configuration is nested as in the service, assign_public_ip a
    // boolean; the id is "<task set id>,<service>,<cluster>" (the task set's own id is task_set_id).
    // (CloudFormation's load balancers have no classic load balancer name: load_balancer_name is not compared.)
    names: { Id: 'task_set_id', LoadBalancers: 'load_balancer' },
    fields: [
      ['NetworkConfiguration.AwsVpcConfiguration.Subnets', 'network_configuration[0].subnets', sortedList],
      ['NetworkConfiguration.AwsVpcConfiguration.SecurityGroups', 'network_configuration[0].security_groups', sortedList],
      ['NetworkConfiguration.AwsVpcConfiguration.AssignPublicIp', 'network_configuration[0].assign_public_ip', enabledText]
    ]
  },
  {
    tf: 'aws_ecs_task_definition',
    cfn: 'AWS::ECS::TaskDefinition',
    // Terraform's id is the family; container_definitions is the API's JSON (camelCase), converted through the
    // schema. Environment values, commands and entry points are free-form payloads (secrets.ts); secrets are
    // references (valueFrom), not values.
    names: {
      TaskDefinitionArn: 'arn',
      Volumes: 'volume',
      'Volumes.Host': null,
      'Volumes.EFSVolumeConfiguration': 'efs_volume_configuration',
      'Volumes.EFSVolumeConfiguration.FilesystemId': 'file_system_id',
      'Volumes.EFSVolumeConfiguration.AuthorizationConfig.IAM': 'iam',
      'Volumes.FSxWindowsFileServerVolumeConfiguration': 'fsx_windows_file_server_volume_configuration',
      'Volumes.ConfiguredAtLaunch': 'configure_at_launch',
      InferenceAccelerators: 'inference_accelerator',
      'EphemeralStorage.SizeInGiB': 'size_in_gib',
      'ProxyConfiguration.ProxyConfigurationProperties': null
    },
    fields: [['ContainerDefinitions', 'container_definitions', jsonThroughSchema('AWS::ECS::TaskDefinition', 'ContainerDefinitions')]],
    finish(b) {
      // host_path is flattened into the volume; the proxy's properties are a map.
      const volumes = b.tf.values.volume
      if (Array.isArray(volumes)) {
        volumes.forEach((volume: Record<string, unknown>, i) => {
          const path = nonEmpty(volume?.host_path)
          if (typeof path === 'string') b.set(`Volumes[${i}].Host.SourcePath`, path, [`volume[${i}].host_path`])
          // Port 0: not set (AWS picks one when transit encryption is on).
          const efs = (b.properties.Volumes as Array<Record<string, Record<string, unknown> | undefined>> | undefined)?.[i]?.EFSVolumeConfiguration
          if (efs?.TransitEncryptionPort === 0) delete efs.TransitEncryptionPort
        })
      }
      const proxy = Array.isArray(b.tf.values.proxy_configuration) ? (b.tf.values.proxy_configuration[0] as Record<string, unknown> | undefined) : undefined
      if (proxy?.properties) b.set('ProxyConfiguration.ProxyConfigurationProperties', nameValueList(proxy.properties), ['proxy_configuration[0].properties'])
    }
  },
  {
    tf: 'aws_ecs_capacity_provider',
    cfn: 'AWS::ECS::CapacityProvider',
    names: { Name: 'name' }
  },
  {
    tf: 'aws_ecs_cluster_capacity_providers',
    cfn: 'AWS::ECS::ClusterCapacityProviderAssociations',
    names: { Cluster: 'cluster_name' },
    fields: [['CapacityProviders', 'capacity_providers', sortedList]]
  },
  {
    tf: 'aws_eks_cluster',
    cfn: 'AWS::EKS::Cluster',
    // vpc_config is ResourcesVpcConfig (its computed cluster security group a property of the cluster); the
    // certificate, the OIDC issuer and the log types are nested otherwise in Terraform.
    names: {
      Name: 'name',
      Id: 'cluster_id',
      ResourcesVpcConfig: 'vpc_config',
      EncryptionConfigKeyArn: null,
      CertificateAuthorityData: null,
      ClusterSecurityGroupId: null,
      OpenIdConnectIssuerUrl: null
    },
    fields: [
      ['Logging.ClusterLogging.EnabledTypes', 'enabled_cluster_log_types', (v) => {
        if (!Array.isArray(v) || v.length === 0) return undefined
        return [...v].sort().map((type) => ({ Type: type }))
      }]
    ],
    finish(b) {
      b.copy('ClusterSecurityGroupId', 'vpc_config[0].cluster_security_group_id', nonEmpty)
      b.copy('CertificateAuthorityData', 'certificate_authority[0].data', nonEmpty)
      b.copy('OpenIdConnectIssuerUrl', 'identity[0].oidc[0].issuer', nonEmpty)
      b.copy('EncryptionConfigKeyArn', 'encryption_config[0].provider[0].key_arn', nonEmpty)
    }
  },
  {
    tf: 'aws_eks_node_group',
    cfn: 'AWS::EKS::Nodegroup',
    // force_update_version is an update-time switch, not state.
    names: {
      NodegroupName: 'node_group_name',
      NodeRole: 'node_role_arn',
      Subnets: 'subnet_ids',
      Taints: 'taint',
      'RemoteAccess.SourceSecurityGroups': 'source_security_group_ids',
      ForceUpdateEnabled: null,
      Id: null
    },
    fields: [
      ['Subnets', 'subnet_ids', sortedList],
      ['UpdateConfig', 'update_config', {
        one: [
          ['MaxUnavailable', 'max_unavailable', positiveNumber],
          ['MaxUnavailablePercentage', 'max_unavailable_percentage', positiveNumber]
        ]
      }]
    ],
    finish: nodegroupId
  },
  {
    tf: 'aws_eks_fargate_profile',
    cfn: 'AWS::EKS::FargateProfile',
    names: { Subnets: 'subnet_ids' },
    fields: [
      ['Subnets', 'subnet_ids', sortedList],
      ['Selectors', 'selector', { many: [['Namespace', 'namespace'], ['Labels', 'labels', keyValueList]] }]
    ]
  },
  {
    tf: 'aws_eks_addon',
    cfn: 'AWS::EKS::Addon',
    // How conflicts are resolved is an apply-time choice (resolve_conflicts_on_create/_update), not state;
    // configuration_values is a free-form payload (secrets.ts).
    names: { PreserveOnDelete: 'preserve', PodIdentityAssociations: 'pod_identity_association', ResolveConflicts: null }
  },
  {
    tf: 'aws_eks_access_entry',
    cfn: 'AWS::EKS::AccessEntry',
    // Access policies are aws_eks_access_policy_association resources (not compared yet).
    names: { Username: 'user_name', AccessPolicies: null },
    fields: [['KubernetesGroups', 'kubernetes_groups', sortedList]],
    defaults: { Type: 'STANDARD' }
  },
  {
    tf: 'aws_eks_identity_provider_config',
    cfn: 'AWS::EKS::IdentityProviderConfig',
    // The configuration's name is inside the oidc block.
    names: { IdentityProviderConfigArn: 'arn', IdentityProviderConfigName: null, Type: null },
    fields: [
      ['IdentityProviderConfigName', 'oidc[0].identity_provider_config_name'],
      ['Oidc', 'oidc', {
        one: [
          ['ClientId', 'client_id'],
          ['GroupsClaim', 'groups_claim', nonEmpty],
          ['GroupsPrefix', 'groups_prefix', nonEmpty],
          ['IssuerUrl', 'issuer_url'],
          ['RequiredClaims', 'required_claims', keyValueList],
          ['UsernameClaim', 'username_claim', nonEmpty],
          ['UsernamePrefix', 'username_prefix', nonEmpty]
        ]
      }]
    ],
    finish(b) {
      // Only OIDC providers exist.
      if (b.properties.Oidc !== undefined) b.properties.Type = 'oidc'
    }
  },
  { tf: 'aws_eks_pod_identity_association', cfn: 'AWS::EKS::PodIdentityAssociation', names: { AssociationArn: 'association_arn' } },
  {
    tf: 'aws_ecr_repository',
    cfn: 'AWS::ECR::Repository',
    // The repository and lifecycle policies are resources of their own, folded in (ECR_COMPANIONS).
    names: {
      RepositoryName: 'name',
      RepositoryUri: 'repository_url',
      EmptyOnDelete: null,
      LifecyclePolicy: null,
      RepositoryPolicyText: null
    },
    // Without an encryption_configuration block AWS encrypts with AES256; without scanning configuration,
    // nothing is scanned on push; tags can be overwritten.
    defaults: { 'EncryptionConfiguration.EncryptionType': 'AES256', 'ImageScanningConfiguration.ScanOnPush': false, ImageTagMutability: 'MUTABLE' }
  },
  {
    tf: 'aws_ecrpublic_repository',
    cfn: 'AWS::ECR::PublicRepository',
    // The catalog data (descriptions, logo) is not compared; the policy is aws_ecrpublic_repository_policy, folded in.
    names: { RepositoryCatalogData: null, RepositoryPolicyText: null }
  },
  { tf: 'aws_ecr_registry_policy', cfn: 'AWS::ECR::RegistryPolicy', names: { PolicyText: 'policy' } },
  {
    tf: 'aws_ecr_replication_configuration',
    cfn: 'AWS::ECR::ReplicationConfiguration',
    names: {
      'ReplicationConfiguration.Rules': 'rule',
      'ReplicationConfiguration.Rules.Destinations': 'destination',
      'ReplicationConfiguration.Rules.RepositoryFilters': 'repository_filter'
    }
  },
  {
    tf: 'aws_ecr_pull_through_cache_rule',
    cfn: 'AWS::ECR::PullThroughCacheRule',
    // upstream_registry is newer than the shipped schema's UpstreamRegistry (the same value, when set).
    names: {}
  },
  {
    tf: 'aws_ecr_repository_creation_template',
    cfn: 'AWS::ECR::RepositoryCreationTemplate',
    // The policies are JSON strings in CloudFormation too; the tags a map in Terraform.
    names: { ResourceTags: null, CreatedAt: null, UpdatedAt: null },
    fields: [['ResourceTags', 'resource_tags', keyValueList], ['AppliedFor', 'applied_for', sortedList]],
    defaults: { 'EncryptionConfiguration.EncryptionType': 'AES256', ImageTagMutability: 'MUTABLE' }
  },
  {
    tf: 'aws_apprunner_service',
    cfn: 'AWS::AppRunner::Service',
    // Runtime environment variables and secrets are maps in Terraform and Name/Value lists in CloudFormation; the
    // variables' values are free-form payloads (secrets.ts), the secrets' values references (ARNs).
    names: {
      [`${APP_RUNNER_CODE}.RuntimeEnvironmentVariables`]: null,
      [`${APP_RUNNER_CODE}.RuntimeEnvironmentSecrets`]: null,
      [`${APP_RUNNER_IMAGE}.RuntimeEnvironmentVariables`]: null,
      [`${APP_RUNNER_IMAGE}.RuntimeEnvironmentSecrets`]: null
    },
    finish(b) {
      const code = 'source_configuration[0].code_repository[0].code_configuration[0].code_configuration_values[0]'
      const image = 'source_configuration[0].image_repository[0].image_configuration[0]'
      for (const [property, attribute] of [[APP_RUNNER_CODE, code], [APP_RUNNER_IMAGE, image]] as const) {
        for (const [name, map] of [['RuntimeEnvironmentVariables', 'runtime_environment_variables'], ['RuntimeEnvironmentSecrets', 'runtime_environment_secrets']] as const) {
          const source = `${attribute}.${map}`
          const value = nameValueList(attr(b.tf, source))
          // Only under a block Terraform has: a list alone would make the block appear.
          if (value !== undefined || isUnknownAttr(b.tf, source)) b.set(`${property}.${name}`, value, [source])
        }
      }
    }
  },
  {
    tf: 'aws_lightsail_container_service',
    cfn: 'AWS::Lightsail::Container',
    // Deployments are aws_lightsail_container_service_deployment_version resources (not compared); the public
    // domain names are certificate blocks inside one public_domain_names block.
    names: { ServiceName: 'name', ContainerArn: 'arn', ContainerServiceDeployment: null, PublicDomainNames: null },
    fields: [
      ['PublicDomainNames', 'public_domain_names[0].certificate', {
        many: [['CertificateName', 'certificate_name'], ['DomainNames', 'domain_names', sortedList]]
      }]
    ]
  },
  {
    tf: 'aws_batch_job_definition',
    cfn: 'AWS::Batch::JobDefinition',
    // container_properties, node_properties and ecs_properties are the API's JSON (camelCase), converted through
    // the schema; their environment values and commands, and the parameters, are free-form payloads (secrets.ts).
    names: {
      Id: 'arn',
      JobDefinitionName: 'name',
      'RetryStrategy.EvaluateOnExit': 'evaluate_on_exit',
      'EksProperties.PodProperties.ImagePullSecrets': 'image_pull_secret',
      'EksProperties.PodProperties.Containers.SecurityContext.ReadOnlyRootFilesystem': 'read_only_root_file_system'
    },
    fields: [
      ['ContainerProperties', 'container_properties', jsonThroughSchema('AWS::Batch::JobDefinition', 'ContainerProperties')],
      ['NodeProperties', 'node_properties', jsonThroughSchema('AWS::Batch::JobDefinition', 'NodeProperties')],
      ['EcsProperties', 'ecs_properties', jsonThroughSchema('AWS::Batch::JobDefinition', 'EcsProperties')],
      ['SchedulingPriority', 'scheduling_priority', positiveNumber]
    ]
  },
  {
    tf: 'aws_service_discovery_private_dns_namespace',
    cfn: 'AWS::ServiceDiscovery::PrivateDnsNamespace',
    // The SOA TTL (Properties) is not in the provider.
    names: { Vpc: 'vpc', HostedZoneId: 'hosted_zone', Properties: null }
  },
  {
    tf: 'aws_service_discovery_public_dns_namespace',
    cfn: 'AWS::ServiceDiscovery::PublicDnsNamespace',
    names: { HostedZoneId: 'hosted_zone', Properties: null }
  },
  { tf: 'aws_service_discovery_http_namespace', cfn: 'AWS::ServiceDiscovery::HttpNamespace' },
  {
    tf: 'aws_service_discovery_service',
    cfn: 'AWS::ServiceDiscovery::Service',
    // The service's namespace is namespace_id, or dns_config's for a DNS service.
    names: { 'DnsConfig.DnsRecords': 'dns_records' },
    finish(b) {
      if (b.properties.NamespaceId === undefined) {
        const dns = b.properties.DnsConfig as Record<string, unknown> | undefined
        if (typeof dns?.NamespaceId === 'string') b.properties.NamespaceId = dns.NamespaceId
      }
    }
  }
]

/**
 * CloudFormation's node group id is the cluster and node group names joined by '/' (Terraform's joins them by ':'),
 * as its Ref returns it (aws/aws-cdk#22442: "mycluster/mynodegroup").
 */
function nodegroupId(b: ResourceBuilder): void {
  const cluster = nonEmpty(b.tf.values.cluster_name)
  const name = nonEmpty(b.tf.values.node_group_name)
  if (typeof cluster === 'string' && typeof name === 'string') b.set('Id', `${cluster}/${name}`, ['cluster_name', 'node_group_name'])
  else b.record('Id', 'node_group_name')
}

export const CONTAINER_COMPANIONS: readonly CompanionSpec[] = [
  {
    // No CloudFormation type of its own: the policy is the public repository's RepositoryPolicyText.
    tf: 'aws_ecrpublic_repository_policy',
    parent: { attr: 'repository_name', types: ['aws_ecrpublic_repository'] },
    fields: [['RepositoryPolicyText', 'policy', parsePolicy]]
  },
  {
    // No CloudFormation type of its own: the policy is the repository's RepositoryPolicyText.
    tf: 'aws_ecr_repository_policy',
    parent: { attr: 'repository', types: ['aws_ecr_repository'] },
    fields: [['RepositoryPolicyText', 'policy', parsePolicy]]
  },
  {
    // The lifecycle policy is the repository's LifecyclePolicy (its text a JSON string in CloudFormation too).
    tf: 'aws_ecr_lifecycle_policy',
    parent: { attr: 'repository', types: ['aws_ecr_repository'] },
    fields: [
      ['LifecyclePolicy.LifecyclePolicyText', 'policy', nonEmpty],
      ['LifecyclePolicy.RegistryId', 'registry_id', nonEmpty]
    ]
  }
]
