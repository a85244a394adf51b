// The CLI: argv → config → pipeline → files, a console summary and an exit code.
//   0 clean · 1 the gate failed · 2 usage or input error (one line on stderr) · 3 the run could not complete
import { randomBytes } from 'node:crypto'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { catalogueWritesJson, frameworksCommand, rulesCommand, rulesLoader } from './cli-catalogue.js'
import { buildConfig, defaultWords, SETTINGS, type RawSettings, type SettingSpec } from './config.js'
import { ignoreWritesToStdout, runIgnoreCommand } from './drift/ignore-command.js'
import { planShards, runPipeline, shardPlanLine } from './pipeline.js'
import { printable } from './printable.js'
import { argsErrorLine, didYouMean } from './suggest.js'
import { writeOutputFiles } from './publish/files.js'
import { renderConsole } from './report/console-text.js'
import { gitBase } from './sources/base.js'
import { enablePhaseTimings, formatPhaseTimings, phaseDone, phaseTimings } from './timings.js'
import { InputError, RunError } from './types.js'
import { VERSION } from './version.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env: NodeJS.ProcessEnv
}

export const EXIT = { clean: 0, gateFailed: 1, inputError: 2, runError: 3 } as const

const BOOLEAN_KINDS = new Set(['boolean', 'live'])

/** The settings the CLI offers: the OIDC ones are the action's (the CLI uses the SDK's credential chain). */
const CLI_SETTINGS = SETTINGS.filter((s): s is SettingSpec & { cli: string } => s.cli !== undefined)

