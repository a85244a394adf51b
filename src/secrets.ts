// What counts as a secret, beyond what Terraform marks sensitive and the schemas' write-only properties.
// Names are matched on their words so that `password_length` or `secret_arn` are not taken for secrets
// while `db_password` and `API_TOKEN` are.
import { expandPathPattern, formatPath, getPath, parsePath, type PathStep } from './paths.js'
import type { Resource, TfResource } from './types.js'

const SECRET_NAME = /(^|[_\-.\s])(password|passwd|pwd|secret|token|private[_-]?key|api[_-]?key|access[_-]?key|secret[_-]?key|credentials?|auth)([_\-.\s]|$)/i
const NOT_SECRET_NAME = /(arn|_id|name|length|policy|rotation|version|type|kms|enabled|count|age|reuse|expir|path|url|endpoint)$/i

/**
 * Well-known token shapes: AWS keys, GitHub tokens, private keys, JWTs, Slack and Stripe keys.
 *
 * Every string of every resource is tested (tag values, policy documents, user data of any length), so each
 * shape must take time linear in the string. A shape is linear when an attempt can only start where its token
 * can start and the runs two attempts scan do not overlap, or when an attempt reads a bounded number of
 * characters. For each:
 * - AWS key id, AWS secret: fixed length (20, 42 characters at most per attempt).
 * - GitHub tokens, github_pat_, Stripe keys: a start needs a non-word character before it (`\b`), and the run
 *   after the prefix holds word characters only, so the runs scanned from two starts never overlap.
 * - Private keys: the run `[A-Z ]*` stops at the `-` every start begins with.
 * - Slack: the run holds `-`, so starts can sit inside another start's run; but every such start is a word
 *   boundary that satisfies the final `\b` of an earlier attempt 15 or more characters before it. The attempts
 *   that fail in one run therefore start within 15 characters of each other: a few per run.
 * - JWT: written from its first dot. `\beyJ…{8,}\.eyJ` from each `eyJ` rescanned the rest of the string on every
 *   `eyJa-eyJa-…` (quadratic: 100 KB took 2 s). Here an attempt starts only at a `.eyJ`, and the first
 *   segment is checked behind it, over the run before that dot: each run is read by at most three attempts.
 *   It matches exactly the strings the `\beyJ…` form matched.
 */
const SECRET_VALUE = [
  /\b(AKIA|ASIA)[A-Z0-9]{16}\b/,
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/,
  /\bgithub_pat_[A-Za-z0-9_]{50,}\b/,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\.eyJ(?<=\beyJ[A-Za-z0-9_-]{8,}\.eyJ)[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/,
  /\b(sk|rk)_(live|test)_[A-Za-z0-9]{16,}\b/,
  /(?:^|[^A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?:$|[^A-Za-z0-9/+=])/ // AWS secret access key shape
]

export function isSecretName(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
  return SECRET_NAME.test(words) && !NOT_SECRET_NAME.test(words)
}

// All shapes as one alternation: a string matches it exactly when it matches one of them, and every string of
// every resource is tested, so one scan of the string instead of eight is what keeps a large plan cheap.
const ANY_SECRET_VALUE = new RegExp(SECRET_VALUE.map((re) => `(?:${re.source})`).join('|'))

export function looksLikeSecretValue(value: unknown): boolean {
  if (typeof value !== 'string' || value.length < 16) return false
  return ANY_SECRET_VALUE.test(value)
}

/** Values no secret takes: booleans, N/A markers, numbers and timestamps, whatever the property is called. */
const PLAINLY_NOT_SECRET = /^(true|false|N\/A|no_information|not_supported|\d+|\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)?)?$/i

/**
 * Paths of the string values that look like secrets, and with `byName` also of those held under a secret-looking
 * name (a list's items take the name of the list) unless the value is plainly no secret. Every string of every
 * resource is looked at, and almost none is a secret: the walk keeps one step stack and formats a path only for
 * a hit.
 */
export function secretLookingPaths(value: unknown, options: { byName?: boolean } = {}): string[] {
  const out: string[] = []
  const steps: PathStep[] = []
  const walk = (node: unknown, name: string): void => {
    if (typeof node === 'string') {
      const named = options.byName === true && name !== '' && isSecretName(name) && !PLAINLY_NOT_SECRET.test(node)
      if (named || looksLikeSecretValue(node) || looksLikeEncodedSecret(node)) out.push(formatPath(steps))
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        steps.push(i)
        walk(node[i], name)
        steps.pop()
      }
    } else if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        steps.push(key)
        walk((node as Record<string, unknown>)[key], key)
        steps.pop()
      }
    }
  }
  walk(value, '')
  return out
}

