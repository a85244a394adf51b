#!/usr/bin/env node
// Extracts the few facts Plumbline needs from the CloudFormation resource schemas (shared/aws-schemas/*.json)
// into src/model/schema-data.ts. The schemas are not shipped: at runtime only this small file exists.
// Kept per type: property names (nested definitions resolved, for awscc snake_case inversion), primary
// identifier, read-only and write-only paths, list handler required parameters, list and read permissions.
//
// Usage: node scripts/extract-schemas.mjs [SCHEMA_DIR] [OUT_FILE]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const schemaDir = process.argv[2] ?? '/work/shared/aws-schemas'
const outFile = process.argv[3] ?? join(root, 'src/model/schema-data.ts')

/** JSON pointer '/properties/A/*\/B' → Plumbline path 'A[*].B' ('*' stands for any list item). */
function pointerToPath(pointer) {
  const steps = pointer.replace(/^\/properties\//, '').split('/')
  return steps.map((s, i) => (s === '*' ? '[*]' : i === 0 ? s : `.${s}`)).join('')
}

function typesOf(node) {
  return Array.isArray(node.type) ? node.type : node.type ? [node.type] : []
}

/**
 * A property node: 0 for a plain value (string, number, list of scalars), 'json' for a free-form object that
 * Terraform's awscc provider carries as a JSON string (policy documents), 'map' for a string-keyed map whose keys
 * are data (Lambda environment variables), or an object of child nodes. Lists are transparent: a node describes
 * the shape of one item.
 */
function nodeOf(schema, node, seen) {
  if (!node || typeof node !== 'object') return 0
  if (node.$ref) {
    const name = node.$ref.split('/').pop()
    if (seen.has(name)) return 0 // recursive definition: stop, inversion below this point is not needed
    return nodeOf(schema, schema.definitions?.[name], new Set([...seen, name]))
  }
  if (node.items) return nodeOf(schema, node.items, seen)
  const props = {}
  for (const part of [node, ...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) {
    for (const [name, child] of Object.entries(part.properties ?? {})) props[name] = nodeOf(schema, child, seen)
  }
  if (Object.keys(props).length > 0) return props
  const types = typesOf(node)
  if (node.patternProperties || (node.additionalProperties && typeof node.additionalProperties === 'object')) return 'map'
  if (types.includes('object')) return 'json'
  return 0
}

/**
 * The value kinds the property tree leaves out, for the derived Terraform mapping (src/mapping/derived.ts) and the
 * golden tests' shape check: per property path (lists transparent, as in the tree: 'SecurityGroupIngress.FromPort'),
 * 'b' boolean, 'i' integer, 'n' number, 's' string (left out: the default), '[' before any of them for a list
 * ('[' alone: a list of objects or of free-form values). Paths whose kind is the default are not listed.
 */
function kindsOf(schema, node, path, seen, out) {
  if (!node || typeof node !== 'object') return
  if (node.$ref) {
    const name = node.$ref.split('/').pop()
    if (seen.has(name)) return
    kindsOf(schema, schema.definitions?.[name], path, new Set([...seen, name]), out)
    return
  }
  if (typesOf(node).includes('array') || node.items) {
    const item = resolveRef(schema, node.items)
    const scalar = item && !item.properties && scalarKind(item)
    if (path !== '') out[path] = `[${scalar && scalar !== 's' ? scalar : scalar === 's' ? 's' : ''}`
    if (node.items) kindsOf(schema, node.items, path, seen, out)
    return
  }
  const parts = [node, ...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]
  let children = false
  for (const part of parts) {
    for (const [name, child] of Object.entries(part.properties ?? {})) {
      children = true
      kindsOf(schema, child, path === '' ? name : `${path}.${name}`, seen, out)
    }
  }
  if (children || path === '' || path in out) return
  const scalar = scalarKind(node)
  if (scalar && scalar !== 's') out[path] = scalar
}

function resolveRef(schema, node, seen = new Set()) {
  if (!node || typeof node !== 'object' || !node.$ref) return node
  const name = node.$ref.split('/').pop()
  if (seen.has(name)) return undefined
  return resolveRef(schema, schema.definitions?.[name], new Set([...seen, name]))
}

/** A scalar's kind: the first of boolean, integer, number in its type list, else string ('s'); none for objects. */
function scalarKind(node) {
  const types = typesOf(node)
  if (types.includes('object') || node.properties || node.patternProperties) return undefined
  if (types.includes('boolean')) return 'b'
  if (types.includes('integer')) return 'i'
  if (types.includes('number')) return 'n'
  return 's'
}

/** awscc's snake_case of a CloudFormation name (terraform-provider-awscc internal/naming). */
function awsccName(name) {
  for (const [from, to] of [['CloudFormation', 'Cloudformation'], ['CloudFront', 'Cloudfront'], ['CloudWatch', 'Cloudwatch'], ['CNAMEs', 'Cnames'], ['FSx', 'Fsx']]) {
    name = name.split(from).join(to)
  }
  const cap = (c) => c >= 'A' && c <= 'Z'
  const low = (c) => c >= 'a' && c <= 'z'
  const dig = (c) => c >= '0' && c <= '9'
  let out = ''
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]
    const next = name[i + 1]
    const lower = ch.toLowerCase()
    if (next !== undefined && ((cap(ch) && low(next)) || (low(ch) && (cap(next) || dig(next))) || (dig(ch) && (cap(next) || low(next))))) {
      if (cap(ch) && low(next) && i > 0 && cap(name[i - 1])) out += '_'
      out += lower
      if (low(ch) || dig(ch)) out += '_'
      continue
    }
    out += cap(ch) || low(ch) || dig(ch) ? lower : '_'
  }
  return out
}

