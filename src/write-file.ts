// The one way Plumbline writes a file (reports, SARIF, results, inventory, the ignore file). Output folders are
// often shared with what a pull request checks out, so a path there may be a symbolic link planted to make us
// overwrite something else (`plumbline-out/plumbline-report.html -> ~/.bashrc`). So:
// - a target that is a symbolic link (dangling or not), or a folder that is one, is refused with one line;
// - the text goes into a new temporary file in the same folder, created exclusively (O_EXCL never follows a
//   link), and is renamed over the target: a rename replaces a link planted after the check instead of writing
//   through it, and readers never see half a file;
// - the temporary file is removed if anything fails.
// Text is encoded a slice at a time into one reused buffer: a report of a large plan is tens of MB, and encoding
// it whole allocates a buffer of that size, whose fresh pages cost more than the encoding itself (bench/phases:
// the writes of a 20,000-resource plan went from about 600 ms to about 60 ms this way).
import { randomBytes } from 'node:crypto'
import { lstat, open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { textSlices } from './text-slices.js'
import { InputError } from './types.js'

export interface WriteOptions {
  /** The path as the user wrote it, for messages (defaults to the path). */
  shownPath?: string
  /** Refuse to replace an existing file (an ignore file someone curated by hand): fails with code EEXIST. */
  noOverwrite?: boolean
}

/**
 * What a file is written from: bytes, a text, or a text in pieces (written as they come, never joined whole; each
 * piece a whole string, never ending in half a surrogate pair).
 */
export type FileData = string | Uint8Array | Iterable<string>

export async function writeFileSafely(path: string, data: FileData, options: WriteOptions = {}): Promise<void> {
  const shown = options.shownPath ?? path
  const folder = dirname(path)
  if (await isSymbolicLink(folder)) {
    throw new InputError(`${shown}: its folder ${folder} is a symbolic link; Plumbline does not write through links, so give an output folder that is a real folder`)
  }
  const existing = await lstatOrUndefined(path)
  if (existing?.isSymbolicLink()) {
    throw new InputError(`${shown} is a symbolic link; Plumbline does not write through links, so remove the link or give another output path`)
  }
  // The same error as an exclusive open would give, so callers handle one code.
  if (existing && options.noOverwrite) throw Object.assign(new Error(`${shown} exists`), { code: 'EEXIST' })
  const temporary = join(folder, `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`)
  let created = false
  try {
    const handle = await open(temporary, 'wx', 0o644)
    created = true
    try {
      if (data instanceof Uint8Array) await handle.writeFile(data)
      else await writeText(handle, typeof data === 'string' ? [data] : data)
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    if (created) await rm(temporary, { force: true })
    throw error
  }
}

/** UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_UTF8_BYTES_PER_UNIT = 3
const BUFFER_BYTES = 1 << 20
/** A slice this long always fits an empty buffer. */
const SLICE_UNITS = Math.floor(BUFFER_BYTES / MAX_UTF8_BYTES_PER_UNIT)

/**
 * Two buffers in turn: one is written (on libuv's threads) while the next slices are encoded into the other, so the
 * main thread does not wait for each megabyte to reach the file. One write at a time, in order.
 */
async function writeText(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  const buffers = [Buffer.allocUnsafe(BUFFER_BYTES), Buffer.allocUnsafe(BUFFER_BYTES)]
  let current = 0
  let used = 0
  let writing: Promise<void> | undefined
  const writeAll = async (buffer: Buffer, length: number): Promise<void> => {
    let written = 0
    while (written < length) written += (await handle.write(buffer, written, length - written)).bytesWritten
  }
  const flush = async (): Promise<void> => {
    if (writing) await writing
    writing = writeAll(buffers[current], used)
    // Seen here as well, so that a write failing while the next buffer fills is not an unhandled rejection; it
    // is still thrown by the next flush or the last await.
    writing.catch(() => undefined)
    current = 1 - current
    used = 0
  }
  for (const piece of pieces) {
    for (const slice of textSlices(piece, SLICE_UNITS)) {
      if (used + slice.length * MAX_UTF8_BYTES_PER_UNIT > BUFFER_BYTES) await flush()
      used += buffers[current].write(slice, used)
    }
  }
  if (used > 0) await flush()
  if (writing) await writing
}

async function isSymbolicLink(path: string): Promise<boolean> {
  return (await lstatOrUndefined(path))?.isSymbolicLink() === true
}

async function lstatOrUndefined(path: string) {
  try {
    return await lstat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
