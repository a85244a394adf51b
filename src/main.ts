// The action: inputs → config → pipeline → files, outputs, job summary, annotations and the step's status.
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { context, getOctokit } from '@actions/github'
import { buildConfig, SETTINGS, type Config, type RawSettings } from './config.js'
import { planShards, runPipeline, shardPlanLine, type RunInfo } from './pipeline.js'
import type { Request } from './github-api.js'
import { writeOutputFiles } from './publish/files.js'
import { publishResults } from './publish/publish.js'
import { maskAccountIds } from './report/redact.js'
import { gateWords } from './model/severity.js'
import { emitAnnotations, setStepOutputs, writeJobSummary } from './publish/step.js'
import { unreadableBase, type BaseSource } from './sources/base.js'
import { githubBase, pullRequestBaseName } from './sources/base-github.js'
import { lastScheduledInventory } from './sources/last-run.js'
import { InputError, LAST_SCHEDULED_RUN } from './types.js'

export async function run(): Promise<void> {
  try {
    const raw: RawSettings = {}
    for (const s of SETTINGS) raw[s.input] = s.kind === 'files' || s.kind === 'dirs' ? core.getMultilineInput(s.input) : core.getInput(s.input)
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const config: Config = buildConfig(raw, {
      cwd: workspace,
      event: context.eventName || undefined,
      defaultFallbackLocation: workflowFile() ?? 'README.md',
      nameOf: (s) => `input ${s.input}`,
      env: process.env,
      liveDefault: 'auto'
    })

    if (config.command === 'shards') {
      await planShardsStep(config)
      return
    }

    const token = config.publish.githubToken
    const request = token ? (getOctokit(token).request as unknown as Request) : undefined
    if (config.since === LAST_SCHEDULED_RUN) config.since = await downloadLastScheduledInventory(config.sinceWorkflow ?? '', config.publish.artifactName, token, request)
    const { model, secrets, inventory, hasLive } = await runPipeline(config, { ...runInfo(), base: pullRequestBase(request) }, undefined, {
      getIDToken: (audience) => core.getIDToken(audience),
      mask: (secret) => core.setSecret(secret),
      env: process.env,
      info: (line) => core.info(line),
      nameOf: (input) => `input ${input}`
    })
    // Mask before anything about the run is printed.
    for (const secret of secrets) core.setSecret(secret)

    // Account ids are masked in what readers of a public repository see: the files (artifacts, code scanning),
    // the summary, the comment, the log's warnings and annotations.
    const redact = config.publish.redactIdentifiers === 'auto' ? isPublicRepository() : config.publish.redactIdentifiers
    const files = await writeOutputFiles(model, config, { inventory, hasLive }, { redactIdentifiers: redact })
    const shown = redact ? maskAccountIds(model) : model
    // The log and the annotations are as public as the summary: the same masking applies.
    for (const warning of shown.run.warnings) core.warning(warning)
    emitAnnotations(shown)

    const pr = context.payload.pull_request as { number?: number } | undefined
    const published = await publishResults(files, config.publish, {
      repository: process.env.GITHUB_REPOSITORY,
      sha: process.env.GITHUB_SHA,
      ref: process.env.GITHUB_REF,
      runUrl: runInfo().runUrl,
      workspace,
      startedAt: model.run.startedAt,
      pullRequest: typeof pr?.number === 'number' ? pr.number : undefined,
      request,
      commentModel: shown
    })
    for (const line of published.info) core.info(line)
    for (const notice of published.notices) core.notice(notice)
    for (const warning of published.warnings) core.warning(warning)

    setStepOutputs(model, files, published.reportUrl)
    try {
      await writeJobSummary(shown, files, published.reportUrl)
    } catch (err) {
      core.warning(`the job summary could not be written: ${(err as Error).message}`)
    }

    const { counts, gate } = model.run
    const unmapped = counts.unmapped > 0 ? `, ${counts.unmapped} Terraform resource(s) not checked (no mapping yet, or parent not in this configuration)` : ''
    core.info(
      `Plumbline: ${counts.findings} finding(s) in ${counts.fail} failing check(s), ${counts.suppressed} suppressed, ${counts.unknown} unknown${unmapped}; gate ${gateWords(gate.verdict)} (${gate.reason})`
    )
    if (gate.verdict === 'fail') core.setFailed(`Plumbline gate failed: ${gate.reason}`)
    else if (config.publish.failOnPublishError && published.failures.length > 0) {
      core.setFailed(`Plumbline could not publish: ${published.failures.join(', ')} (fail-on-publish-error is true)`)
    }
  } catch (err) {
    // One line for the user, never a stack trace.
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err)
    core.setFailed(err instanceof InputError ? message : `Plumbline could not complete: ${message}`)
  }
}

