// Elastic Load Balancing: application, network and gateway load balancers (aws_lb), their listeners, rules, target
// groups and extra certificates (each also under its older aws_alb* name), trust stores, and Classic Load Balancers
// (aws_elb). Each entry writes only what the aws provider (v5) names otherwise than the CloudFormation property's
// snake_case (derived.ts).
//
// CloudFormation keeps a load balancer's and a target group's settings as a list of {Key, Value} attributes, where
// the provider has an argument per setting: the list is built from the arguments Terraform knows, with the documented
// attribute keys, for the kind of load balancer or target that has them (the provider states defaults for every
// argument in a plan, also for those AWS ignores for the type), sorted by Key.
import { isUnknownAttr, type ResourceBuilder } from '../builder.js'
import { block, nonEmpty, sortedList, toBoolean, toNumber, type Convert, type Field } from '../convert.js'
import type { CompanionSpec, MappingSpec } from '../derived.js'

/** A setting: the attribute key, the Terraform argument (a path: 'access_logs[0].bucket'), and the types that have it. */
type Setting = readonly [key: string, argument: string, appliesTo: (kind: string) => boolean]

const ALB = (kind: string): boolean => kind === 'application'
const NLB = (kind: string): boolean => kind === 'network'
const ALB_OR_NLB = (kind: string): boolean => kind === 'application' || kind === 'network'
const ANY = (): boolean => true

// The provider's argument → attribute key table (internal/service/elbv2/load_balancer.go), per load balancer type.
const LOAD_BALANCER_SETTINGS: readonly Setting[] = [
  ['access_logs.s3.bucket', 'access_logs.bucket', ALB_OR_NLB],
  ['access_logs.s3.enabled', 'access_logs.enabled', ALB_OR_NLB],
  ['access_logs.s3.prefix', 'access_logs.prefix', ALB_OR_NLB],
  ['client_keep_alive.seconds', 'client_keep_alive', ALB],
  ['connection_logs.s3.bucket', 'connection_logs.bucket', ALB],
  ['connection_logs.s3.enabled', 'connection_logs.enabled', ALB],
  ['connection_logs.s3.prefix', 'connection_logs.prefix', ALB],
  ['deletion_protection.enabled', 'enable_deletion_protection', ANY],
  ['dns_record.client_routing_policy', 'dns_record_client_routing_policy', NLB],
  ['idle_timeout.timeout_seconds', 'idle_timeout', ALB],
  // Always on for application load balancers, which AWS reports as 'true' (and the provider's plan states).
  ['load_balancing.cross_zone.enabled', 'enable_cross_zone_load_balancing', ANY],
  ['routing.http.desync_mitigation_mode', 'desync_mitigation_mode', ALB],
  ['routing.http.drop_invalid_header_fields.enabled', 'drop_invalid_header_fields', ALB],
  ['routing.http.preserve_host_header.enabled', 'preserve_host_header', ALB],
  ['routing.http.x_amzn_tls_version_and_cipher_suite.enabled', 'enable_tls_version_and_cipher_suite_headers', ALB],
  ['routing.http.xff_client_port.enabled', 'enable_xff_client_port', ALB],
  ['routing.http.xff_header_processing.mode', 'xff_header_processing_mode', ALB],
  ['routing.http2.enabled', 'enable_http2', ALB],
  ['waf.fail_open.enabled', 'enable_waf_fail_open', ALB],
  ['zonal_shift.config.enabled', 'enable_zonal_shift', ALB_OR_NLB]
]

/** The value of an argument path whose blocks may be lists of one ('access_logs.bucket' reads access_logs[0].bucket). */
function argument(values: Record<string, unknown>, path: string): unknown {
  let node: unknown = values
  for (const step of path.split('.')) {
    const holder = block(node)
    if (holder === undefined) return undefined
    node = holder[step]
  }
  return node
}

/** The argument path as Terraform's unknown paths name it ('access_logs[0].bucket'), for asking whether it is known. */
function argumentPath(values: Record<string, unknown>, path: string): string {
  const steps = path.split('.')
  let node: unknown = values
  let out = ''
  for (const step of steps) {
    out = out === '' ? step : `${out}.${step}`
    const next: unknown = node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>)[step] : undefined
    if (Array.isArray(next) && step !== steps[steps.length - 1]) {
      out += '[0]'
      node = next[0]
    } else node = next
  }
  return out
}