// ---------------------------------------------------------------------------------------------------------
// Free-form payloads
//
// Scripts and configuration blobs hold whatever their authors put there, and a secret in them is invisible to the
// shape check (UserData arrives base64-encoded; a build spec or a state machine definition is one long string).
// No rule judges their contents, the Terraform mapping does not compare them, and drift never shows values, so
// they are sensitive: kept in memory, replaced by the redaction marker in every file. Paths use `[*]` for every
// list item and `.*` for every key of a map; each was checked against the type's CloudFormation schema.
export const FREE_FORM_PAYLOADS: Readonly<Record<string, readonly string[]>> = {
  'AWS::EC2::Instance': ['UserData', 'SsmAssociations[*].AssociationParameters[*].Value'],
  'AWS::EC2::LaunchTemplate': ['LaunchTemplateData.UserData'],
  'AWS::EC2::SpotFleet': ['SpotFleetRequestConfigData.LaunchSpecifications[*].UserData'],
  'AWS::AutoScaling::LaunchConfiguration': ['UserData'],
  'AWS::Lightsail::Instance': ['UserData'],
  'AWS::Lightsail::Container': ['ContainerServiceDeployment.Containers[*].Environment[*].Value', 'ContainerServiceDeployment.Containers[*].Command'],
  'AWS::Lambda::Function': ['Environment.Variables.*', 'Code.ZipFile', 'ImageConfig.Command', 'ImageConfig.EntryPoint'],
  'AWS::ECS::TaskDefinition': ['ContainerDefinitions[*].Environment[*].Value', 'ContainerDefinitions[*].Command', 'ContainerDefinitions[*].EntryPoint', 'ContainerDefinitions[*].HealthCheck.Command'],
  'AWS::Batch::JobDefinition': [
    'Parameters',
    'ContainerProperties.Environment[*].Value',
    'ContainerProperties.Command',
    'NodeProperties.NodeRangeProperties[*].Container.Environment[*].Value',
    'NodeProperties.NodeRangeProperties[*].Container.Command',
    'EksProperties.PodProperties.Containers[*].Env[*].Value',
    'EksProperties.PodProperties.Containers[*].Command',
    'EksProperties.PodProperties.Containers[*].Args',
    'EksProperties.PodProperties.InitContainers[*].Env[*].Value',
    'EksProperties.PodProperties.InitContainers[*].Command',
    'EksProperties.PodProperties.InitContainers[*].Args',
    'EcsProperties.TaskProperties[*].Containers[*].Environment[*].Value',
    'EcsProperties.TaskProperties[*].Containers[*].Command',
    'NodeProperties.NodeRangeProperties[*].EcsProperties.TaskProperties[*].Containers[*].Environment[*].Value',
    'NodeProperties.NodeRangeProperties[*].EcsProperties.TaskProperties[*].Containers[*].Command',
    'NodeProperties.NodeRangeProperties[*].EksProperties.PodProperties.Containers[*].Env[*].Value',
    'NodeProperties.NodeRangeProperties[*].EksProperties.PodProperties.Containers[*].Command',
    'NodeProperties.NodeRangeProperties[*].EksProperties.PodProperties.Containers[*].Args',
    'NodeProperties.NodeRangeProperties[*].EksProperties.PodProperties.InitContainers[*].Env[*].Value',
    'NodeProperties.NodeRangeProperties[*].EksProperties.PodProperties.InitContainers[*].Command',
    'NodeProperties.NodeRangeProperties[*].EksProperties.PodProperties.InitContainers[*].Args'
  ],
  'AWS::CodeBuild::Project': ['Environment.EnvironmentVariables[*].Value', 'Source.BuildSpec', 'SecondarySources[*].BuildSpec'],
  'AWS::SSM::Association': ['Parameters'],
  'AWS::SSM::Parameter': ['Value'],
  'AWS::SSM::Document': ['Content'],
  'AWS::SSM::PatchBaseline': ['Sources[*].Configuration'],
  'AWS::SSM::MaintenanceWindowTask': [
    'TaskParameters',
    'TaskInvocationParameters.MaintenanceWindowAutomationParameters.Parameters',
    'TaskInvocationParameters.MaintenanceWindowRunCommandParameters.Parameters',
    'TaskInvocationParameters.MaintenanceWindowLambdaParameters.Payload',
    'TaskInvocationParameters.MaintenanceWindowLambdaParameters.ClientContext',
    'TaskInvocationParameters.MaintenanceWindowStepFunctionsParameters.Input'
  ],
  'AWS::StepFunctions::StateMachine': ['Definition', 'DefinitionString', 'DefinitionSubstitutions'],
  'AWS::AppRunner::Service': [
    'SourceConfiguration.CodeRepository.CodeConfiguration.CodeConfigurationValues.RuntimeEnvironmentVariables[*].Value',
    'SourceConfiguration.CodeRepository.CodeConfiguration.CodeConfigurationValues.BuildCommand',
    'SourceConfiguration.CodeRepository.CodeConfiguration.CodeConfigurationValues.StartCommand',
    'SourceConfiguration.ImageRepository.ImageConfiguration.RuntimeEnvironmentVariables[*].Value',
    'SourceConfiguration.ImageRepository.ImageConfiguration.StartCommand'
  ],
  'AWS::SageMaker::Model': ['PrimaryContainer.Environment', 'Containers[*].Environment'],
  'AWS::SageMaker::DataQualityJobDefinition': ['DataQualityAppSpecification.Environment'],
  'AWS::SageMaker::NotebookInstanceLifecycleConfig': ['OnCreate[*].Content', 'OnStart[*].Content'],
  'AWS::Glue::Job': ['DefaultArguments', 'NonOverridableArguments'],
  'AWS::Glue::Connection': ['ConnectionInput.ConnectionProperties'],
  'AWS::ElasticBeanstalk::Environment': ['OptionSettings[*].Value'],
  'AWS::ElasticBeanstalk::ConfigurationTemplate': ['OptionSettings[*].Value'],
  'AWS::EMR::Cluster': [
    'Configurations',
    'Steps[*].HadoopJarStep.Args',
    'BootstrapActions[*].ScriptBootstrapAction.Args',
    'Applications[*].Args',
    'Instances.MasterInstanceGroup.Configurations',
    'Instances.CoreInstanceGroup.Configurations',
    'Instances.TaskInstanceGroups[*].Configurations',
    'Instances.MasterInstanceFleet.InstanceTypeConfigs[*].Configurations',
    'Instances.CoreInstanceFleet.InstanceTypeConfigs[*].Configurations',
    'Instances.TaskInstanceFleets[*].InstanceTypeConfigs[*].Configurations'
  ],
  'AWS::EMR::Step': ['HadoopJarStep.Args'],
  'AWS::CloudFormation::Stack': ['Parameters'],
  'AWS::Events::Rule': ['Targets[*].Input', 'Targets[*].InputTransformer.InputTemplate', 'Targets[*].HttpParameters.HeaderParameters', 'Targets[*].HttpParameters.QueryStringParameters'],
  'AWS::Scheduler::Schedule': ['Target.Input'],
  'AWS::Pipes::Pipe': ['TargetParameters.InputTemplate'],
  'AWS::Amplify::App': ['EnvironmentVariables[*].Value', 'AutoBranchCreationConfig.EnvironmentVariables[*].Value', 'BuildSpec', 'AutoBranchCreationConfig.BuildSpec', 'BasicAuthConfig.Password'],
  'AWS::Amplify::Branch': ['EnvironmentVariables[*].Value', 'BuildSpec'],
  'AWS::ImageBuilder::Component': ['Data'],
  'AWS::ImageBuilder::ImageRecipe': ['AdditionalInstanceConfiguration.UserDataOverride', 'Components[*].Parameters'],
  'AWS::ImageBuilder::ContainerRecipe': ['Components[*].Parameters'],
  'AWS::ImageBuilder::Workflow': ['Data'],
  'AWS::ImageBuilder::ImagePipeline': ['Workflows[*].Parameters'],
  'AWS::Config::RemediationConfiguration': ['Parameters'],
  'AWS::MWAA::Environment': ['AirflowConfigurationOptions'],
  'AWS::KinesisAnalyticsV2::Application': ['ApplicationConfiguration.EnvironmentProperties.PropertyGroups[*].PropertyMap'],
  'AWS::GameLift::Fleet': ['RuntimeConfiguration.ServerProcesses[*].Parameters'],
  'AWS::DataPipeline::Pipeline': ['ParameterValues[*].StringValue', 'PipelineObjects[*].Fields[*].StringValue'],
  'AWS::AppSync::GraphQLApi': ['EnvironmentVariables'],
  'AWS::AmazonMQ::Configuration': ['Data'],
  'AWS::AppConfig::HostedConfigurationVersion': ['Content'],
  'AWS::ApiGateway::RestApi': ['Parameters'],
  'AWS::ApiGateway::Stage': ['Variables'],
  'AWS::ApiGateway::Deployment': ['StageDescription.Variables'],
  'AWS::ApiGatewayV2::Stage': ['StageVariables'],
  'AWS::AppSync::Resolver': ['RequestMappingTemplate', 'ResponseMappingTemplate', 'Code'],
  'AWS::AppSync::FunctionConfiguration': ['RequestMappingTemplate', 'ResponseMappingTemplate', 'Code'],
  'AWS::Synthetics::Canary': ['Code.Script', 'RunConfig.EnvironmentVariables'],
  'AWS::CloudFront::Function': ['FunctionCode'],
  'AWS::CloudFront::Distribution': ['DistributionConfig.Origins[*].OriginCustomHeaders[*].HeaderValue'],
  'AWS::EKS::Addon': ['ConfigurationValues'],
  'AWS::OpsWorks::App': ['Environment[*].Value'],
  'AWS::CodePipeline::Pipeline': [
    'Stages[*].Actions[*].Configuration',
    'Stages[*].BeforeEntry.Conditions[*].Rules[*].Configuration',
    'Stages[*].OnFailure.Conditions[*].Rules[*].Configuration',
    'Stages[*].OnSuccess.Conditions[*].Rules[*].Configuration',
    'Variables[*].DefaultValue'
  ],
  'AWS::DMS::Endpoint': ['ExtraConnectionAttributes'],
  'AWS::Glue::Trigger': ['Actions[*].Arguments'],
  'AWS::Glue::Workflow': ['DefaultRunProperties'],
  'AWS::EMRServerless::Application': ['RuntimeConfiguration']
}

