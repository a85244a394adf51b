// Live resources into the canonical form (design.md), as small named normalizers in the style of driftctl's
// middlewares: each fixes one provider quirk and has its own test. Rules and drift then see live, plan and
// state resources in one shape.
import { freeFormPayloadPaths, secretLookingPaths } from '../../secrets.js'
import type { Resource } from '../../types.js'
import { normalizeByService } from './services/index.js'

// The normalizers of one service's types live with that service's hooks (services/); named here too, so each
// can be tested on its own alongside the generic ones.
export { markDefaultSecurityGroup, markDefaultVpcResources, foldSecurityGroupRules } from './services/ec2.js'
export { foldPolicyAttachments } from './services/iam.js'

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

/**
 * AWS-created resources recognisable from the resource alone (design: isDefault): every service's normalizer
 * (services/: service-linked roles, AWS-managed policies and keys, default security groups). The default VPC
 * and what AWS creates with it need EC2's own answer, after the region is read (services/ec2.ts).
 */
export function markAwsManaged(resource: Resource): void {
  normalizeByService(resource)
}

/** The per-resource normalizers, in order: the generic ones around the services' own. */
export function normalizeLiveResource(resource: Resource): void {
  dropAwsTags(resource)
  parsePolicyDocuments(resource)
  markAwsManaged(resource)
  markSensitive(resource)
}
