// The secret values of a run and where they are kept out: free-form payloads, encoded secrets, the run-wide set
// masked in the log and scrubbed from every output, and redact-identifiers on the saved inventory.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { schemaFacts, schemaTypes, type PropertyNode } from '../../src/model/schemas.js'
import { maskInventoryIdentifiers } from '../../src/report/redact.js'
import { RULE_OWNED_EVALUATION_FIELDS, SCRUBBED_EVALUATION_FIELDS, scrubber, scrubInPlace, scrubModel, scrubResource, SCRUBBED_TEXT } from '../../src/report/scrub.js'
import { buildConfig } from '../../src/config.js'
import { runPipeline } from '../../src/pipeline.js'
import { ROOT } from '../e2e/helpers.js'
import { buildModel, evaluation } from '../report/model-builder.js'
import { FREE_FORM_PAYLOADS, freeFormPayloadPaths, looksLikeEncodedSecret, runSecretValues, secretValuesInText } from '../../src/secrets.js'
import { buildInventoryFile, readInventoryFile } from '../../src/sources/inventory-file.js'
import { normalizeLiveResource } from '../../src/sources/live/normalize.js'
import type { Resource, TfResource } from '../../src/types.js'

const b64 = (text: string) => Buffer.from(text).toString('base64')

describe('free-form payloads', () => {
  it('names only properties that exist in the CloudFormation schemas we hold', () => {
    const nodeAt = (tree: PropertyNode, steps: string[]): PropertyNode | undefined => {
      let node: PropertyNode | undefined = tree
      for (const step of steps) {
        if (step === '[*]') continue // lists are transparent in the extracted trees
        if (node === 'map' || node === 'json') return node // keys are data below this point
        if (node === 0 || node === undefined) return undefined
        node = step === '*' ? undefined : node[step]
      }
      return node
    }
    const checked: string[] = []
    for (const [type, patterns] of Object.entries(FREE_FORM_PAYLOADS)) {
      const facts = schemaFacts(type)
      if (!facts) continue
      for (const pattern of patterns) {
        const steps = pattern.split(/\.|(?=\[\*\])/).filter((s) => s !== '')
        const map = steps[steps.length - 1] === '*'
        const node = nodeAt(facts.properties, map ? steps.slice(0, -1) : steps)
        expect([type, pattern, node !== undefined && (!map || node === 'map' || node === 'json')]).toEqual([type, pattern, true])
        checked.push(type)
      }
    }
    // The types a default scan reads and that hold payloads are among those checked.
    expect(checked).toEqual(expect.arrayContaining(['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::Lambda::Function']))
  })

  it('covers every property of the types Plumbline can scan whose name says it holds a script, an environment or arguments', () => {
    const PAYLOAD_NAMES = new Set(['UserData', 'Environment', 'Variables', 'EnvironmentVariables', 'Env', 'Parameters', 'Definition', 'DefinitionString', 'Script', 'Command', 'EntryPoint', 'Args', 'BuildSpec', 'ZipFile', 'Content', 'Input', 'InputTemplate', 'Data', 'Code', 'Configuration', 'Configurations'])
    // Named like a payload, but not one: a number, or a container whose payloads the table names one level down.
    const NOT_PAYLOADS = new Set([
      'AWS::EC2::Instance State.Code',
      'AWS::EC2::NetworkAclEntry Icmp.Code',
      'AWS::Lambda::Function Code',
      'AWS::Lambda::Function Environment',
      'AWS::ECS::Cluster Configuration',
      'AWS::Lightsail::Instance State.Code',
      'AWS::Amplify::App EnvironmentVariables',
      'AWS::Amplify::App AutoBranchCreationConfig.EnvironmentVariables',
      'AWS::CodeBuild::Project Environment',
      'AWS::CodeBuild::Project Environment.EnvironmentVariables',
      'AWS::CodeCommit::Repository Code',
      'AWS::CodePipeline::Pipeline Variables',
      'AWS::AmazonMQ::Broker Configuration',
      'AWS::Amplify::Branch EnvironmentVariables',
      'AWS::AppConfig::ConfigurationProfile Validators.Content',
      // Engine settings that rules read (rds.force_ssl, require_ssl, tls): database parameter groups hold no secrets.
      'AWS::RDS::DBParameterGroup Parameters',
      'AWS::RDS::DBClusterParameterGroup Parameters',
      'AWS::DocDB::DBClusterParameterGroup Parameters',
      'AWS::Neptune::DBClusterParameterGroup Parameters',
      'AWS::Neptune::DBParameterGroup Parameters',
      'AWS::MemoryDB::ParameterGroup Parameters',
      'AWS::Redshift::ClusterParameterGroup Parameters',
      // Catalog and crawler settings (a Lambda ARN, a catalog id, grouping policies), an object naming a broker
      // configuration by id, a job's command (its name and the script's S3 location), Firehose processor settings
      // (a Lambda ARN, buffer sizes).
      'AWS::Athena::DataCatalog Parameters',
      'AWS::Glue::Crawler Configuration',
      'AWS::Glue::Database DatabaseInput.Parameters',
      'AWS::Glue::Job Command',
      'AWS::LakeFormation::DataLakeSettings Parameters',
      'AWS::KinesisFirehose::DeliveryStream AmazonOpenSearchServerlessDestinationConfiguration.ProcessingConfiguration.Processors.Parameters',
      'AWS::KinesisFirehose::DeliveryStream AmazonopensearchserviceDestinationConfiguration.ProcessingConfiguration.Processors.Parameters',
      'AWS::KinesisFirehose::DeliveryStream ElasticsearchDestinationConfiguration.ProcessingConfiguration.Processors.Parameters',
      'AWS::KinesisFirehose::DeliveryStream ExtendedS3DestinationConfiguration.ProcessingConfiguration.Processors.Parameters',
      'AWS::KinesisFirehose::DeliveryStream HttpEndpointDestinationConfiguration.ProcessingConfiguration.Processors.Parameters',
      'AWS::KinesisFirehose::DeliveryStream IcebergDestinationConfiguration.ProcessingConfiguration.Processors.Parameters',
      'AWS::KinesisFirehose::DeliveryStream RedshiftDestinationConfiguration.ProcessingConfiguration.Processors.Parameters',
      'AWS::KinesisFirehose::DeliveryStream SnowflakeDestinationConfiguration.ProcessingConfiguration.Processors.Parameters',
      'AWS::KinesisFirehose::DeliveryStream SplunkDestinationConfiguration.ProcessingConfiguration.Processors.Parameters',
      // Policy documents (rules read them), an S3 location, snapshot-policy switches, a function's parameter schema,
      // a control's settings (allowed regions, ...), a status code and a resource group's service configuration.
      'AWS::Organizations::Policy Content',
      'AWS::Organizations::ResourcePolicy Content',
      'AWS::Lambda::LayerVersion Content',
      'AWS::DLM::LifecyclePolicy PolicyDetails.Parameters',
      'AWS::DLM::LifecyclePolicy PolicyDetails.EventSource.Parameters',
      'AWS::Bedrock::Agent ActionGroups.FunctionSchema.Functions.Parameters',
      'AWS::ControlTower::EnabledControl Parameters',
      'AWS::GuardDuty::MalwareProtectionPlan StatusReasons.Code',
      'AWS::ResourceGroups::Group Configuration',
      'AWS::ResourceGroups::Group Configuration.Parameters'
    ])
    const uncovered: string[] = []
    for (const type of schemaTypes()) {
      const patterns = (FREE_FORM_PAYLOADS[type] ?? []).map((p) => p.replace(/\[\*\]/g, '').replace(/\.\*$/, ''))
      const walk = (node: PropertyNode, path: string): void => {
        if (node === 0 || node === 'map' || node === 'json') return
        for (const [name, child] of Object.entries(node)) {
          const at = path === '' ? name : `${path}.${name}`
          const covered = patterns.some((p) => at === p || at.startsWith(`${p}.`))
          // A list of name/value pairs is covered by a pattern naming its values (Environment[*].Value).
          const valuesCovered = patterns.some((p) => p.startsWith(`${at}.`))
          if (PAYLOAD_NAMES.has(name) && !covered && !valuesCovered && !NOT_PAYLOADS.has(`${type} ${at}`)) uncovered.push(`${type} ${at}`)
          if (!covered) walk(child, at)
        }
      }
      walk(schemaFacts(type)!.properties, '')
    }
    expect(uncovered).toEqual([])
  })

  it('finds the payloads present in a resource, and UserData wherever it sits', () => {
    const paths = freeFormPayloadPaths('AWS::ECS::TaskDefinition', {
      ContainerDefinitions: [{ Name: 'app', Environment: [{ Name: 'A', Value: '1' }, { Name: 'B', Value: '2' }], Command: ['run'] }, { Name: 'sidecar' }]
    })
    expect(paths.sort()).toEqual(['ContainerDefinitions[0].Command', 'ContainerDefinitions[0].Environment[0].Value', 'ContainerDefinitions[0].Environment[1].Value'])
    expect(freeFormPayloadPaths('AWS::Unknown::Thing', { Specs: [{ UserData: 'x' }], Other: 1 })).toEqual(['Specs[0].UserData'])
    expect(freeFormPayloadPaths('AWS::Lambda::Function', { Environment: { Variables: { A: 'x', 'B C': 'y' } } })).toEqual(['Environment.Variables.A', 'Environment.Variables["B C"]'])
  })

  it('are redacted in the saved inventory, so the UserData canary is in no file', () => {
    const script = '#!/bin/bash\nexport DB_PASSWORD=Canary-Inventory-3b9d\n'
    const instance: Resource = { type: 'AWS::EC2::Instance', id: 'i-1', origin: 'live', properties: { InstanceId: 'i-1', UserData: b64(script), InstanceType: 't3.micro' } }
    normalizeLiveResource(instance)
    const file = buildInventoryFile({ tool: { name: 'Plumbline', version: 't' }, scannedAt: '', accounts: [], regions: [], types: [], resources: [instance], coverage: [] })
    const text = JSON.stringify(file)
    expect(text).not.toContain(b64(script))
    expect(text).not.toContain('Canary-Inventory-3b9d')
    expect(file.resources[0].properties.UserData).toEqual({ redacted: true })
    expect(file.resources[0].properties.InstanceType).toBe('t3.micro')
  })
})

