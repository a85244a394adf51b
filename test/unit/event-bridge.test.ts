// issue 16's wake-up path: the EventBridge rule → API destination → repository_dispatch that starts
// examples/workflows/on-change.yml. The Terraform module (read by Plumbline's own HCL evaluator) and the
// CloudFormation template (plain YAML, its intrinsic functions resolved here) must match the same events, POST the
// same body to the same GitHub endpoint, and give EventBridge's role the one API destination and nothing else.
// The list of sources is examples/event-bridge/event-sources.json, the one list both halves are held to.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { EMPTY_CONFIG_FILE } from '../../src/config-file.js'
import { evaluateInventory } from '../../src/evaluate.js'
import { mapTerraform } from '../../src/mapping/index.js'
import { ALL_RULES, findRules } from '../../src/rules/index.js'
import { loadTerraformDir } from '../../src/sources/hcl/index.js'
import { parseHcl } from '../../src/sources/hcl/parser.js'
import type { TfResource } from '../../src/types.js'
import { ROOT } from '../e2e/helpers.js'

type Json = Record<string, any>
const EXAMPLE = join(ROOT, 'examples/event-bridge')
const MODULE = join(EXAMPLE, 'terraform')
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'))

/** The sources the rule matches: the services Plumbline scans, as EventBridge names them. */
const EVENT_SOURCES: string[] = readJson(join(EXAMPLE, 'event-sources.json'))

/** The event pattern both halves must carry. */
const EXPECTED_PATTERN = {
  source: EVENT_SOURCES,
  'detail-type': ['AWS API Call via CloudTrail'],
  detail: { readOnly: [false], errorCode: [{ exists: false }] }
}

const OWNER = 'acme-corp'
const REPOSITORY = 'infra.live'
const TOKEN = 'github_pat_11TESTTOKEN'
const ENDPOINT = `https://api.github.com/repos/${OWNER}/${REPOSITORY}/dispatches`
const DESTINATION_ARN = 'arn:aws:events:eu-west-1:111122223333:api-destination/plumbline-change/8f0a1b2c-0000-4000-8000-000000000001'
const RULE_ARN = 'arn:aws:events:eu-west-1:111122223333:rule/plumbline-change'
const QUEUE_ARN = 'arn:aws:sqs:eu-west-1:111122223333:plumbline-change-dead-letter'

// ---- EventBridge, as far as the tests need it ---------------------------------------------------------------

/** A successful write call as CloudTrail delivers it to the default bus (the shape of EventBridge's CloudTrail events). */
function cloudTrailEvent(overrides: { source?: string; eventName?: string; readOnly?: boolean; errorCode?: string } = {}): Json {
  const source = overrides.source ?? 'aws.ec2'
  const service = source.replace(/^aws\./, '')
  const detail: Json = {
    eventVersion: '1.09',
    userIdentity: { type: 'AssumedRole', principalId: 'AROAEXAMPLE:alice', arn: 'arn:aws:sts::111122223333:assumed-role/admin/alice', accountId: '111122223333' },
    eventTime: '2026-12-04T21:58:04Z',
    eventSource: `${service}.amazonaws.com`,
    eventName: overrides.eventName ?? 'AuthorizeSecurityGroupIngress',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.7',
    userAgent: 'aws-cli/2.17.0',
    requestParameters: { groupId: 'sg-0123456789abcdef0', ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] } }] } },
    responseElements: { _return: true },
    requestID: 'c0ffee00-1111-2222-3333-444455556666',
    eventID: 'deadbeef-1111-2222-3333-444455556666',
    readOnly: overrides.readOnly ?? false,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management'
  }
  if (overrides.errorCode !== undefined) Object.assign(detail, { errorCode: overrides.errorCode, errorMessage: 'You are not authorized to perform this operation.' })
  return {
    version: '0',
    id: '6f8a3b5e-7c1d-4e2f-9a0b-1c2d3e4f5a6b',
    'detail-type': 'AWS API Call via CloudTrail',
    source,
    account: '111122223333',
    time: '2026-12-04T21:58:04Z',
    region: 'eu-west-1',
    resources: [],
    detail
  }
}

