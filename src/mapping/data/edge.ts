// The edge: CloudFront distributions and their policies, origin access, functions; Route 53 zones, records, health
// checks, query logging and the Resolver; ACM certificates and private certificate authorities. Each entry writes
// only what the aws provider names otherwise than the CloudFormation property's snake_case (derived.ts).
import { attr, type ResourceBuilder } from '../builder.js'
import { copyTags, nonEmpty, parsePolicy, toNumber } from '../convert.js'
import { terraformName, type CompanionSpec, type MappingSpec } from '../derived.js'

/** A CloudFront cache behavior's renames (the default behavior and the ordered ones share them). */
function cacheBehaviorNames(path: string): Record<string, string> {
  return {
    [`${path}.FunctionAssociations`]: 'function_association',
    [`${path}.LambdaFunctionAssociations`]: 'lambda_function_association',
    [`${path}.LambdaFunctionAssociations.LambdaFunctionARN`]: 'lambda_arn'
  }
}

/**
 * CloudFront's policies hold their cookie, header and query-string names in an `items` block of the provider
 * (cookies { items = [...] }) where CloudFormation has the list itself: set after the derived table, which leaves them out.
 */
function copyItems(b: ResourceBuilder, pairs: ReadonlyArray<readonly [string, string]>): void {
  for (const [property, attribute] of pairs) b.copy(property, attribute)
}

/** The X.500 subject names a private CA's subject has (the provider's are their snake_case). */
const SUBJECT_NAMES = [
  'CommonName', 'Country', 'DistinguishedNameQualifier', 'GenerationQualifier', 'GivenName', 'Initials', 'Locality',
  'Organization', 'OrganizationalUnit', 'Pseudonym', 'SerialNumber', 'State', 'Surname', 'Title'
] as const