export function usage(): string {
  const width = Math.max(...CLI_SETTINGS.map((s) => flagText(s).length))
  const line = (flag: string, text: string) => `  ${flag.padEnd(width)}  ${text}`
  const options = CLI_SETTINGS.map((s) => {
    // The CLI's own default where the action's differs (defaultText says both).
    const fallback = defaultWords(s)
    return line(flagText(s), `${s.description}${fallback ? ` Default: ${fallback}.` : ''}`.replace(/`/g, ''))
  })
  return [
    'Usage: plumbline scan [options]',
    '       plumbline shards --shards N [options]               (plans a sharded live scan: prints the GitHub matrix as JSON)',
    '       plumbline ignore --from plumbline-results.json   (writes .plumbline-ignore from a run\'s drift; plumbline ignore --help)',
    '       plumbline rules [--framework ID] [--format json]  (lists the rules; plumbline rules --help)',
    '       plumbline frameworks [--format json]              (lists the frameworks and their coverage; plumbline frameworks --help)',
    '',
    'Checks a Terraform plan (or .tf code, or state) against AWS posture rules and writes SARIF, an HTML report',
    'and results JSON into the output folder.',
    '',
    'Options:',
    ...options,
    line('--base REF', 'compare with this git commit: list the suppressions the change adds (the working tree against REF)'),
    line('--help', 'show this help'),
    line('--version', 'show the version'),
    '',
    'Exit codes: 0 clean, 1 the gate failed, 2 usage or input error, 3 the run could not complete.'
  ].join('\n') + '\n'
}

function flagText({ cli, kind, arg: named }: SettingSpec & { cli: string }): string {
  if (BOOLEAN_KINDS.has(kind)) return `--${cli}`
  const arg = named ?? (kind === 'file' || kind === 'files' ? 'FILE' : kind === 'dir' || kind === 'dirs' ? 'DIR' : kind === 'severity' ? 'SEVERITY' : kind === 'scope' ? 'new|all' : kind === 'region' ? 'REGION' : 'VALUE')
  return `--${cli} ${arg}`
}

/**
 * Runs one command. Inside a GitHub Actions step (GITHUB_ACTIONS=true) the runner parses the output for workflow
 * commands; what the CLI prints comes from inputs (file names, ids, messages), so the output is fenced: first
 * `::stop-commands::<token>` (a fresh random token), last `::<token>::`, on every path, errors included. Values
 * are also made printable one by one (src/printable.ts): stdout and stderr are separate pipes, and the runner
 * may read a line of one before the marker written to the other, so the fence is the second defence.
 * The markers go to stdout, or to stderr when stdout carries data (`plumbline ignore --out -`).
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (io.env.GITHUB_ACTIONS !== 'true') return runCommand(argv, io)
  const token = randomBytes(16).toString('hex')
  const dataOnStdout =
    argv[0] === 'shards' ||
    (argv[0] === 'ignore' && ignoreWritesToStdout(argv.slice(1))) || ((argv[0] === 'rules' || argv[0] === 'frameworks') && catalogueWritesJson(argv.slice(1)))
  const markers = dataOnStdout ? io.stderr : io.stdout
  markers(`::stop-commands::${token}\n`)
  try {
    return await runCommand(argv, io)
  } finally {
    markers(`::${token}::\n`)
  }
}

async function runCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv
    if (command === '--version' || command === '-v') {
      io.stdout(`plumbline ${VERSION}\n`)
      return EXIT.clean
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(usage())
      return command === undefined ? EXIT.inputError : EXIT.clean
    }
    if (command === 'ignore') return await runIgnoreCommand(rest, io)
    if (command === 'rules') return await rulesCommand(rest, io, rulesLoader(io.cwd))
    if (command === 'frameworks') return await frameworksCommand(rest, io, rulesLoader(io.cwd))
    if (command === 'shards') return await shards(rest, io)
    if (command !== 'scan') {
      const meant = command.startsWith('-') ? didYouMean(command, ['--help', '--version']) : didYouMean(command, ['scan', 'shards', 'ignore', 'rules', 'frameworks'])
      throw new InputError(`unknown command "${command}"${meant || '; use "plumbline scan", "plumbline shards", "plumbline ignore", "plumbline rules" or "plumbline frameworks"'} (see plumbline --help)`)
    }
    return await scan(rest, io)
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr(`plumbline: ${printable(err.message)}\n`)
      return EXIT.inputError
    }
    // RunError is an expected failure (authentication, network); anything else is a bug, and its stack is
    // shown only on request.
    const message = err instanceof Error ? err.message : String(err)
    io.stderr(`plumbline: the run could not complete: ${printable(message.split('\n')[0])}\n`)
    if (!(err instanceof RunError) && io.env.PLUMBLINE_DEBUG && err instanceof Error) io.stderr(`${debugStack(err)}\n`)
    return EXIT.runError
  }
}

/** The stack's frames under the (printable) message: the message may quote inputs, the frames are our code. */
function debugStack(err: Error): string {
  const stack = err.stack ?? ''
  const frames = stack.indexOf('\n    at ')
  return `${printable(`${err.name}: ${err.message}`)}${frames >= 0 ? stack.slice(frames) : ''}`
}

/** The settings of a command line: the flags of CLI_SETTINGS (and `extra`), or undefined after printing the help. */
function cliSettings(args: string[], io: CliIo, extra: ParseArgsConfig['options'] = {}): { raw: RawSettings; values: ReturnType<typeof parseArgs>['values'] } | undefined {
  const options: ParseArgsConfig['options'] = { help: { type: 'boolean' }, ...extra }
  for (const s of CLI_SETTINGS) {
    options[s.cli] = BOOLEAN_KINDS.has(s.kind) ? { type: 'boolean' } : { type: 'string', multiple: s.kind === 'files' || s.kind === 'dirs' }
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: false })
  } catch (err) {
    throw new InputError(argsErrorLine(err, Object.keys(options), 'plumbline --help'))
  }
  if (parsed.values.help) {
    io.stdout(usage())
    return undefined
  }
  const raw: RawSettings = {}
  for (const s of CLI_SETTINGS) raw[s.input] = parsed.values[s.cli] as RawSettings[string]
  return { raw, values: parsed.values }
}

function cliConfig(raw: RawSettings, io: CliIo) {
  return buildConfig(raw, {
    cwd: io.cwd,
    event: io.env.GITHUB_EVENT_NAME,
    defaultFallbackLocation: 'README.md',
    nameOf: (s) => (s.cli ? `--${s.cli}` : s.input),
    env: io.env,
    liveDefault: 'off',
    // As Checkov, tfsec and Prowler do: a failed check fails the command unless told otherwise (--fail-on none).
    failOnDefault: 'info'
  })
}

const cliNameOf = (input: string): string => {
  const spec = SETTINGS.find((s) => s.input === input)
  return spec?.cli ? `--${spec.cli}` : input
}

/** plumbline shards: the matrix JSON on stdout (one line, for `>> $GITHUB_OUTPUT`), the plan in words on stderr. */
async function shards(args: string[], io: CliIo): Promise<number> {
  const settings = cliSettings(args, io)
  if (!settings) return EXIT.clean
  // It lists the estate: live unless told otherwise.
  const config = cliConfig({ ...settings.raw, command: 'shards', live: settings.raw.live || true }, io)
  const plan = await planShards(config, { mask: () => undefined, env: io.env, info: (line) => io.stderr(`${printable(line)}\n`), nameOf: cliNameOf })
  for (const warning of plan.warnings) io.stderr(`plumbline: warning: ${printable(warning)}\n`)
  io.stderr(`${printable(shardPlanLine(plan))}\n`)
  io.stdout(`${JSON.stringify(plan.matrix)}\n`)
  return EXIT.clean
}

async function scan(args: string[], io: CliIo): Promise<number> {
  // --base is the CLI's alone: the action takes its base from the pull request's event.
  const settings = cliSettings(args, io, { base: { type: 'string' } })
  if (!settings) return EXIT.clean
  const config = cliConfig(settings.raw, io)
  // PLUMBLINE_TIMINGS: how long each phase took, on stderr (bench/phases.mjs reads it).
  if (io.env.PLUMBLINE_TIMINGS) enablePhaseTimings()
  const baseRef = settings.values.base as string | undefined
  const base = baseRef !== undefined ? await gitBase(config.repoRoot, baseRef) : undefined
  const { model, inventory, hasLive } = await runPipeline(config, { base }, undefined, {
    mask: () => undefined,
    env: io.env,
    info: (line) => io.stderr(`${printable(line)}\n`),
    nameOf: cliNameOf
  })
  const files = await writeOutputFiles(model, config, { inventory, hasLive })
  const written = [files.sarifFile, files.reportFile, files.resultsFile, ...(files.inventoryFile ? [files.inventoryFile] : [])]
  io.stdout(renderConsole(model, { files: written }))
  phaseDone('console')
  if (io.env.PLUMBLINE_TIMINGS) io.stderr(`${formatPhaseTimings(phaseTimings())}\n`)
  return model.run.gate.verdict === 'fail' ? EXIT.gateFailed : EXIT.clean
}