describe('secrets inside encoded and free-form text', () => {
  it('finds values assigned to secret-looking names, plainly and base64-encoded', () => {
    const script = '#!/bin/bash\nexport DB_PASSWORD=hunter2-but-longer\nSTAGE=staging\napi_key: "k-123456789"\n'
    expect(secretValuesInText(script).sort()).toEqual(['hunter2-but-longer', 'k-123456789'])
    expect(secretValuesInText(b64(script)).sort()).toEqual(['hunter2-but-longer', 'k-123456789'])
    expect(secretValuesInText('aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE')).toEqual(['AKIAIOSFODNN7EXAMPLE'])
  })

  it('calls an encoded string secret only when what it decodes to holds one', () => {
    expect(looksLikeEncodedSecret(b64('#!/bin/bash\nexport DB_PASSWORD=hunter2-but-longer\n'))).toBe(true)
    expect(looksLikeEncodedSecret(b64('#!/bin/bash\necho hello from a harmless script\n'))).toBe(false)
    // Binary (a ciphertext, a key) is not text anyone wrote a secret into.
    expect(looksLikeEncodedSecret(Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) % 256)).toString('base64'))).toBe(false)
    expect(looksLikeEncodedSecret('not base64 at all, just words')).toBe(false)
  })
})

describe('the run-wide secret values', () => {
  const tf = (values: Record<string, unknown>, sensitive: string[]): TfResource => ({ address: 'aws_x.y', type: 'aws_x', name: 'y', values, unknown: [], sensitive, origin: 'plan' })

  it('takes a value Terraform marks sensitive by itself when it is specific, and never a common word', () => {
    const secrets = runSecretValues({
      terraform: [tf({ password: 'correct-horse-battery', name: 'short', region: 'eu-west-1a', port: '5432' }, ['password', 'name', 'port'])],
      live: []
    })
    expect(secrets).toEqual(['correct-horse-battery'])
  })

  it('from a container marked sensitive as a whole, only secret-named and secret-shaped values', () => {
    const tags = { Environment: 'staging', Project: 'orders', ManagedBy: 'terraform', Zone: 'eu-west-1a', ApiToken: 'tok-1234567890abcdef', Key: 'AKIAIOSFODNN7EXAMPLE' }
    const secrets = runSecretValues({ terraform: [tf({ tags }, ['tags'])], live: [] })
    expect(secrets.sort()).toEqual(['AKIAIOSFODNN7EXAMPLE', 'tok-1234567890abcdef'])
  })

  it('from live environments and payloads, what is secret by name, shape or assignment — not every value', () => {
    const fn: Resource = {
      type: 'AWS::Lambda::Function',
      id: 'f',
      origin: 'live',
      properties: { Environment: { Variables: { STAGE: 'staging', TEAM: 'orders', DB_PASSWORD: 'S3cr3t-Hunter2-orders', SOME_VALUE: 'AKIAIOSFODNN7EXAMPLE' } } }
    }
    const instance: Resource = { type: 'AWS::EC2::Instance', id: 'i', origin: 'live', properties: { UserData: b64('export SECRET_TOKEN=Canary-Token-9c1e\n/opt/run --stage staging\n') } }
    normalizeLiveResource(fn)
    normalizeLiveResource(instance)
    expect(runSecretValues({ terraform: [], live: [fn, instance] }).sort()).toEqual(['AKIAIOSFODNN7EXAMPLE', 'Canary-Token-9c1e', 'S3cr3t-Hunter2-orders'])
  })

  it('takes the values of variables declared sensitive', () => {
    expect(runSecretValues({ terraform: [], live: [], sensitiveValues: ['a-long-db-password', 'tiny'] })).toEqual(['a-long-db-password'])
  })
})

