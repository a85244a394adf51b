// Tags as a set of Key → Value without AWS's own `aws:` keys (CloudFormation stacks, Service Catalog and AWS
// Backup add them; nobody writes them in Terraform). Both CloudFormation shapes are read: the usual
// `[{Key, Value}]` list and the plain map a few types use (AWS::SecurityHub::Hub).
import type { PathStep } from '../../paths.js'

export interface CanonicalTag {
  value: unknown
  /** Where the tag sits in the property: its list index, or its key in the map shape. */
  at: PathStep
}

/** Tag key → value and position; `aws:` keys dropped. A list entry without a string Key is not a tag. */
export function canonicalTags(tags: unknown): Map<string, CanonicalTag> {
  const out = new Map<string, CanonicalTag>()
  if (Array.isArray(tags)) {
    for (let i = 0; i < tags.length; i++) {
      const tag = tags[i] as { Key?: unknown; Value?: unknown } | null
      const key = tag && typeof tag === 'object' ? tag.Key : undefined
      if (typeof key === 'string' && !key.startsWith('aws:')) out.set(key, { value: tag?.Value, at: i })
    }
  } else if (tags !== null && typeof tags === 'object') {
    for (const [key, value] of Object.entries(tags)) if (!key.startsWith('aws:')) out.set(key, { value, at: key })
  }
  return out
}
