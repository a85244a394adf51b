import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parsePlan, readPlan, resourceOfReference, actionOf, diffPaths, configuredNames } from '../../src/sources/plan.js'
import { markerPaths } from '../../src/paths.js'
import { InputError } from '../../src/types.js'

const fixture = (name: string): string => join('test/fixtures/plans', name)
const mixedText = readFileSync(fixture('mixed.json'), 'utf8')
const mixed = parsePlan(mixedText, 'plan.json')
const byAddress = (address: string) => {
  const found = mixed.resources.find((r) => r.address === address)
  if (!found) throw new Error(`no resource ${address}`)
  return found
}

function errorOf(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(InputError)
    return (err as Error).message
  }
  throw new Error('expected an InputError')
}

describe('parsePlan: resources', () => {
  it('reads the header and the default provider region', () => {
    expect(mixed.formatVersion).toBe('1.2')
    expect(mixed.terraformVersion).toBe('1.9.8')
    expect(mixed.tool).toBe('terraform')
    expect(mixed.region).toBe('eu-west-1')
    expect(mixed.errored).toBe(false)
  })

  it('walks nested child modules and builds count and for_each addresses with their module', () => {
    expect(mixed.resources.map((r) => r.address)).toEqual([
      'aws_s3_bucket.logs',
      'aws_s3_bucket_versioning.logs',
      'aws_db_instance.orders',
      'aws_ebs_volume.data[0]',
      'aws_ebs_volume.data[1]',
      'aws_kms_key.main',
      'module.app["blue"].aws_lambda_function.api',
      'module.app["blue"].module.net.aws_security_group.web["ssh"]'
    ])
    const sg = byAddress('module.app["blue"].module.net.aws_security_group.web["ssh"]')
    expect(sg).toMatchObject({ type: 'aws_security_group', name: 'web', index: 'ssh', module: 'module.app["blue"].module.net', origin: 'plan' })
    expect(byAddress('aws_ebs_volume.data[1]').index).toBe(1)
    expect(byAddress('aws_s3_bucket.logs').module).toBe('')
  })

  it('skips data sources', () => {
    expect(mixed.resources.some((r) => r.address.startsWith('data.'))).toBe(false)
    expect(mixed.prior.some((r) => r.address.startsWith('data.'))).toBe(false)
  })

  it('sets the action from resource_changes, replaces in both orders', () => {
    expect(byAddress('aws_s3_bucket.logs').action).toBe('create')
    expect(byAddress('aws_db_instance.orders').action).toBe('update')
    expect(byAddress('aws_ebs_volume.data[0]').action).toBe('no-op')
    expect(byAddress('aws_ebs_volume.data[1]').action).toBe('replace')
    // [create, delete] (create_before_destroy); its deposed [delete] entry must not turn it into a deletion
    expect(byAddress('aws_kms_key.main').action).toBe('replace')
  })

  it('lists deleted and forgotten resources apart, never deposed objects', () => {
    expect(mixed.deleted).toEqual([
      { address: 'aws_s3_bucket.old', type: 'aws_s3_bucket' },
      { address: 'aws_iam_user.legacy', type: 'aws_iam_user' }
    ])
    expect(mixed.forgotten).toEqual(['aws_iam_user.legacy'])
  })

  it('keeps the planned values object as parsed, without copying', () => {
    const doc = JSON.parse(mixedText)
    const db = byAddress('aws_db_instance.orders')
    expect(db.values).toEqual(doc.planned_values.root_module.resources[2].values)
    // values stay in memory as they are: rules may need them; `sensitive` says what must not be written
    expect(db.values.password).toBe('hunter2-never-print')
  })

  it('turns after_unknown into unknown paths, nested ones included', () => {
    expect(byAddress('aws_s3_bucket.logs').unknown).toEqual(['id', 'arn', 'tags_all'])
    expect(byAddress('aws_s3_bucket_versioning.logs').unknown).toEqual(['bucket', 'id', 'versioning_configuration[0].mfa_delete'])
    expect(byAddress('module.app["blue"].module.net.aws_security_group.web["ssh"]').unknown).toEqual([
      'id',
      'vpc_id',
      'ingress[0].security_groups'
    ])
    expect(byAddress('aws_ebs_volume.data[0]').unknown).toEqual([])
  })

  it('reads sensitive paths from sensitive_values, after_sensitive and before_sensitive', () => {
    expect(byAddress('aws_db_instance.orders').sensitive).toEqual(['password'])
    expect(byAddress('module.app["blue"].aws_lambda_function.api').sensitive).toEqual(['environment[0].variables.API_TOKEN'])
    // after_sensitive `true` for the whole object marks everything
    expect(byAddress('module.app["blue"].module.net.aws_security_group.web["ssh"]').sensitive).toEqual([''])
    expect(byAddress('aws_s3_bucket.logs').sensitive).toEqual([])
  })

  it('keeps prior_state as a state inventory', () => {
    expect(mixed.prior.map((r) => r.address)).toEqual(['aws_db_instance.orders', 'aws_ebs_volume.data[0]', 'aws_s3_bucket.old'])
    const db = mixed.prior[0]
    expect(db.origin).toBe('state')
    expect(db.action).toBeUndefined()
    expect(db.sensitive).toEqual(['password'])
    expect(db.values.tags).toEqual({ Team: 'orders', Old: 'x' })
  })

  it('keeps resource_drift of managed resources as paths only', () => {
    expect(mixed.drift).toEqual([
      { address: 'aws_db_instance.orders', type: 'aws_db_instance', actions: ['update'], changedPaths: ['multi_az', 'tags.Old'] },
      { address: 'aws_s3_bucket.gone', type: 'aws_s3_bucket', actions: ['delete'], changedPaths: [] }
    ])
    expect(JSON.stringify(mixed.drift)).not.toContain('hunter2')
  })

  it('reduces configuration expressions to the resources they reference', () => {
    expect(byAddress('aws_s3_bucket_versioning.logs').references).toEqual({ bucket: ['aws_s3_bucket.logs'] })
    expect(byAddress('aws_db_instance.orders').references).toEqual({ kms_key_id: ['aws_kms_key.main'] })
    // bucket refers to local.tags only: no references at all
    expect(byAddress('aws_s3_bucket.logs').references).toBeUndefined()
    // inside module.app: nested blocks, indexed references, `resource.` prefix; module outputs, each and var dropped;
    // data sources kept by address (a value read when Terraform applies may name anything: the mapping needs to know)
    expect(byAddress('module.app["blue"].aws_lambda_function.api').references).toEqual({
      environment: ['data.aws_region.current'],
      role: ['aws_iam_role.api'],
      vpc_config: ['aws_subnet.a', 'aws_subnet.b']
    })
    // prior resources get them too (drift compares both sides)
    expect(mixed.prior[0].references).toEqual({ kms_key_id: ['aws_kms_key.main'] })
  })

  it('lists what the configuration sets, nested block settings as block.attribute, on planned resources only', () => {
    expect(byAddress('aws_s3_bucket.logs').configured).toEqual(['bucket', 'tags'])
    expect(byAddress('aws_s3_bucket_versioning.logs').configured).toEqual(['bucket', 'versioning_configuration', 'versioning_configuration.status'])
    // every instance of a count/for_each resource shares its configuration block
    expect(byAddress('aws_ebs_volume.data[0]').configured).toEqual(['size'])
    expect(byAddress('aws_ebs_volume.data[1]').configured).toEqual(['size'])
    expect(byAddress('aws_kms_key.main').configured).toEqual([])
    expect(byAddress('module.app["blue"].aws_lambda_function.api').configured).toEqual([
      'role', 'environment', 'environment.variables', 'vpc_config', 'vpc_config.security_group_ids', 'vpc_config.subnet_ids'
    ])
    expect(byAddress('module.app["blue"].module.net.aws_security_group.web["ssh"]').configured).toEqual(['name'])
    expect(mixed.prior.every((r) => r.configured === undefined)).toBe(true)
  })

  it('leaves configured out when the plan has no configuration section', () => {
    const doc = JSON.parse(mixedText) as Record<string, unknown>
    delete doc.configuration
    const plan = parsePlan(JSON.stringify(doc), 'plan.json')
    expect(plan.resources.length).toBeGreaterThan(0)
    expect(plan.resources.every((r) => r.configured === undefined)).toBe(true)
  })

  it('sets each resource region from its provider configuration, aliases included', () => {
    expect(byAddress('aws_s3_bucket.logs').region).toBe('eu-west-1')
    expect(byAddress('aws_ebs_volume.data[0]').region).toBe('us-east-1')
    expect(byAddress('module.app["blue"].module.net.aws_security_group.web["ssh"]').region).toBe('eu-west-1')
  })
})

