// The files a release is made of (docs/releasing.md): the licence, the changelog section of the version being
// released, the security policy, the package's name and contents, and a lock whose every package runs on the
// oldest Node.js the CLI supports.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../e2e/helpers.js'

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')
const manifest = JSON.parse(read('package.json'))

describe('release files', () => {
  it('LICENSE is the Apache License 2.0, in full', () => {
    const license = read('LICENSE')
    expect(license.trimStart()).toMatch(/^Apache License\s+Version 2\.0, January 2004\s+http:\/\/www\.apache\.org\/licenses\/\s/)
    expect(license).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION')
    expect(license).toContain('9. Accepting Warranty or Additional Liability.')
    expect(license).toContain('END OF TERMS AND CONDITIONS')
    expect(manifest.license).toBe('Apache-2.0')
  })

  it('CHANGELOG.md has an Unreleased section and a section for the package version', () => {
    const changelog = read('CHANGELOG.md')
    expect(changelog).toMatch(/^## \[Unreleased\]$/m)
    const escaped = manifest.version.replace(/\./g, '\\.')
    expect(changelog).toMatch(new RegExp(`^## \\[${escaped}\\]( - \\d{4}-\\d{2}-\\d{2})?$`, 'm'))
  })

  it('SECURITY.md names the private reporting channel and the read-only policy', () => {
    const security = read('SECURITY.md')
    expect(security).toContain('private vulnerability reporting')
    expect(security).toContain('https://github.com/plumbline/plumbline/security/advisories/new')
    expect(security).toContain('policy/plumbline-read-only.json')
  })

  it('package.json describes a public scoped package that ships only the bundle', () => {
    expect(manifest.name).toBe('@plumbline/cli')
    expect(manifest.private).toBeUndefined()
    expect(manifest.bin).toEqual({ plumbline: 'bin/plumbline.js' })
    expect(manifest.files).toEqual(['dist/', 'bin/', 'templates/', 'CHANGELOG.md'])
    expect(manifest.publishConfig).toEqual({ access: 'public', provenance: true })
    expect(manifest.repository.url).toBe('git+https://github.com/plumbline/plumbline.git')
    // The bundle carries every package it runs; a runtime dependency would be downloaded for nothing.
    expect(manifest.dependencies).toBeUndefined()
  })

  it('pins the AWS SDK clients to exact versions (later releases require Node.js 22)', () => {
    const sdk = Object.entries(manifest.devDependencies as Record<string, string>).filter(([name]) => name.startsWith('@aws-sdk/'))
    expect(sdk.length).toBeGreaterThan(0)
    expect(sdk.filter(([, range]) => !/^\d+\.\d+\.\d+$/.test(range))).toEqual([])
  })
})

type Version = [number, number, number]

/**
 * Whether an `engines.node` range admits `version`. Covers the range syntax npm packages write there
 * (`>=20`, `>= 20.0.0`, `^20.19.0 || >=22`, `6.* || >= 10.*`, `>=16 || 14 >=14.17`, `*`); anything else throws,
 * so a new form is noticed rather than passed.
 */
function rangeAdmits(range: string, version: Version): boolean {
  const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
  return range.split('||').some((alternative) => {
    const comparators = alternative.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/).filter(Boolean)
    return comparators.every((comparator) => {
      const match = /^(>=|<=|>|<|=|\^|~)?v?(\d+|[xX*])?(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?$/.exec(comparator)
      if (!match) throw new Error(`unreadable engines.node comparator "${comparator}" in "${range}"`)
      const [, operator = '=', ...parts] = match
      const given = parts.filter((p) => p !== undefined && /^\d+$/.test(p)).map(Number)
      if (given.length === 0) return true
      const low: Version = [given[0], given[1] ?? 0, given[2] ?? 0]
      // The first version past a partial one: `20` ends before 21.0.0, `20.19` before 20.20.0.
      const next: Version = given.length === 1 ? [given[0] + 1, 0, 0] : given.length === 2 ? [given[0], given[1] + 1, 0] : [given[0], given[1], given[2] + 1]
      switch (operator) {
        case '>=': return compare(version, low) >= 0
        case '>': return compare(version, next) >= 0
        case '<': return compare(version, low) < 0
        case '<=': return compare(version, next) < 0
        case '^': return compare(version, low) >= 0 && (low[0] > 0 ? version[0] === low[0] : compare(version, next) < 0)
        case '~': return compare(version, low) >= 0 && compare(version, given.length === 1 ? next : [low[0], low[1] + 1, 0]) < 0
        default: return compare(version, low) >= 0 && compare(version, next) < 0
      }
    })
  })
}

describe('package-lock.json on Node.js 20', () => {
  it('reads the engines ranges the way npm does', () => {
    const node20: Version = [20, 19, 0]
    for (const range of ['>=20', '>= 20.0.0', '>=18', '^20.19.0 || >=22', '6.* || 8.* || >= 10.*', '>=16 || 14 >=14.17', '*', '20 || >=22', '>=0.8.x', '^18.14.0 || ^20.0.0 || ^22.0.0 || >=24.0.0']) {
      expect([range, rangeAdmits(range, node20)]).toEqual([range, true])
    }
    for (const range of ['>=22', '>= 22.12.0', '^18.18.0 || >=21.1.0', '^22 || ^24', '<20', '>20', '>=0.6.11 <=0.7.0 || >=0.7.3 <20']) {
      expect([range, rangeAdmits(range, node20)]).toEqual([range, false])
    }
  })

  it('holds no package whose engines exclude Node.js 20 (the CLI supports it; AWS SDK releases after early January 2027 do not)', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> }
    const excluding = Object.entries(lock.packages)
      .filter(([, pkg]) => pkg.engines && !Array.isArray(pkg.engines) && pkg.engines.node)
      .filter(([, pkg]) => !rangeAdmits((pkg.engines as { node: string }).node, [20, 19, 0]))
      .map(([key, pkg]) => `${key}@${pkg.version} (node ${(pkg.engines as { node: string }).node})`)
    expect(excluding).toEqual([])
  })
})