/**
 * The {Key, Value} list of `settings` that apply to `kind`, from the arguments Terraform knows ("" is not set);
 * the whole list is unknown while any of them is (a rule must not read a partial list as the truth).
 */
function attributeList(b: ResourceBuilder, property: string, settings: readonly Setting[], kind: string): void {
  const values = b.tf.values
  const list: Array<{ Key: string; Value: string }> = []
  for (const [key, path, appliesTo] of settings) {
    if (!appliesTo(kind)) continue
    if (isUnknownAttr(b.tf, argumentPath(values, path))) {
      b.markUnknown(property)
      continue
    }
    const value = argument(values, path)
    if (value === undefined || value === null || value === '') continue
    list.push({ Key: key, Value: String(value) })
  }
  list.sort((x, y) => (x.Key < y.Key ? -1 : x.Key > y.Key ? 1 : 0))
  if (list.length > 0) b.set(property, list, [])
}

// Target group settings (internal/service/elbv2/target_group.go), by the kind of target group: 'lambda', 'http'
// (HTTP/HTTPS: an application load balancer's), 'tcp' (TCP/TLS/UDP/TCP_UDP: a network load balancer's) or 'geneve'.
const HTTP = (kind: string): boolean => kind === 'http'
const TCP = (kind: string): boolean => kind === 'tcp'
const NOT_LAMBDA = (kind: string): boolean => kind !== 'lambda'
const TARGET_GROUP_SETTINGS: readonly Setting[] = [
  ['deregistration_delay.connection_termination.enabled', 'connection_termination', TCP],
  ['deregistration_delay.timeout_seconds', 'deregistration_delay', NOT_LAMBDA],
  ['lambda.multi_value_headers.enabled', 'lambda_multi_value_headers_enabled', (kind) => kind === 'lambda'],
  ['load_balancing.algorithm.anomaly_mitigation', 'load_balancing_anomaly_mitigation', HTTP],
  ['load_balancing.algorithm.type', 'load_balancing_algorithm_type', HTTP],
  ['load_balancing.cross_zone.enabled', 'load_balancing_cross_zone_enabled', (kind) => kind === 'http' || kind === 'tcp'],
  ['preserve_client_ip.enabled', 'preserve_client_ip', TCP],
  ['proxy_protocol_v2.enabled', 'proxy_protocol_v2', TCP],
  ['slow_start.duration_seconds', 'slow_start', HTTP],
  ['stickiness.enabled', 'stickiness.enabled', NOT_LAMBDA],
  ['stickiness.type', 'stickiness.type', NOT_LAMBDA],
  ['target_failover.on_deregistration', 'target_failover.on_deregistration', (kind) => kind === 'geneve'],
  ['target_failover.on_unhealthy', 'target_failover.on_unhealthy', (kind) => kind === 'geneve'],
  ['target_health_state.unhealthy.connection_termination.enabled', 'target_health_state.enable_unhealthy_connection_termination', TCP]
]

function targetGroupKind(values: Record<string, unknown>): string {
  if (values.target_type === 'lambda') return 'lambda'
  const protocol = typeof values.protocol === 'string' ? values.protocol : ''
  if (protocol === 'GENEVE') return 'geneve'
  return protocol === 'HTTP' || protocol === 'HTTPS' ? 'http' : 'tcp'
}

/** Stickiness cookie settings, which depend on the stickiness type (lb_cookie or app_cookie). */
function stickinessCookie(b: ResourceBuilder): void {
  const stickiness = block(b.tf.values.stickiness)
  if (!stickiness || targetGroupKind(b.tf.values) !== 'http') return
  const list = b.properties.TargetGroupAttributes as Array<{ Key: string; Value: string }> | undefined
  if (!Array.isArray(list)) return
  const duration = toNumber(stickiness.cookie_duration)
  if (stickiness.type === 'lb_cookie' && typeof duration === 'number') list.push({ Key: 'stickiness.lb_cookie.duration_seconds', Value: String(duration) })
  if (stickiness.type === 'app_cookie') {
    if (typeof duration === 'number') list.push({ Key: 'stickiness.app_cookie.duration_seconds', Value: String(duration) })
    if (nonEmpty(stickiness.cookie_name) !== undefined) list.push({ Key: 'stickiness.app_cookie.cookie_name', Value: String(stickiness.cookie_name) })
  }
  list.sort((x, y) => (x.Key < y.Key ? -1 : x.Key > y.Key ? 1 : 0))
}