describe('parsePlan: OpenTofu', () => {
  it('tells OpenTofu by its registry, reads a region given through a root variable', () => {
    const plan = parsePlan(readFileSync(fixture('opentofu.json'), 'utf8'), 'tofu.json')
    // tofu show -json also writes "terraform_version" (OpenTofu's own version number)
    expect(plan.terraformVersion).toBe('1.8.3')
    expect(plan.tool).toBe('opentofu')
    expect(plan.region).toBe('us-west-2')
    expect(plan.resources[0]).toMatchObject({ address: 'aws_s3_bucket.site', action: 'create', region: 'us-west-2', unknown: ['id'] })
  })

  it('says unknown when no provider names its registry', () => {
    const plan = parsePlan('{"format_version":"1.1","planned_values":{"root_module":{}}}', 'p.json')
    expect(plan.tool).toBe('unknown')
    expect(plan.resources).toEqual([])
    expect(plan.region).toBeUndefined()
  })
})

describe('parsePlan: errors name the file and say what to do', () => {
  it('rejects a format_version it does not know, naming the file, the version, the formats read and what to do', () => {
    expect(errorOf(() => parsePlan('{"format_version":"2.0","planned_values":{}}', 'plan.json'))).toBe(
      'plan.json: plan format_version 2.0 is not supported; Plumbline reads JSON formats 0.1, 0.2 and 1.x, which Terraform 0.12 and later and OpenTofu write — give the JSON printed by "terraform show -json <planfile>" with one of those'
    )
    // 0.1 and 0.2 exist; no Terraform wrote 0.0 or 0.3
    expect(errorOf(() => parsePlan('{"format_version":"0.3","planned_values":{}}', 'plan.json'))).toContain('format_version 0.3 is not supported')
    expect(errorOf(() => parsePlan('{"format_version":"0.0","planned_values":{}}', 'plan.json'))).toContain('format_version 0.0 is not supported')
  })

  it('accepts any 1.x', () => {
    expect(parsePlan('{"format_version":"1.9","resource_changes":[]}', 'p.json').formatVersion).toBe('1.9')
  })

  it('gives the line and column of a JSON syntax error without quoting the text', () => {
    const message = errorOf(() => parsePlan('{\n  "format_version": "1.2",\n  "variables": {"db_password": hunter2}\n}', 'plan.json'))
    expect(message).toBe(
      'plan.json: not valid JSON at line 3, column 32 (unexpected bare word; strings need double quotes); give the JSON printed by "terraform show -json <planfile>"'
    )
    expect(message).not.toContain('hunter2')
  })

  it('reports a truncated file and a trailing comma', () => {
    expect(errorOf(() => parsePlan('{"format_version": "1.2", "planned_values": {', 'cut.json'))).toBe(
      'cut.json: not valid JSON at line 1, column 46 (unexpected end of input); give the JSON printed by "terraform show -json <planfile>"'
    )
    expect(errorOf(() => parsePlan('{"a": [1, 2,]}', 'comma.json'))).toBe(
      "comma.json: not valid JSON at line 1, column 13 (unexpected character ']'); give the JSON printed by \"terraform show -json <planfile>\""
    )
  })

  it('reports an empty file, a non-object and a missing format_version', () => {
    expect(errorOf(() => parsePlan('  \n', 'empty.json'))).toBe(
      'empty.json: the file is empty; give the JSON printed by "terraform show -json <planfile>"'
    )
    expect(errorOf(() => parsePlan('[1]', 'list.json'))).toBe(
      'list.json: not a Terraform plan (the JSON is not an object); give the JSON printed by "terraform show -json <planfile>"'
    )
    expect(errorOf(() => parsePlan('{"planned_values":{}}', 'nofv.json'))).toBe(
      'nofv.json: no format_version, so not the output of "terraform show -json"; give the JSON printed by "terraform show -json <planfile>"'
    )
    expect(errorOf(() => parsePlan('{"format_version":"1.2"}', 'bare.json'))).toBe(
      'bare.json: no planned_values or resource_changes, so not a plan; give the JSON printed by "terraform show -json <planfile>"'
    )
  })

  it('says which flag takes a state given as a plan, raw or shown', () => {
    const expected = (f: string) => `${f}: this is a Terraform state, not a plan; give it with --state (action input terraform-state)`
    expect(errorOf(() => parsePlan(readFileSync('test/fixtures/states/raw-v4.tfstate', 'utf8'), 'terraform.tfstate'))).toBe(
      expected('terraform.tfstate')
    )
    expect(errorOf(() => parsePlan(readFileSync('test/fixtures/states/show.json', 'utf8'), 'state.json'))).toBe(
      expected('state.json')
    )
  })

  it('recognises a binary plan file', () => {
    expect(errorOf(() => parsePlan('PK\u0003\u0004\u0014\u0000binary', 'plan.tfplan'))).toBe(
      'plan.tfplan: this is a binary plan file, not JSON; convert it with "terraform show -json plan.tfplan > plan.json" and give plan.json to --plan (action input terraform-plan)'
    )
  })

  it('recognises the output of the setup-terraform wrapper', () => {
    const wrapped = '[command]/home/runner/work/_temp/terraform-bin show -json plan.tfplan\n{"format_version":"1.2"}\n::debug::exitcode: 0\n'
    expect(errorOf(() => parsePlan(wrapped, 'plan.json'))).toBe(
      'plan.json: starts with "[command]", a line hashicorp/setup-terraform\'s wrapper adds to terraform\'s output; set `terraform_wrapper: false` on the setup-terraform step'
    )
  })
})

