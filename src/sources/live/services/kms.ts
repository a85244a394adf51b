// KMS's quirk: AWS-managed keys are AWS-created (design: isDefault), but Cloud Control's KMS schema has no
// KeyManager property, so they are known by what AWS writes into them.
import type { Resource } from '../../../types.js'
import type { ServiceHooks } from './hooks.js'

const AWS_MANAGED_KEY_DESCRIPTION = /^Default (master )?key that protects my .* when no other key is defined/i

/**
 * An AWS-managed key: the description AWS gives every such key, or a key policy whose every statement lets any
 * principal of the account use the key only through one AWS service (kms:ViaService with kms:CallerAccount).
 */
export function markAwsManagedKey(resource: Resource): void {
  if (resource.type !== 'AWS::KMS::Key') return
  const p = resource.properties
  if (typeof p.Description === 'string' && AWS_MANAGED_KEY_DESCRIPTION.test(p.Description)) resource.isDefault = true
  else if (isServiceOnlyKeyPolicy(p.KeyPolicy)) resource.isDefault = true
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

export const kmsHooks: ServiceHooks = {
  service: 'KMS',
  normalize: markAwsManagedKey
}