describe('scrubbing the outputs', () => {
  it('replaces every secret value in every string and key of the model, longest first', () => {
    const scrub = scrubber(['canary-bucket-5e0c', 'canary-bucket-5e0c71a2d9'])
    const model = { message: 'The policy of bucket canary-bucket-5e0c71a2d9 allows everyone', resource: { id: 'canary-bucket-5e0c71a2d9' }, keys: { 'canary-bucket-5e0c71a2d9': 1 }, n: 3 }
    scrubInPlace(model, scrub)
    expect(model).toEqual({ message: `The policy of bucket ${SCRUBBED_TEXT} allows everyone`, resource: { id: SCRUBBED_TEXT }, keys: { [SCRUBBED_TEXT]: 1 }, n: 3 })
  })

  it('finds every value wherever it sits, the longest where values overlap, as a plain search would', () => {
    // A plain left-to-right search, longest value first at each position: what the hashed matcher must equal.
    const plain = (text: string, values: string[]) => {
      const sorted = [...values].sort((a, b) => b.length - a.length)
      let out = ''
      for (let i = 0; i < text.length; ) {
        const hit = sorted.find((v) => text.startsWith(v, i))
        if (hit) {
          out += SCRUBBED_TEXT
          i += hit.length
        } else out += text[i++]
      }
      return out
    }
    let seed = 7
    const random = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n
    const alphabet = 'ab-é€_'
    const word = (length: number) => Array.from({ length }, () => alphabet[random(alphabet.length)]).join('')
    // Short values (looked for one by one), values of 8 to 14 characters (hashed at every position or nearly), and
    // long ones alone (hashed at one position in up to 33: the matcher's sampled windows must still find every
    // occurrence, at any offset, overlapping or back to back).
    const lengths = [() => 3 + random(12), () => 3 + random(12), () => 8 + random(33)]
    for (let round = 0; round < 4500; round++) {
      const length = lengths[round % lengths.length]
      const values = Array.from({ length: 1 + random(6) }, () => word(length()))
      const text = Array.from({ length: 1 + random(8) }, () => (random(2) ? values[random(values.length)] : word(random(10)))).join('')
      expect([values, text, scrubber(values).text(text)]).toEqual([values, text, plain(text, values)])
      expect(scrubber(values).holdsSecret(text)).toBe(plain(text, values) !== text)
    }
    expect(scrubber(['abcdefghij']).text('abcdefghij')).toBe(SCRUBBED_TEXT)
    expect(scrubber(['abcdefghij', 'abcdefghijkl']).text('xabcdefghijklx')).toBe(`x${SCRUBBED_TEXT}x`)
  })

  it('redacts a saved resource property holding a secret value, so rules answer unknown on it', () => {
    const policy: Resource = { type: 'AWS::S3::BucketPolicy', id: 'canary-bucket-5e0c71a2d9', origin: 'live', properties: { Bucket: 'canary-bucket-5e0c71a2d9', PolicyDocument: { Statement: [{ Resource: 'arn:aws:s3:::canary-bucket-5e0c71a2d9/*' }] } } }
    const out = scrubResource(policy, scrubber(['canary-bucket-5e0c71a2d9']))
    expect(out.id).toBe(SCRUBBED_TEXT)
    expect(out.properties.Bucket).toEqual({ redacted: true })
    expect(out.sensitive).toEqual(['Bucket', 'PolicyDocument.Statement[0].Resource'])
    expect(JSON.stringify(out)).not.toContain('canary-bucket-5e0c71a2d9')
  })
})