/** Names of a listener's or rule's actions (`default_action` or `action` blocks) below the property `base`. */
function actionNames(base: string, block: string): Record<string, string | null> {
  return {
    [base]: block,
    [`${base}.ForwardConfig`]: 'forward',
    [`${base}.ForwardConfig.TargetGroups`]: 'target_group',
    [`${base}.ForwardConfig.TargetGroups.TargetGroupArn`]: 'arn',
    [`${base}.ForwardConfig.TargetGroupStickinessConfig`]: 'stickiness',
    [`${base}.ForwardConfig.TargetGroupStickinessConfig.DurationSeconds`]: 'duration',
    [`${base}.RedirectConfig`]: 'redirect',
    [`${base}.FixedResponseConfig`]: 'fixed_response',
    [`${base}.AuthenticateCognitoConfig`]: 'authenticate_cognito',
    [`${base}.AuthenticateOidcConfig`]: 'authenticate_oidc',
    // The OIDC client secret never leaves (and CloudFormation never reads it back).
    [`${base}.AuthenticateOidcConfig.ClientSecret`]: null,
    [`${base}.AuthenticateOidcConfig.UseExistingClientSecret`]: null
  }
}

/** One listener certificate argument → CloudFormation's list of one {CertificateArn}. */
const certificateList: Convert = (v) => (typeof v === 'string' && v !== '' ? [{ CertificateArn: v }] : undefined)

/** The provider's condition blocks (one kind of condition each) → CloudFormation's conditions, named by Field. */
const CONDITION_FIELDS: ReadonlyArray<readonly [block: string, field: string, config: string]> = [
  ['host_header', 'host-header', 'HostHeaderConfig'],
  ['http_header', 'http-header', 'HttpHeaderConfig'],
  ['http_request_method', 'http-request-method', 'HttpRequestMethodConfig'],
  ['path_pattern', 'path-pattern', 'PathPatternConfig'],
  ['query_string', 'query-string', 'QueryStringConfig'],
  ['source_ip', 'source-ip', 'SourceIpConfig']
]

const conditions: Convert = (v) => {
  if (!Array.isArray(v)) return undefined
  const out: Array<Record<string, unknown>> = []
  for (const condition of v) {
    if (!condition || typeof condition !== 'object') continue
    const c = condition as Record<string, unknown>
    for (const [name, field, config] of CONDITION_FIELDS) {
      if (name === 'query_string') {
        const pairs = Array.isArray(c.query_string) ? (c.query_string as Array<Record<string, unknown>>) : []
        if (pairs.length === 0) continue
        out.push({ Field: field, [config]: { Values: pairs.map((p) => (nonEmpty(p.key) === undefined ? { Value: p.value } : { Key: p.key, Value: p.value })) } })
        continue
      }
      const holder = block(c[name])
      if (!holder) continue
      const values = sortedList(holder.values)
      out.push({ Field: field, [config]: name === 'http_header' ? { HttpHeaderName: holder.http_header_name, Values: values } : { Values: values } })
    }
  }
  return out.length > 0 ? out : undefined
}

/** Classic Load Balancer listener ports are strings in CloudFormation. */
const text: Convert = (v) => (v === '' || v === null || v === undefined ? undefined : String(v))