/** The property name that holds a script whatever the type (types outside the table, nested launch specifications). */
const FREE_FORM_NAME = 'UserData'

/** The paths of a resource's free-form payloads that hold a value: the table's for its type, and any UserData. */
export function freeFormPayloadPaths(type: string, properties: Record<string, unknown>): string[] {
  const paths = tablePayloadPaths(type, properties)
  walkProperties(properties, paths, undefined)
  return [...new Set(paths)]
}

/**
 * What the mapping marks sensitive in every resource it builds beyond Terraform's marks: the free-form payloads
 * (freeFormPayloadPaths) and the secret-looking values (secretLookingPaths, by value only), in one walk of the
 * properties instead of two. Below a UserData value the walk does not look: the payload is sensitive as a whole.
 * Paths may repeat or lie under one another; the caller collapses them.
 */
export function payloadAndSecretPaths(type: string, properties: Record<string, unknown>): string[] {
  const paths = tablePayloadPaths(type, properties)
  walkProperties(properties, paths, paths)
  return paths
}

function tablePayloadPaths(type: string, properties: Record<string, unknown>): string[] {
  const patterns = FREE_FORM_PAYLOADS[type]
  if (patterns === undefined) return []
  const paths: string[] = []
  for (const pattern of patterns) for (const path of expandPathPattern(properties, pattern)) paths.push(path)
  return paths
}