/**
 * The types whose facts are shipped: those a rule judges, the mapping produces or the live scan reads, and the
 * awscc types of the same services. Every schema would be 2.4 MB to load on every start; add a type here when a
 * rule, a mapping or the default live scan needs it, and run the script again.
 */
const SHIPPED_TYPES = new Set([
  'AWS::AccessAnalyzer::Analyzer',
  'AWS::CloudTrail::Trail',
  'AWS::CloudWatch::Alarm',
  'AWS::Config::ConfigurationRecorder',
  'AWS::DynamoDB::Table',
  'AWS::EC2::FlowLog',
  'AWS::EC2::Instance',
  'AWS::EC2::InternetGateway',
  'AWS::EC2::LaunchTemplate',
  'AWS::EC2::NetworkAcl',
  'AWS::EC2::NetworkAclEntry',
  'AWS::EC2::NetworkInterface',
  'AWS::EC2::RouteTable',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupEgress',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::Subnet',
  'AWS::EC2::VPC',
  'AWS::EC2::Volume',
  'AWS::ECR::Repository',
  'AWS::EFS::FileSystem',
  'AWS::EKS::Cluster',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::GuardDuty::Detector',
  'AWS::IAM::Group',
  'AWS::IAM::GroupPolicy',
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::Role',
  'AWS::IAM::RolePolicy',
  'AWS::IAM::ServerCertificate',
  'AWS::IAM::User',
  'AWS::IAM::UserPolicy',
  'AWS::KMS::Key',
  'AWS::Lambda::Function',
  'AWS::Lambda::Permission',
  'AWS::Lambda::Url',
  'AWS::Logs::LogGroup',
  'AWS::Logs::MetricFilter',
  'AWS::RDS::DBCluster',
  'AWS::RDS::DBInstance',
  'AWS::S3::Bucket',
  'AWS::S3::BucketPolicy',
  'AWS::SNS::Topic',
  'AWS::SQS::Queue',
  'AWS::SecretsManager::Secret',
  'AWS::SecurityHub::Hub'
])

function kindsOfType(schema) {
  const out = {}
  kindsOf(schema, { properties: schema.properties }, '', new Set(), out)
  return out
}

