// Publishing, in the order people meet it: the artifacts (whose link the summary and the comment carry), code
// scanning, the pull-request comment. Every failure is a warning naming what failed and why; none loses the
// files on disk, and none fails a clean scan unless fail-on-publish-error asks for it.
import { readFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import type { Log } from 'sarif'
import type { PublishSettings } from '../config.js'
import { renderPrComment } from '../report/pr-comment.js'
import type { ReportModel } from '../types.js'
import { uploadReportArtifacts } from './artifact.js'
import type { Request } from '../github-api.js'
import { uploadSarif } from './code-scanning.js'
import type { WrittenFiles } from './files.js'
import { upsertPrComment } from './pr-comment.js'

export interface PublishContext {
  /** owner/repo */
  repository?: string
  sha?: string
  ref?: string
  runUrl?: string
  workspace?: string
  startedAt?: string
  /** The pull request number on pull_request events. */
  pullRequest?: number
  /** An Octokit `request` for the token, or undefined when there is no token. */
  request?: Request
  /** The model the comment is written from (account ids already masked when asked). */
  commentModel: ReportModel
}

export interface PublishOutcome {
  reportUrl?: string
  warnings: string[]
  /** Something left out on purpose (no runtime, no token, a read-only token): a notice in the run. */
  notices: string[]
  /** What went through: a log line. */
  info: string[]
  /** What failed, for fail-on-publish-error. */
  failures: string[]
}

export async function publishResults(files: WrittenFiles, settings: PublishSettings, ctx: PublishContext): Promise<PublishOutcome> {
  const out: PublishOutcome = { warnings: [], notices: [], info: [], failures: [] }
  const fail = (what: string, why: string) => {
    out.warnings.push(`${what} failed: ${why}; the files are in the output folder`)
    out.failures.push(what)
  }

  if (settings.uploadReport) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
      out.notices.push('artifacts not uploaded: the Actions runtime (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL) is not available outside a workflow run')
    } else {
      try {
        const uploaded = await uploadReportArtifacts(files, { name: settings.artifactName, retentionDays: settings.retentionDays, runUrl: ctx.runUrl })
        out.reportUrl = uploaded.reportUrl
        out.info.push(`artifacts uploaded: plumbline-report.html${uploaded.reportUrl ? ` (${uploaded.reportUrl})` : ''} and ${settings.artifactName}`)
      } catch (err) {
        fail('uploading the report artifacts', oneLine(err))
      }
    }
  }

  const [owner, repo] = (ctx.repository ?? '').split('/')
  if (settings.uploadSarif) {
    if (!ctx.request || !owner || !repo || !ctx.sha || !ctx.ref) {
      out.notices.push('SARIF not uploaded to code scanning: no token, repository, commit or ref (the file is on disk for github/codeql-action/upload-sarif)')
    } else {
      try {
        const sarif = JSON.parse(await readFile(files.sarifFile, 'utf8')) as Log
        const uploads = await uploadSarif(ctx.request, sarif, {
          owner,
          repo,
          commitSha: ctx.sha,
          ref: ctx.ref,
          checkoutUri: ctx.workspace ? pathToFileURL(ctx.workspace).href : undefined,
          startedAt: ctx.startedAt
        })
        for (const u of uploads) {
          if (u.status === 'complete') out.info.push(`code scanning: ${u.category} uploaded and processed`)
          else if (u.status === 'pending') out.info.push(`code scanning: ${u.category} uploaded; ${u.detail}`)
          else if (u.status === 'unavailable') out.warnings.push(`code scanning is not available for ${ctx.repository} (${u.detail}); ${u.category} was not uploaded. Forks and private repositories without GitHub Advanced Security cannot receive it; the SARIF file stays on disk`)
          else fail(`uploading ${u.category} to code scanning`, u.detail ?? u.status)
        }
      } catch (err) {
        fail('uploading the SARIF to code scanning', oneLine(err))
      }
    }
  }

  if (settings.commentOnPr && ctx.pullRequest !== undefined) {
    if (!ctx.request || !owner || !repo) {
      out.notices.push('pull-request comment skipped: no token')
    } else {
      const body = renderPrComment(ctx.commentModel, { reportUrl: out.reportUrl })
      const result = await upsertPrComment(ctx.request, { owner, repo, issueNumber: ctx.pullRequest }, body)
      if (result.status === 'skipped') out.notices.push(`pull-request comment skipped: ${result.detail}`)
      else if (result.status === 'error') fail('writing the pull-request comment', result.detail)
      else {
        out.info.push(`pull-request comment ${result.status}`)
        if (result.notice) out.notices.push(result.notice)
      }
    }
  }
  return out
}

function oneLine(err: unknown): string {
  const e = err as { status?: number; message?: string }
  const message = (e?.message ?? String(err)).split('\n')[0]
  return e?.status ? `${e.status}: ${message}` : message
}