describe('readPlan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-plan-'))

  it('reads UTF-8 with a BOM and UTF-16 (PowerShell redirection)', async () => {
    const utf8 = join(dir, 'bom.json')
    writeFileSync(utf8, '\uFEFF' + mixedText)
    expect((await readPlan(utf8)).resources).toHaveLength(8)
    const utf16 = join(dir, 'utf16.json')
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(mixedText, 'utf16le')]))
    expect((await readPlan(utf16)).resources).toHaveLength(8)
    const utf16be = join(dir, 'utf16be.json')
    const bigEndian = Buffer.from(mixedText, 'utf16le').swap16()
    writeFileSync(utf16be, Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]))
    expect((await readPlan(utf16be)).resources).toHaveLength(8)
  })

  it('names a missing file and the flag to check', async () => {
    const missing = join(dir, 'nope.json')
    await expect(readPlan(missing)).rejects.toThrow(
      new InputError(`${missing}: cannot read the plan file (no such file); check the path given to --plan (action input terraform-plan)`)
    )
    await expect(readPlan(dir)).rejects.toThrow(
      `${dir}: cannot read the plan file (it is a directory); check the path given to --plan (action input terraform-plan)`
    )
  })
})

describe('helpers', () => {
  it('maps action lists', () => {
    expect(actionOf(['create', 'forget'])).toBe('replace')
    expect(actionOf(['delete', 'create'])).toBe('replace')
    expect(actionOf(['create', 'delete'])).toBe('replace')
    expect(actionOf(['delete', 'forget'])).toBeUndefined()
    expect(actionOf(['create', 'update'])).toBeUndefined()
    // read as the joined list always was
    expect(actionOf(['delete,create'])).toBe('replace')
    expect(actionOf(['create', 'delete', 'forget'])).toBeUndefined()
    expect(actionOf(['forget'])).toBe('delete')
    expect(actionOf(['read'])).toBe('read')
    expect(actionOf(['open'])).toBeUndefined()
    expect(actionOf(undefined)).toBeUndefined()
  })

  it('reduces references', () => {
    expect(resourceOfReference('aws_s3_bucket.logs[0].id')).toBe('aws_s3_bucket.logs')
    expect(resourceOfReference('aws_s3_bucket.logs["a.b"]')).toBe('aws_s3_bucket.logs')
    expect(resourceOfReference('var.x')).toBeUndefined()
    expect(resourceOfReference('local.x')).toBeUndefined()
    expect(resourceOfReference('data.aws_region.current')).toBeUndefined()
    expect(resourceOfReference('module.net.sg_id')).toBeUndefined()
    expect(resourceOfReference('count.index')).toBeUndefined()
    expect(resourceOfReference('path.module')).toBeUndefined()
  })

  it('names configured attributes: expressions are leaves, blocks (list, set or single) are walked', () => {
    expect(configuredNames({
      name: { constant_value: 'x' },
      policy: { references: ['data.aws_iam_policy_document.p.json'] },
      ingress: { constant_value: [{ from_port: 22 }] }, // ConfigModeAttr: one expression, not walked
      made_up: {}, // an expression Terraform could not describe
      metadata_options: [{ http_tokens: { constant_value: 'required' } }],
      rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: { constant_value: 'aws:kms' } }] }, { bucket_key_enabled: { constant_value: true } }],
      timeouts: { create: { constant_value: '5m' } }
    })).toEqual([
      'name', 'policy', 'ingress', 'made_up', 'metadata_options', 'metadata_options.http_tokens', 'rule',
      'rule.apply_server_side_encryption_by_default', 'rule.apply_server_side_encryption_by_default.sse_algorithm',
      'rule.bucket_key_enabled', 'timeouts', 'timeouts.create'
    ])
    expect(configuredNames(undefined)).toEqual([])
  })

  it('diffs values into paths, null and absent alike', () => {
    const out: string[] = []
    diffPaths({ a: 1, b: [1, 2], c: { d: null }, e: [1] }, { a: 2, b: [1, 3], c: {}, e: [1, 2], f: 'x' }, [], out)
    expect(out).toEqual(['a', 'b[1]', 'e', 'f'])
  })

  it('markerPaths gives every marked leaf in order', () => {
    expect(markerPaths({ a: [false, { b: true, c: [true] }], d: true, e: null, f: { g: {} } }, ['root'])).toEqual([
      'root.a[1].b',
      'root.a[1].c[0]',
      'root.d'
    ])
  })
})

