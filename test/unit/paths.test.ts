import { parsePath, formatPath, getPath, isUnder, pathsOverlap, markerPaths, isRedacted, type PathStep } from '../../src/paths.js'
import { configAddress, moduleOf } from '../../src/sources/address.js'
import { isSecretName, looksLikeSecretValue } from '../../src/secrets.js'

describe('paths', () => {
  it('round-trips dotted paths with indexes and quoted keys', () => {
    expect(parsePath('SecurityGroupIngress[1].CidrIp')).toEqual(['SecurityGroupIngress', 1, 'CidrIp'])
    expect(parsePath('tags["a.b"]')).toEqual(['tags', 'a.b'])
    expect(formatPath(['Environment', 'Variables', 'DB_PASSWORD'])).toBe('Environment.Variables.DB_PASSWORD')
    expect(formatPath(['tags', 'a.b'])).toBe('tags["a.b"]')
  })
  it('writes a key bare only when it is letters, digits, _, : and - (the rest quoted, an index first gets no dot)', () => {
    expect(formatPath(['aws:Tag-Key_9', 0, 'x'])).toBe('aws:Tag-Key_9[0].x')
    expect(formatPath([0, 'a'])).toBe('[0].a')
    expect(formatPath(['', 'a b', 'é', 'line\n'])).toBe('[""]["a b"]["é"]["line\\n"]')
    expect(formatPath(['a', ''])).toBe('a[""]')
  })
  it('reads values and detects overlapping paths', () => {
    expect(getPath({ a: [{ b: 1 }, { b: 2 }] }, 'a[1].b')).toBe(2)
    expect(getPath({ a: null }, 'a.b')).toBeUndefined()
    expect(pathsOverlap('a.b', 'a.b[0].c')).toBe(true)
    expect(pathsOverlap('a.c', 'a.b')).toBe(false)
    expect(pathsOverlap('', 'anything')).toBe(true)
  })
  it('flattens Terraform marker trees', () => {
    expect(markerPaths({ a: true, b: [false, { c: true }], d: {} })).toEqual(['a', 'b[1].c'])
    expect(markerPaths(true)).toEqual([''])
    // Paths are built while descending: under a prefix, through quoted keys and lists of lists.
    expect(markerPaths({ 'a b': [[false, true]], tags: { 'x.y': true, z: null } }, ['root', 2])).toEqual(['root[2]["a b"][0][1]', 'root[2].tags["x.y"]'])
    expect(markerPaths(false)).toEqual([])
  })
  it('recognises only the exact redaction marker', () => {
    expect(isRedacted({ redacted: true })).toBe(true)
    expect(isRedacted({ redacted: true, value: 1 })).toBe(false)
  })
})

describe('addresses', () => {
  it('strips instance keys', () => {
    expect(configAddress('module.a["x.y]"].aws_s3_bucket.b[0]')).toBe('module.a.aws_s3_bucket.b')
    expect(moduleOf('module.a["x"].module.b.aws_s3_bucket.c')).toBe('module.a["x"].module.b')
    expect(moduleOf('aws_s3_bucket.c')).toBe('')
  })
})

describe('secrets', () => {
  it('tells secret names from names that merely mention one', () => {
    expect(isSecretName('DB_PASSWORD')).toBe(true)
    expect(isSecretName('apiToken')).toBe(true)
    expect(isSecretName('password_length')).toBe(false)
    expect(isSecretName('secret_arn')).toBe(false)
    expect(isSecretName('region')).toBe(false)
  })
  it('recognises well-known token shapes', () => {
    expect(looksLikeSecretValue('AKIAIOSFODNN7EXAMPLE')).toBe(true)
    expect(looksLikeSecretValue('ghp_' + 'a'.repeat(36))).toBe(true)
    expect(looksLikeSecretValue('https://example.com/some/path')).toBe(false)
  })
})

describe('isUnder and pathsOverlap compare text as the steps would', () => {
  // The step-by-step answer, what the text comparison must agree with.
  const under = (path: string, ancestor: string): boolean => {
    const p = parsePath(path)
    const a = parsePath(ancestor)
    return a.length <= p.length && a.every((step, i) => p[i] === step)
  }
  const STEPS: PathStep[] = ['A', 'Ab', 'b', 'x.y', 'a b', '"q"', 'A[0]', 0, 1, 10, 'Tags', 'Key']
  let seed = 7
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
    return seed % n
  }
  const randomPath = (): string => formatPath(Array.from({ length: next(4) }, () => STEPS[next(STEPS.length)]))
  it('on 20,000 pairs of formatted paths, quoted keys and indexes among them', () => {
    for (let i = 0; i < 20_000; i++) {
      const a = randomPath()
      const b = next(3) === 0 ? formatPath([...parsePath(a), STEPS[next(STEPS.length)]]) : randomPath()
      expect([a, b, isUnder(b, a)]).toEqual([a, b, under(b, a)])
      expect([a, b, pathsOverlap(a, b)]).toEqual([a, b, under(a, b) || under(b, a)])
    }
  })
  it('on a key written quoted where it could be bare', () => {
    expect(isUnder('Tags.Name.x', 'Tags["Name"]')).toBe(true)
    expect(isUnder('Tags["Name"]', 'Tags.Name')).toBe(true)
    expect(isUnder('Tags.Names', 'Tags.Name')).toBe(false)
    expect(isUnder('Tags[1]', 'Tags[10]')).toBe(false)
  })
})