/** EventBridge's matching for the pattern forms used here: lists of exact values and `exists`, nested objects. */
function matches(pattern: Json, event: Json): boolean {
  return Object.entries(pattern).every(([key, expected]) => {
    const value = event?.[key]
    if (!Array.isArray(expected)) return value !== null && typeof value === 'object' && !Array.isArray(value) && matches(expected, value)
    return expected.some((alternative) => {
      if (alternative !== null && typeof alternative === 'object') {
        if ('exists' in alternative) return alternative.exists === (value !== undefined)
        throw new Error(`the test does not evaluate ${JSON.stringify(alternative)}`)
      }
      return value !== undefined && [value].flat().some((v) => v === alternative)
    })
  })
}

/**
 * An input template rendered as EventBridge renders it with no input paths: only its predefined variables.
 * aws.events.event.json is the whole original event and aws.events.event the event without detail, both inserted
 * as JSON, unescaped (so only usable as a JSON value); the rule's name and ARN are inserted as text.
 */
function render(template: string, event: Json, rule = { name: 'plumbline-change', arn: RULE_ARN }): string {
  const { detail: _detail, ...withoutDetail } = event
  const predefined: Record<string, string> = {
    'aws.events.event.json': JSON.stringify(event),
    'aws.events.event': JSON.stringify(withoutDetail),
    'aws.events.rule-name': rule.name,
    'aws.events.rule-arn': rule.arn
  }
  return template.replace(/<([A-Za-z0-9._-]+)>/g, (_, name: string) => {
    if (!(name in predefined)) throw new Error(`<${name}> is neither predefined nor given by input paths`)
    return predefined[name]
  })
}

/** What a template sends GitHub for an event, checked against POST /repos/{owner}/{repo}/dispatches's body rules. */
function dispatchBody(template: string, event: Json): { event_type: string; client_payload: Json } {
  const body = JSON.parse(render(template, event))
  expect(Object.keys(body).sort()).toEqual(['client_payload', 'event_type'])
  expect(typeof body.event_type).toBe('string')
  expect(body.event_type.length).toBeLessThanOrEqual(100)
  // GitHub takes at most 10 top-level properties in client_payload.
  expect(Object.keys(body.client_payload).length).toBeLessThanOrEqual(10)
  return body
}

describe('the EventBridge helpers (so the checks below can fail)', () => {
  it('the pattern matcher tells the events apart', () => {
    expect(matches(EXPECTED_PATTERN, cloudTrailEvent())).toBe(true)
    expect(matches(EXPECTED_PATTERN, cloudTrailEvent({ readOnly: true, eventName: 'DescribeSecurityGroups' }))).toBe(false)
    expect(matches(EXPECTED_PATTERN, cloudTrailEvent({ errorCode: 'Client.UnauthorizedOperation' }))).toBe(false)
    expect(matches(EXPECTED_PATTERN, cloudTrailEvent({ source: 'aws.route53' }))).toBe(false)
    expect(matches(EXPECTED_PATTERN, { ...cloudTrailEvent(), 'detail-type': 'AWS Console Signin via CloudTrail' })).toBe(false)
  })

  it('rendering refuses a variable no input path defines, and a quoted event is not the event', () => {
    expect(() => render('{"a":<detail>}', cloudTrailEvent())).toThrow('<detail>')
    expect(JSON.parse(render('{"a":<aws.events.event>}', cloudTrailEvent())).a.detail).toBeUndefined()
    expect(typeof JSON.parse(render('{"a":"<aws.events.rule-name>"}', cloudTrailEvent())).a).toBe('string')
    expect(() => JSON.parse(render('{"a":"<aws.events.event.json>"}', cloudTrailEvent()))).toThrow()
  })

  it('a sample CloudTrail event has the 9 top-level keys of an EventBridge event', () => {
    expect(Object.keys(cloudTrailEvent()).sort()).toEqual(['account', 'detail', 'detail-type', 'id', 'region', 'resources', 'source', 'time', 'version'])
  })
})

