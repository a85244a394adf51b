// EC2 compute beyond the instance itself (aws_instance is hand-written: aws/instance.ts): launch templates and
// configurations, Auto Scaling groups and their policies, schedules and hooks, EC2 Fleets, Application Auto Scaling,
// network interfaces and their attachments, Elastic IP associations, key pairs, placement groups, Dedicated Hosts,
// capacity reservations, Instance Connect endpoints, instance profiles, Batch compute environments, queues and
// scheduling policies, Elastic Beanstalk, Global Accelerator and Lightsail. Each entry writes only what the aws provider (v5) names otherwise
// than the CloudFormation property's snake_case (derived.ts).
import type { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, optionalBoolean, positiveNumber, positiveNumberText, sortedList, tagList, toBoolean, toNumber, type Convert, type Field } from '../convert.js'
import type { MappingSpec } from '../derived.js'

// Launch templates' EBS and network-interface flags are strings in the provider ("true", "false", or "" for "not
// set"): optionalBoolean keeps an unset flag distinguishable from false.

/** A number where the provider writes -1 for "leave unchanged" (aws_autoscaling_schedule's capacities). */
const unlessMinusOne: Convert = (v) => {
  const n = toNumber(v)
  return n === -1 || n === '' ? undefined : n
}

/** A list of strings → CloudFormation's list of one-key objects (ipv6_addresses → [{Ipv6Address}]). */
function objectsOf(key: string): Convert {
  return (v) => {
    if (!Array.isArray(v)) return undefined
    const out = v.filter((item) => typeof item === 'string' && item !== '').sort().map((item) => ({ [key]: item }))
    return out.length > 0 ? out : undefined
  }
}

/** Terraform's {resource_type, tags} blocks → [{ResourceType, Tags: [{Key, Value}]}]. */
const tagSpecifications: Convert = (v) => {
  if (!Array.isArray(v)) return undefined
  const out = v
    .filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object')
    .map((item) => ({ ResourceType: nonEmpty(item.resource_type), Tags: tagList(item.tags) }))
  return out.length > 0 ? out : undefined
}

/**
 * Tags of a resource that CloudFormation tags through TagSpecifications (launch templates, capacity reservations):
 * one specification of `resourceType` with the resource's tags, unknown while tags_all is.
 */
function ownTagSpecification(b: ResourceBuilder, resourceType: string): void {
  copyTags(b, 'TagSpecifications[0].Tags')
  const specs = b.properties.TagSpecifications
  if (Array.isArray(specs) && specs[0] && typeof specs[0] === 'object') (specs[0] as Record<string, unknown>).ResourceType = resourceType
}

const LAUNCH_TEMPLATE_EBS: readonly Field[] = [
  ['DeleteOnTermination', 'delete_on_termination', optionalBoolean],
  ['Encrypted', 'encrypted', optionalBoolean],
  ['Iops', 'iops', positiveNumber],
  ['KmsKeyId', 'kms_key_id', nonEmpty],
  ['SnapshotId', 'snapshot_id', nonEmpty],
  ['Throughput', 'throughput', positiveNumber],
  ['VolumeSize', 'volume_size', positiveNumber],
  ['VolumeType', 'volume_type', nonEmpty]
]