// Every CloudFormation type the Terraform mapping tables name (src/mapping/data/*.ts: `cfn: 'AWS::...'`) is shipped
// too: the derived mapping reads its property tree and kinds at run time.
const dataDir = join(root, 'src/mapping/data')
for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.ts'))) {
  for (const m of readFileSync(join(dataDir, file), 'utf8').matchAll(/\bcfn: '(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)'/g)) SHIPPED_TYPES.add(m[1])
}

const types = {}
const awsccTypes = {}
const found = new Set()
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json')).sort()) {
  const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8'))
  if (!SHIPPED_TYPES.has(schema.typeName)) continue
  found.add(schema.typeName)
  const [, service, resource] = schema.typeName.split('::')
  types[schema.typeName] = {
    primaryIdentifier: (schema.primaryIdentifier ?? []).map(pointerToPath),
    readOnly: (schema.readOnlyProperties ?? []).map(pointerToPath),
    writeOnly: (schema.writeOnlyProperties ?? []).map(pointerToPath),
    listRequires: schema.handlers?.list?.handlerSchema?.required ?? [],
    listPermissions: schema.handlers?.list?.permissions ?? [],
    readPermissions: schema.handlers?.read?.permissions ?? [],
    properties: nodeOf(schema, { properties: schema.properties }, new Set()),
    kinds: kindsOfType(schema)
  }
  awsccTypes[`awscc_${service.toLowerCase()}_${awsccName(resource)}`] = schema.typeName
}

const header = `// GENERATED by scripts/extract-schemas.mjs from shared/aws-schemas (CloudFormation registry schemas,
// us-east-1, 2024-09-04). Do not edit: re-run the script. Shapes are described in schemas.ts.
import type { SchemaRecord } from './schemas.js'
`
const perType = Object.fromEntries(Object.entries(types).map(([type, record]) => [type, JSON.stringify(record)]))
const body = `
// Each type's facts as JSON text, parsed the first time the type is asked for: a run meets a few dozen of these types,
// and parsing all of them at start-up cost more than the rest of it (and kept megabytes of objects alive).
export const SCHEMA_JSON: Readonly<Record<string, string>> = ${JSON.stringify(perType)}

const parsed = new Map<string, SchemaRecord>()

/** The facts of one type, parsed once. */
export function schemaRecord(type: string): SchemaRecord | undefined {
  let record = parsed.get(type)
  if (record === undefined && Object.prototype.hasOwnProperty.call(SCHEMA_JSON, type)) {
    record = JSON.parse(SCHEMA_JSON[type]) as SchemaRecord
    parsed.set(type, record)
  }
  return record
}

/** Every type's facts as one read-only mapping (each parsed when read), for code that wants a record by type. */
export const SCHEMA_DATA: Readonly<Record<string, SchemaRecord>> = new Proxy({} as Record<string, SchemaRecord>, {
  get: (_, type) => (typeof type === 'string' ? schemaRecord(type) : undefined),
  has: (_, type) => typeof type === 'string' && Object.prototype.hasOwnProperty.call(SCHEMA_JSON, type),
  ownKeys: () => Object.keys(SCHEMA_JSON),
  getOwnPropertyDescriptor: (_, type) =>
    typeof type === 'string' && Object.prototype.hasOwnProperty.call(SCHEMA_JSON, type) ? { value: schemaRecord(type), enumerable: true, configurable: true } : undefined
})

/** awscc Terraform type → CloudFormation type, named the way terraform-provider-awscc names them. */
export const AWSCC_TYPES: Readonly<Record<string, string>> = ${JSON.stringify(awsccTypes, null, 1)}
`
const missing = [...SHIPPED_TYPES].filter((t) => !found.has(t))
if (missing.length > 0) {
  console.error(`no schema for: ${missing.join(', ')} (a misspelt type in src/mapping/data?)`)
  process.exit(1)
}
writeFileSync(outFile, header + body)
console.log(`wrote ${outFile}: ${Object.keys(types).length} types, ${(header + body).length} bytes`)
