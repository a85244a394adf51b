import { EMPTY_CONFIG_FILE } from '../../src/config-file.js'
import { evaluateInventory } from '../../src/evaluate.js'
import { mapTerraform } from '../../src/mapping/index.js'
import { ALL_RULES, findRules } from '../../src/rules/index.js'
import type { TfResource } from '../../src/types.js'
import { tf } from './helpers.js'

describe('folding companions into parents', () => {
  test('by reference inside module instances and count indexes, never across modules', () => {
    const bucket = (mod: string, i: number, name: string) =>
      tf('aws_s3_bucket', 'b', { bucket: name }, { address: `${mod}.aws_s3_bucket.b[${i}]`, module: mod, index: i })
    const versioning = (mod: string, i: number, status: string) =>
      tf('aws_s3_bucket_versioning', 'v', { versioning_configuration: [{ status }] }, {
        address: `${mod}.aws_s3_bucket_versioning.v[${i}]`, module: mod, index: i,
        unknown: ['bucket'], references: { bucket: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] }
      })
    const input = [
      bucket('module.a["x"]', 0, 'ax0'), bucket('module.a["x"]', 1, 'ax1'), bucket('module.a["y"]', 0, 'ay0'),
      versioning('module.a["x"]', 1, 'Enabled'), versioning('module.a["y"]', 0, 'Suspended')
    ]
    const { resources, unmapped } = mapTerraform(input)
    expect(unmapped).toEqual([])
    const status = Object.fromEntries(resources.map((r) => [r.id, (r.properties.VersioningConfiguration as { Status?: string } | undefined)?.Status]))
    expect(status).toEqual({ ax0: undefined, ax1: 'Enabled', ay0: 'Suspended' })
  })

  test('by value when there is no reference (bucket name, role name)', () => {
    const { resources } = mapTerraform([
      tf('aws_s3_bucket', 'one', { bucket: 'one' }),
      tf('aws_s3_bucket', 'two', { bucket: 'two' }),
      tf('aws_s3_bucket_public_access_block', 'two', { bucket: 'two', block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true }),
      tf('aws_iam_role', 'r', { name: 'deployer', assume_role_policy: '{}' }),
      tf('aws_iam_role_policy_attachment', 'a', { role: 'deployer', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' })
    ])
    expect(resources.map((r) => r.properties.PublicAccessBlockConfiguration)).toEqual([
      undefined,
      { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      undefined
    ])
    expect(resources[2].properties.ManagedPolicyArns).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess'])
  })

  test('a companion whose bucket is managed elsewhere is reported, and makes no half bucket', () => {
    const { resources, unmapped } = mapTerraform([tf('aws_s3_bucket_versioning', 'v', { bucket: 'elsewhere', versioning_configuration: [{ status: 'Enabled' }] })])
    expect(resources).toEqual([])
    expect(unmapped).toEqual([{ address: 'aws_s3_bucket_versioning.v', type: 'aws_s3_bucket_versioning', reason: 'parent-elsewhere' }])
  })

  test('unmapped types are reported, never dropped', () => {
    // Types with no mapping (no CloudFormation type; another provider; an awscc type whose schema is not shipped, made
    // up so that mapping more real types never changes this test).
    const { resources, unmapped } = mapTerraform([tf('aws_acm_certificate_validation', 'v', { certificate_arn: 'arn:aws:acm:eu-west-1:111122223333:certificate/x' }), tf('google_storage_bucket', 'g', {}), tf('awscc_example_widget', 'p', {})])
    expect(resources).toEqual([])
    expect(unmapped.map((u) => u.type)).toEqual(['aws_acm_certificate_validation', 'google_storage_bucket', 'awscc_example_widget'])
  })
})

describe('a companion that cannot be tied to its parent (issue 9, item 17: never a pass)', () => {
  // A plan: the role is created with name_prefix (its name known only after apply), and the attachment names it
  // through a local, which Terraform's JSON writes as 'local.role_name' only: no reference leads to the role.
  const plan = (attachmentRole: unknown, unknown: string[]) => [
    tf('aws_iam_role', 'new', { name_prefix: 'deploy-', assume_role_policy: '{}' }, { unknown: ['name', 'id', 'arn'], action: 'create' }),
    tf('aws_iam_role', 'existing', { name: 'reader', assume_role_policy: '{}' }),
    tf('aws_iam_role_policy_attachment', 'admin', { role: attachmentRole, policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' }, {
      unknown,
      references: { role: ['local.role_name'] },
      action: 'create'
    })
  ]
  const verdicts = (input: ReturnType<typeof plan>) => {
    const { resources } = mapTerraform(input)
    const rule = ALL_RULES.find((r) => r.id === 'iam-no-administrator-access-attached')!
    return Object.fromEntries(evaluateInventory(resources, { rules: [rule], configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup: findRules }).map((e) => [e.resource.address, e.status]))
  }

  test('makes what it would set unknown on every parent it may belong to: the new role is not judged clean', () => {
    expect(verdicts(plan(undefined, ['role']))).toEqual({ 'aws_iam_role.new': 'unknown', 'aws_iam_role.existing': 'pass' })
  })

  test('leaves parents alone when it names its parent by a known value of another configuration', () => {
    const { unmapped } = mapTerraform(plan('managed-elsewhere', []))
    expect(unmapped.map((u) => u.address)).toEqual(['aws_iam_role_policy_attachment.admin'])
    expect(verdicts(plan('managed-elsewhere', []))).toEqual({ 'aws_iam_role.new': 'pass', 'aws_iam_role.existing': 'pass' })
  })
})

describe('a companion whose parent is one of several, or read from a data source', () => {
  const users = [
    tf('aws_iam_user', 'alice', { name: 'alice' }),
    tf('aws_iam_user', 'bob', { name: 'bob' }),
    tf('aws_iam_user', 'carol', { name: 'carol' }),
    tf('aws_iam_user_policy_attachment', 'direct', { user: 'carol', policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, { references: { user: ['aws_iam_user.carol'] } })
  ]
  const attachment = (references: string[]) =>
    tf('aws_iam_user_policy_attachment', 'maybe', { policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, { unknown: ['user'], references: { user: references } })
  const verdicts = (input: TfResource[]) => {
    const { resources } = mapTerraform(input)
    const rule = ALL_RULES.find((r) => r.id === 'iam-user-no-attached-policies')!
    return Object.fromEntries(evaluateInventory(resources, { rules: [rule], configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup: findRules }).map((e) => [e.resource.address, e.status]))
  }

  test('an unknown choice between two users makes those two unknown, not both failing, and leaves the others alone', () => {
    expect(verdicts([...users, attachment(['aws_iam_user.alice', 'aws_iam_user.bob'])])).toEqual({
      'aws_iam_user.alice': 'unknown',
      'aws_iam_user.bob': 'unknown',
      'aws_iam_user.carol': 'fail'
    })
  })

  test('a user name read from a data source may be any user of the configuration: none passes, a direct attachment still fails', () => {
    expect(verdicts([...users, attachment(['data.aws_ssm_parameter.user_name'])])).toEqual({
      'aws_iam_user.alice': 'unknown',
      'aws_iam_user.bob': 'unknown',
      'aws_iam_user.carol': 'fail'
    })
    const carol = mapTerraform([...users, attachment(['data.aws_ssm_parameter.user_name'])]).resources.find((r) => r.address === 'aws_iam_user.carol')!
    // The known attachment stays; the possible one is an item of unknown value after it.
    expect(carol.properties.ManagedPolicyArns).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess'])
    expect(carol.unknown).toContain('ManagedPolicyArns[1]')
  })

  test('a single reference with a value not known yet still names the parent', () => {
    expect(verdicts([...users, attachment(['aws_iam_user.alice'])])).toEqual({ 'aws_iam_user.alice': 'fail', 'aws_iam_user.bob': 'pass', 'aws_iam_user.carol': 'fail' })
  })
})
