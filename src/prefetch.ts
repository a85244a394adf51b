// Reading the plan while the bundle loads. The entries start reading the file the arguments name before they import
// the rest of the product, whose compilation and evaluation take the main thread for about 200 ms; the read runs on
// one of libuv's threads meanwhile, as a single request (fs.promises.readFile reads in 512 KiB steps, each started
// from the main thread, so it would wait for the loading to finish). The plan reader takes the bytes if they are
// there; a file that could not be read this way (missing, not a regular file, changed in between) is read again
// the usual way, which reports what is wrong.
import { closeSync, fstatSync, openSync, read } from 'node:fs'
import { resolve } from 'node:path'

const prefetched = new Map<string, Promise<Buffer | undefined>>()

/**
 * Start reading `path` (relative to `cwd`, the directory the product resolves its inputs from); nothing happens to a
 * path that is not a regular file.
 */
export function prefetchFile(cwd: string, path: string): void {
  const absolute = resolve(cwd, path)
  if (prefetched.has(absolute)) return
  let fd: number
  let size: number
  try {
    fd = openSync(absolute, 'r')
  } catch {
    return
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) {
      closeSync(fd)
      return
    }
    size = stat.size
  } catch {
    closeSync(fd)
    return
  }
  const bytes = Buffer.allocUnsafe(size)
  prefetched.set(
    absolute,
    new Promise((done) => {
      const finish = (result: Buffer | undefined): void => {
        // A file that changed size while it was read is read again the usual way.
        let changed = true
        try {
          changed = fstatSync(fd).size !== size
        } catch {
          // changed stays true
        }
        closeSync(fd)
        done(changed ? undefined : result)
      }
      // One request for the rest of the file; a short read (rare for a regular file) asks for what is left.
      const readFrom = (offset: number): void => {
        if (offset >= size) return finish(bytes)
        read(fd, bytes, offset, size - offset, offset, (err, count) => {
          if (err) finish(undefined)
          else if (count === 0) finish(undefined)
          else readFrom(offset + count)
        })
      }
      readFrom(0)
    })
  )
}

/**
 * The bytes of `path` if it was prefetched and read whole (each prefetch is handed out once), else undefined: read
 * it the usual way then.
 */
export async function takePrefetched(path: string): Promise<Buffer | undefined> {
  const absolute = resolve(path)
  const pending = prefetched.get(absolute)
  if (pending === undefined) return undefined
  prefetched.delete(absolute)
  const bytes = await pending
  // Node's fs.read keeps the buffer in its completion callback's closure, and the work that awaits the bytes runs
  // within that callback (its microtasks) until it first waits for the event loop: the plan reader and the whole
  // check never do, so a plan's bytes stayed allocated to the end of the run (184 MB at 100,000 resources). One turn
  // of the event loop lets the callback return first; the bytes then go once the reader is done with them.
  await new Promise<void>((resume) => setImmediate(resume))
  return bytes
}

/** The value of option `name` (`--name value` or `--name=value`) in `args`, read before the arguments are parsed. */
export function optionValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--') return undefined
    if (arg === name) return args[i + 1]
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1)
  }
  return undefined
}
