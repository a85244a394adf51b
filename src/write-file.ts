// The one way Plumbline writes a file (reports, SARIF, results, inventory, the ignore file). Output folders are
// often shared with what a pull request checks out, so a path there may be a symbolic link planted to make us
// overwrite something else (`plumbline-out/plumbline-report.html -> ~/.bashrc`). So:
// - a target that is a symbolic link (dangling or not), or a folder that is one, is refused with one line;
// - the text goes into a new temporary file in the same folder, created exclusively (O_EXCL never follows a
//   link), and is renamed over the target: a rename replaces a link planted after the check instead of writing
//   through it, and readers never see half a file;
// - the temporary file is removed if anything fails.
import { randomBytes } from 'node:crypto'
import { lstat, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { InputError } from './types.js'

export interface WriteOptions {
  /** The path as the user wrote it, for messages (defaults to the path). */
  shownPath?: string
  /** Refuse to replace an existing file (an ignore file someone curated by hand): fails with code EEXIST. */
  noOverwrite?: boolean
}

export async function writeFileSafely(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
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
      await handle.writeFile(data)
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    if (created) await rm(temporary, { force: true })
    throw error
  }
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
