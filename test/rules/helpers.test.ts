import type { Resource } from '../../src/types.js'
import { statementsOf } from '../../src/model/policy-document.js'
import { grantsFullAdmin, isPublicPrincipal } from '../../src/rules/support/iam-policy.js'
import { findOpenIngress } from '../../src/rules/support/ingress.js'
import { joinOn, referencedBy } from '../../src/rules/support/joins.js'
import { and, or, read, readEntryFields, readerBelow, readList, readNode, UNKNOWN } from '../../src/rules/support/read.js'
import { planned, REDACTED, res, viewOf } from './builders.js'

describe('unknown-aware accessors', () => {
  const r: Resource = {
    type: 'T',
    id: 'x',
    origin: 'plan',
    properties: { A: { B: 1, C: [{ D: 2 }, { D: null }] }, S: REDACTED, N: { inner: REDACTED } },
    unknown: ['A.C[1].D']
  }
  it('reads known values and absent ones', () => {
    expect(read(r, 'A.B')).toBe(1)
    expect(read(r, 'A.C[0].D')).toBe(2)
    expect(read(r, 'Missing.Path')).toBeUndefined()
  })
  it('is unknown at, above and below an unknown path', () => {
    expect(read(r, 'A.C[1].D')).toBe(UNKNOWN)
    expect(read(r, 'A.C')).toBe(UNKNOWN)
    expect(read(r, 'A')).toBe(UNKNOWN)
    expect(read({ ...r, unknown: ['A'] }, 'A.B')).toBe(UNKNOWN)
  })
  it('treats the redacted marker as unknown, at the value, an ancestor or inside', () => {
    expect(read(r, 'S')).toBe(UNKNOWN)
    expect(read(r, 'S.deeper')).toBe(UNKNOWN)
    expect(read(r, 'N')).toBe(UNKNOWN)
    expect(readNode(r, 'N')).toEqual({ inner: REDACTED })
  })
  it('readNode and readList only care about the node itself', () => {
    expect(readNode(r, 'A.C')).toHaveLength(2)
    expect(readList(r, 'A.C')).toHaveLength(2)
    expect(readList({ ...r, unknown: ['A'] }, 'A.C')).toBe(UNKNOWN)
    expect(readList(r, 'A.B')).toEqual([])
  })
})

describe('readEntryFields', () => {
  const fields = ['CidrIp', 'FromPort', 'Nested'] as const
  const entries = (): unknown[] => [
    { CidrIp: '0.0.0.0/0', FromPort: 22, Nested: { Deep: [1, 2] } },
    REDACTED,
    { CidrIp: REDACTED, FromPort: 80, Nested: { Deep: [REDACTED] } },
    'not an entry',
    null,
    { FromPort: 443 }
  ]
  // Every variation that decides an answer: unknown paths at, above, below and beside the entries, a partial read.
  const variations: Array<Pick<Resource, 'unknown' | 'readProperties'>> = [
    {},
    { unknown: [] },
    { unknown: ['Other', 'Id'] },
    { unknown: ['L[0].CidrIp'] },
    { unknown: ['L[5]'] },
    { unknown: ['L[0].Nested.Deep[1]'] },
    { unknown: ['L[3].CidrIp', 'Other'] },
    { readProperties: ['L'] },
    { readProperties: ['L'], unknown: ['L[0].FromPort'] }
  ]
  it.each(variations)('answers as read() does for every entry and field (%j)', (variation) => {
    const r: Resource = { type: 'T', id: 'x', origin: 'plan', properties: { L: entries(), Other: 1 }, ...variation }
    const list = readList(r, 'L')
    if (list === UNKNOWN) throw new Error('the list itself should be readable')
    const expected = list.map((_, i) => Object.fromEntries(fields.map((f) => [f, read(r, `L[${i}].${f}`)])))
    expect(readEntryFields(r, 'L', list, fields)).toEqual(expected)
  })
  it('reads field by field when given a list other than the one readList returns', () => {
    const r: Resource = { type: 'T', id: 'x', origin: 'plan', properties: { L: entries() }, unknown: [] }
    const copy = [{ CidrIp: 'x', FromPort: 1, Nested: null }]
    // The copy's values are not the resource's: each field is read from the resource at the entry's path.
    expect(readEntryFields(r, 'L', copy, fields)).toEqual([{ CidrIp: '0.0.0.0/0', FromPort: 22, Nested: { Deep: [1, 2] } }])
  })
})