describe('examples/event-bridge/event-sources.json', () => {
  it('lists aws.<service> sources, each once, IAM and Cloud Control included', () => {
    expect(EVENT_SOURCES.length).toBeGreaterThan(0)
    for (const source of EVENT_SOURCES) expect(source).toMatch(/^aws\.[a-z0-9-]+$/)
    expect(new Set(EVENT_SOURCES).size).toBe(EVENT_SOURCES.length)
    expect(EVENT_SOURCES).toEqual(expect.arrayContaining(['aws.ec2', 'aws.s3', 'aws.iam', 'aws.cloudcontrolapi']))
  })
})

// ---- Terraform ---------------------------------------------------------------------------------------------

/** The module's resources as Plumbline's own HCL reader evaluates them, with these variables; `text` rewrites main.tf first. */
async function applyModule(variables: Json = {}, text: (main: string) => string = (main) => main): Promise<Map<string, TfResource>> {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-event-bridge-'))
  cpSync(MODULE, dir, { recursive: true })
  writeFileSync(join(dir, 'main.tf'), text(readFileSync(join(dir, 'main.tf'), 'utf8')))
  writeFileSync(join(dir, 'test.auto.tfvars.json'), JSON.stringify({ github_owner: OWNER, github_repository: REPOSITORY, github_token: TOKEN, ...variables }))
  const project = await loadTerraformDir(dir, { repoRoot: dir, env: {} })
  expect(project.warnings).toEqual([])
  return new Map(project.resources.map((r) => [r.address, r]))
}

/** The ARNs Plumbline cannot know before apply, written in as literals so that the documents holding them evaluate. */
const withArns = (main: string) =>
  main
    .replaceAll('aws_cloudwatch_event_api_destination.github.arn', JSON.stringify(DESTINATION_ARN))
    .replaceAll('aws_cloudwatch_event_rule.change.arn', JSON.stringify(RULE_ARN))
    .replaceAll('aws_sqs_queue.dead_letter.arn', JSON.stringify(QUEUE_ARN))

const variablesTf = async () => ((await parseHcl('variables.tf', readFileSync(join(MODULE, 'variables.tf'), 'utf8'))) as Json).variable as Record<string, Json[]>

