// IAM principals: aws_iam_role, aws_iam_user, aws_iam_group → AWS::IAM::Role/User/Group. Inline policies
// become Policies[{PolicyName, PolicyDocument}]; managed policy attachments live in ManagedPolicyArns
// (iam-attachments.ts folds the separate resources in).
import type { TfResource } from '../../types.js'
import { attr, isUnknownAttr, ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, parsePolicy, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

interface PrincipalState {
  arns: string[]
  unknownArns: number
  /**
   * The attachment resource each ARN (and each unknown one, in order) came from, when not the principal itself; made
   * on the first attachment (most principals of a large plan have none).
   */
  arnFrom?: Map<string, TfResource>
  unknownFrom?: Array<TfResource | undefined>
}

const PRINCIPAL_STATE = new WeakMap<ResourceBuilder, PrincipalState>()

/**
 * Add managed policy ARNs to a principal. Known ARNs are kept sorted and de-duplicated (state repeats the
 * separately attached ones); an ARN only known after apply is marked unknown at an index after the known ones,
 * so a rule sees both what is certain and that more will come.
 */
export function addManagedPolicyArns(b: ResourceBuilder, arns: readonly unknown[], unknownCount = 0, from: TfResource = b.tf): void {
  let state = PRINCIPAL_STATE.get(b)
  if (!state) {
    const created: PrincipalState = { arns: [], unknownArns: 0 }
    state = created
    PRINCIPAL_STATE.set(b, created)
    b.onFinish(() => {
      const known = [...new Set(created.arns)].sort()
      if (known.length > 0) b.properties.ManagedPolicyArns = known
      for (let i = 0; i < created.unknownArns; i++) b.markUnknown(`ManagedPolicyArns[${known.length + i}]`)
      // An ARN attached by an attachment resource is that resource's (a finding on it belongs on its block).
      const arnFrom = created.arnFrom
      if (arnFrom !== undefined) {
        for (let i = 0; i < known.length; i++) {
          const source = arnFrom.get(known[i])
          if (source) b.noteCause(`ManagedPolicyArns[${i}]`, source)
        }
      }
      const unknownFrom = created.unknownFrom ?? []
      for (let i = 0; i < unknownFrom.length; i++) {
        const source = unknownFrom[i]
        if (source) b.noteCause(`ManagedPolicyArns[${known.length + i}]`, source)
      }
    })
  }
  for (const arn of arns) {
    if (typeof arn !== 'string' || arn === '') continue
    state.arns.push(arn)
    if (from !== b.tf) {
      const arnFrom = (state.arnFrom ??= new Map())
      if (!arnFrom.has(arn)) arnFrom.set(arn, from)
    }
  }
  state.unknownArns += unknownCount
  if (unknownCount > 0) {
    const unknownFrom = (state.unknownFrom ??= [])
    // Positions follow the unknown ARNs' order: one entry per unknown ARN, the attachment's or none.
    while (unknownFrom.length < state.unknownArns - unknownCount) unknownFrom.push(undefined)
    for (let i = 0; i < unknownCount; i++) unknownFrom.push(from !== b.tf ? from : undefined)
  }
}

/** Append one inline policy, recorded against the attributes it came from. */
export function addInlinePolicy(b: ResourceBuilder, from: TfResource, nameAttr: string, policyAttr: string): void {
  const existing = Array.isArray(b.properties.Policies) ? (b.properties.Policies as unknown[]) : []
  // Provider v5 computes a role's inline_policy, so the principal's state echoes a policy an aws_iam_role_policy
  // manages: the same name is one policy, which the companion's block defines.
  // Asked only for a companion: the principal's own policies are listed once each.
  const name = from === b.tf || existing.length === 0 || isUnknownAttr(from, nameAttr) ? undefined : attr(from, nameAttr)
  const same = typeof name === 'string' ? existing.findIndex((p) => (p as Record<string, unknown> | null)?.PolicyName === name) : -1
  if (same >= 0) {
    b.clear(`Policies[${same}].PolicyName`)
    b.clear(`Policies[${same}].PolicyDocument`)
  }
  const index = same >= 0 ? same : existing.length
  b.copy(`Policies[${index}].PolicyName`, nameAttr, undefined, from)
  b.copy(`Policies[${index}].PolicyDocument`, policyAttr, parsePolicy, from)
  if (!Array.isArray(b.properties.Policies) || b.properties.Policies.length === index) {
    // Name and document both unknown: keep the slot so later indices stay aligned with what was recorded.
    setPolicySlot(b, index)
  }
}

function setPolicySlot(b: ResourceBuilder, index: number): void {
  const list = Array.isArray(b.properties.Policies) ? (b.properties.Policies as unknown[]) : []
  while (list.length <= index) list.push({})
  b.properties.Policies = list
}

function managedPolicyArnsOf(b: ResourceBuilder, tf: TfResource): void {
  if (isUnknownAttr(tf, 'managed_policy_arns')) {
    b.record('ManagedPolicyArns', 'managed_policy_arns')
    return
  }
  const arns = tf.values.managed_policy_arns
  if (Array.isArray(arns)) addManagedPolicyArns(b, arns, arns.filter((a) => a === null).length)
}

// The property table, built once and shared by every resource of the type.
const ROLE_FIELDS: readonly Field[] = [
  ['RoleName', 'name'],
  ['Path', 'path'],
  ['Description', 'description', (v) => (v === '' ? undefined : v)],
  ['AssumeRolePolicyDocument', 'assume_role_policy', parsePolicy],
  ['MaxSessionDuration', 'max_session_duration'],
  ['PermissionsBoundary', 'permissions_boundary', (v) => (v === '' ? undefined : v)],
  ['Arn', 'arn'],
  ['RoleId', 'unique_id']
]

// The property table, built once and shared by every resource of the type.
const USER_FIELDS: readonly Field[] = [
  ['UserName', 'name'],
  ['Path', 'path'],
  ['PermissionsBoundary', 'permissions_boundary', (v) => (v === '' ? undefined : v)],
  ['Arn', 'arn']
]

// The property table, built once and shared by every resource of the type.
const POLICY_FIELDS: readonly Field[] = [
  ['ManagedPolicyName', 'name'],
  ['Path', 'path'],
  ['Description', 'description', (v) => (v === '' ? undefined : v)],
  ['PolicyDocument', 'policy', parsePolicy],
  ['PolicyArn', 'arn'],
  ['PolicyId', 'policy_id']
]

export const iamRole: ResourceMapper = {
  tfType: 'aws_iam_role',
  map(tf) {
    const b = new ResourceBuilder('AWS::IAM::Role', tf)
    b.region = 'global'
    b.id = idFrom(tf.values, 'name', 'id')
    copyFields(b, ROLE_FIELDS)
    if (isUnknownAttr(tf, 'inline_policy')) b.record('Policies', 'inline_policy')
    const inline = tf.values.inline_policy
    if (Array.isArray(inline)) {
      inline.forEach((p, i) => {
        // Terraform shows one empty inline_policy block when the role has none.
        if (p && typeof p === 'object' && ((p as Record<string, unknown>).name || (p as Record<string, unknown>).policy || isUnknownAttr(tf, `inline_policy[${i}]`))) {
          addInlinePolicy(b, tf, `inline_policy[${i}].name`, `inline_policy[${i}].policy`)
        }
      })
    }
    managedPolicyArnsOf(b, tf)
    copyTags(b)
    return b
  }
}

export const iamUser: ResourceMapper = {
  tfType: 'aws_iam_user',
  map(tf) {
    const b = new ResourceBuilder('AWS::IAM::User', tf)
    b.region = 'global'
    b.id = idFrom(tf.values, 'name', 'id')
    copyFields(b, USER_FIELDS)
    copyTags(b)
    return b
  }
}

export const iamGroup: ResourceMapper = {
  tfType: 'aws_iam_group',
  map(tf) {
    const b = new ResourceBuilder('AWS::IAM::Group', tf)
    b.region = 'global'
    b.id = idFrom(tf.values, 'name', 'id')
    copyFields(b, [['GroupName', 'name'], ['Path', 'path'], ['Arn', 'arn']])
    return b
  }
}

/** aws_iam_policy → AWS::IAM::ManagedPolicy, identified by its ARN (the schema's primary identifier). */
export const iamPolicy: ResourceMapper = {
  tfType: 'aws_iam_policy',
  map(tf) {
    const b = new ResourceBuilder('AWS::IAM::ManagedPolicy', tf)
    b.region = 'global'
    b.id = idFrom(tf.values, 'arn')
    copyFields(b, POLICY_FIELDS)
    return b
  }
}