describe('readerBelow', () => {
  const variables = (): Record<string, unknown> => ({ PLAIN: 'x', HIDDEN: REDACTED, NESTED: { in: [REDACTED] }, EMPTY: null })
  const names = ['PLAIN', 'HIDDEN', 'NESTED', 'EMPTY', 'MISSING']
  it.each([[{}], [{ unknown: ['Other'] }], [{ unknown: ['Env.Vars.PLAIN'] }], [{ unknown: ['Env.Vars.NESTED.in[0]'] }], [{ readProperties: ['Env'] }]])(
    'answers as read() does below a map node (%j)',
    (variation: Pick<Resource, 'unknown' | 'readProperties'>) => {
      const r: Resource = { type: 'T', id: 'x', origin: 'plan', properties: { Env: { Vars: variables() }, Other: 1 }, ...variation }
      const node = readNode(r, 'Env.Vars')
      const below = readerBelow(r, 'Env.Vars', node)
      expect(names.map((name) => below(name))).toEqual(names.map((name) => read(r, `Env.Vars.${name}`)))
      expect(below('NESTED', 'in', 0)).toBe(read(r, 'Env.Vars.NESTED.in[0]'))
    }
  )
})

describe('three-valued logic', () => {
  it('lets known facts decide before unknown ones', () => {
    expect(and(true, UNKNOWN, false)).toBe(false)
    expect(and(true, UNKNOWN)).toBe(UNKNOWN)
    expect(or(false, UNKNOWN, true)).toBe(true)
    expect(or(false, UNKNOWN)).toBe(UNKNOWN)
    expect(and()).toBe(true)
    expect(or()).toBe(false)
  })
})

describe('joinOn', () => {
  const logs = [
    res('L', 'l1', { Ref: 'a' }),
    res('L', 'l2', { Ref: 'b' }),
    planned('L', 'l.pending', {}, ['Ref']),
    res('L', 'l3', { Ref: 'a', Kind: 'other' })
  ]
  const view = viewOf(logs)
  it('matches known keys and keeps unknown ones undecided', () => {
    const joined = joinOn(view, 'L', 'Ref', res('O', 'a'), 'Id', (c) => read(c, 'Kind') !== 'other')
    expect(joined.matches.map((m) => m.id)).toEqual(['l1'])
    expect(joined.undecided.map((m) => m.address)).toEqual(['l.pending'])
  })
  it('matches nothing known when the owner key is unknown', () => {
    const joined = joinOn(view, 'L', 'Ref', planned('O', 'o.new', {}, ['Id']), 'Id')
    expect(joined.matches).toEqual([])
    expect(joined.undecided.map((m) => m.address)).toEqual(['l.pending'])
  })
  it('decides unknown keys by Terraform references', () => {
    const owner = planned('O', 'o.new', {}, ['Id'])
    const mine = { ...planned('L', 'l.mine', {}, ['Ref']), references: { Ref: ['o.new'] } }
    const theirs = { ...planned('L', 'l.theirs', {}, ['Ref']), references: { Ref: ['o.other'] } }
    const joined = joinOn(viewOf([mine, theirs]), 'L', 'Ref', owner, 'Id')
    expect(joined.matches.map((m) => m.address)).toEqual(['l.mine'])
    expect(joined.undecided).toEqual([])
  })
})

describe('referencedBy', () => {
  it('finds the target by reference or by known value', () => {
    const byRef = planned('B', 'b.new', {}, ['Name'])
    const byName = res('B', 'named', { Name: 'named' })
    const policyRef = { ...planned('P', 'p.one', {}, ['Target']), references: { Target: ['b.new'] } }
    const policyName = res('P', 'p2', { Target: 'named' })
    const view = viewOf([byRef, byName])
    expect(referencedBy(view, policyRef, 'Target', 'B', 'Name').map((b) => b.address)).toEqual(['b.new'])
    expect(referencedBy(view, policyName, 'Target', 'B', 'Name').map((b) => b.id)).toEqual(['named'])
  })
})