/**
 * One walk of the properties: the paths of UserData values go to `payloads`; with `secrets`, the paths of strings
 * that look like secrets (by value) go there. A step stack is kept and a path formatted only for a hit: every
 * string of every resource is looked at, and almost none is a payload or a secret.
 */
function walkProperties(properties: Record<string, unknown>, payloads: string[], secrets: string[] | undefined): void {
  const steps: PathStep[] = []
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      if (secrets !== undefined && (looksLikeSecretValue(node) || looksLikeEncodedSecret(node))) secrets.push(formatPath(steps))
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        steps.push(i)
        walk(node[i])
        steps.pop()
      }
    } else if (node !== null && typeof node === 'object') {
      // for…in rather than Object.keys: no array per object, and property values are plain objects (JSON's or
      // the mappers' literals) with nothing enumerable inherited.
      for (const key in node) {
        const value = (node as Record<string, unknown>)[key]
        steps.push(key)
        if (key === FREE_FORM_NAME && value !== undefined && value !== null) payloads.push(formatPath(steps))
        else walk(value)
        steps.pop()
      }
    }
  }
  walk(properties)
}

// ---------------------------------------------------------------------------------------------------------
// Secrets inside encoded and free-form text

/** A whole string of base64, long enough to carry a secret (anchored: one linear scan). */
const BASE64_TEXT = /^[A-Za-z0-9+/]{22,}={0,2}$/
/** At most this much decoded text is looked at: secrets sit in the first lines of a script or a blob. */
const MAX_DECODED_CHARS = 64 * 1024