// Terraform 0.12 to 1.0 wrote the same structure under format_version 0.1 (0.12–1.0.0) and 0.2 (1.0.1–1.0.11);
// 1.1 renamed 0.2 to 1.0. What each version added is optional: the fixtures are shaped as those versions wrote them.
describe('parsePlan: format 0.1 (Terraform 0.12.31)', () => {
  const plan = parsePlan(readFileSync(fixture('terraform-0.12.json'), 'utf8'), 'legacy.json')
  const resource = (address: string) => {
    const found = plan.resources.find((r) => r.address === address)
    if (!found) throw new Error(`no resource ${address}`)
    return found
  }

  it('reads the header; the tool is Terraform although 0.12 names providers without their registry ("aws")', () => {
    expect(plan.formatVersion).toBe('0.1')
    expect(plan.terraformVersion).toBe('0.12.31')
    expect(plan.tool).toBe('terraform')
    expect(plan.region).toBe('eu-west-1')
    expect(plan.errored).toBe(false)
  })

  it('reads resources of every module with their actions, and the deletions', () => {
    expect(plan.resources.map((r) => [r.address, r.action])).toEqual([
      ['aws_db_instance.orders', 'update'],
      ['aws_ebs_volume.data[0]', 'no-op'],
      ['aws_ebs_volume.data[1]', 'replace'],
      ['aws_s3_bucket.logs', 'create'],
      ['module.app.aws_security_group.web', 'create'],
      ['module.app.aws_vpc.main', 'create']
    ])
    expect(resource('aws_ebs_volume.data[1]')).toMatchObject({ index: 1, values: { encrypted: true } })
    expect(resource('module.app.aws_security_group.web')).toMatchObject({ module: 'module.app', values: { ingress: [{ from_port: 22 }] } })
    expect(plan.deleted).toEqual([{ address: 'aws_iam_user.legacy', type: 'aws_iam_user' }])
    expect(plan.forgotten).toEqual([])
  })

  it('reads after_unknown', () => {
    expect(resource('aws_ebs_volume.data[1]').unknown).toEqual(['arn', 'id', 'iops', 'kms_key_id', 'snapshot_id', 'throughput', 'type'])
    expect(resource('module.app.aws_security_group.web').unknown).toEqual(['arn', 'egress', 'id', 'owner_id', 'vpc_id'])
    expect(resource('aws_ebs_volume.data[0]').unknown).toEqual([])
  })

  it('reads the prior state (without the data source) and the references 0.x wrote as bare resource addresses', () => {
    expect(plan.prior.map((r) => r.address)).toEqual([
      'aws_db_instance.orders',
      'aws_ebs_volume.data[0]',
      'aws_ebs_volume.data[1]',
      'aws_iam_user.legacy'
    ])
    expect(plan.prior[0]).toMatchObject({ origin: 'state', values: { multi_az: true } })
    expect(plan.prior[2].values.encrypted).toBe(false)
    expect(resource('module.app.aws_security_group.web').references).toEqual({ vpc_id: ['aws_vpc.main'] })
    expect(plan.drift).toEqual([])
  })

  it('marks nothing sensitive, since Terraform before 0.15 could not, and says so in one warning', () => {
    expect(plan.resources.every((r) => r.sensitive.length === 0)).toBe(true)
    expect(plan.prior.every((r) => r.sensitive.length === 0)).toBe(true)
    // no variable declaration says sensitive (Terraform records that only since 0.15)
    expect(plan.sensitiveValues).toBeUndefined()
    expect(plan.warnings).toEqual([
      "legacy.json: this plan was written by Terraform 0.12.31, which marks no value sensitive: its secrets are protected only by their names, their shapes and the schemas' write-only properties (Terraform 0.15 and later mark them in plans)"
    ])
    expect(plan.warnings.join()).not.toContain('hunter2')
  })
})