describe('policy helpers', () => {
  it('normalises Statement and parses a JSON string document', () => {
    expect(statementsOf({ Statement: { Effect: 'Allow' } })).toHaveLength(1)
    expect(statementsOf(JSON.stringify({ Statement: [{ Effect: 'Allow' }, { Effect: 'Deny' }] }))).toHaveLength(2)
    expect(statementsOf('not json')).toEqual([])
    expect(statementsOf(null)).toEqual([])
  })
  it('detects full admin with single-string and list forms, not NotAction', () => {
    expect(grantsFullAdmin({ Effect: 'Allow', Action: '*', Resource: '*' })).toBe(true)
    expect(grantsFullAdmin({ Effect: 'allow', Action: ['*:*'], Resource: ['arn:x', '*'] })).toBe(true)
    expect(grantsFullAdmin({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })).toBe(false)
    expect(grantsFullAdmin({ Effect: 'Allow', Action: '*', NotResource: '*' })).toBe(false)
  })
  it('counts Action "*" with a NotResource as full admin: everything but a few resources is still everything', () => {
    expect(grantsFullAdmin({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::audit-logs/*' })).toBe(true)
    expect(grantsFullAdmin({ Effect: 'Allow', Action: ['*'], NotResource: ['arn:aws:iam::1:role/breakglass'] })).toBe(true)
    expect(grantsFullAdmin({ Effect: 'Deny', Action: '*', NotResource: 'arn:x' })).toBe(false)
    expect(grantsFullAdmin({ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:x' })).toBe(false)
  })
  it('recognises public principals', () => {
    expect(isPublicPrincipal('*')).toBe(true)
    expect(isPublicPrincipal({ AWS: '*' })).toBe(true)
    expect(isPublicPrincipal({ AWS: ['arn:aws:iam::1:root', '*'] })).toBe(true)
    expect(isPublicPrincipal({ Service: 'lambda.amazonaws.com' })).toBe(false)
    expect(isPublicPrincipal({ AWS: 'arn:aws:iam::1:root' })).toBe(false)
  })
})

describe('findOpenIngress', () => {
  const group = (ingress: unknown[], unknown: string[] = []) => planned('AWS::EC2::SecurityGroup', 'sg', { SecurityGroupIngress: ingress }, unknown)
  it('treats protocol "all" like -1 and reports the entry path', () => {
    expect(findOpenIngress(group([{ IpProtocol: 'all', CidrIp: '0.0.0.0/0' }]), { tcpPort: 22 })).toEqual({
      verdict: true,
      path: 'SecurityGroupIngress[0]'
    })
  })
  it('is unknown when the protocol is unknown and the source is open', () => {
    const g = group([{ CidrIp: '0.0.0.0/0', FromPort: 22, ToPort: 22 }], ['SecurityGroupIngress[0].IpProtocol'])
    expect(findOpenIngress(g, { tcpPort: 22 }).verdict).toBe(UNKNOWN)
  })
  it('is closed when the protocol is unknown but the source is private', () => {
    const g = group([{ CidrIp: '10.0.0.0/8', FromPort: 22, ToPort: 22 }], ['SecurityGroupIngress[0].IpProtocol'])
    expect(findOpenIngress(g, { tcpPort: 22 }).verdict).toBe(false)
  })
  it('matches a family of ports when any one of them lies in the open range', () => {
    const g = group([{ IpProtocol: 'tcp', CidrIp: '0.0.0.0/0', FromPort: 27018, ToPort: 27020 }])
    expect(findOpenIngress(g, { tcpPorts: [27017, 27018] })).toEqual({ verdict: true, path: 'SecurityGroupIngress[0]' })
    expect(findOpenIngress(g, { tcpPorts: [6379] }).verdict).toBe(false)
  })
})