describe('scrubbing the report model', () => {
  it('looks at every field of an evaluation but the rule-owned texts, and every field of the rest', async () => {
    // A real run's evaluations (plan, code, live inventory, suppressions, delta): every field they carry is either
    // the rule's own text or scrubbed, so a field added later cannot slip through unscrubbed.
    const config = buildConfig(
      { 'terraform-plan': 'examples/plan.json', 'terraform-dir': 'examples', inventory: 'examples/inventory.json', 'fail-on-severity': 'none' },
      { cwd: ROOT, defaultFallbackLocation: 'README.md', nameOf: (spec) => spec.input, env: {}, liveDefault: 'off' }
    )
    const { model } = await runPipeline(config)
    const fields = new Set(model.evaluations.flatMap((e) => Object.keys(e)))
    expect(fields.size).toBeGreaterThan(8)
    for (const field of fields) expect([field, [...RULE_OWNED_EVALUATION_FIELDS, ...SCRUBBED_EVALUATION_FIELDS].includes(field)]).toEqual([field, true])
  })

  it('removes a secret value from every data field and leaves the rule texts alone', () => {
    const secret = 'canary-bucket-5e0c71a2d9'
    const model = buildModel({
      evaluations: [
        evaluation({
          rule: 's3-bucket-policy-not-public',
          message: `The policy of bucket ${secret} allows everyone`,
          path: `PolicyDocument.Statement[0].Resource`,
          resource: { type: 'AWS::S3::BucketPolicy', id: secret, address: `aws_s3_bucket_policy.x["${secret}"]`, origin: 'plan', arn: `arn:aws:s3:::${secret}` },
          location: { file: `infra/${secret}.tf`, line: 3 },
          suppression: { source: 'inline', reason: `accepted for ${secret}` }
        })
      ],
      drift: [{ class: 'changed', resource: { type: 'AWS::S3::Bucket', id: secret, origin: 'live' }, changes: [{ path: 'Tags', iac: secret, live: 'x' }], evidence: [] }],
      coverage: [{ account: '123456789012', region: 'eu-west-1', type: 'AWS::S3::Bucket', state: 'failed', error: `no access to ${secret}` }],
      unmapped: [{ address: `aws_thing.${secret}`, type: 'aws_thing' }],
      run: { warnings: [`something about ${secret}`] }
    })
    const title = model.evaluations[0].title
    scrubModel(model, scrubber([secret]))
    expect(JSON.stringify(model)).not.toContain(secret)
    expect(model.evaluations[0].message).toBe(`The policy of bucket ${SCRUBBED_TEXT} allows everyone`)
    expect(model.evaluations[0].title).toBe(title)
  })
})