describe('parsePlan: format 0.2 (Terraform 1.0.11)', () => {
  const text = readFileSync(fixture('terraform-1.0.json'), 'utf8')
  const plan = parsePlan(text, 'plan.json')
  const resource = (address: string) => {
    const found = plan.resources.find((r) => r.address === address)
    if (!found) throw new Error(`no resource ${address}`)
    return found
  }

  it('reads resources, actions, unknowns and the prior state like 1.x', () => {
    expect(plan).toMatchObject({ formatVersion: '0.2', terraformVersion: '1.0.11', tool: 'terraform', region: 'eu-west-1', warnings: [] })
    expect(plan.resources.map((r) => [r.address, r.action])).toEqual([
      ['aws_db_instance.orders', 'update'],
      ['aws_ebs_volume.data[0]', 'no-op'],
      ['aws_ebs_volume.data[1]', 'replace'],
      ['aws_s3_bucket.logs', 'create'],
      ['module.app.aws_security_group.web', 'create'],
      ['module.app.aws_vpc.main', 'create']
    ])
    expect(plan.deleted).toEqual([{ address: 'aws_iam_user.legacy', type: 'aws_iam_user' }])
    expect(resource('aws_ebs_volume.data[1]').unknown).toEqual(['arn', 'id', 'iops', 'kms_key_id', 'snapshot_id', 'throughput', 'type'])
    expect(plan.prior.map((r) => r.address)).toEqual(['aws_db_instance.orders', 'aws_ebs_volume.data[0]', 'aws_ebs_volume.data[1]', 'aws_iam_user.legacy'])
    // 1.0.1 and later list every traversal step ("aws_vpc.main.id", "aws_vpc.main"): the same resource
    expect(resource('module.app.aws_security_group.web').references).toEqual({ vpc_id: ['aws_vpc.main'] })
  })

  it('reads the sensitive markers of the planned values, the changes and the prior state', () => {
    expect(resource('aws_db_instance.orders').sensitive).toEqual(['password'])
    expect(plan.prior[0].sensitive).toEqual(['password'])
    expect(resource('aws_s3_bucket.logs').sensitive).toEqual([])
  })

  it('reads resource_drift (Terraform 0.15.4 and later) as paths', () => {
    expect(plan.drift).toEqual([{ address: 'aws_db_instance.orders', type: 'aws_db_instance', actions: ['update'], changedPaths: ['tags.CostCentre'] }])
  })

  it('gives the values of root variables declared sensitive, and only those', () => {
    expect(plan.sensitiveValues).toEqual(['hunter2-legacy-10'])
    expect(plan.sensitiveValues).not.toContain('eu-west-1')
  })

  it('takes every string of a sensitive variable of a collection type, once', () => {
    const doc = JSON.parse(text)
    doc.variables.api_keys = { value: { blue: 'key-blue-0001', green: ['key-green-0002', 'key-blue-0001'], retries: 3 } }
    doc.configuration.root_module.variables.api_keys = { sensitive: true }
    expect(parsePlan(JSON.stringify(doc), 'plan.json').sensitiveValues).toEqual(['hunter2-legacy-10', 'key-blue-0001', 'key-green-0002'])
  })
})

