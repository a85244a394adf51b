// The mapping data (src/mapping/data/*.ts) names only real things: every property a spec renames, leaves out,
// writes by hand or defaults exists in its CloudFormation type's schema, and no Terraform type is mapped twice.
import { MAPPING_SPECS } from '../../src/mapping/data/index.js'
import { AWS_TYPE_COVERAGE, IGNORED_TYPES, mapTerraform, mappedTypes } from '../../src/mapping/index.js'
import { tf } from './helpers.js'
import { terraformName } from '../../src/mapping/derived.js'
import { pathProblem, propertiesOf } from '../../src/rules/declarative/paths.js'

describe('mapping data', () => {
  it.each(MAPPING_SPECS.map((s) => [s.tf, s] as const))('%s names real properties of its CloudFormation type', (_tf, spec) => {
    const tree = propertiesOf(spec.cfn)
    expect(tree).toBeDefined()
    const named = [
      ...Object.keys(spec.names ?? {}),
      ...(spec.fields ?? []).map((f) => f[0]),
      ...Object.keys(spec.defaults ?? {})
    ]
    const problems = named.map((path) => [path, pathProblem(tree!, path)]).filter(([, problem]) => problem !== undefined)
    expect(problems).toEqual([])
  })

  it('maps no Terraform type twice (data and hand-written mappers together)', () => {
    const specTypes = MAPPING_SPECS.map((s) => s.tf)
    expect(specTypes.filter((t, i) => specTypes.indexOf(t) !== i)).toEqual([])
    const mapped = new Set([...AWS_TYPE_COVERAGE.resources, ...AWS_TYPE_COVERAGE.companions])
    for (const t of specTypes) expect(mapped.has(t)).toBe(true)
  })

  it('ignores on purpose only types it does not map, and reports them neither as resources nor as not checked', () => {
    const mapped = new Set([...AWS_TYPE_COVERAGE.resources, ...AWS_TYPE_COVERAGE.companions])
    expect(Object.keys(IGNORED_TYPES).filter((t) => mapped.has(t))).toEqual([])
    const out = mapTerraform([tf('aws_s3_object', 'readme', { bucket: 'b', key: 'README', content: 'hello' }), tf('aws_foo_bar', 'x', {})])
    expect(out.resources).toEqual([])
    expect(out.unmapped).toEqual([{ address: 'aws_foo_bar.x', type: 'aws_foo_bar' }])
  })

  it('knows the CloudFormation type of every mapped type, companions by their parent', () => {
    const table = mappedTypes()
    expect(table.find((t) => t.tf === 'aws_subnet')).toEqual({ tf: 'aws_subnet', cfn: 'AWS::EC2::Subnet', kind: 'resource' })
    expect(table.find((t) => t.tf === 'aws_s3_bucket_versioning')).toEqual({ tf: 'aws_s3_bucket_versioning', cfn: 'AWS::S3::Bucket', kind: 'companion' })
    expect(table.filter((t) => !/^(AWS|Plumbline)::[A-Za-z0-9]+::[A-Za-z0-9]+$/.test(t.cfn))).toEqual([])
  })

  it('derives the aws provider attribute names from CloudFormation names', () => {
    expect(terraformName('MapPublicIpOnLaunch')).toBe('map_public_ip_on_launch')
    expect(terraformName('Ipv6CidrBlock')).toBe('ipv6_cidr_block')
    expect(terraformName('EnableDns64')).toBe('enable_dns64')
    expect(terraformName('KMSMasterKeyID')).toBe('kms_master_key_id')
    expect(terraformName('DBSubnetGroupName')).toBe('db_subnet_group_name')
    expect(terraformName('S3Key')).toBe('s3_key')
    expect(terraformName('Arn')).toBe('arn')
  })
})