/**
 * since: last-scheduled-run: the inventory in the artifact of since-workflow's newest successful scheduled run,
 * downloaded under RUNNER_TEMP; its path replaces the setting.
 */
async function downloadLastScheduledInventory(workflow: string, artifactName: string, token: string | undefined, request: Request | undefined): Promise<string> {
  if (!token || !request) {
    throw new InputError('input since: last-scheduled-run reads the scheduled run\'s artifact through the GitHub API; give github-token (the default is the job\'s token) and `permissions: actions: read`')
  }
  const found = await lastScheduledInventory({
    request,
    token,
    owner: context.repo.owner,
    repo: context.repo.repo,
    workflow,
    artifactName,
    destination: join(process.env.RUNNER_TEMP ?? tmpdir(), 'plumbline-since')
  })
  core.info(`since: the inventory of scheduled run ${found.run.url} (started ${found.run.createdAt})`)
  return found.path
}

/** command: shards: the matrix as the step output `matrix`, the plan in the log and the job summary. */
async function planShardsStep(config: Parameters<typeof planShards>[0]): Promise<void> {
  const plan = await planShards(config, {
    getIDToken: (audience) => core.getIDToken(audience),
    mask: (secret) => core.setSecret(secret),
    env: process.env,
    info: (line) => core.info(line),
    nameOf: (input) => `input ${input}`
  })
  for (const warning of plan.warnings) core.warning(warning)
  const line = shardPlanLine(plan)
  core.info(line)
  core.setOutput('matrix', JSON.stringify(plan.matrix))
  await core.summary
    .addHeading('Plumbline: shards planned', 2)
    .addRaw(`${line}\n\n`)
    .addTable([
      [{ data: 'shard', header: true }, { data: 'pairs', header: true }, { data: 'resources (previous scan)', header: true }],
      ...plan.matrix.include.map((entry) => [entry.name, String(entry.pairs), entry.resources === undefined ? '–' : String(entry.resources)])
    ])
    .write()
}

/**
 * On pull requests, the base commit (pull_request.base.sha) that suppressions added by the change are told by,
 * read through the REST API: the job's checkout is usually one commit deep. Without a token it cannot be read,
 * and every suppression counts as added (the pipeline warns).
 */
function pullRequestBase(request: Request | undefined): BaseSource | undefined {
  const pr = context.payload.pull_request as { number?: unknown; changed_files?: unknown; base?: { sha?: unknown } } | undefined
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  if (!pr || typeof pr.number !== 'number' || typeof pr.base?.sha !== 'string' || !owner || !repo) return undefined
  if (!request) return unreadableBase(pullRequestBaseName({ baseSha: pr.base.sha, pullNumber: pr.number }), 'no github-token to read it with')
  const changedFiles = typeof pr.changed_files === 'number' ? pr.changed_files : undefined
  return githubBase(request, { owner, repo, pullNumber: pr.number, baseSha: pr.base.sha, changedFiles })
}

/** Whether the event says the repository is public (redact-identifiers: auto). */
function isPublicRepository(): boolean {
  const repository = context.payload.repository as { private?: boolean; visibility?: string } | undefined
  return repository?.private === false || repository?.visibility === 'public'
}

/** The workflow file of this run, relative to the repository: the default place for results without a .tf block. */
function workflowFile(): string | undefined {
  // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/gate.yml@refs/pull/1/merge
  const ref = process.env.GITHUB_WORKFLOW_REF
  const match = ref?.match(/^[^/]+\/[^/]+\/(.+?)@/)
  return match?.[1]
}

function runInfo(): RunInfo {
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com'
  const repository = process.env.GITHUB_REPOSITORY
  const pr = context.payload.pull_request as { head?: { sha?: string } } | undefined
  // On pull requests GITHUB_SHA is the merge commit; links to .tf lines should show the head commit.
  const commit = pr?.head?.sha ?? process.env.GITHUB_SHA
  return {
    repository,
    commit,
    event: context.eventName || undefined,
    runUrl: repository && process.env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined,
    sourceUrlBase: repository && commit ? `${server}/${repository}/blob/${commit}` : undefined
  }
}