describe('parsePlan: sensitive paths shared between the planned values and the prior state', () => {
  const resource = (address: string, sensitiveValues: unknown) => ({
    address,
    mode: 'managed',
    type: 'aws_db_instance',
    name: address.split('.')[1],
    values: { password: 'pw-0123456789' },
    sensitive_values: sensitiveValues
  })
  const change = (address: string, actions: string[], beforeSensitive: unknown) => ({
    address,
    mode: 'managed',
    type: 'aws_db_instance',
    change: { actions, before: {}, after: actions.includes('create') ? {} : null, after_unknown: {}, before_sensitive: beforeSensitive, after_sensitive: {} }
  })
  const plan = parsePlan(
    JSON.stringify({
      format_version: '1.2',
      planned_values: { root_module: { resources: [resource('aws_db_instance.kept', {}), resource('aws_db_instance.fresh', {})] } },
      resource_changes: [
        change('aws_db_instance.kept', ['update'], { password: true }),
        change('aws_db_instance.fresh', ['create'], false),
        change('aws_db_instance.gone', ['delete'], { password: true })
      ],
      prior_state: { values: { root_module: { resources: [resource('aws_db_instance.kept', {}), resource('aws_db_instance.gone', {})] } } }
    }),
    'plan.json'
  )

  it('gives a prior resource the paths of its change before_sensitive, whether the plan keeps or deletes it', () => {
    expect(plan.resources.map((r) => [r.address, r.sensitive])).toEqual([
      ['aws_db_instance.kept', ['password']],
      ['aws_db_instance.fresh', []]
    ])
    expect(plan.prior.map((r) => [r.address, r.sensitive])).toEqual([
      ['aws_db_instance.kept', ['password']],
      ['aws_db_instance.gone', ['password']]
    ])
  })

  it('gives plain objects, with their keys in the order they are set', () => {
    for (const r of [...plan.resources, ...plan.prior]) {
      expect(Object.getPrototypeOf(r)).toBe(Object.prototype)
      expect(r.constructor).toBe(Object)
    }
    expect(Object.keys(plan.resources[0])).toEqual(['address', 'type', 'name', 'module', 'values', 'unknown', 'sensitive', 'origin', 'action'])
    expect(JSON.parse(JSON.stringify(plan.prior[1]))).toEqual({
      address: 'aws_db_instance.gone',
      type: 'aws_db_instance',
      name: 'gone',
      module: '',
      values: { password: 'pw-0123456789' },
      unknown: [],
      sensitive: ['password'],
      origin: 'state'
    })
  })

  it('gives each resource a path list of its own, and an empty one nobody can add to', () => {
    expect(plan.prior[0].sensitive).not.toBe(plan.resources[0].sensitive)
    // resources without unknown or sensitive paths share one frozen list: adding to it would add to all
    expect(Object.isFrozen(plan.resources[1].sensitive)).toBe(true)
    expect(() => plan.resources[1].unknown.push('id')).toThrow(TypeError)
    expect(Object.isFrozen(plan.resources[0].sensitive)).toBe(false)
  })
})