export const EDGE: readonly MappingSpec[] = [
  {
    tf: 'aws_cloudfront_distribution',
    cfn: 'AWS::CloudFront::Distribution',
    global: true,
    // The provider puts DistributionConfig's content at the resource's top level. Left out: the legacy CNAMEs,
    // CustomOrigin and S3Origin (no Terraform attribute), and origin groups, whose CloudFormation form counts its
    // items (Quantity/Items) where Terraform repeats blocks: not compared yet.
    flatten: ['DistributionConfig'],
    names: {
      'DistributionConfig.IPV6Enabled': 'is_ipv6_enabled',
      'DistributionConfig.Logging': 'logging_config',
      'DistributionConfig.CustomErrorResponses': 'custom_error_response',
      'DistributionConfig.CacheBehaviors': 'ordered_cache_behavior',
      'DistributionConfig.Origins': 'origin',
      'DistributionConfig.Origins.Id': 'origin_id',
      'DistributionConfig.Origins.OriginCustomHeaders': 'custom_header',
      'DistributionConfig.Origins.OriginCustomHeaders.HeaderName': 'name',
      'DistributionConfig.Origins.OriginCustomHeaders.HeaderValue': 'value',
      'DistributionConfig.ViewerCertificate.CloudFrontDefaultCertificate': 'cloudfront_default_certificate',
      ...cacheBehaviorNames('DistributionConfig.DefaultCacheBehavior'),
      ...cacheBehaviorNames('DistributionConfig.CacheBehaviors'),
      'DistributionConfig.CNAMEs': null,
      'DistributionConfig.CustomOrigin': null,
      'DistributionConfig.S3Origin': null,
      'DistributionConfig.OriginGroups': null
    }
  },
  {
    tf: 'aws_cloudfront_origin_access_control',
    cfn: 'AWS::CloudFront::OriginAccessControl',
    global: true,
    flatten: ['OriginAccessControlConfig']
  },
  {
    tf: 'aws_cloudfront_origin_access_identity',
    cfn: 'AWS::CloudFront::CloudFrontOriginAccessIdentity',
    global: true,
    flatten: ['CloudFrontOriginAccessIdentityConfig']
  },
  {
    tf: 'aws_cloudfront_response_headers_policy',
    cfn: 'AWS::CloudFront::ResponseHeadersPolicy',
    global: true,
    flatten: ['ResponseHeadersPolicyConfig'],
    names: { LastModifiedTime: null }
  },
  {
    tf: 'aws_cloudfront_cache_policy',
    cfn: 'AWS::CloudFront::CachePolicy',
    global: true,
    flatten: ['CachePolicyConfig'],
    names: {
      LastModifiedTime: null,
      'CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin.CookiesConfig.Cookies': null,
      'CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig.Headers': null,
      'CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin.QueryStringsConfig.QueryStrings': null
    },
    finish(b) {
      const at = 'CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin'
      const from = 'parameters_in_cache_key_and_forwarded_to_origin[0]'
      copyItems(b, [
        [`${at}.CookiesConfig.Cookies`, `${from}.cookies_config[0].cookies[0].items`],
        [`${at}.HeadersConfig.Headers`, `${from}.headers_config[0].headers[0].items`],
        [`${at}.QueryStringsConfig.QueryStrings`, `${from}.query_strings_config[0].query_strings[0].items`]
      ])
    }
  },
  {
    tf: 'aws_cloudfront_origin_request_policy',
    cfn: 'AWS::CloudFront::OriginRequestPolicy',
    global: true,
    flatten: ['OriginRequestPolicyConfig'],
    names: {
      LastModifiedTime: null,
      'OriginRequestPolicyConfig.CookiesConfig.Cookies': null,
      'OriginRequestPolicyConfig.HeadersConfig.Headers': null,
      'OriginRequestPolicyConfig.QueryStringsConfig.QueryStrings': null
    },
    finish(b) {
      copyItems(b, [
        ['OriginRequestPolicyConfig.CookiesConfig.Cookies', 'cookies_config[0].cookies[0].items'],
        ['OriginRequestPolicyConfig.HeadersConfig.Headers', 'headers_config[0].headers[0].items'],
        ['OriginRequestPolicyConfig.QueryStringsConfig.QueryStrings', 'query_strings_config[0].query_strings[0].items']
      ])
    }
  },
  {
    tf: 'aws_cloudfront_function',
    cfn: 'AWS::CloudFront::Function',
    global: true,
    // Terraform's id is the function's name; Stage is CloudFormation's (DEVELOPMENT/LIVE), not the provider's status.
    names: { FunctionARN: 'arn', FunctionCode: 'code', AutoPublish: 'publish', FunctionMetadata: null, Stage: null },
    fields: [
      ['FunctionConfig.Comment', 'comment', nonEmpty],
      ['FunctionConfig.Runtime', 'runtime'],
      [
        'FunctionConfig.KeyValueStoreAssociations',
        'key_value_store_associations',
        (v) => (Array.isArray(v) && v.length > 0 ? v.map((arn) => ({ KeyValueStoreARN: arn })) : undefined)
      ]
    ]
  },
  { tf: 'aws_cloudfront_key_group', cfn: 'AWS::CloudFront::KeyGroup', global: true, flatten: ['KeyGroupConfig'], names: { LastModifiedTime: null } },
  { tf: 'aws_cloudfront_public_key', cfn: 'AWS::CloudFront::PublicKey', global: true, flatten: ['PublicKeyConfig'], names: { CreatedTime: null } },
  { tf: 'aws_cloudfront_realtime_log_config', cfn: 'AWS::CloudFront::RealtimeLogConfig', global: true, names: { EndPoints: 'endpoint' } },
  // Terraform's id is the store's name; CloudFormation's Id is its generated id, not a Terraform attribute.
  { tf: 'aws_cloudfront_key_value_store', cfn: 'AWS::CloudFront::KeyValueStore', global: true, names: { Name: 'name', Id: null, ImportSource: null } },
  { tf: 'aws_cloudfront_monitoring_subscription', cfn: 'AWS::CloudFront::MonitoringSubscription', global: true },
  {
    tf: 'aws_cloudfront_continuous_deployment_policy',
    cfn: 'AWS::CloudFront::ContinuousDeploymentPolicy',
    global: true,
    // The staging distribution's names are in an items block of the provider; the Single*PolicyConfig properties
    // are CloudFormation's older spelling of TrafficConfig.
    flatten: ['ContinuousDeploymentPolicyConfig'],
    names: {
      LastModifiedTime: null,
      'ContinuousDeploymentPolicyConfig.StagingDistributionDnsNames': null,
      'ContinuousDeploymentPolicyConfig.SingleHeaderPolicyConfig': null,
      'ContinuousDeploymentPolicyConfig.SingleWeightPolicyConfig': null,
      'ContinuousDeploymentPolicyConfig.Type': null
    },
    finish: (b) => copyItems(b, [['ContinuousDeploymentPolicyConfig.StagingDistributionDnsNames', 'staging_distribution_dns_names[0].items']])
  },
  {
    tf: 'aws_route53_zone',
    cfn: 'AWS::Route53::HostedZone',
    global: true,
    // Query logging is aws_route53_query_log's, folded in below.
    names: { VPCs: 'vpc', HostedZoneTags: null, QueryLoggingConfig: null },
    fields: [['HostedZoneConfig.Comment', 'comment', nonEmpty]],
    // The provider's default comment.
    defaults: { 'HostedZoneConfig.Comment': 'Managed by Terraform' },
    finish: (b) => copyTags(b, 'HostedZoneTags')
  },
  {
    tf: 'aws_route53_record',
    cfn: 'AWS::Route53::RecordSet',
    global: true,
    // Terraform's id ("ZONE_name_TYPE") is not CloudFormation's; the routing policies are blocks of their own.
    names: {
      Id: null,
      HostedZoneId: 'zone_id',
      HostedZoneName: null,
      Comment: null,
      Name: null,
      ResourceRecords: 'records',
      AliasTarget: 'alias',
      'AliasTarget.DNSName': 'name',
      CidrRoutingConfig: 'cidr_routing_policy',
      GeoProximityLocation: 'geoproximity_routing_policy',
      MultiValueAnswer: 'multivalue_answer_routing_policy',
      GeoLocation: null,
      Weight: null,
      Failover: null,
      Region: null
    },
    fields: [
      ['Weight', 'weighted_routing_policy[0].weight', toNumber],
      ['Failover', 'failover_routing_policy[0].type'],
      ['Region', 'latency_routing_policy[0].region'],
      ['GeoLocation.ContinentCode', 'geolocation_routing_policy[0].continent', nonEmpty],
      ['GeoLocation.CountryCode', 'geolocation_routing_policy[0].country', nonEmpty],
      ['GeoLocation.SubdivisionCode', 'geolocation_routing_policy[0].subdivision', nonEmpty]
    ],
    finish(b) {
      // The full name when the provider has worked it out (fqdn), else the name as written (it may be relative).
      const fqdn = attr(b.tf, 'fqdn')
      if (typeof fqdn === 'string' && fqdn !== '') b.copy('Name', 'fqdn')
      else b.copy('Name', 'name')
    }
  },
  {
    tf: 'aws_route53_health_check',
    cfn: 'AWS::Route53::HealthCheck',
    global: true,
    flatten: ['HealthCheckConfig'],
    names: {
      HealthCheckTags: null,
      'HealthCheckConfig.FullyQualifiedDomainName': 'fqdn',
      'HealthCheckConfig.Inverted': 'invert_healthcheck',
      'HealthCheckConfig.ChildHealthChecks': 'child_healthchecks',
      'HealthCheckConfig.HealthThreshold': 'child_health_threshold',
      'HealthCheckConfig.AlarmIdentifier': null
    },
    fields: [
      ['HealthCheckConfig.AlarmIdentifier.Name', 'cloudwatch_alarm_name', nonEmpty],
      ['HealthCheckConfig.AlarmIdentifier.Region', 'cloudwatch_alarm_region', nonEmpty]
    ],
    finish(b) {
      copyTags(b, 'HealthCheckTags')
      // child_health_threshold is stated (0) for every type; it means something only for a CALCULATED check.
      const config = b.properties.HealthCheckConfig as Record<string, unknown> | undefined
      if (config && config.Type !== 'CALCULATED' && config.HealthThreshold === 0) delete config.HealthThreshold
    }
  },
  { tf: 'aws_route53_resolver_endpoint', cfn: 'AWS::Route53Resolver::ResolverEndpoint', names: { IpAddresses: 'ip_address', IpAddressCount: null } },
  { tf: 'aws_route53_resolver_rule', cfn: 'AWS::Route53Resolver::ResolverRule', names: { TargetIps: 'target_ip' } },
  { tf: 'aws_route53_resolver_query_log_config', cfn: 'AWS::Route53Resolver::ResolverQueryLoggingConfig' },
  { tf: 'aws_route53_resolver_rule_association', cfn: 'AWS::Route53Resolver::ResolverRuleAssociation' },
  { tf: 'aws_route53_resolver_query_log_config_association', cfn: 'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation' },
  { tf: 'aws_route53_resolver_firewall_domain_list', cfn: 'AWS::Route53Resolver::FirewallDomainList' },
  // Its rules are aws_route53_resolver_firewall_rule resources: not folded in yet (several add to one list).
  { tf: 'aws_route53_resolver_firewall_rule_group', cfn: 'AWS::Route53Resolver::FirewallRuleGroup', names: { FirewallRules: null } },
  { tf: 'aws_route53_resolver_firewall_rule_group_association', cfn: 'AWS::Route53Resolver::FirewallRuleGroupAssociation' },
  // Its locations are aws_route53_cidr_location resources: not folded in yet (several add to one list).
  { tf: 'aws_route53_cidr_collection', cfn: 'AWS::Route53::CidrCollection', global: true, names: { Locations: null } },
  { tf: 'aws_route53_key_signing_key', cfn: 'AWS::Route53::KeySigningKey', global: true },
  { tf: 'aws_route53_hosted_zone_dnssec', cfn: 'AWS::Route53::DNSSEC', global: true },
  {
    tf: 'aws_acm_certificate',
    cfn: 'AWS::CertificateManager::Certificate',
    // An imported certificate's private_key (and body, chain) have no property here and are never read.
    names: { DomainValidationOptions: 'validation_option', 'DomainValidationOptions.HostedZoneId': null },
    fields: [['CertificateTransparencyLoggingPreference', 'options[0].certificate_transparency_logging_preference', nonEmpty]]
  },
  {
    tf: 'aws_acmpca_certificate_authority',
    cfn: 'AWS::ACMPCA::CertificateAuthority',
    // The key and signing algorithms and the subject are in the provider's certificate_authority_configuration block.
    names: { CsrExtensions: null },
    fields: [
      ['KeyAlgorithm', 'certificate_authority_configuration[0].key_algorithm'],
      ['SigningAlgorithm', 'certificate_authority_configuration[0].signing_algorithm'],
      ['Subject', 'certificate_authority_configuration[0].subject', { one: SUBJECT_NAMES.map((n) => [n, terraformName(n), nonEmpty] as const) }]
    ],
    defaults: { Type: 'SUBORDINATE' }
  },
  { tf: 'aws_acmpca_permission', cfn: 'AWS::ACMPCA::Permission' },
  {
    tf: 'aws_acmpca_certificate',
    cfn: 'AWS::ACMPCA::Certificate',
    // The provider holds the API passthrough as JSON text.
    fields: [['ApiPassthrough', 'api_passthrough', (v) => (v === '' ? undefined : parsePolicy(v))]]
  },
  {
    tf: 'aws_acmpca_certificate_authority_certificate',
    cfn: 'AWS::ACMPCA::CertificateAuthorityActivation',
    names: { CertificateAuthorityArn: 'certificate_authority_arn', Status: null, CompleteCertificateChain: null }
  },
  { tf: 'aws_route53_resolver_dnssec_config', cfn: 'AWS::Route53Resolver::ResolverDNSSECConfig' },
  { tf: 'aws_route53_resolver_config', cfn: 'AWS::Route53Resolver::ResolverConfig', names: { ResourceId: 'resource_id', AutodefinedReverse: null } }
]

export const EDGE_COMPANIONS: readonly CompanionSpec[] = [
  {
    // No CloudFormation type of its own: the zone's QueryLoggingConfig.
    tf: 'aws_route53_query_log',
    parent: { attr: 'zone_id', types: ['aws_route53_zone'] },
    fields: [['QueryLoggingConfig.CloudWatchLogsLogGroupArn', 'cloudwatch_log_group_arn']]
  }
]
