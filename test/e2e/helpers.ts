// Runs the built bundles the way their users do: dist/index.js as the Actions runner runs it, and
// bin/plumbline.js as a person types it.
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export interface ProcessResult {
  code: number | null
  stdout: string
  stderr: string
}

export function runNode(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }))
  })
}

/** A fresh git-looking checkout holding the example project at infra/. */
export function exampleWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-e2e-'))
  mkdirSync(join(dir, '.git'))
  mkdirSync(join(dir, '.github/workflows'), { recursive: true })
  writeFileSync(join(dir, '.github/workflows/gate.yml'), 'name: gate\n')
  cpSync(join(ROOT, 'examples'), join(dir, 'infra'), { recursive: true, filter: (src) => !src.includes('/workflows') })
  return dir
}

/** Environment without the developer's GitHub and AWS variables, so a test sees only what it sets. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|AWS_)/.test(k)) continue
    env[k] = v
  }
  delete env.NODE_OPTIONS
  return { ...env, ...extra }
}

/** Parses a GITHUB_OUTPUT file (name<<delimiter … delimiter blocks, as @actions/core writes them). */
export function parseOutputFile(path: string): Record<string, string> {
  const text = readFileSync(path, 'utf8')
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<=]+)<<(.+)$/)
    if (m) {
      const [, name, delimiter] = m
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      outputs[name] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}