describe('examples/event-bridge/terraform', () => {
  it('declares the aws provider and the token as a sensitive variable without a default', async () => {
    const versions = (await parseHcl('versions.tf', readFileSync(join(MODULE, 'versions.tf'), 'utf8'))) as Json
    const aws = versions.terraform[0].required_providers[0].aws
    expect(aws).toEqual({ source: 'hashicorp/aws', version: expect.stringMatching(/^>= ?\d/) })
    const variables = await variablesTf()
    expect(variables.github_token[0].sensitive).toBe(true)
    expect(variables.github_token[0].default).toBeUndefined()
    expect(variables.github_token[0].description).toContain('Contents: read and write')
  })

  it('defaults event_sources to event-sources.json, and says that IAM events arrive in us-east-1', async () => {
    const variables = await variablesTf()
    expect(variables.event_sources[0].default).toEqual(EVENT_SOURCES)
    expect(variables.event_sources[0].description).toContain('us-east-1')
  })

  it('matches successful write calls of the sources on the default bus, and nothing else', async () => {
    const rule = (await applyModule()).get('aws_cloudwatch_event_rule.change')!
    expect(rule.values.event_bus_name).toBe('default')
    // No state: ENABLED, the state that never matches read-only management events.
    expect(rule.values.state).toBeUndefined()
    const pattern = JSON.parse(rule.values.event_pattern as string)
    expect(pattern).toEqual(EXPECTED_PATTERN)
    expect((rule.values.event_pattern as string).length).toBeLessThanOrEqual(4096) // EventBridge's limit on a pattern
    expect(matches(pattern, cloudTrailEvent({ source: 'aws.iam', eventName: 'AttachRolePolicy' }))).toBe(true)
    expect(matches(pattern, cloudTrailEvent({ readOnly: true }))).toBe(false)
    // The variable decides the sources.
    const narrowed = (await applyModule({ event_sources: ['aws.s3'] })).get('aws_cloudwatch_event_rule.change')!
    expect(JSON.parse(narrowed.values.event_pattern as string).source).toEqual(['aws.s3'])
  })

  it('authorizes with the token as Authorization: Bearer, a value Terraform keeps sensitive', async () => {
    const connection = (await applyModule()).get('aws_cloudwatch_event_connection.github')!
    expect(connection.values.authorization_type).toBe('API_KEY')
    expect(connection.values.auth_parameters).toEqual([{ api_key: [{ key: 'Authorization', value: `Bearer ${TOKEN}` }] }])
    expect(connection.sensitive).toContain('auth_parameters[0].api_key[0].value')
  })

  it('POSTs to the repository’s dispatches endpoint, rate-limited, through the connection', async () => {
    const destination = (await applyModule()).get('aws_cloudwatch_event_api_destination.github')!
    expect(destination.values).toMatchObject({ invocation_endpoint: ENDPOINT, http_method: 'POST' })
    expect(destination.values.invocation_rate_limit_per_second).toEqual(expect.any(Number))
    expect(destination.values.invocation_rate_limit_per_second as number).toBeGreaterThanOrEqual(1)
    expect(destination.values.invocation_rate_limit_per_second as number).toBeLessThanOrEqual(300)
    expect(destination.references).toEqual({ connection_arn: ['aws_cloudwatch_event_connection.github'] })
  })

  it('sends the whole event as client_payload of a plumbline-change dispatch, with GitHub’s Accept header', async () => {
    const target = (await applyModule()).get('aws_cloudwatch_event_target.github')!
    expect(target.references).toEqual({
      rule: ['aws_cloudwatch_event_rule.change'],
      arn: ['aws_cloudwatch_event_api_destination.github'],
      role_arn: ['aws_iam_role.invoke'],
      dead_letter_config: ['aws_sqs_queue.dead_letter']
    })
    const [transformer] = target.values.input_transformer as Json[]
    expect(transformer.input_paths).toBeUndefined()
    const event = cloudTrailEvent()
    const body = dispatchBody(transformer.input_template, event)
    expect(body.event_type).toBe('plumbline-change')
    expect(body.client_payload).toEqual(event)
    expect((target.values.http_target as Json[])[0].header_parameters.Accept).toBe('application/vnd.github+json')
    const [retry] = target.values.retry_policy as Json[]
    expect(retry.maximum_event_age_in_seconds).toBeGreaterThanOrEqual(60)
    expect(retry.maximum_event_age_in_seconds).toBeLessThanOrEqual(86400)
    expect(retry.maximum_retry_attempts).toBeLessThanOrEqual(185)
  })

  it('lets EventBridge’s role invoke that API destination and nothing else', async () => {
    const resources = await applyModule()
    expect(resources.get('aws_iam_role_policy.invoke')!.references).toEqual({ role: ['aws_iam_role.invoke'], policy: ['aws_cloudwatch_event_api_destination.github'] })
    const resolved = await applyModule({}, withArns)
    const role = resolved.get('aws_iam_role.invoke')!
    expect(JSON.parse(role.values.assume_role_policy as string).Statement).toEqual([{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' }])
    expect(JSON.parse(resolved.get('aws_iam_role_policy.invoke')!.values.policy as string).Statement).toEqual([
      { Effect: 'Allow', Action: 'events:InvokeApiDestination', Resource: DESTINATION_ARN }
    ])
    // No other permissions reach the role.
    expect([...resolved.values()].filter((r) => /^aws_iam_(role_policy_attachment|policy_attachment|policy)$/.test(r.type))).toEqual([])
    expect(role.values.managed_policy_arns).toBeUndefined()
    expect(role.values.inline_policy).toBeUndefined()
    // Applied once per region: the account-wide role name is generated, never fixed.
    expect(role.values.name).toBeUndefined()
    expect(role.values.name_prefix).toBe('plumbline-change-invoke-')
  })

  it('dead-letters into an encrypted queue only this rule may send to', async () => {
    const resolved = await applyModule({}, withArns)
    const queue = resolved.get('aws_sqs_queue.dead_letter')!
    expect(queue.values.sqs_managed_sse_enabled).toBe(true)
    expect(JSON.parse(resolved.get('aws_sqs_queue_policy.dead_letter')!.values.policy as string).Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: QUEUE_ARN, Condition: { ArnEquals: { 'aws:SourceArn': RULE_ARN } } }
    ])
  })

  it('passes Plumbline’s own rules: no high or critical finding', async () => {
    const { resources } = mapTerraform([...(await applyModule({}, withArns)).values()])
    for (const r of resources) r.region ??= 'eu-west-1'
    const evaluations = evaluateInventory(resources, { rules: ALL_RULES, configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup: findRules })
    expect(evaluations.filter((e) => e.status !== 'unknown').length).toBeGreaterThan(0)
    expect(evaluations.filter((e) => e.status === 'fail' && (e.severity === 'high' || e.severity === 'critical')).map((e) => `${e.rule} ${e.resource.address}`)).toEqual([])
  })
})

// ---- CloudFormation ----------------------------------------------------------------------------------------

const TEMPLATE = join(EXAMPLE, 'cloudformation/template.yaml')
const templateText = readFileSync(TEMPLATE, 'utf8')
const template = parse(templateText) as { Parameters: Record<string, Json>; Resources: Record<string, { Type: string; Properties: Json }> }

/**
 * The template's resources with these parameters: Ref to a parameter, Fn::Sub over parameters, and Fn::GetAtt
 * (kept as `GetAtt:RESOURCE.ATTRIBUTE`) resolved, a Ref to a resource kept as `Ref:NAME`; any other function throws.
 */
function deploy(given: Record<string, string | number>): Record<string, { Type: string; Properties: Json }> {
  const parameters: Record<string, string | number> = {}
  for (const [name, parameter] of Object.entries(template.Parameters)) {
    const value = given[name] ?? parameter.Default
    if (value === undefined) throw new Error(`parameter ${name} has no default`)
    if (parameter.AllowedPattern !== undefined && !new RegExp(parameter.AllowedPattern).test(String(value))) throw new Error(`${name}: ${value} does not match its AllowedPattern`)
    parameters[name] = value
  }
  const resolve = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(resolve)
    if (node === null || typeof node !== 'object') return node
    const entries = Object.entries(node)
    const [fn, argument] = entries[0] ?? []
    if (entries.length === 1 && (fn === 'Ref' || fn?.startsWith('Fn::'))) {
      if (fn === 'Ref') return parameters[argument as string] ?? `Ref:${String(argument)}`
      if (fn === 'Fn::GetAtt') return `GetAtt:${(argument as string[]).join('.')}`
      if (fn === 'Fn::Sub') {
        return (argument as string).replace(/\$\{([\w:]+)\}/g, (_, name: string) => {
          if (!(name in parameters)) throw new Error(`Fn::Sub names ${name}, which is not a parameter`)
          return String(parameters[name])
        })
      }
      throw new Error(`the template uses ${fn}, which this test does not resolve`)
    }
    return Object.fromEntries(entries.map(([key, value]) => [key, resolve(value)]))
  }
  return Object.fromEntries(Object.entries(template.Resources).map(([name, resource]) => [name, { Type: resource.Type, Properties: resolve(resource.Properties) as Json }]))
}

