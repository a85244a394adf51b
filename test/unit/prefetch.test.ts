// The plan read while the product loads (src/prefetch.ts): the bytes of a regular file, handed out once; anything
// else left to the usual read, which reports what is wrong.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { optionValue, prefetchFile, takePrefetched } from '../../src/prefetch.js'

const dir = mkdtempSync(join(tmpdir(), 'prefetch-'))

describe('prefetchFile and takePrefetched', () => {
  it('hands out the bytes of a regular file once, by its path from the directory given', async () => {
    const file = join(dir, 'plan.json')
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 17, 'x')
    writeFileSync(file, bytes)
    prefetchFile(dir, 'plan.json')
    const taken = await takePrefetched(file)
    expect(taken).toBeDefined()
    expect(taken!.equals(readFileSync(file))).toBe(true)
    expect(await takePrefetched(file)).toBeUndefined()
  })

  it('resolves a relative path from the directory given, as the inputs are', async () => {
    const file = join(dir, 'relative.json')
    writeFileSync(file, '{"format_version":"1.2"}')
    prefetchFile(process.cwd(), relative(process.cwd(), file))
    expect((await takePrefetched(file))?.toString()).toBe('{"format_version":"1.2"}')
  })

  it('reads an empty file as empty', async () => {
    const file = join(dir, 'empty.json')
    writeFileSync(file, '')
    prefetchFile(dir, file)
    expect((await takePrefetched(file))?.length).toBe(0)
  })

  it('leaves a missing file, a directory and a device to the usual read', async () => {
    for (const path of [join(dir, 'missing.json'), dir, '/dev/null']) {
      prefetchFile(dir, path)
      expect(await takePrefetched(path)).toBeUndefined()
    }
  })

  it('lets go of the bytes once the reader is done with them, while what it set off is still running', async () => {
    // A full collection on demand: the flag gives contexts made after it a gc().
    setFlagsFromString('--expose-gc')
    const collect = runInNewContext('gc') as () => void
    let released = false
    const registry = new FinalizationRegistry(() => {
      released = true
    })
    const file = join(dir, 'large.json')
    writeFileSync(file, Buffer.alloc(8 * 1024 * 1024, ' '))
    prefetchFile(dir, file)
    // As the plan reader does: an async function takes the bytes and returns without them.
    const read = async (): Promise<void> => {
      const taken = await takePrefetched(file)
      registry.register(taken!.buffer, 'bytes')
    }
    await read()
    // Collected here, without a turn of the event loop in between, as the rest of a check runs after the reader.
    collect()
    for (let i = 0; i < 40 && !released; i++) await new Promise((resume) => setTimeout(resume, 5))
    expect(released).toBe(true)
  })

  it('gives nothing for a path that was not prefetched', async () => {
    expect(await takePrefetched(join(dir, 'never.json'))).toBeUndefined()
  })
})

describe('optionValue', () => {
  it('reads --name value and --name=value, up to --', () => {
    expect(optionValue(['scan', '--plan', 'p.json'], '--plan')).toBe('p.json')
    expect(optionValue(['scan', '--plan=p.json', '--out', 'o'], '--plan')).toBe('p.json')
    expect(optionValue(['scan', '--planned', 'x'], '--plan')).toBeUndefined()
    expect(optionValue(['scan', '--', '--plan', 'p.json'], '--plan')).toBeUndefined()
    expect(optionValue(['scan', '--plan'], '--plan')).toBeUndefined()
  })
})
