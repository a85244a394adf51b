// aws_lambda_function → AWS::Lambda::Function, identified by FunctionName. Every environment variable value is
// sensitive (the in-memory inventory keeps them for the rule that looks for secrets in them). Code is write-only.
import { attr, childPath, isUnknownAttr, ResourceBuilder } from '../builder.js'
import { blockPath, copyFields, copyTags, nonEmpty, sortedList, toBoolean, toNumber, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

// The property table, built once and shared by every resource of the type.
const FIELDS: readonly Field[] = [
  ['FunctionName', 'function_name'],
  ['Role', 'role'],
  ['Runtime', 'runtime', nonEmpty],
  ['Handler', 'handler', nonEmpty],
  ['Description', 'description', nonEmpty],
  ['MemorySize', 'memory_size', toNumber],
  ['Timeout', 'timeout', toNumber],
  ['PackageType', 'package_type', nonEmpty],
  ['Architectures', 'architectures'],
  ['Layers', 'layers', (v) => (Array.isArray(v) && v.length === 0 ? undefined : v)],
  ['KmsKeyArn', 'kms_key_arn', nonEmpty],
  ['CodeSigningConfigArn', 'code_signing_config_arn', nonEmpty],
  // -1 is Terraform's "no reserved concurrency", which CloudFormation shows by omitting the property.
  ['ReservedConcurrentExecutions', 'reserved_concurrent_executions', (v) => (v === -1 ? undefined : toNumber(v))],
  ['TracingConfig', 'tracing_config', { one: [['Mode', 'mode']] }],
  ['DeadLetterConfig', 'dead_letter_config', { one: [['TargetArn', 'target_arn']] }],
  ['EphemeralStorage', 'ephemeral_storage', { one: [['Size', 'size', toNumber]] }],
  ['VpcConfig', 'vpc_config', {
    one: [
      ['SubnetIds', 'subnet_ids', sortedList],
      ['SecurityGroupIds', 'security_group_ids', sortedList],
      ['Ipv6AllowedForDualStack', 'ipv6_allowed_for_dual_stack', toBoolean]
    ]
  }],
  ['LoggingConfig', 'logging_config', {
    one: [
      ['LogFormat', 'log_format', nonEmpty],
      ['LogGroup', 'log_group', nonEmpty],
      ['ApplicationLogLevel', 'application_log_level', nonEmpty],
      ['SystemLogLevel', 'system_log_level', nonEmpty]
    ]
  }],
  ['Arn', 'arn']
]

// The Code property: where the package comes from (an S3 object or a container image).
const CODE_FIELDS: readonly Field[] = [
  ['ImageUri', 'image_uri', nonEmpty],
  ['S3Bucket', 's3_bucket', nonEmpty],
  ['S3Key', 's3_key', nonEmpty],
  ['S3ObjectVersion', 's3_object_version', nonEmpty]
]

export const lambdaFunction: ResourceMapper = {
  tfType: 'aws_lambda_function',
  map(tf) {
    const b = new ResourceBuilder('AWS::Lambda::Function', tf)
    b.id = idFrom(tf.values, 'function_name')
    copyFields(b, FIELDS)
    copyFields(b, CODE_FIELDS, 'Code')
    mapEnvironment(b)
    copyTags(b)
    return b
  }
}

/** Environment.Variables, one recorded property per variable so that one unknown value leaves the others known. */
function mapEnvironment(b: ResourceBuilder): void {
  const tf = b.tf
  if (tf.values.environment === undefined && !isUnknownAttr(tf, 'environment')) return
  const base = `${blockPath(tf, 'environment')}.variables`
  b.record('Environment.Variables', base, false)
  const variables = attr(tf, base)
  if (!variables || typeof variables !== 'object') return
  for (const [name, value] of Object.entries(variables as Record<string, unknown>)) {
    const out = childPath('Environment.Variables', name)
    b.set(out, value, [childPath(base, name)])
    b.markSensitive(out)
  }
  for (const u of tf.unknown) {
    // A variable whose value is only known after apply: its key is known from after_unknown.
    if (u.startsWith(`${base}.`) || u.startsWith(`${base}[`)) {
      const out = `Environment.Variables${u.slice(base.length)}`
      b.markUnknown(out)
      b.markSensitive(out)
    }
  }
}
