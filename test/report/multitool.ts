// Runs the Microsoft SARIF Multitool's validator (rule kinds Gh;Sarif: GitHub's ingestion rules and the SARIF
// spec's) on a log and returns its findings. The tool exits 0 whatever it finds, so findings are read from
// its console lines: `<file>(<line>,<col>): error|warning <RULE>: <message>`.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const MULTITOOL = join(process.cwd(), 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')

export interface MultitoolFindings {
  errors: string[]
  warnings: string[]
}

export function validateSarif(text: string): MultitoolFindings {
  if (!existsSync(MULTITOOL)) throw new Error(`SARIF Multitool not found at ${MULTITOOL}; run npm ci`)
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-sarif-'))
  try {
    const input = join(dir, 'input.sarif')
    writeFileSync(input, text)
    const stdout = execFileSync(
      MULTITOOL,
      ['validate', '--rule-kind', 'Gh;Sarif', '--output', join(dir, 'validation.sarif'), input],
      { encoding: 'utf8' }
    )
    const lines = stdout.split(/\r?\n/)
    return {
      errors: lines.filter((line) => /: error [A-Z]+\d+/.test(line)),
      warnings: lines.filter((line) => /: warning [A-Z]+\d+/.test(line))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