function loadBalancerSpec(tf: string): MappingSpec {
  return {
    tf,
    cfn: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    // internal → Scheme; arn_suffix is the full name; zone_id the canonical hosted zone.
    names: {
      LoadBalancerName: 'name',
      LoadBalancerFullName: 'arn_suffix',
      CanonicalHostedZoneID: 'zone_id',
      Type: 'load_balancer_type',
      'SubnetMappings.IPv6Address': 'ipv6_address',
      'SubnetMappings.PrivateIPv4Address': 'private_ipv4_address',
      SubnetMappings: 'subnet_mapping',
      LoadBalancerAttributes: null,
      Scheme: null
    },
    fields: [['Subnets', 'subnets', sortedList], ['SecurityGroups', 'security_groups', sortedList]],
    defaults: { Type: 'application', IpAddressType: 'ipv4' },
    finish(b) {
      const internal = b.tf.values.internal
      if (typeof internal === 'boolean') b.set('Scheme', internal ? 'internal' : 'internet-facing', ['internal'])
      else b.record('Scheme', 'internal')
      attributeList(b, 'LoadBalancerAttributes', LOAD_BALANCER_SETTINGS, typeof b.properties.Type === 'string' ? b.properties.Type : 'application')
    }
  }
}

function listenerSpec(tf: string): MappingSpec {
  return {
    tf,
    cfn: 'AWS::ElasticLoadBalancingV2::Listener',
    names: { ...actionNames('DefaultActions', 'default_action'), Certificates: null, AlpnPolicy: 'alpn_policy' },
    // The listener's default certificate; more are aws_lb_listener_certificate resources.
    fields: [['Certificates', 'certificate_arn', certificateList]]
  }
}

function listenerRuleSpec(tf: string): MappingSpec {
  return {
    tf,
    cfn: 'AWS::ElasticLoadBalancingV2::ListenerRule',
    names: { ...actionNames('Actions', 'action'), Conditions: null, IsDefault: null },
    fields: [['Conditions', 'condition', conditions]]
  }
}

function listenerCertificateSpec(tf: string): MappingSpec {
  return {
    tf,
    cfn: 'AWS::ElasticLoadBalancingV2::ListenerCertificate',
    // Terraform's id (listener ARN and certificate ARN joined by '_') is not Cloud Control's: not used as one.
    names: { Id: null, Certificates: null },
    fields: [['Certificates', 'certificate_arn', certificateList]]
  }
}

function targetGroupSpec(tf: string): MappingSpec {
  return {
    tf,
    cfn: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    // health_check is one block in Terraform and flat HealthCheck* properties in CloudFormation; targets are
    // aws_lb_target_group_attachment resources (not compared).
    names: {
      TargetGroupName: 'name',
      TargetGroupFullName: 'arn_suffix',
      Targets: null,
      TargetGroupAttributes: null,
      LoadBalancerArns: 'load_balancer_arns'
    },
    fields: [
      ['HealthCheckEnabled', 'health_check[0].enabled', toBoolean],
      ['HealthCheckIntervalSeconds', 'health_check[0].interval', toNumber],
      ['HealthCheckPath', 'health_check[0].path', nonEmpty],
      ['HealthCheckPort', 'health_check[0].port', text],
      ['HealthCheckProtocol', 'health_check[0].protocol', nonEmpty],
      ['HealthCheckTimeoutSeconds', 'health_check[0].timeout', toNumber],
      ['HealthyThresholdCount', 'health_check[0].healthy_threshold', toNumber],
      ['UnhealthyThresholdCount', 'health_check[0].unhealthy_threshold', toNumber],
      ['Matcher.HttpCode', 'health_check[0].matcher', nonEmpty]
    ],
    finish(b) {
      // A gRPC target group's matcher is gRPC codes.
      if (b.tf.values.protocol_version === 'GRPC' && b.properties.Matcher !== undefined) {
        const matcher = b.properties.Matcher as Record<string, unknown>
        b.properties.Matcher = { GrpcCode: matcher.HttpCode }
      }
      attributeList(b, 'TargetGroupAttributes', TARGET_GROUP_SETTINGS, targetGroupKind(b.tf.values))
      stickinessCookie(b)
    }
  }
}