const stack = () => deploy({ GitHubOwner: OWNER, GitHubRepository: REPOSITORY, GitHubToken: TOKEN })
const ofType = (resources: ReturnType<typeof deploy>, type: string) => {
  const found = Object.entries(resources).filter(([, r]) => r.Type === type)
  expect(found).toHaveLength(1)
  return { id: found[0][0], properties: found[0][1].Properties }
}

describe('examples/event-bridge/cloudformation/template.yaml', () => {
  it('parses as plain YAML (long-form intrinsic functions) and asks for the token as a NoEcho parameter without a default', () => {
    expect(templateText).not.toMatch(/!(Ref|Sub|GetAtt|If|Equals|Join|Select)\b/)
    expect(template.Parameters.GitHubToken).toMatchObject({ Type: 'String', NoEcho: true })
    expect(template.Parameters.GitHubToken.Default).toBeUndefined()
    expect(() => deploy({ GitHubOwner: 'acme/other', GitHubRepository: REPOSITORY, GitHubToken: TOKEN })).toThrow('AllowedPattern')
  })

  it('creates exactly the rule, connection, API destination, role, queue and queue policy', () => {
    expect(Object.values(stack()).map((r) => r.Type).sort()).toEqual(
      ['AWS::Events::ApiDestination', 'AWS::Events::Connection', 'AWS::Events::Rule', 'AWS::IAM::Role', 'AWS::SQS::Queue', 'AWS::SQS::QueuePolicy'].sort()
    )
  })

  it('matches successful write calls of the sources on the default bus', () => {
    const rule = ofType(stack(), 'AWS::Events::Rule').properties
    expect(rule).toMatchObject({ EventBusName: 'default', State: 'ENABLED' })
    expect(rule.EventPattern).toEqual(EXPECTED_PATTERN)
    expect(JSON.stringify(rule.EventPattern).length).toBeLessThanOrEqual(4096)
  })

  it('authorizes with the token as Authorization: Bearer, and POSTs to the repository’s dispatches endpoint', () => {
    const resources = stack()
    const connection = ofType(resources, 'AWS::Events::Connection')
    expect(connection.properties).toMatchObject({ AuthorizationType: 'API_KEY', AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: 'Authorization', ApiKeyValue: `Bearer ${TOKEN}` } } })
    const destination = ofType(resources, 'AWS::Events::ApiDestination').properties
    expect(destination).toMatchObject({ InvocationEndpoint: ENDPOINT, HttpMethod: 'POST', ConnectionArn: `GetAtt:${connection.id}.Arn` })
    expect(destination.InvocationRateLimitPerSecond).toBeGreaterThanOrEqual(1)
    expect(destination.InvocationRateLimitPerSecond).toBeLessThanOrEqual(300)
  })

  it('sends the whole event as client_payload through the role, with a retry policy and the dead-letter queue', () => {
    const resources = stack()
    const rule = ofType(resources, 'AWS::Events::Rule').properties
    const destination = ofType(resources, 'AWS::Events::ApiDestination')
    const role = ofType(resources, 'AWS::IAM::Role')
    const queue = ofType(resources, 'AWS::SQS::Queue')
    expect(rule.Targets).toHaveLength(1)
    const [target] = rule.Targets
    expect(target).toMatchObject({ Arn: `GetAtt:${destination.id}.Arn`, RoleArn: `GetAtt:${role.id}.Arn`, DeadLetterConfig: { Arn: `GetAtt:${queue.id}.Arn` } })
    expect(target.InputTransformer.InputPathsMap).toBeUndefined()
    const event = cloudTrailEvent({ source: 'aws.s3', eventName: 'PutBucketPolicy' })
    const body = dispatchBody(target.InputTransformer.InputTemplate, event)
    expect(body).toEqual({ event_type: 'plumbline-change', client_payload: event })
    expect(target.HttpParameters.HeaderParameters.Accept).toBe('application/vnd.github+json')
    expect(target.RetryPolicy.MaximumRetryAttempts).toBeLessThanOrEqual(185)
  })

  it('lets EventBridge’s role invoke that API destination and nothing else', () => {
    const resources = stack()
    const destination = ofType(resources, 'AWS::Events::ApiDestination')
    const role = ofType(resources, 'AWS::IAM::Role').properties
    expect(role.AssumeRolePolicyDocument.Statement).toEqual([{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' }])
    expect(role.ManagedPolicyArns).toBeUndefined()
    expect(role.RoleName).toBeUndefined() // deployed once per region: CloudFormation names the role
    expect(role.Policies).toHaveLength(1)
    expect(role.Policies[0].PolicyDocument.Statement).toEqual([{ Effect: 'Allow', Action: 'events:InvokeApiDestination', Resource: `GetAtt:${destination.id}.Arn` }])
  })

  it('dead-letters into an encrypted queue only this rule may send to', () => {
    const resources = stack()
    const rule = ofType(resources, 'AWS::Events::Rule')
    const queue = ofType(resources, 'AWS::SQS::Queue')
    expect(queue.properties.SqsManagedSseEnabled).toBe(true)
    const policy = ofType(resources, 'AWS::SQS::QueuePolicy').properties
    expect(policy.Queues).toEqual([`Ref:${queue.id}`])
    expect(policy.PolicyDocument.Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: `GetAtt:${queue.id}.Arn`, Condition: { ArnEquals: { 'aws:SourceArn': `GetAtt:${rule.id}.Arn` } } }
    ])
  })
})

