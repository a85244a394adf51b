// File patterns of settings that take several files: `*` and `?` within a segment, `**` across folders.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expandFileGlob } from '../../src/file-glob.js'

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'plumbline-glob-'))
  for (const path of ['shards/s1/plumbline-inventory.json', 'shards/s2/plumbline-inventory.json', 'shards/s10/plumbline-inventory.json', 'shards/s2/notes.txt', 'shards/.hidden/plumbline-inventory.json', 'top.json', 'deep/a/b/plumbline-inventory.json']) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), '{}')
  }
  mkdirSync(join(root, 'shards/s3-folder.json'))
  symlinkSync(join(root, 'shards'), join(root, 'deep/a/loop'))
  return root
}

describe('expandFileGlob', () => {
  const root = tree()
  const relative = (paths: string[]) => paths.map((p) => p.slice(root.length + 1))

  it('matches * and ? within one segment, files only, in name order, never hidden entries unless named', () => {
    expect(relative(expandFileGlob('shards/*/plumbline-inventory.json', root))).toEqual([
      'shards/s1/plumbline-inventory.json',
      'shards/s10/plumbline-inventory.json',
      'shards/s2/plumbline-inventory.json'
    ])
    expect(relative(expandFileGlob('shards/s?/*.json', root))).toEqual(['shards/s1/plumbline-inventory.json', 'shards/s2/plumbline-inventory.json'])
    expect(relative(expandFileGlob('shards/.h*/*.json', root))).toEqual(['shards/.hidden/plumbline-inventory.json'])
    expect(relative(expandFileGlob('shards/*.json', root))).toEqual([]) // a folder named like a file is not one
  })

  it('matches ** across any number of folders, without following links or entering hidden folders', () => {
    expect(relative(expandFileGlob('**/plumbline-inventory.json', root))).toEqual([
      'deep/a/b/plumbline-inventory.json',
      'shards/s1/plumbline-inventory.json',
      'shards/s10/plumbline-inventory.json',
      'shards/s2/plumbline-inventory.json'
    ])
    expect(relative(expandFileGlob('**/top.json', root))).toEqual(['top.json'])
  })

  it('takes absolute patterns, and a path without wildcards as itself when it is a file', () => {
    expect(expandFileGlob(join(root, 'shards', 's1', '*.json'), '/')).toEqual([join(root, 'shards/s1/plumbline-inventory.json')])
    expect(expandFileGlob('top.json', root)).toEqual([join(root, 'top.json')])
    expect(expandFileGlob('missing/*.json', root)).toEqual([])
  })
})
