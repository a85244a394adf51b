// IAM's quirks: service-linked roles and AWS-managed policies are AWS-created (design: isDefault), and
// managed-policy attachments live on the principal (design: canonical form).
import type { Resource } from '../../../types.js'
import type { ServiceHooks } from './hooks.js'

/** Service-linked roles (path /aws-service-role/) and AWS-managed policies (arn:...:iam::aws:policy/...). */
export function markAwsManagedIam(resource: Resource): void {
  const p = resource.properties
  if (resource.type === 'AWS::IAM::Role' && typeof p.Path === 'string' && p.Path.startsWith('/aws-service-role/')) resource.isDefault = true
  if (resource.type === 'AWS::IAM::ManagedPolicy' && /^arn:aws[a-z-]*:iam::aws:policy\//.test(String(p.PolicyArn ?? resource.id))) resource.isDefault = true
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

export const iamHooks: ServiceHooks = {
  service: 'IAM',
  normalize: markAwsManagedIam,
  fold: (resources) => {
    foldPolicyAttachments(resources)
    return resources
  }
}