// ---- The two halves agree, and the workflow answers them ---------------------------------------------------

describe('the Terraform module and the CloudFormation template', () => {
  it('carry the same pattern, body template, headers, rate limit and retry policy', async () => {
    const resources = await applyModule()
    const tfRule = resources.get('aws_cloudwatch_event_rule.change')!
    const tfTarget = resources.get('aws_cloudwatch_event_target.github')!
    const tfDestination = resources.get('aws_cloudwatch_event_api_destination.github')!
    const cfn = stack()
    const cfnRule = ofType(cfn, 'AWS::Events::Rule').properties
    const [cfnTarget] = cfnRule.Targets
    const cfnDestination = ofType(cfn, 'AWS::Events::ApiDestination').properties

    expect(cfnRule.EventPattern).toEqual(JSON.parse(tfRule.values.event_pattern as string))
    expect(cfnTarget.InputTransformer.InputTemplate).toBe((tfTarget.values.input_transformer as Json[])[0].input_template)
    expect(cfnTarget.HttpParameters.HeaderParameters).toEqual((tfTarget.values.http_target as Json[])[0].header_parameters)
    expect(cfnDestination.InvocationEndpoint).toBe(tfDestination.values.invocation_endpoint)
    expect(cfnDestination.InvocationRateLimitPerSecond).toBe(tfDestination.values.invocation_rate_limit_per_second)
    const [tfRetry] = tfTarget.values.retry_policy as Json[]
    expect(cfnTarget.RetryPolicy).toEqual({ MaximumEventAgeInSeconds: tfRetry.maximum_event_age_in_seconds, MaximumRetryAttempts: tfRetry.maximum_retry_attempts })
  })
})

