import { readFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseState, readState, sensitiveAttributePaths } from '../../src/sources/state.js'
import { InputError } from '../../src/types.js'

const fixture = (name: string): string => join('test/fixtures/states', name)

function errorOf(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(InputError)
    return (err as Error).message
  }
  throw new Error('expected an InputError')
}

describe('parseState: terraform show -json', () => {
  const resources = parseState(readFileSync(fixture('show.json'), 'utf8'), 'state.json')

  it('reads managed resources of every module, skipping data sources', () => {
    expect(resources.map((r) => r.address)).toEqual(['aws_db_instance.orders', 'module.app["blue"].aws_iam_role.api[0]'])
    expect(resources[1]).toMatchObject({ type: 'aws_iam_role', name: 'api', index: 0, module: 'module.app["blue"]', origin: 'state' })
  })

  it('reads sensitive_values, ignoring the empty markers', () => {
    expect(resources[0].sensitive).toEqual(['password'])
    expect(resources[1].sensitive).toEqual([])
    expect(resources[0].unknown).toEqual([])
  })

  it('skips deposed objects, which show -json lists beside the current object under the same address', () => {
    const bucket = (extra: Record<string, unknown>) => ({
      address: 'aws_s3_bucket.a',
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'a',
      values: { bucket: 'a' },
      sensitive_values: {},
      ...extra
    })
    const text = JSON.stringify({
      format_version: '1.0',
      values: { root_module: { resources: [bucket({}), bucket({ deposed_key: '00000001', values: { bucket: 'a-old' } })] } }
    })
    const read = parseState(text, 'state.json')
    expect(read.map((r) => r.values.bucket)).toEqual(['a'])
  })

  it('reads an empty state and rejects another major', () => {
    expect(parseState('{"format_version":"1.0"}', 'empty.json')).toEqual([])
    expect(errorOf(() => parseState('{"format_version":"3.1","values":{}}', 'state.json'))).toBe(
      'state.json: state format_version 3.1 is not supported; Plumbline reads JSON formats 0.1, 0.2 and 1.x, which Terraform 0.12 and later and OpenTofu write — give a .tfstate file or the JSON printed by "terraform show -json" with one of those'
    )
  })
})

describe('parseState: terraform show -json of Terraform 0.12 to 1.0 (formats 0.1 and 0.2)', () => {
  it('reads a format 0.1 state (Terraform 0.14.11), which marks nothing sensitive, and warns once', () => {
    const warnings: string[] = []
    const resources = parseState(readFileSync(fixture('show-0.1.json'), 'utf8'), 'old-state.json', warnings)
    expect(resources.map((r) => r.address)).toEqual(['aws_db_instance.orders', 'module.app.aws_vpc.main'])
    expect(resources[0]).toMatchObject({ origin: 'state', values: { identifier: 'orders', multi_az: true }, sensitive: [] })
    expect(resources[1]).toMatchObject({ module: 'module.app', values: { id: 'vpc-0abc' } })
    expect(warnings).toEqual([
      "old-state.json: this state was written by Terraform 0.14.11, which marks no value sensitive: its secrets are protected only by their names, their shapes and the schemas' write-only properties (Terraform 1.0.1 and later mark them in \"terraform show -json\" states)"
    ])
  })

  it('reads a format 0.2 state (Terraform 1.0.11) with its sensitive_values, without a warning', () => {
    const warnings: string[] = []
    const resources = parseState(readFileSync(fixture('show-0.2.json'), 'utf8'), 'state.json', warnings)
    expect(resources.map((r) => [r.address, r.sensitive])).toEqual([
      ['aws_db_instance.orders', ['password']],
      ['module.app.aws_vpc.main', []]
    ])
    expect(warnings).toEqual([])
  })

  it('does not warn about an empty 0.1 state: nothing in it could be a secret', () => {
    const warnings: string[] = []
    expect(parseState('{"format_version":"0.1","terraform_version":"0.13.7"}', 'empty.json', warnings)).toEqual([])
    expect(warnings).toEqual([])
  })
})

describe('parseState: raw .tfstate version 4', () => {
  const resources = parseState(readFileSync(fixture('raw-v4.tfstate'), 'utf8'), 'terraform.tfstate')
  const byAddress = new Map(resources.map((r) => [r.address, r]))

  it('builds addresses exactly like Terraform, skipping data sources and deposed objects', () => {
    expect(resources.map((r) => r.address)).toEqual([
      'aws_db_instance.orders',
      'module.app["blue"].aws_lambda_function.api[0]',
      'module.app["blue"].module.net.aws_security_group.web["ssh"]',
      'module.app["blue"].module.net.aws_security_group.web["a \\"quoted\\" key"]'
    ])
    expect(byAddress.get('module.app["blue"].module.net.aws_security_group.web["ssh"]')).toMatchObject({
      index: 'ssh',
      module: 'module.app["blue"].module.net',
      origin: 'state'
    })
    expect(byAddress.get('aws_db_instance.orders')?.module).toBe('')
  })

  it('turns cty sensitive_attributes paths into attribute paths', () => {
    expect(byAddress.get('aws_db_instance.orders')?.sensitive).toEqual(['password'])
    expect(byAddress.get('module.app["blue"].aws_lambda_function.api[0]')?.sensitive).toEqual(['environment[0].variables.API_TOKEN'])
    // a set element is indexed by its value: everything under the set is treated as sensitive
    expect(byAddress.get('module.app["blue"].module.net.aws_security_group.web["ssh"]')?.sensitive).toEqual(['ingress'])
  })

  it('keeps attribute values as they are', () => {
    expect(byAddress.get('aws_db_instance.orders')?.values.identifier).toBe('orders')
  })

  it('reads sensitive paths with odd keys and whole-object marks', () => {
    expect(
      sensitiveAttributePaths([
        [],
        [{ type: 'get_attr', value: 'tags' }, { type: 'index', value: { value: 'a.b', type: 'string' } }],
        [{ type: 'get_attr', value: 'tags' }, { type: 'index', value: { value: 'a.b', type: 'string' } }]
      ])
    ).toEqual(['', 'tags["a.b"]'])
    expect(sensitiveAttributePaths(undefined)).toEqual([])
  })

  it('rejects other state versions with what to do', () => {
    expect(errorOf(() => parseState(readFileSync(fixture('raw-v3.tfstate'), 'utf8'), 'old.tfstate'))).toBe(
      'old.tfstate: state version 3 is not supported; Plumbline reads state version 4 (Terraform ≥ 0.12, OpenTofu) — upgrade the state with a current Terraform, or give "terraform show -json" output'
    )
  })
})

describe('parseState: wrong input', () => {
  it('says which flag takes a plan given as a state', () => {
    expect(errorOf(() => parseState(readFileSync('test/fixtures/plans/mixed.json', 'utf8'), 'plan.json'))).toBe(
      'plan.json: this is a Terraform plan, not a state; give it with --plan (action input terraform-plan)'
    )
  })

  it('gives the position of a syntax error', () => {
    expect(errorOf(() => parseState('{"version": 4,\n "resources": [}\n', 'bad.tfstate'))).toBe(
      'bad.tfstate: not valid JSON at line 2, column 16 (unexpected character \'}\'); give a .tfstate file or the JSON printed by "terraform show -json"'
    )
  })

  it('names a missing file', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'plumbline-state-')), 'terraform.tfstate')
    await expect(readState(missing)).rejects.toThrow(
      `${missing}: cannot read the state file (no such file); check the path given to --state (action input terraform-state)`
    )
  })

  it('reads a file', async () => {
    expect(await readState(fixture('raw-v4.tfstate'))).toHaveLength(4)
  })
})
