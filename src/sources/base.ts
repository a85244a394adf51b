// The base a change is compared with (a pull request's base commit): which files the change touches and their
// text at the base, so that suppressions the change adds can be told from those already there. Two readers: git
// (the CLI's --base REF, any checkout with history) and GitHub's REST API (the action: the job's checkout is
// usually one commit deep, so git cannot be relied on there; see base-github.ts).
import { execFile } from 'node:child_process'
import { InputError } from '../types.js'

export interface ChangedFile {
  /** Repository-relative path in the change ('/' separators). */
  path: string
  /** Where a renamed file was at the base. */
  previousPath?: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
}

export interface BaseSource {
  /** How messages name the base: "the base commit 1a2b3c4d5e6f". */
  name: string
  /** Every file the change touches; throws when that cannot be known completely. */
  changedFiles(): Promise<ChangedFile[]>
  /** A file's text at the base; null when it does not exist there; throws when it cannot be read. */
  readBase(path: string): Promise<string | null>
}

/** A base that cannot be read at all (no token): every suppression then counts as added. */
export function unreadableBase(name: string, why: string): BaseSource {
  const fail = async (): Promise<never> => {
    throw new Error(why)
  }
  return { name, changedFiles: fail, readBase: fail }
}

function git(repoRoot: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd: repoRoot, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new Error((stderr || err.message).trim().split('\n')[0]))
      else resolve(stdout)
    })
  })
}

/**
 * The base as git has it: `REF` must name a commit of the repository at `repoRoot`. The change is everything
 * between REF and the working tree: committed, staged, unstaged and untracked (not ignored) files.
 */
export async function gitBase(repoRoot: string, ref: string, flag = '--base'): Promise<BaseSource> {
  let commit: string
  try {
    commit = (await git(repoRoot, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim()
  } catch {
    throw new InputError(`${flag}: "${ref}" is not a commit of the git repository at ${repoRoot}; give a branch, tag or commit the checkout has (fetch it first in a shallow clone)`)
  }
  return {
    name: `the base commit ${commit.slice(0, 12)} (${ref})`,
    async changedFiles() {
      const files: ChangedFile[] = []
      const diff = (await git(repoRoot, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', commit, '--'])).split('\0')
      for (let i = 0; i < diff.length - 1; ) {
        const code = diff[i++]
        if (code.startsWith('R')) files.push({ status: 'renamed', previousPath: diff[i++], path: diff[i++] })
        else if (code.startsWith('C')) files.push({ status: 'copied', previousPath: diff[i++], path: diff[i++] })
        else {
          const path = diff[i++]
          files.push({ status: code === 'A' ? 'added' : code === 'D' ? 'removed' : code === 'T' ? 'changed' : 'modified', path })
        }
      }
      const untracked = (await git(repoRoot, ['ls-files', '--others', '--exclude-standard', '-z'])).split('\0').filter((p) => p !== '')
      for (const path of untracked) files.push({ status: 'added', path })
      return files
    },
    async readBase(path) {
      const listed = await git(repoRoot, ['ls-tree', '-z', '--name-only', commit, '--', path])
      if (!listed.split('\0').includes(path)) return null
      return git(repoRoot, ['show', `${commit}:${path}`])
    }
  }
}
