import type { TfResource } from '../../src/types.js'

/** A plan-origin Terraform resource with sensible defaults; address from type and name unless given. */
export function tf(type: string, name: string, values: Record<string, unknown>, extra: Partial<TfResource> = {}): TfResource {
  return {
    address: extra.address ?? `${type}.${name}`,
    type,
    name,
    values,
    unknown: [],
    sensitive: [],
    origin: 'plan',
    action: 'create',
    region: 'eu-west-1',
    account: '111122223333',
    ...extra
  }
}
