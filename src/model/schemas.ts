// Per-type facts from the CloudFormation resource schemas, extracted at build time by
// scripts/extract-schemas.mjs into schema-data.ts (the schemas themselves are not shipped).
import { expandPathPattern } from '../paths.js'
import { AWSCC_TYPES, SCHEMA_JSON, schemaRecord } from './schema-data.js'

/**
 * The shape of a property: 0 for a plain value (string, number, list of scalars), 'json' for a free-form object
 * (policy documents; awscc carries them as JSON strings), 'map' for a map whose keys are data (Lambda environment
 * variables), or the child properties of an object. Lists are transparent: a node describes one item.
 */
export type PropertyNode = 0 | 'json' | 'map' | PropertyTree
export interface PropertyTree {
  [name: string]: PropertyNode
}

/** Whether a node is an object with child properties (not a plain value, a free-form document or a map). */
export function isTree(node: PropertyNode | undefined): node is PropertyTree {
  return typeof node === 'object' && node !== null
}

/** Paths use Plumbline's notation, with `[*]` for "any list item": 'BlockDeviceMappings[*].NoDevice'. */
export interface SchemaRecord {
  primaryIdentifier: string[]
  readOnly: string[]
  writeOnly: string[]
  /** Parameters Cloud Control's ListResources needs (a parent), e.g. FunctionName for AWS::Lambda::Permission. */
  listRequires: string[]
  listPermissions: string[]
  readPermissions: string[]
  properties: PropertyTree
  /**
   * The value kinds the tree leaves out, per property path with lists transparent ('SecurityGroupIngress.FromPort'):
   * 'b' boolean, 'i' integer, 'n' number, '[' + kind for a list ('[' alone: of objects or free-form values, '[s' of
   * strings). A path not listed is a string, or an object whose children are listed.
   */
  kinds: Readonly<Record<string, string>>
}

export interface TypeSchemaFacts extends SchemaRecord {
  type: string
}

export function schemaFacts(cfnType: string): TypeSchemaFacts | undefined {
  const record = schemaRecord(cfnType)
  return record ? { type: cfnType, ...record } : undefined
}

/** The schema's write-only property patterns of a type (none when we hold no schema for it). */
export function writeOnlyPatterns(cfnType: string): readonly string[] {
  return schemaRecord(cfnType)?.writeOnly ?? []
}

/** Every CloudFormation type we hold schema facts for. */
export function schemaTypes(): string[] {
  return Object.keys(SCHEMA_JSON)
}

/** awscc_s3_bucket → AWS::S3::Bucket, for the types whose schema we hold. */
export function cfnTypeOfAwscc(tfType: string): string | undefined {
  return AWSCC_TYPES[tfType]
}

export function awsccTypeNames(): string[] {
  return Object.keys(AWSCC_TYPES)
}

/**
 * The concrete paths in `properties` that a schema path pattern names ('A[*].B' → 'A[0].B', 'A[2].B'), only where
 * a value is present.
 */
export function expandSchemaPath(properties: Record<string, unknown>, pattern: string): string[] {
  return expandPathPattern(properties, pattern)
}

/** The kind of a property path (lists transparent) of a type, as SchemaRecord.kinds says: 's' when not listed. */
export function propertyKind(cfnType: string, path: string): string {
  return schemaRecord(cfnType)?.kinds[path] ?? 's'
}
