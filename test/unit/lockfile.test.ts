// `npm ci` installs exactly what package-lock.json lists and refuses a lock that does not list every package
// npm would resolve, optional platform builds included (they are resolved on every platform, installed only on
// their own). A lock written on one machine with some of them missing makes `npm ci` fail on a fresh clone.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../e2e/helpers.js'

interface LockPackage {
  version?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
  link?: boolean
}

const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockPackage> }
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> }

/** Where Node's resolution would find `name` from the package at `from` (a lock key): nearest node_modules up. */
function resolveFrom(from: string, name: string): string | undefined {
  let dir = from
  for (;;) {
    const candidate = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`
    if (lock.packages[candidate]) return candidate
    if (dir === '') return undefined
    const at = dir.lastIndexOf('/node_modules/')
    dir = at < 0 ? '' : dir.slice(0, at)
  }
}

describe('package-lock.json', () => {
  it('is a version 3 lock whose root matches package.json', () => {
    expect(lock.lockfileVersion).toBe(3)
    expect(lock.packages[''].dependencies).toEqual(manifest.dependencies)
    expect(lock.packages[''].devDependencies).toEqual(manifest.devDependencies)
  })

  it('lists every dependency npm resolves, optional platform builds included (npm ci refuses a lock without them)', () => {
    const missing: string[] = []
    for (const [key, pkg] of Object.entries(lock.packages)) {
      if (pkg.link) continue
      const wanted = { ...pkg.dependencies, ...pkg.optionalDependencies, ...(key === '' ? pkg.devDependencies : {}) }
      for (const name of Object.keys(wanted)) if (!resolveFrom(key, name)) missing.push(`${key || '(root)'} → ${name}`)
    }
    expect(missing).toEqual([])
  })
})