describe('parsePlan: format 0.1 as Terraform 0.15 to 1.0.0 wrote it', () => {
  // Terraform 0.15 added before_sensitive/after_sensitive and the variable's sensitive flag without changing the
  // format (0.1); sensitive_values in planned values and prior state came with 0.2 (1.0.1).
  const doc = JSON.parse(readFileSync(fixture('terraform-1.0.json'), 'utf8'))
  doc.format_version = '0.1'
  doc.terraform_version = '0.15.5'
  doc.prior_state.format_version = '0.1'
  const strip = (module: { resources?: Array<Record<string, unknown>>; child_modules?: unknown[] }): void => {
    for (const r of module.resources ?? []) delete r.sensitive_values
    for (const child of module.child_modules ?? []) strip(child as typeof module)
  }
  strip(doc.planned_values.root_module)
  strip(doc.prior_state.values.root_module)
  const plan = parsePlan(JSON.stringify(doc), 'plan.json')

  it('takes the prior state markers from the changes\' before_sensitive, and does not warn', () => {
    expect(plan.resources.find((r) => r.address === 'aws_db_instance.orders')?.sensitive).toEqual(['password'])
    expect(plan.prior.find((r) => r.address === 'aws_db_instance.orders')?.sensitive).toEqual(['password'])
    expect(plan.sensitiveValues).toEqual(['hunter2-legacy-10'])
    expect(plan.warnings).toEqual([])
  })
})
