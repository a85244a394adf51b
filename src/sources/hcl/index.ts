// The .tf source: resource block locations and inline suppressions (lexer only, fast), and for plan-less
// checks the evaluated resource instances (values from our HCL parser, parser.ts).
import { readdir } from 'node:fs/promises'
import type { TfResource } from '../../types.js'
import { InputError } from '../../types.js'
import { evaluateModules, rootVariableInputs, type ParsedFiles } from './evaluate.js'
import { HclSyntaxError, parseHcl } from './parser.js'
import { allBlocks, loadModuleTree, repoRelative, type HclBlock, type InlineSuppression } from './modules.js'

export type { HclBlock, InlineSuppression }

export interface HclProject {
  /** Every managed `resource` block, in the root and in followed local modules. */
  blocks: HclBlock[]
  /** Evaluated instances (origin 'hcl') for plan-less checking. */
  resources: TfResource[]
  /** e.g. a module source we could not follow. */
  warnings: string[]
  /** Region of the default aws provider when known (a literal, or a variable with a known value). */
  providerRegion?: string
}

export interface TerraformDirOptions {
  /** Paths in blocks, locations and messages are relative to it. */
  repoRoot: string
  /** Where TF_VAR_* variables are looked for (default process.env); their values are never read. */
  env?: Record<string, string | undefined>
}

/** Block locations and suppressions only, from our lexer: what a run with a plan needs, without the slow parser. */
export async function scanTerraformBlocks(dir: string, opts: TerraformDirOptions): Promise<{ blocks: HclBlock[]; warnings: string[] }> {
  const warnings: string[] = []
  const tree = await loadModuleTree(dir, { repoRoot: opts.repoRoot }, warnings)
  return { blocks: allBlocks(tree), warnings }
}

/** Blocks, and resources evaluated for checking without a plan. A syntax error is an InputError `file:line:col: message`. */
export async function loadTerraformDir(dir: string, opts: TerraformDirOptions): Promise<HclProject> {
  const warnings: string[] = []
  const parsed: ParsedFiles = new Map()
  const parse = async (file: string, text: string): Promise<Record<string, unknown>> => {
    try {
      return await parseHcl(file, text)
    } catch (error) {
      if (error instanceof HclSyntaxError) throw new InputError(error.message)
      throw error
    }
  }
  const tree = await loadModuleTree(
    dir,
    {
      repoRoot: opts.repoRoot,
      validate: async (file, text, absolute) => {
        if (!parsed.has(absolute)) parsed.set(absolute, await parse(file, text))
      }
    },
    warnings
  )
  const inputs = await rootVariableInputs(
    tree.dir,
    await readdir(tree.dir),
    opts.env ?? process.env,
    (absolute, text) => parse(repoRelative(opts.repoRoot, absolute), text),
    (absolute) => repoRelative(opts.repoRoot, absolute)
  )
  const { resources, providerRegion } = evaluateModules(tree, parsed, inputs, warnings)
  return { blocks: allBlocks(tree), resources, warnings, ...(providerRegion !== undefined ? { providerRegion } : {}) }
}
