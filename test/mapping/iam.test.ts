import { mapTerraform } from '../../src/mapping/index.js'
import { tf } from './helpers.js'

const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }
const admin = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }

describe('IAM', () => {
  test('role: parsed trust policy, inline_policy blocks and aws_iam_role_policy in Policies, attachments in ManagedPolicyArns', () => {
    const role = tf('aws_iam_role', 'fn', {
      name: 'fn-role', path: '/', assume_role_policy: JSON.stringify(trust), max_session_duration: 3600, description: '',
      inline_policy: [{ name: 'inline', policy: JSON.stringify(admin) }],
      managed_policy_arns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      tags: { Owner: 'me' }
    }, { unknown: ['arn', 'unique_id', 'tags_all'] })
    const rolePolicy = tf('aws_iam_role_policy', 'p', { name: 'extra', policy: JSON.stringify(admin) }, { unknown: ['role'], references: { role: ['aws_iam_role.fn.id'] } })
    const attach = tf('aws_iam_role_policy_attachment', 'a', { role: 'fn-role' }, { unknown: ['policy_arn'], references: { role: ['aws_iam_role.fn.name'], policy_arn: ['aws_iam_policy.p.arn'] } })
    const [r] = mapTerraform([role, rolePolicy, attach]).resources
    expect(r).toMatchObject({ type: 'AWS::IAM::Role', id: 'fn-role', region: 'global' })
    expect(r.properties).toEqual({
      RoleName: 'fn-role', Path: '/', AssumeRolePolicyDocument: trust, MaxSessionDuration: 3600,
      Policies: [{ PolicyName: 'inline', PolicyDocument: admin }, { PolicyName: 'extra', PolicyDocument: admin }],
      ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess']
    })
    // Tags unknown: tags_all (default tags) is only known after apply; one more ARN will be attached.
    expect(r.unknown).toEqual(['Arn', 'ManagedPolicyArns[1]', 'RoleId', 'Tags'])
  })

  test('user and group with inline policies and attachments; aws_iam_policy_attachment folds into every principal named', () => {
    const user = tf('aws_iam_user', 'u', { name: 'alice', path: '/', tags_all: {} })
    const group = tf('aws_iam_group', 'g', { name: 'ops', path: '/' })
    const role = tf('aws_iam_role', 'r', { name: 'ci', assume_role_policy: '{}' })
    const userPolicy = tf('aws_iam_user_policy', 'up', { user: 'alice', name: 'u-inline', policy: JSON.stringify(admin) })
    const groupAttach = tf('aws_iam_group_policy_attachment', 'ga', { group: 'ops', policy_arn: 'arn:aws:iam::aws:policy/PowerUserAccess' })
    const exclusive = tf('aws_iam_policy_attachment', 'x', { name: 'x', users: ['alice'], roles: ['ci', 'not-here'], groups: [], policy_arn: 'arn:aws:iam::1:policy/p' })
    const [u, g, r] = mapTerraform([user, group, role, userPolicy, groupAttach, exclusive]).resources
    expect(u.properties).toEqual({ UserName: 'alice', Path: '/', Policies: [{ PolicyName: 'u-inline', PolicyDocument: admin }], ManagedPolicyArns: ['arn:aws:iam::1:policy/p'] })
    expect(g.properties).toEqual({ GroupName: 'ops', Path: '/', ManagedPolicyArns: ['arn:aws:iam::aws:policy/PowerUserAccess'] })
    expect(r.properties.ManagedPolicyArns).toEqual(['arn:aws:iam::1:policy/p'])
  })

  test('aws_iam_policy → AWS::IAM::ManagedPolicy identified by ARN (null until created)', () => {
    const known = tf('aws_iam_policy', 'p', { name: 'p', path: '/', policy: JSON.stringify(admin), arn: 'arn:aws:iam::111122223333:policy/p', policy_id: 'ANPA1' })
    const created = tf('aws_iam_policy', 'q', { name: 'q', path: '/', policy: JSON.stringify(admin) }, { unknown: ['arn', 'policy_id', 'id'] })
    const [p, q] = mapTerraform([known, created]).resources
    expect(p).toMatchObject({ type: 'AWS::IAM::ManagedPolicy', id: 'arn:aws:iam::111122223333:policy/p', properties: { ManagedPolicyName: 'p', PolicyDocument: admin, PolicyArn: 'arn:aws:iam::111122223333:policy/p', PolicyId: 'ANPA1' } })
    expect(q.id).toBeNull()
    expect(q.unknown).toEqual(['PolicyArn', 'PolicyId'])
  })
})
