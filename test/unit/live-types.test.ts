// The live scan's default types follow the rules: a rule judging a type the default scan would not read fails here,
// unless that type is one the scan cannot list on its own (with the reason).
import { NOT_LISTED, defaultLiveTypes, notListedReason, scannable } from '../../src/live-types.js'
import { FACT_TYPES, REGION_TYPE } from '../../src/model/facts.js'
import { ALL_RULES } from '../../src/rules/index.js'
import { DEFAULT_LIVE_TYPES, LISTED_UNDER_PARENT } from '../../src/sources/live/types.js'
import { typeHooks } from '../../src/sources/live/services/index.js'
import { schemaFacts, schemaTypes } from '../../src/model/schemas.js'
import type { Rule } from '../../src/types.js'

describe('the default live types', () => {
  it('read every type a built-in rule judges, or say why the scan cannot list it', () => {
    const read = new Set([...defaultLiveTypes(), ...FACT_TYPES])
    const missed: string[] = []
    for (const rule of ALL_RULES) {
      for (const type of rule.resourceTypes) {
        if (read.has(type) || type === REGION_TYPE || notListedReason(type) !== undefined) continue
        missed.push(`${rule.id}: ${type}`)
      }
    }
    expect(missed).toEqual([])
  })

  it('grow with a rule on a type they did not read, and keep the types read for joins and drift', () => {
    const dashboardRule = { ...ALL_RULES[0], id: 'acme-dashboard', resourceTypes: ['AWS::CloudWatch::Dashboard'] } as Rule
    expect(defaultLiveTypes()).not.toContain('AWS::CloudWatch::Dashboard')
    expect(defaultLiveTypes([...ALL_RULES, dashboardRule])).toContain('AWS::CloudWatch::Dashboard')
    // No rule judges flow logs or bucket policies, but rules join them: read all the same.
    expect(defaultLiveTypes([])).toEqual(expect.arrayContaining(['AWS::EC2::FlowLog', 'AWS::S3::BucketPolicy']))
    for (const type of DEFAULT_LIVE_TYPES) expect(defaultLiveTypes([])).toContain(type)
  })

  it('say why a type is not read: NOT_LISTED, or its schema (no list handler, a list under a parent not listed)', () => {
    expect(notListedReason('AWS::EC2::NetworkAclEntry')).toBe(NOT_LISTED['AWS::EC2::NetworkAclEntry'])
    expect(notListedReason('AWS::CodeBuild::Project')).toMatch(/^Cloud Control has no list handler for it/)
    expect(notListedReason('AWS::Cognito::UserPoolClient')).toMatch(/^its list needs a parent \(UserPoolId\)/)
    expect(notListedReason('AWS::S3::Bucket')).toBeUndefined()
    expect(notListedReason('AWS::Lambda::Url')).toBeUndefined()
  })

  it('leave out what Cloud Control cannot list, and the region pseudo-resource', () => {
    expect(scannable('AWS::EC2::NetworkAclEntry')).toBe(false)
    expect(scannable('AWS::EC2::SecurityGroupIngress')).toBe(false)
    expect(scannable(REGION_TYPE)).toBe(false)
    expect(scannable('AWS::SQS::Queue')).toBe(true)
    expect(scannable('AWS::Nothing::Here')).toBe(false)
    expect(scannable(FACT_TYPES[0])).toBe(true)
  })

  it('read a type whose list needs a parent only under a parent the scan lists (a listParent hook in services/)', () => {
    const hooked = schemaTypes().filter((t) => typeHooks(t)?.listParent !== undefined).sort()
    expect([...LISTED_UNDER_PARENT].sort()).toEqual(hooked)
    expect(scannable('AWS::EC2::Route')).toBe(true)
    const needParent = schemaTypes().filter((t) => (schemaFacts(t)?.listRequires.length ?? 0) > 0 && !LISTED_UNDER_PARENT.includes(t))
    for (const type of needParent) expect([type, scannable(type)]).toEqual([type, false])
  })
})
