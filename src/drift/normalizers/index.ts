// The drift normalizers, one quirk each (driftctl's middlewares, applied to the comparison instead of the
// inventories): src/drift/diff.ts applies them, test/drift/normalizers.test.ts tests each.
export { isAbsent, sameScalar, sameValue, scalarKey } from './scalars.js'
export { canonicalTags, type CanonicalTag } from './tags.js'
export { canonicalPolicyDocument, canonicalJson, parseJsonDocument, samePolicyDocument, POLICY_DOCUMENT_PROPERTIES, DEFAULT_POLICY_VERSION } from './policy.js'
export { canonicalRuleEntry, ruleEntryKey, SECURITY_GROUP_RULE_PROPERTIES } from './security-group-rules.js'
export { matchSets, type SetEntry, type SetMatch } from './sets.js'
export { PROVIDER_DEFAULTS, type ProviderDefault } from './defaults.js'
export { KEYED_LISTS, ownedCollections, tagPropertyOf, UNORDERED_LISTS, type CollectionKind, type OwnedCollection } from './collections.js'
