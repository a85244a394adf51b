// Every file Plumbline writes goes through writeFileSafely: never through a symbolic link, always whole.
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFileSafely } from '../../src/write-file.js'
import { InputError } from '../../src/types.js'
import { errorOf } from '../e2e/helpers.js'

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'plumbline-write-'))
  const out = join(root, 'out')
  mkdirSync(out)
  const outside = join(root, 'bashrc')
  writeFileSync(outside, 'export PATH=/usr/bin\n')
  return { root, out, outside }
}


describe('writeFileSafely', () => {
  it('writes a new file and replaces an existing one, leaving no temporary file', async () => {
    const { out } = workspace()
    const path = join(out, 'plumbline.sarif')
    await writeFileSafely(path, 'first')
    expect(readFileSync(path, 'utf8')).toBe('first')
    await writeFileSafely(path, new TextEncoder().encode('second'))
    expect(readFileSync(path, 'utf8')).toBe('second')
    expect(readdirSync(out)).toEqual(['plumbline.sarif'])
  })

  it('writes large texts and texts in pieces byte for byte, surrogate pairs and multi-byte characters across its buffer', async () => {
    const { out } = workspace()
    // 3 MB of text mixing ASCII, 2- and 3-byte characters and 4-byte pairs, so slices end at every kind of boundary.
    const unit = 'abc é — 𝄞 plan'
    let text = ''
    for (let i = 0; text.length < 3_000_000; i++) text += `${i}${unit.slice(0, i % unit.length)}${unit}`
    const path = join(out, 'plumbline-results.json')
    await writeFileSafely(path, text)
    expect(readFileSync(path).equals(Buffer.from(text, 'utf8'))).toBe(true)
    // The same text as pieces of every size, from empty to larger than the buffer (a piece is a whole string: it
    // never ends in half a surrogate pair).
    const pieces: string[] = []
    for (let start = 0, size = 0; start < text.length; start += size) {
      size = [0, 1, 7, 4095, 4096, 349_525, 1_500_000][pieces.length % 7]!
      if (size > 0 && isHighSurrogate(text.charCodeAt(start + size - 1))) size++
      pieces.push(text.slice(start, start + size))
    }
    await writeFileSafely(path, pieces)
    expect(readFileSync(path).equals(Buffer.from(text, 'utf8'))).toBe(true)
    await writeFileSafely(path, [])
    expect(readFileSync(path, 'utf8')).toBe('')
    // A pair straddling the first slice's end exactly (the buffer takes 349,525 code units at a time).
    const straddling = 'a'.repeat(349_524) + '𝄞' + 'z'
    await writeFileSafely(path, straddling)
    expect(readFileSync(path, 'utf8')).toBe(straddling)
  })

  it('refuses a target that is a symbolic link to a file elsewhere, and leaves that file alone', async () => {
    const { out, outside } = workspace()
    const path = join(out, 'plumbline-report.html')
    symlinkSync(outside, path)
    const error = await errorOf(writeFileSafely(path, '<html>', { shownPath: 'out/plumbline-report.html' }))
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toBe(
      'out/plumbline-report.html is a symbolic link; Plumbline does not write through links, so remove the link or give another output path'
    )
    expect(readFileSync(outside, 'utf8')).toBe('export PATH=/usr/bin\n')
    expect(lstatSync(path).isSymbolicLink()).toBe(true)
    expect(readdirSync(out)).toEqual(['plumbline-report.html'])
  })

  it('refuses a dangling symbolic link, creating nothing where it points', async () => {
    const { root, out } = workspace()
    const target = join(root, 'created-through-the-link')
    const path = join(out, 'plumbline-results.json')
    symlinkSync(target, path)
    expect(await errorOf(writeFileSafely(path, '{}'))).toBeInstanceOf(InputError)
    expect(readdirSync(root).sort()).toEqual(['bashrc', 'out'])
  })

  it('refuses an output folder that is a symbolic link', async () => {
    const { root, out } = workspace()
    const linked = join(root, 'linked-out')
    symlinkSync(out, linked)
    const error = await errorOf(writeFileSafely(join(linked, 'plumbline.sarif'), '{}', { shownPath: 'linked-out/plumbline.sarif' }))
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toMatch(/^linked-out\/plumbline\.sarif: its folder .*linked-out is a symbolic link; Plumbline does not write through links/)
    expect(readdirSync(out)).toEqual([])
  })

  it('with noOverwrite, fails with EEXIST on an existing file and keeps it', async () => {
    const { out } = workspace()
    const path = join(out, '.plumbline-ignore')
    writeFileSync(path, '# curated by hand\n')
    const error = await errorOf(writeFileSafely(path, 'generated', { noOverwrite: true }))
    expect((error as NodeJS.ErrnoException).code).toBe('EEXIST')
    expect(readFileSync(path, 'utf8')).toBe('# curated by hand\n')
    await writeFileSafely(join(out, 'new'), 'x', { noOverwrite: true })
    expect(readFileSync(join(out, 'new'), 'utf8')).toBe('x')
  })

  it('removes the temporary file when the rename fails', async () => {
    const { out } = workspace()
    const path = join(out, 'plumbline-report.html')
    mkdirSync(path)
    writeFileSync(join(path, 'inside'), 'x') // a non-empty folder cannot be replaced by a file
    await expect(writeFileSafely(path, '<html>')).rejects.toThrow()
    expect(readdirSync(out)).toEqual(['plumbline-report.html'])
  })
})
