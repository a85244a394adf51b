// Every property path a built-in rule reads must exist in the CloudFormation schema of each type it judges (or in
// the property tree of our own Plumbline:: fact types): a misspelt path reads nothing, and "absent" then fails or
// passes every resource without anyone noticing.
import { FACT_PROPERTIES } from '../../src/model/facts.js'
import { schemaFacts, type PropertyNode, type PropertyTree } from '../../src/model/schemas.js'
import { builtinSpec } from '../../src/rules/declarative/builtin.js'
import { EVERY_ITEM } from '../../src/rules/declarative/form.js'
import { parseCondition, parsePropertyPath } from '../../src/rules/declarative/parse.js'
import { conditionPaths } from '../../src/rules/declarative/paths.js'
import { allPredicates } from '../../src/rules/declarative/predicates.js'
import { ALL_RULES } from '../../src/rules/index.js'

/**
 * Properties newer than the schema copy (2024-09) that our sources fill in, each with where: AWS::EC2::Instance's
 * MetadataOptions came to CloudFormation in 2025 with the launch template's shape (src/mapping/aws/instance.ts,
 * src/sources/live/services/ec2.ts). Kept short and explicit: anything else a rule reads must be in the schema.
 */
const LAUNCH_TEMPLATE_DATA = schemaFacts('AWS::EC2::LaunchTemplate')!.properties.LaunchTemplateData as PropertyTree
const NEWER_THAN_SCHEMA: Readonly<Record<string, PropertyTree>> = {
  'AWS::EC2::Instance': { MetadataOptions: LAUNCH_TEMPLATE_DATA.MetadataOptions }
}

function propertiesOf(type: string): PropertyTree | undefined {
  const fact = FACT_PROPERTIES[type]
  if (fact) return fact
  const schema = schemaFacts(type)?.properties
  return schema && { ...schema, ...NEWER_THAN_SCHEMA[type] }
}

/** Why `path` does not exist in `tree`, or undefined when it does. Lists are transparent: a node is one item. */
function problemWith(tree: PropertyTree, path: string): string | undefined {
  let node: PropertyNode = tree
  const steps = parsePropertyPath(path, []).steps
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]
    if (node === 'json' || node === 'map') return undefined
    if (step === EVERY_ITEM || typeof step === 'number') continue
    if (node === 0) return `"${step}" is below a plain value`
    if (!Object.prototype.hasOwnProperty.call(node, step)) {
      const known = Object.keys(node)
      const near = known.find((k) => k.toLowerCase() === step.toLowerCase())
      return `no property "${step}"${near ? ` (the schema spells it "${near}")` : ''}`
    }
    node = node[step]
  }
  return undefined
}

/** Every problem of one rule's paths on every type it judges, as "rule / type: path: problem". */
function problemsOf(id: string, resourceTypes: readonly string[]): string[] {
  const spec = builtinSpec(id)
  if (!spec) return [`${id}: not a built-in declarative rule`]
  const paths = [...conditionPaths(spec.condition), ...(spec.appliesWhen ? conditionPaths(spec.appliesWhen) : [])]
  const problems: string[] = []
  for (const type of resourceTypes) {
    const tree = propertiesOf(type)
    if (!tree) {
      problems.push(`${id} / ${type}: no schema facts for the type`)
      continue
    }
    for (const path of paths) {
      if (path === '') continue
      const problem = problemWith(tree, path)
      if (problem) problems.push(`${id} / ${type}: ${path}: ${problem}`)
    }
  }
  return problems
}

describe('the paths built-in rules read', () => {
  it('are listed for every kind of condition, with [*] for list items and what predicates read', () => {
    const condition = parseCondition(
      {
        'all-of': [
          { property: 'A.B', exists: true },
          { property: 'L[*].C', equals: 1 },
          { property: 'M', some: { not: { property: 'D', in: [1] } } },
          { predicate: 'imdsv2-required' },
          { predicate: 'policy-grants-no-admin', property: 'Policies[*].PolicyDocument' }
        ]
      },
      ['condition']
    )
    expect(conditionPaths(condition).sort()).toEqual(
      ['A.B', 'L', 'L[*].C', 'M', 'M[*].D', 'MetadataOptions', 'MetadataOptions.HttpEndpoint', 'MetadataOptions.HttpTokens', 'Policies[*].PolicyDocument'].sort()
    )
  })

  it('every built-in rule is declarative and reads only properties its types have', () => {
    expect(ALL_RULES.length).toBeGreaterThanOrEqual(44)
    const problems = ALL_RULES.flatMap((rule) => problemsOf(rule.id, rule.resourceTypes))
    expect(problems).toEqual([])
  })

  it('what predicates declare they read is written as property paths (checked above on the types of their rules)', () => {
    const bad = allPredicates().flatMap((predicate) =>
      (predicate.reads ?? []).filter((path) => {
        try {
          parsePropertyPath(path, [])
          return path === ''
        } catch {
          return true
        }
      }).map((path) => `${predicate.name}: "${path}"`)
    )
    expect(bad).toEqual([])
    expect(allPredicates().find((p) => p.name === 'imdsv2-required')?.reads).toContain('MetadataOptions.HttpTokens')
  })

  it('check the path a rule hands to a predicate (policy-grants-no-admin property)', () => {
    const condition = parseCondition({ predicate: 'policy-grants-no-admin', property: 'Policies[*].PolicyDokument' }, ['condition'])
    const role = propertiesOf('AWS::IAM::Role')!
    expect(conditionPaths(condition).map((path) => problemWith(role, path))).toEqual(['no property "PolicyDokument"'])
  })

  it('catch a misspelt path: KmsMasterKeyID for the schema\'s KmsMasterKeyId', () => {
    const sqs = propertiesOf('AWS::SQS::Queue')!
    expect(problemWith(sqs, 'KmsMasterKeyId')).toBeUndefined()
    expect(problemWith(sqs, 'KmsMasterKeyID')).toBe('no property "KmsMasterKeyID" (the schema spells it "KmsMasterKeyId")')
    const bucket = propertiesOf('AWS::S3::Bucket')!
    expect(problemWith(bucket, 'BucketEncryption.ServerSideEncryptionConfiguration[*].ServerSideEncryptionByDefault.SSEAlgorithm')).toBeUndefined()
    expect(problemWith(bucket, 'BucketEncryption.ServerSideEncryptionConfiguration[*].ServerSideEncryptionByDefault.SseAlgorithm')).toMatch(/no property "SseAlgorithm"/)
    // Below a plain value, and in our own fact types.
    expect(problemWith(bucket, 'BucketName.Length')).toBe('"Length" is below a plain value')
    expect(problemWith(FACT_PROPERTIES['Plumbline::IAM::PasswordPolicy'], 'MinimumPasswordLenght')).toMatch(/no property/)
    // A free-form document accepts anything below it.
    expect(problemWith(propertiesOf('AWS::IAM::ManagedPolicy')!, 'PolicyDocument.Statement[*].Effect')).toBeUndefined()
  })
})
