// Live resources into the canonical form (design.md), as small named normalizers in the style of driftctl's
// middlewares: each fixes one provider quirk and has its own test. Rules and drift then see live, plan and
// state resources in one shape.
import { normalizeRuleEntry } from '../../model/security-group-rules.js'
import { freeFormPayloadPaths, secretLookingPaths } from '../../secrets.js'
import type { Resource } from '../../types.js'

/** Tags as `[{Key, Value}]` without AWS's own `aws:` keys (CloudFormation stacks, Service Catalog...). */
export function dropAwsTags(resource: Resource): void {
  for (const property of ['Tags', 'FileSystemTags']) {
    const tags = resource.properties[property]
    if (Array.isArray(tags)) {
      resource.properties[property] = tags.filter((tag) => !String((tag as { Key?: unknown })?.Key ?? '').startsWith('aws:'))
    } else if (tags && typeof tags === 'object') {
      resource.properties[property] = Object.entries(tags as Record<string, unknown>)
        .filter(([key]) => !key.startsWith('aws:'))
        .map(([Key, Value]) => ({ Key, Value }))
    }
  }
}

const POLICY_PROPERTIES = ['PolicyDocument', 'AssumeRolePolicyDocument', 'KeyPolicy']

/**
 * Policy documents as parsed objects. Read handlers mostly return objects, but some return the JSON string IAM
 * stores, and IAM's own APIs return it URL-encoded.
 */