export const LOAD_BALANCING: readonly MappingSpec[] = [
  loadBalancerSpec('aws_lb'),
  loadBalancerSpec('aws_alb'),
  listenerSpec('aws_lb_listener'),
  listenerSpec('aws_alb_listener'),
  listenerRuleSpec('aws_lb_listener_rule'),
  listenerRuleSpec('aws_alb_listener_rule'),
  targetGroupSpec('aws_lb_target_group'),
  targetGroupSpec('aws_alb_target_group'),
  listenerCertificateSpec('aws_lb_listener_certificate'),
  listenerCertificateSpec('aws_alb_listener_certificate'),
  {
    tf: 'aws_lb_trust_store',
    cfn: 'AWS::ElasticLoadBalancingV2::TrustStore',
    names: { Status: null, NumberOfCaCertificates: null }
  },
  {
    tf: 'aws_elb',
    cfn: 'AWS::ElasticLoadBalancing::LoadBalancer',
    // Flattened settings: connection draining, idle timeout, internal; listener and health check fields are
    // named otherwise. Cookie stickiness and policies are resources of their own (aws_lb_cookie_stickiness_policy,
    // aws_load_balancer_policy), not compared.
    names: {
      Id: 'name',
      LoadBalancerName: 'name',
      CrossZone: 'cross_zone_load_balancing',
      CanonicalHostedZoneNameID: 'zone_id',
      CanonicalHostedZoneName: null,
      AccessLoggingPolicy: 'access_logs',
      'AccessLoggingPolicy.S3BucketName': 'bucket',
      'AccessLoggingPolicy.S3BucketPrefix': 'bucket_prefix',
      'AccessLoggingPolicy.EmitInterval': 'interval',
      Listeners: 'listener',
      'Listeners.LoadBalancerPort': 'lb_port',
      'Listeners.Protocol': 'lb_protocol',
      'Listeners.PolicyNames': null,
      AppCookieStickinessPolicy: null,
      LBCookieStickinessPolicy: null,
      Policies: null,
      SourceSecurityGroup: null,
      ConnectionDrainingPolicy: null,
      ConnectionSettings: null,
      Scheme: null
    },
    fields: [
      ['Instances', 'instances', sortedList],
      ['SecurityGroups', 'security_groups', sortedList],
      ['Subnets', 'subnets', sortedList],
      ['AvailabilityZones', 'availability_zones', sortedList],
      ['ConnectionDrainingPolicy.Enabled', 'connection_draining', toBoolean],
      ['ConnectionDrainingPolicy.Timeout', 'connection_draining_timeout', toNumber],
      ['ConnectionSettings.IdleTimeout', 'idle_timeout', toNumber],
      ['HealthCheck', 'health_check', {
        one: [
          ['HealthyThreshold', 'healthy_threshold', text],
          ['Interval', 'interval', text],
          ['Target', 'target', nonEmpty],
          ['Timeout', 'timeout', text],
          ['UnhealthyThreshold', 'unhealthy_threshold', text]
        ]
      }]
    ],
    // The provider turns cross-zone load balancing on when the code leaves it out; CloudFormation's default is off.
    defaults: { CrossZone: true },
    finish(b) {
      const internal = b.tf.values.internal
      if (typeof internal === 'boolean') b.set('Scheme', internal ? 'internal' : 'internet-facing', ['internal'])
      else b.record('Scheme', 'internal')
      // AWS reads protocols back in capitals whatever case the code used.
      const listeners = b.properties.Listeners
      if (!Array.isArray(listeners)) return
      for (const listener of listeners as Array<Record<string, unknown>>) {
        if (typeof listener.Protocol === 'string') listener.Protocol = listener.Protocol.toUpperCase()
        if (typeof listener.InstanceProtocol === 'string') listener.InstanceProtocol = listener.InstanceProtocol.toUpperCase()
      }
    }
  }
]

/** One registered target: an instance or IP with its port, a Lambda function, an ALB. */
const TARGET_FIELDS: readonly Field[] = [
  ['Id', 'target_id'],
  ['Port', 'port', toNumber],
  ['AvailabilityZone', 'availability_zone', nonEmpty]
]

export const LOAD_BALANCING_COMPANIONS: readonly CompanionSpec[] = [
  {
    // Each attachment adds its target to the group's Targets.
    tf: 'aws_lb_target_group_attachment',
    parent: { attr: 'target_group_arn', types: ['aws_lb_target_group', 'aws_alb_target_group'] },
    appendTo: 'Targets',
    fields: TARGET_FIELDS
  },
  {
    tf: 'aws_alb_target_group_attachment',
    parent: { attr: 'target_group_arn', types: ['aws_lb_target_group', 'aws_alb_target_group'] },
    appendTo: 'Targets',
    fields: TARGET_FIELDS
  }
]