describe('examples/workflows/on-change.yml', () => {
  const workflow = parse(readFileSync(join(ROOT, 'examples/workflows/on-change.yml'), 'utf8'))
  const [job] = Object.values<Json>(workflow.jobs)
  const plumbline = job.steps.find((step: Json) => String(step.uses).startsWith('plumbline/plumbline@'))

  it('runs on the event_type the input template sends, and by hand', () => {
    const [transformer] = [ofType(stack(), 'AWS::Events::Rule').properties.Targets[0].InputTransformer]
    const { event_type } = dispatchBody(transformer.InputTemplate, cloudTrailEvent())
    expect(workflow.on.repository_dispatch.types).toEqual([event_type])
    expect(workflow.on).toHaveProperty('workflow_dispatch')
  })

  it('queues runs in one group without cancelling a running scan, with the permissions since: last-scheduled-run needs', () => {
    expect(workflow.concurrency).toEqual({ group: 'plumbline-changes', 'cancel-in-progress': false })
    expect(workflow.permissions).toEqual({ 'id-token': 'write', contents: 'read', actions: 'read', 'security-events': 'write' })
  })

  it('scans live, from the inventory of the nightly workflow’s last scheduled run', () => {
    expect(plumbline.with).toMatchObject({ live: true, since: 'last-scheduled-run', 'since-workflow': 'scheduled-scan.yml', 'role-to-assume': expect.stringMatching(/^arn:aws:iam::\d{12}:role\//), regions: expect.stringContaining('us-east-1') })
    // The workflow it names ships beside it and has scheduled runs.
    const nightly = parse(readFileSync(join(ROOT, 'examples/workflows', plumbline.with['since-workflow']), 'utf8'))
    expect(nightly.on.schedule).toEqual(expect.arrayContaining([{ cron: expect.any(String) }]))
  })
})