export function parsePolicyDocuments(resource: Resource): void {
  const parse = (value: unknown): unknown => {
    if (typeof value !== 'string') return value
    const text = /^\s*%7B/i.test(value) ? safeDecode(value) : value
    try {
      const parsed: unknown = JSON.parse(text)
      return parsed && typeof parsed === 'object' ? parsed : value
    } catch {
      return value
    }
  }
  for (const property of POLICY_PROPERTIES) {
    if (property in resource.properties) resource.properties[property] = parse(resource.properties[property])
  }
  const inline = resource.properties.Policies
  if (Array.isArray(inline)) {
    for (const policy of inline) {
      if (policy && typeof policy === 'object') {
        const p = policy as Record<string, unknown>
        p.PolicyDocument = parse(p.PolicyDocument)
      }
    }
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

const INGRESS_FIELDS = ['IpProtocol', 'FromPort', 'ToPort', 'CidrIp', 'CidrIpv6', 'SourceSecurityGroupId', 'SourceSecurityGroupOwnerId', 'SourcePrefixListId', 'Description']
const EGRESS_FIELDS = ['IpProtocol', 'FromPort', 'ToPort', 'CidrIp', 'CidrIpv6', 'DestinationSecurityGroupId', 'DestinationPrefixListId', 'Description']

/**
 * Security-group rules live inside their group. Live AWS::EC2::SecurityGroupIngress/Egress resources (listed
 * only when the user selects them) are folded into the group's SecurityGroupIngress/Egress, unless the group's
 * own read already holds an equal entry; the rule resources are then removed. A rule whose group was not read
 * stays a resource of its own.
 */
export function foldSecurityGroupRules(resources: Resource[]): Resource[] {
  const groups = new Map<string, Resource>()
  for (const r of resources) if (r.type === 'AWS::EC2::SecurityGroup') groups.set(`${r.account}/${r.region}/${String(r.properties.GroupId ?? r.id)}`, r)
  return resources.filter((r) => {
    const direction = r.type === 'AWS::EC2::SecurityGroupIngress' ? 'SecurityGroupIngress' : r.type === 'AWS::EC2::SecurityGroupEgress' ? 'SecurityGroupEgress' : undefined
    if (!direction) return true
    const group = groups.get(`${r.account}/${r.region}/${String(r.properties.GroupId)}`)
    if (!group) return true
    const fields = direction === 'SecurityGroupIngress' ? INGRESS_FIELDS : EGRESS_FIELDS
    const entry = normalizeRuleEntry(Object.fromEntries(fields.filter((f) => r.properties[f] !== undefined).map((f) => [f, r.properties[f]])))
    const existing = Array.isArray(group.properties[direction]) ? (group.properties[direction] as Record<string, unknown>[]) : []
    const key = ruleKey(entry)
    if (!existing.some((e) => ruleKey(normalizeRuleEntry(e)) === key)) group.properties[direction] = [...existing, entry]
    return false
  })
}

/** A rule's identity without its description (the same permission described twice is one permission). */
function ruleKey(entry: Record<string, unknown>): string {
  const { Description: _description, ...rest } = entry
  return JSON.stringify(Object.keys(rest).sort().map((k) => [k, rest[k]]))
}

const PRINCIPAL_TYPES = { Roles: 'AWS::IAM::Role', Users: 'AWS::IAM::User', Groups: 'AWS::IAM::Group' } as const
const PRINCIPAL_NAME = { 'AWS::IAM::Role': 'RoleName', 'AWS::IAM::User': 'UserName', 'AWS::IAM::Group': 'GroupName' } as const

/**
 * Managed-policy attachments live on the principal (`ManagedPolicyArns`). A policy's read-only Roles/Users/Groups
 * view is folded onto the principals read in the same account, so an attachment seen from either side counts.
 */
export function foldPolicyAttachments(resources: Resource[]): void {
  const principals = new Map<string, Resource>()
  for (const r of resources) {
    const nameProperty = PRINCIPAL_NAME[r.type as keyof typeof PRINCIPAL_NAME]
    if (nameProperty) principals.set(`${r.account}/${r.type}/${String(r.properties[nameProperty] ?? r.id)}`, r)
  }
  for (const policy of resources) {
    if (policy.type !== 'AWS::IAM::ManagedPolicy') continue
    const arn = policy.properties.PolicyArn ?? policy.id
    if (typeof arn !== 'string') continue
    for (const [property, type] of Object.entries(PRINCIPAL_TYPES)) {
      const names = policy.properties[property]
      if (!Array.isArray(names)) continue
      for (const name of names) {
        const principal = principals.get(`${policy.account}/${type}/${String(name)}`)
        if (!principal) continue
        const attached = Array.isArray(principal.properties.ManagedPolicyArns) ? (principal.properties.ManagedPolicyArns as unknown[]) : []
        if (!attached.includes(arn)) principal.properties.ManagedPolicyArns = [...attached, arn]
      }
    }
  }
}

const AWS_MANAGED_KEY_DESCRIPTION = /^Default (master )?key that protects my .* when no other key is defined/i

/**
 * AWS-created resources (design: isDefault): service-linked roles, AWS-managed policies and AWS-managed KMS
 * keys. The default VPC and what AWS creates with it need EC2's own answer (markDefaultVpcResources).
 *
 * AWS-managed KMS keys: Cloud Control's KMS schema has no KeyManager property, so they are known by what AWS
 * writes into them: the description AWS gives every such key, or a key policy whose every statement lets any
 * principal of the account use the key only through one AWS service (kms:ViaService with kms:CallerAccount).
 */
export function markAwsManaged(resource: Resource): void {
  const p = resource.properties
  if (resource.type === 'AWS::IAM::Role' && typeof p.Path === 'string' && p.Path.startsWith('/aws-service-role/')) resource.isDefault = true
  if (resource.type === 'AWS::IAM::ManagedPolicy' && /^arn:aws[a-z-]*:iam::aws:policy\//.test(String(p.PolicyArn ?? resource.id))) resource.isDefault = true
  if (resource.type === 'AWS::KMS::Key') {
    if (typeof p.Description === 'string' && AWS_MANAGED_KEY_DESCRIPTION.test(p.Description)) resource.isDefault = true
    else if (isServiceOnlyKeyPolicy(p.KeyPolicy)) resource.isDefault = true
  }
}

function isServiceOnlyKeyPolicy(policy: unknown): boolean {
  const statements = (policy as { Statement?: unknown })?.Statement
  const list = Array.isArray(statements) ? statements : statements ? [statements] : []
  if (list.length === 0) return false
  return list.every((s) => {
    const text = JSON.stringify((s as { Condition?: unknown })?.Condition ?? {})
    return text.includes('kms:ViaService') && text.includes('kms:CallerAccount')
  })
}

/** What AWS creates with a default VPC, known from its VpcId (subnets, route tables, network ACLs) or attachment. */
export function markDefaultVpcResources(resources: readonly Resource[], defaultVpcIds: ReadonlySet<string>): void {
  for (const r of resources) {
    const p = r.properties
    switch (r.type) {
      case 'AWS::EC2::VPC':
        if (defaultVpcIds.has(String(p.VpcId ?? r.id))) r.isDefault = true
        break
      case 'AWS::EC2::Subnet':
      case 'AWS::EC2::RouteTable':
      case 'AWS::EC2::NetworkAcl':
        if (defaultVpcIds.has(String(p.VpcId))) r.isDefault = true
        break
      case 'AWS::EC2::InternetGateway': {
        const attachments = Array.isArray(p.Attachments) ? (p.Attachments as Array<{ VpcId?: unknown }>) : []
        if (attachments.some((a) => defaultVpcIds.has(String(a?.VpcId)))) r.isDefault = true
        break
      }
    }
  }
}

/** Every VPC's `default` security group is created by AWS with the VPC (it cannot be deleted). */
export function markDefaultSecurityGroup(resource: Resource): void {
  if (resource.type === 'AWS::EC2::SecurityGroup' && resource.properties.GroupName === 'default') resource.isDefault = true
}

/**
 * Paths whose values must never be written: free-form payloads (UserData, every Lambda environment variable value,
 * container environments, build specs...: see secrets.ts FREE_FORM_PAYLOADS; the in-memory inventory keeps them for
 * the rules that look for secrets in them), properties named like secrets, and values shaped like keys or tokens,
 * plainly or base64-encoded.
 */
export function markSensitive(resource: Resource): void {
  const paths = new Set(resource.sensitive ?? [])
  for (const path of freeFormPayloadPaths(resource.type, resource.properties)) paths.add(path)
  // Account facts hold no secrets, only metadata whose column names sound like them (access_key_1_active).
  for (const path of secretLookingPaths(resource.properties, { byName: !resource.type.startsWith('Plumbline::') })) paths.add(path)
  if (paths.size > 0) resource.sensitive = [...paths].sort()
}

/** The per-resource normalizers, in order. */
export function normalizeLiveResource(resource: Resource): void {
  dropAwsTags(resource)
  parsePolicyDocuments(resource)
  markAwsManaged(resource)
  markDefaultSecurityGroup(resource)
  markSensitive(resource)
}
