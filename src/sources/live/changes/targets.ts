// The resources who-changed names (drift entries, live findings labelled drift), keyed the same way by the
// pipeline and the lookups. No AWS SDK here: the pipeline imports it on plan-only runs too.

export interface LastChangeTarget {
  type: string
  id: string
  account: string
  region: string
  /** The live resource's properties, when it was read (CloudTrail may name it by a property, not its id). */
  properties: Record<string, unknown>
}

export function targetKey(target: Pick<LastChangeTarget, 'type' | 'id' | 'account' | 'region'>): string {
  return `${target.account}\u0000${target.region}\u0000${target.type}\u0000${target.id}`
}