/** LaunchTemplateData's properties the provider keeps otherwise than derivation reads them (string booleans, lists of strings). */
const LAUNCH_TEMPLATE_DATA: readonly Field[] = [
  ['BlockDeviceMappings', 'block_device_mappings', {
    many: [
      ['DeviceName', 'device_name', nonEmpty],
      ['Ebs', 'ebs', { one: LAUNCH_TEMPLATE_EBS }],
      ['NoDevice', 'no_device', nonEmpty],
      ['VirtualName', 'virtual_name', nonEmpty]
    ]
  }],
  ['EbsOptimized', 'ebs_optimized', optionalBoolean],
  ['NetworkInterfaces', 'network_interfaces', {
    many: [
      ['AssociateCarrierIpAddress', 'associate_carrier_ip_address', optionalBoolean],
      ['AssociatePublicIpAddress', 'associate_public_ip_address', optionalBoolean],
      ['ConnectionTrackingSpecification', 'connection_tracking_specification', {
        one: [
          ['TcpEstablishedTimeout', 'tcp_established_timeout', positiveNumber],
          ['UdpStreamTimeout', 'udp_stream_timeout', positiveNumber],
          ['UdpTimeout', 'udp_timeout', positiveNumber]
        ]
      }],
      ['DeleteOnTermination', 'delete_on_termination', optionalBoolean],
      ['Description', 'description', nonEmpty],
      ['DeviceIndex', 'device_index', toNumber],
      ['EnaSrdSpecification', 'ena_srd_specification', {
        one: [
          ['EnaSrdEnabled', 'ena_srd_enabled', toBoolean],
          ['EnaSrdUdpSpecification', 'ena_srd_udp_specification', { one: [['EnaSrdUdpEnabled', 'ena_srd_udp_enabled', toBoolean]] }]
        ]
      }],
      ['Groups', 'security_groups', sortedList],
      ['InterfaceType', 'interface_type', nonEmpty],
      ['Ipv4PrefixCount', 'ipv4_prefix_count', positiveNumber],
      ['Ipv4Prefixes', 'ipv4_prefixes', objectsOf('Ipv4Prefix')],
      ['Ipv6AddressCount', 'ipv6_address_count', positiveNumber],
      ['Ipv6Addresses', 'ipv6_addresses', objectsOf('Ipv6Address')],
      ['Ipv6PrefixCount', 'ipv6_prefix_count', positiveNumber],
      ['Ipv6Prefixes', 'ipv6_prefixes', objectsOf('Ipv6Prefix')],
      ['NetworkCardIndex', 'network_card_index', toNumber],
      ['NetworkInterfaceId', 'network_interface_id', nonEmpty],
      ['PrimaryIpv6', 'primary_ipv6', optionalBoolean],
      ['PrivateIpAddress', 'private_ip_address', nonEmpty],
      // ipv4_addresses (secondary addresses, without CloudFormation's Primary flag) is not compared.
      ['SecondaryPrivateIpAddressCount', 'ipv4_address_count', positiveNumber],
      ['SubnetId', 'subnet_id', nonEmpty]
    ]
  }],
  ['TagSpecifications', 'tag_specifications', tagSpecifications]
]

/** Block devices of a launch configuration: the root device first (it has no device name in Terraform), then EBS, then instance store. */
function launchConfigurationBlockDevices(b: ResourceBuilder): void {
  const ebs: readonly Field[] = [
    ['DeleteOnTermination', 'delete_on_termination', toBoolean],
    ['Encrypted', 'encrypted', toBoolean],
    ['Iops', 'iops', positiveNumber],
    ['SnapshotId', 'snapshot_id', nonEmpty],
    ['Throughput', 'throughput', positiveNumber],
    ['VolumeSize', 'volume_size', positiveNumber],
    ['VolumeType', 'volume_type', nonEmpty]
  ]
  let n = 0
  for (const kind of ['root_block_device', 'ebs_block_device', 'ephemeral_block_device'] as const) {
    const list = b.tf.values[kind]
    if (!Array.isArray(list)) {
      b.record('BlockDeviceMappings', kind, false)
      continue
    }
    for (let i = 0; i < list.length; i++, n++) {
      const base = `BlockDeviceMappings[${n}]`
      copyFields(b, [['DeviceName', 'device_name', nonEmpty], ['VirtualName', 'virtual_name', nonEmpty]], base, `${kind}[${i}]`)
      if (kind === 'ephemeral_block_device') continue
      copyFields(b, [['NoDevice', 'no_device', toBoolean]], base, `${kind}[${i}]`)
      copyFields(b, ebs, `${base}.Ebs`, `${kind}[${i}]`)
    }
  }
}

/** enabled_metrics and metrics_granularity → CloudFormation's one MetricsCollection entry. */
function metricsCollection(b: ResourceBuilder): void {
  const metrics = b.tf.values.enabled_metrics
  if (!Array.isArray(metrics) || metrics.length === 0) return
  b.set('MetricsCollection[0].Metrics', [...metrics].sort(), ['enabled_metrics'])
  b.set('MetricsCollection[0].Granularity', nonEmpty(b.tf.values.metrics_granularity) ?? '1Minute', ['metrics_granularity'])
}