describe('redact-identifiers on the saved inventory', () => {
  const account = '123456789012'
  const resource: Resource = {
    type: 'AWS::Lambda::Function',
    id: `orders-${account}`,
    account,
    region: 'eu-west-1',
    origin: 'live',
    properties: { FunctionName: `orders-${account}`, Arn: `arn:aws:lambda:eu-west-1:${account}:function:orders-${account}`, Runtime: 'python3.12' }
  }
  const file = buildInventoryFile({
    tool: { name: 'Plumbline', version: 't' },
    scannedAt: '',
    accounts: [account],
    primaryAccount: account,
    regions: ['eu-west-1'],
    types: ['AWS::Lambda::Function'],
    resources: [resource],
    coverage: [{ account, region: 'eu-west-1', type: 'AWS::Lambda::Function', state: 'denied', error: `AccessDenied for arn:aws:iam::${account}:role/scan` }]
  })

  it('keeps the fields that place resources in their accounts and masks the rest', () => {
    const masked = maskInventoryIdentifiers(file)
    expect(masked.accounts).toEqual([account])
    expect(masked.primaryAccount).toBe(account)
    expect(masked.resources[0].account).toBe(account)
    expect(masked.resources[0].id).toBe(`orders-${account}`)
    expect(masked.resources[0].properties).toEqual({ FunctionName: 'orders-********9012', Arn: 'arn:aws:lambda:eu-west-1:********9012:function:orders-********9012', Runtime: 'python3.12' })
    expect(masked.coverage[0]).toEqual({ account, region: 'eu-west-1', type: 'AWS::Lambda::Function', state: 'denied', error: 'AccessDenied for arn:aws:iam::********9012:role/scan' })
  })

  it('reads masked values back as redacted, never as values that differ from the code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-masked-'))
    writeFileSync(join(dir, 'inventory.json'), JSON.stringify(maskInventoryIdentifiers(file)))
    const back = await readInventoryFile(join(dir, 'inventory.json'), 'inventory')
    expect(back.resources[0].properties).toEqual({ FunctionName: { redacted: true }, Arn: { redacted: true }, Runtime: 'python3.12' })
    expect(back.resources[0].sensitive).toEqual(['Arn', 'FunctionName'])
  })
})