/** `NAME=value`, `export NAME=value`, `NAME: value`, `"NAME": "value"` at the start of a line, the value kept. */
const ASSIGNMENT = /^\s*(?:export\s+|set\s+)?["']?([A-Za-z_][A-Za-z0-9_.-]{0,127})["']?\s*[=:]\s*["']?([^"'\s,;]{1,4096})/

/**
 * The secret values a text assigns to secret-looking names (`DB_PASSWORD=...`) or holds in a secret's shape, and,
 * when the text is base64 (as UserData is), the same for what it decodes to. Used to learn the values to mask and
 * scrub, and to call an encoded string secret (looksLikeEncodedSecret).
 */
export function secretValuesInText(text: string): string[] {
  const found: string[] = []
  const scan = (plain: string): void => {
    for (const line of plain.slice(0, MAX_DECODED_CHARS).split(/\r?\n/)) {
      const assignment = ASSIGNMENT.exec(line)
      if (assignment && isSecretName(assignment[1]) && !PLAINLY_NOT_SECRET.test(assignment[2])) found.push(assignment[2])
      for (const token of line.split(/[\s"'=:,;()[\]{}<>]+/)) if (looksLikeSecretValue(token)) found.push(token)
    }
  }
  scan(text)
  const decoded = decodeBase64Text(text)
  if (decoded !== undefined) scan(decoded)
  return [...new Set(found)]
}

/** A base64 string that decodes to text holding a secret (an encoded script with `DB_PASSWORD=...` in it). */
export function looksLikeEncodedSecret(value: string): boolean {
  const decoded = decodeBase64Text(value)
  return decoded !== undefined && secretValuesInText(decoded).length > 0
}

/** The text a base64 string encodes, when it is base64 and decodes to readable UTF-8; undefined otherwise. */
function decodeBase64Text(value: string): string | undefined {
  if (value.length < 24 || value.length % 4 !== 0 || !BASE64_TEXT.test(value)) return undefined
  const bytes = Buffer.from(value.slice(0, (MAX_DECODED_CHARS / 3) * 4), 'base64')
  const text = bytes.toString('utf8')
  // Binary (a key, a ciphertext, a compressed blob) is not text a person wrote a secret into.
  let control = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) control++
  }
  return control > text.length / 100 ? undefined : text
}

// ---------------------------------------------------------------------------------------------------------
// The run-wide secret values: masked in the action log and scrubbed from every file and message

/**
 * A value marked sensitive shorter than this is too common to mask or scrub across the whole run: GitHub's log
 * masker replaces every occurrence, and masking `staging` or `orders` turns the log into asterisks. A resource's
 * own sensitive values are still kept out of its own messages whatever their length (evaluate.ts).
 */
export const MIN_RUN_SECRET_LENGTH = 8

export interface RunSecretSources {
  /** Terraform resources (plan, prior state, state, .tf code) with their sensitive attribute paths. */
  terraform: readonly TfResource[]
  /** Live resources with their sensitive property paths. */
  live: readonly Resource[]
  /** Values of root variables the configuration declares sensitive. */
  sensitiveValues?: readonly string[]
}

/**
 * The values to mask in the log and scrub from every output. Only values specific enough to be secrets:
 * - a string Terraform marks sensitive by itself (an attribute, a variable): when it is at least
 *   MIN_RUN_SECRET_LENGTH long and not plainly a number, boolean or date;
 * - inside a container marked sensitive as a whole (a map of tags with one sensitive value makes Terraform mark the
 *   whole map) and inside the live side's sensitive paths (every Lambda environment variable, free-form payloads):
 *   only values held under a secret-looking name, values of a secret's shape, and the values a script or an
 *   encoded blob assigns to secret-looking names — never `staging`, `eu-west-1a` or a whole script.
 */
export function runSecretValues(sources: RunSecretSources): string[] {
  const out = new Set<string>()
  const specific = (value: string) => value.length >= MIN_RUN_SECRET_LENGTH && !PLAINLY_NOT_SECRET.test(value)
  // A plan holds most sensitive values twice (planned and prior state): each text is scanned once.
  const scanned = new Set<string>()
  const fromText = (value: string) => {
    if (scanned.has(value)) return
    scanned.add(value)
    if (looksLikeSecretValue(value)) out.add(value)
    for (const found of secretValuesInText(value)) if (specific(found) || looksLikeSecretValue(found)) out.add(found)
  }
  const marked = (value: string) => {
    if (specific(value)) out.add(value)
    fromText(value)
  }
  const named = (node: unknown, name: string): void => {
    if (typeof node === 'string') {
      if (name !== '' && isSecretName(name) && specific(node)) out.add(node)
      fromText(node)
    } else if (Array.isArray(node)) node.forEach((item) => named(item, name))
    else if (node !== null && typeof node === 'object') for (const [key, value] of Object.entries(node)) named(value, key)
  }
  const lastName = (path: string): string => {
    const steps = parsePath(path)
    for (let i = steps.length - 1; i >= 0; i--) if (typeof steps[i] === 'string') return steps[i] as string
    return ''
  }
  // Index loops: this runs once per run over every Terraform resource (24,000 with a large plan), mostly before
  // V8 optimises it, and for...of then allocates an iterator per resource, nearly all for an empty list.
  const terraform = sources.terraform
  for (let r = 0; r < terraform.length; r++) {
    const resource = terraform[r]
    const sensitive = resource.sensitive
    for (let i = 0; i < sensitive.length; i++) {
      const path = sensitive[i]
      const value = path === '' ? resource.values : getPath(resource.values, path)
      if (typeof value === 'string') marked(value)
      else named(value, lastName(path))
    }
  }
  for (const resource of sources.live) {
    for (const path of resource.sensitive ?? []) named(getPath(resource.properties, path), lastName(path))
  }
  for (const value of sources.sensitiveValues ?? []) marked(value)
  return [...out]
}