/**
 * Instance requirements as the provider states them: 0 for a bound or percentage not given, [] for a list not
 * given. Those are left out, as AWS leaves them (a Max of 0 would read as "none allowed").
 */
function cleanInstanceRequirements(requirements: unknown): void {
  if (!requirements || typeof requirements !== 'object') return
  const object = requirements as Record<string, unknown>
  for (const key of Object.keys(object)) {
    const value = object[key]
    if (value === 0 || (Array.isArray(value) && value.length === 0)) delete object[key]
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      cleanInstanceRequirements(value)
      if (Object.keys(value).length === 0) delete object[key]
    }
  }
}

/** InstanceRequirements' names the provider spells otherwise (MiB, GiB and vCPU as words of their own). */
function instanceRequirementsNames(prefix: string): Record<string, string> {
  return {
    [`${prefix}.AcceleratorTotalMemoryMiB`]: 'accelerator_total_memory_mib',
    [`${prefix}.MemoryGiBPerVCpu`]: 'memory_gib_per_vcpu',
    [`${prefix}.MemoryMiB`]: 'memory_mib',
    [`${prefix}.VCpuCount`]: 'vcpu_count'
  }
}

/** The target tracking names the provider spells otherwise (metric_dimension blocks). */
const TARGET_TRACKING_DIMENSIONS = 'metric_dimension'

