// File patterns in settings that take several files (the `inventory` setting: the shard inventories a merge job
// downloaded). `*` and `?` match within one path segment, `**` any number of folders. Matching is glob.ts's
// (never a regular expression built from user text). Hidden entries match only a segment that starts with a dot,
// as in a shell, and `**` does not descend into hidden folders or through symbolic links (no cycles).
import { readdirSync, statSync, type Dirent } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { compileGlob, matchesGlob } from './glob.js'

const WILDCARD = /[*?]/

/** The files the pattern matches, relative patterns read from `cwd`, as absolute paths in name order. */
export function expandFileGlob(pattern: string, cwd: string): string[] {
  const segments = resolve(cwd, pattern).split(sep)
  const firstWild = segments.findIndex((segment) => WILDCARD.test(segment))
  if (firstWild < 0) return isFile(segments.join(sep)) ? [segments.join(sep)] : []
  const found = new Set<string>()
  walk(segments.slice(0, firstWild).join(sep) || sep, segments.slice(firstWild), found)
  return [...found].sort()
}

function walk(path: string, rest: readonly string[], found: Set<string>): void {
  if (rest.length === 0) {
    if (isFile(path)) found.add(path)
    return
  }
  const [segment, ...tail] = rest
  if (segment === '**') {
    walk(path, tail, found)
    for (const entry of entries(path)) if (entry.isDirectory() && !entry.name.startsWith('.')) walk(join(path, entry.name), rest, found)
    return
  }
  if (!WILDCARD.test(segment)) {
    walk(join(path, segment), tail, found)
    return
  }
  const glob = compileGlob(segment)
  for (const entry of entries(path)) {
    if (entry.name.startsWith('.') && !segment.startsWith('.')) continue
    if (matchesGlob(glob, entry.name)) walk(join(path, entry.name), tail, found)
  }
}

function entries(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
  } catch {
    return []
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
