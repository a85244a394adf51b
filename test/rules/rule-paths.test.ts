// Every property path a built-in rule reads must exist in the CloudFormation schema of each type it judges (or in
// the property tree of our own Plumbline:: fact types): a misspelt path reads nothing, and "absent" then fails or
// passes every resource without anyone noticing.
import { FACT_PROPERTIES } from '../../src/model/facts.js'
import { builtinSpec } from '../../src/rules/declarative/builtin.js'
import { parseCondition, parsePropertyPath } from '../../src/rules/declarative/parse.js'
import { conditionPaths, pathProblem, propertiesOf, rulePathProblems } from '../../src/rules/declarative/paths.js'
import { allPredicates } from '../../src/rules/declarative/predicates.js'
import { ALL_RULES } from '../../src/rules/index.js'

/** Every problem of one rule's paths on every type it judges, as "rule / type: path: problem". */
function problemsOf(id: string): string[] {
  const spec = builtinSpec(id)
  if (!spec) return [`${id}: not a built-in declarative rule`]
  const { problems, unchecked } = rulePathProblems(spec)
  return [...unchecked.map((type) => `${id} / ${type}: no schema facts for the type`), ...problems.map((p) => `${id} / ${p.type}: ${p.path}: ${p.problem}`)]
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
    const problems = ALL_RULES.flatMap((rule) => problemsOf(rule.id))
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
    expect(conditionPaths(condition).map((path) => pathProblem(role, path))).toEqual(['no property "PolicyDokument" (did you mean "PolicyDocument"?)'])
  })

  it('catch a misspelt path: KmsMasterKeyID for the schema\'s KmsMasterKeyId', () => {
    const sqs = propertiesOf('AWS::SQS::Queue')!
    expect(pathProblem(sqs, 'KmsMasterKeyId')).toBeUndefined()
    expect(pathProblem(sqs, 'KmsMasterKeyID')).toBe('no property "KmsMasterKeyID" (did you mean "KmsMasterKeyId"?)')
    const bucket = propertiesOf('AWS::S3::Bucket')!
    expect(pathProblem(bucket, 'BucketEncryption.ServerSideEncryptionConfiguration[*].ServerSideEncryptionByDefault.SSEAlgorithm')).toBeUndefined()
    expect(pathProblem(bucket, 'BucketEncryption.ServerSideEncryptionConfiguration[*].ServerSideEncryptionByDefault.SseAlgorithm')).toMatch(/no property "SseAlgorithm"/)
    // Below a plain value, and in our own fact types.
    expect(pathProblem(bucket, 'BucketName.Length')).toBe('"Length" is below a plain value')
    expect(pathProblem(FACT_PROPERTIES['Plumbline::IAM::PasswordPolicy'], 'MinimumPasswordLenght')).toMatch(/no property/)
    // A free-form document accepts anything below it.
    expect(pathProblem(propertiesOf('AWS::IAM::ManagedPolicy')!, 'PolicyDocument.Statement[*].Effect')).toBeUndefined()
  })
})