export const COMPUTE: readonly MappingSpec[] = [
  {
    tf: 'aws_launch_template',
    cfn: 'AWS::EC2::LaunchTemplate',
    // The provider puts LaunchTemplateData's attributes at the resource's top level. Its description is the
    // version's; its tags are the template's own (a 'launch-template' tag specification), while tag_specifications
    // are the tags of what it launches.
    flatten: ['LaunchTemplateData'],
    names: {
      LaunchTemplateName: 'name',
      VersionDescription: 'description',
      DefaultVersionNumber: 'default_version',
      LatestVersionNumber: 'latest_version',
      TagSpecifications: null,
      'LaunchTemplateData.BlockDeviceMappings': null,
      'LaunchTemplateData.EbsOptimized': null,
      'LaunchTemplateData.NetworkInterfaces': null,
      'LaunchTemplateData.TagSpecifications': null,
      'LaunchTemplateData.SecurityGroupIds': 'vpc_security_group_ids',
      'LaunchTemplateData.SecurityGroups': 'security_group_names',
      'LaunchTemplateData.ElasticInferenceAccelerators': 'elastic_inference_accelerator',
      'LaunchTemplateData.LicenseSpecifications': 'license_specification',
      ...instanceRequirementsNames('LaunchTemplateData.InstanceRequirements')
    },
    finish(b) {
      copyFields(b, LAUNCH_TEMPLATE_DATA, 'LaunchTemplateData')
      cleanInstanceRequirements((b.properties.LaunchTemplateData as Record<string, unknown> | undefined)?.InstanceRequirements)
      ownTagSpecification(b, 'launch-template')
    }
  },
  {
    tf: 'aws_launch_configuration',
    cfn: 'AWS::AutoScaling::LaunchConfiguration',
    // user_data is kept in state as a SHA-1 of the script, not the script: only user_data_base64 is compared.
    // The provider has no kernel, RAM disk or ClassicLink attributes any more; block devices come from three kinds of block.
    names: {
      LaunchConfigurationName: 'name',
      InstanceMonitoring: 'enable_monitoring',
      UserData: 'user_data_base64',
      BlockDeviceMappings: null,
      InstanceId: null,
      KernelId: null,
      RamDiskId: null,
      ClassicLinkVPCId: null,
      ClassicLinkVPCSecurityGroups: null
    },
    // The provider's documented default: detailed monitoring on.
    defaults: { InstanceMonitoring: true },
    finish: launchConfigurationBlockDevices
  },
  {
    tf: 'aws_autoscaling_group',
    cfn: 'AWS::AutoScaling::AutoScalingGroup',
    // Notifications are aws_autoscaling_notification resources (not mapped); InstanceId is only for creating a group
    // from an instance. Tags are `tag` blocks with propagate_at_launch, not a tags map.
    names: {
      AutoScalingGroupName: 'name',
      Cooldown: 'default_cooldown',
      LaunchConfigurationName: 'launch_configuration',
      'LaunchTemplate.LaunchTemplateId': 'id',
      'LaunchTemplate.LaunchTemplateName': 'name',
      LifecycleHookSpecificationList: 'initial_lifecycle_hook',
      'LifecycleHookSpecificationList.LifecycleHookName': 'name',
      LoadBalancerNames: 'load_balancers',
      NewInstancesProtectedFromScaleIn: 'protect_from_scale_in',
      TargetGroupARNs: 'target_group_arns',
      'MixedInstancesPolicy.LaunchTemplate.Overrides': 'override',
      ...instanceRequirementsNames('MixedInstancesPolicy.LaunchTemplate.Overrides.InstanceRequirements'),
      MetricsCollection: null,
      NotificationConfiguration: null,
      NotificationConfigurations: null,
      InstanceId: null
    },
    fields: [
      ['Tags', 'tag', {
        many: [
          ['Key', 'key'],
          ['Value', 'value'],
          ['PropagateAtLaunch', 'propagate_at_launch', toBoolean]
        ]
      }],
      ['DefaultInstanceWarmup', 'default_instance_warmup', positiveNumber],
      ['MaxInstanceLifetime', 'max_instance_lifetime', positiveNumber]
    ],
    finish(b) {
      metricsCollection(b)
      const mixed = b.properties.MixedInstancesPolicy as { LaunchTemplate?: { Overrides?: Array<Record<string, unknown>> } } | undefined
      for (const override of mixed?.LaunchTemplate?.Overrides ?? []) cleanInstanceRequirements(override.InstanceRequirements)
      // tag blocks are a set: in Key order, as CloudFormation's tags are compared.
      const tags = b.properties.Tags
      if (Array.isArray(tags)) tags.sort((x: { Key: string }, y: { Key: string }) => (x.Key < y.Key ? -1 : x.Key > y.Key ? 1 : 0))
    }
  },
  {
    tf: 'aws_ec2_fleet',
    cfn: 'AWS::EC2::EC2Fleet',
    // The fleet's tags are a 'fleet' tag specification; terminate_instances (on delete) is not state.
    names: {
      LaunchTemplateConfigs: 'launch_template_config',
      'LaunchTemplateConfigs.Overrides': 'override',
      ...instanceRequirementsNames('LaunchTemplateConfigs.Overrides.InstanceRequirements'),
      TagSpecifications: null
    },
    defaults: { Type: 'maintain' },
    finish(b) {
      const configs = b.properties.LaunchTemplateConfigs as Array<{ Overrides?: Array<Record<string, unknown>> }> | undefined
      for (const config of configs ?? []) for (const override of config.Overrides ?? []) cleanInstanceRequirements(override.InstanceRequirements)
      ownTagSpecification(b, 'fleet')
    }
  },
  {
    tf: 'aws_autoscaling_policy',
    cfn: 'AWS::AutoScaling::ScalingPolicy',
    // The provider writes 0 for the numbers the code leaves out.
    names: {
      Arn: 'arn',
      PolicyName: 'name',
      AutoScalingGroupName: 'autoscaling_group_name',
      StepAdjustments: 'step_adjustment',
      'TargetTrackingConfiguration.CustomizedMetricSpecification.Dimensions': TARGET_TRACKING_DIMENSIONS,
      'PredictiveScalingConfiguration.MetricSpecifications': 'metric_specification'
    },
    fields: [
      ['Cooldown', 'cooldown', positiveNumberText],
      ['EstimatedInstanceWarmup', 'estimated_instance_warmup', positiveNumber],
      ['MinAdjustmentMagnitude', 'min_adjustment_magnitude', positiveNumber],
      ['ScalingAdjustment', 'scaling_adjustment', (v) => (v === 0 ? undefined : toNumber(v))]
    ],
    // The provider's default policy type.
    defaults: { PolicyType: 'SimpleScaling' }
  },
  {
    tf: 'aws_autoscaling_schedule',
    cfn: 'AWS::AutoScaling::ScheduledAction',
    names: { AutoScalingGroupName: 'autoscaling_group_name' },
    fields: [
      ['DesiredCapacity', 'desired_capacity', unlessMinusOne],
      ['MinSize', 'min_size', unlessMinusOne],
      ['MaxSize', 'max_size', unlessMinusOne]
    ]
  },
  {
    tf: 'aws_autoscaling_lifecycle_hook',
    cfn: 'AWS::AutoScaling::LifecycleHook',
    names: { LifecycleHookName: 'name', AutoScalingGroupName: 'autoscaling_group_name' }
  },
  {
    tf: 'aws_appautoscaling_target',
    cfn: 'AWS::ApplicationAutoScaling::ScalableTarget',
    // Scheduled actions are aws_appautoscaling_scheduled_action resources; Id is CloudFormation's own.
    names: { ScheduledActions: null, Id: null }
  },
  {
    tf: 'aws_appautoscaling_policy',
    cfn: 'AWS::ApplicationAutoScaling::ScalingPolicy',
    names: {
      PolicyName: 'name',
      ScalingTargetId: null,
      'StepScalingPolicyConfiguration.StepAdjustments': 'step_adjustment'
    },
    defaults: { PolicyType: 'StepScaling' }
  },
  {
    tf: 'aws_network_interface',
    cfn: 'AWS::EC2::NetworkInterface',
    // private_ip is the primary address; private_ips every address (the primary among them).
    names: {
      GroupSet: 'security_groups',
      PrivateIpAddress: 'private_ip',
      PrimaryPrivateIpAddress: 'private_ip',
      SecondaryPrivateIpAddressCount: 'private_ips_count',
      PrivateIpAddresses: null,
      SecondaryPrivateIpAddresses: null,
      PrimaryIpv6Address: null,
      VpcId: null
    },
    fields: [
      ['Ipv4Prefixes', 'ipv4_prefixes', objectsOf('Ipv4Prefix')],
      ['Ipv6Addresses', 'ipv6_addresses', objectsOf('Ipv6Address')],
      ['Ipv6Prefixes', 'ipv6_prefixes', objectsOf('Ipv6Prefix')],
      ['Ipv4PrefixCount', 'ipv4_prefix_count', positiveNumber],
      ['Ipv6AddressCount', 'ipv6_address_count', positiveNumber],
      ['Ipv6PrefixCount', 'ipv6_prefix_count', positiveNumber]
    ],
    defaults: { SourceDestCheck: true },
    finish(b) {
      const primary = b.tf.values.private_ip
      const all = b.tf.values.private_ips
      if (!Array.isArray(all) || typeof primary !== 'string' || primary === '') return
      const secondary = all.filter((ip): ip is string => typeof ip === 'string' && ip !== primary).sort()
      b.set('PrivateIpAddresses', [{ PrivateIpAddress: primary, Primary: true }, ...secondary.map((ip) => ({ PrivateIpAddress: ip, Primary: false }))], ['private_ip', 'private_ips'])
      if (secondary.length > 0) b.set('SecondaryPrivateIpAddresses', secondary, ['private_ips'])
    }
  },
  {
    tf: 'aws_key_pair',
    cfn: 'AWS::EC2::KeyPair',
    // The public half only: the provider never holds a private key.
    names: { KeyName: 'key_name', PublicKeyMaterial: 'public_key', KeyFingerprint: 'fingerprint', KeyFormat: null }
  },
  {
    tf: 'aws_placement_group',
    cfn: 'AWS::EC2::PlacementGroup',
    names: { GroupName: 'name' },
    // 0 partitions: not a partition group.
    fields: [['PartitionCount', 'partition_count', positiveNumber]]
  },
  {
    tf: 'aws_volume_attachment',
    cfn: 'AWS::EC2::VolumeAttachment',
    names: { Device: 'device_name' }
  },
  {
    tf: 'aws_ec2_capacity_reservation',
    cfn: 'AWS::EC2::CapacityReservation',
    names: { OutPostArn: 'outpost_arn', TagSpecifications: null, AvailableInstanceCount: null, TotalInstanceCount: null },
    defaults: { EndDateType: 'unlimited', InstanceMatchCriteria: 'open', Tenancy: 'default' },
    finish: (b) => ownTagSpecification(b, 'capacity-reservation')
  },
  {
    tf: 'aws_iam_instance_profile',
    cfn: 'AWS::IAM::InstanceProfile',
    global: true,
    // A profile holds at most one role, as one attribute.
    names: { InstanceProfileName: 'name', Roles: 'role' }
  },
  {
    tf: 'aws_batch_compute_environment',
    cfn: 'AWS::Batch::ComputeEnvironment',
    // v5 names the environment compute_environment_name; ReplaceComputeEnvironment and Context are CloudFormation's own.
    names: {
      ComputeEnvironmentArn: 'arn',
      'ComputeResources.DesiredvCpus': 'desired_vcpus',
      'ComputeResources.MaxvCpus': 'max_vcpus',
      'ComputeResources.MinvCpus': 'min_vcpus',
      'ComputeResources.InstanceTypes': 'instance_type',
      UnmanagedvCpus: 'unmanaged_vcpus',
      ReplaceComputeEnvironment: null,
      Context: null
    },
    defaults: { State: 'ENABLED' }
  },
  {
    tf: 'aws_batch_job_queue',
    cfn: 'AWS::Batch::JobQueue',
    names: { JobQueueName: 'name', JobQueueArn: 'arn', JobStateTimeLimitActions: 'job_state_time_limit_action' },
    fields: [
      // The deprecated compute_environments list gives the order by position.
      ['ComputeEnvironmentOrder', 'compute_environment_order', { many: [['ComputeEnvironment', 'compute_environment'], ['Order', 'order', toNumber]] }]
    ],
    finish(b) {
      if (b.properties.ComputeEnvironmentOrder !== undefined) return
      const arns = b.tf.values.compute_environments
      if (Array.isArray(arns) && arns.length > 0) b.set('ComputeEnvironmentOrder', arns.map((arn, i) => ({ ComputeEnvironment: arn, Order: i })), ['compute_environments'])
    }
  },
  {
    tf: 'aws_elastic_beanstalk_application',
    cfn: 'AWS::ElasticBeanstalk::Application',
    // appversion_lifecycle (max_count or max_age_in_days, one rule) is not compared with ResourceLifecycleConfig yet.
    names: { ApplicationName: 'name', ResourceLifecycleConfig: null }
  },
  {
    tf: 'aws_elastic_beanstalk_environment',
    cfn: 'AWS::ElasticBeanstalk::Environment',
    // `setting` blocks are the option settings the code gives (all_settings, every effective one, is not compared);
    // their values are free-form payloads (secrets.ts). The provider has no operations role.
    names: {
      EnvironmentName: 'name',
      ApplicationName: 'application',
      OptionSettings: 'setting',
      'OptionSettings.OptionName': 'name',
      'OptionSettings.ResourceName': 'resource',
      OperationsRole: null,
      Tier: null
    },
    finish(b) {
      // tier is "WebServer" or "Worker"; CloudFormation's Tier names the type too.
      const tier = nonEmpty(b.tf.values.tier) ?? 'WebServer'
      b.set('Tier', { Name: tier, Type: tier === 'Worker' ? 'SQS/HTTP' : 'Standard' }, ['tier'])
    }
  },
  {
    tf: 'aws_globalaccelerator_accelerator',
    cfn: 'AWS::GlobalAccelerator::Accelerator',
    // A global service (its API lives in us-west-2). The addresses it was given are ip_sets blocks, by family.
    global: true,
    names: { Ipv4Addresses: null, Ipv6Addresses: null },
    defaults: { Enabled: true, IpAddressType: 'IPV4' }
  },
  {
    tf: 'aws_globalaccelerator_listener',
    cfn: 'AWS::GlobalAccelerator::Listener',
    global: true,
    names: { PortRanges: 'port_range' }
  },
  {
    tf: 'aws_globalaccelerator_endpoint_group',
    cfn: 'AWS::GlobalAccelerator::EndpointGroup',
    global: true,
    names: { EndpointConfigurations: 'endpoint_configuration', PortOverrides: 'port_override' }
  },
  { tf: 'aws_ec2_host', cfn: 'AWS::EC2::Host' },
  {
    tf: 'aws_network_interface_attachment',
    cfn: 'AWS::EC2::NetworkInterfaceAttachment',
    names: { AttachmentId: 'attachment_id' }
  },
  {
    tf: 'aws_eip_association',
    cfn: 'AWS::EC2::EIPAssociation',
    // public_ip names an EC2-Classic-style address; allocation_id a VPC one.
    names: { EIP: 'public_ip' }
  },
  {
    tf: 'aws_ec2_instance_connect_endpoint',
    cfn: 'AWS::EC2::InstanceConnectEndpoint',
    names: { ClientToken: null },
    fields: [['SecurityGroupIds', 'security_group_ids', sortedList]],
    // The provider's default: the endpoint's own address is the source, not the client's.
    defaults: { PreserveClientIp: false }
  },
  {
    tf: 'aws_batch_scheduling_policy',
    cfn: 'AWS::Batch::SchedulingPolicy',
    names: { FairsharePolicy: 'fair_share_policy' }
  },
  {
    tf: 'aws_elastic_beanstalk_configuration_template',
    cfn: 'AWS::ElasticBeanstalk::ConfigurationTemplate',
    // Option setting values are free-form payloads (secrets.ts); a template made from another is not in the provider.
    names: {
      TemplateName: 'name',
      ApplicationName: 'application',
      OptionSettings: 'setting',
      'OptionSettings.OptionName': 'name',
      'OptionSettings.ResourceName': 'resource',
      SourceConfiguration: null,
      PlatformArn: null
    }
  },
  {
    tf: 'aws_elastic_beanstalk_application_version',
    cfn: 'AWS::ElasticBeanstalk::ApplicationVersion',
    // The version label is the name; the source bundle is flattened into bucket and key.
    names: { Id: 'name', ApplicationName: 'application', SourceBundle: null },
    fields: [['SourceBundle.S3Bucket', 'bucket'], ['SourceBundle.S3Key', 'key']]
  },
  {
    tf: 'aws_lightsail_static_ip',
    cfn: 'AWS::Lightsail::StaticIp',
    // Attachments are aws_lightsail_static_ip_attachment resources.
    names: { StaticIpName: 'name', StaticIpArn: 'arn', AttachedTo: null, IsAttached: null }
  },
  { tf: 'aws_lightsail_disk', cfn: 'AWS::Lightsail::Disk', names: { DiskName: 'name', DiskArn: 'arn', Location: null } },
  {
    tf: 'aws_lightsail_lb',
    cfn: 'AWS::Lightsail::LoadBalancer',
    // Attached instances are aws_lightsail_lb_attachment resources.
    names: { LoadBalancerName: 'name', LoadBalancerArn: 'arn', AttachedInstances: null }
  },
  {
    tf: 'aws_lightsail_instance',
    cfn: 'AWS::Lightsail::Instance',
    // user_data is a free-form payload (secrets.ts). Add-ons are flattened: type, snapshot_time, status.
    names: { InstanceName: 'name', InstanceArn: 'arn', UserName: 'username', Location: null, State: null, Networking: null },
    fields: [
      ['AddOns', 'add_on', {
        many: [
          ['AddOnType', 'type'],
          ['AutoSnapshotAddOnRequest.SnapshotTimeOfDay', 'snapshot_time', nonEmpty],
          ['Status', 'status', nonEmpty]
        ]
      }],
      ['Hardware.CpuCount', 'cpu_count', toNumber],
      ['Hardware.RamSizeInGb', 'ram_size', toNumber]
    ]
  },
  {
    // The region's block of public sharing for EBS snapshots (state block-all-sharing, block-new-sharing or unblocked).
    // Terraform's id is the region; CloudFormation identifies the setting by its account.
    tf: 'aws_ebs_snapshot_block_public_access',
    cfn: 'AWS::EC2::SnapshotBlockPublicAccess',
    names: { AccountId: null },
    finish(b) {
      if (b.tf.account !== undefined) b.set('AccountId', b.tf.account, [])
    }
  }
]
