// The report as artifacts, through @actions/artifact (the Actions results service): the HTML report alone and
// un-archived, so that one click in the run's page opens it (the file's name is the artifact's name), and the
// machine-readable files (SARIF, results JSON, inventory) as a second, archived artifact.
import { DefaultArtifactClient } from '@actions/artifact'
import { basename, dirname } from 'node:path'
import type { WrittenFiles } from './files.js'

export interface ArtifactSettings {
  /** Name of the archived artifact with SARIF, results JSON and inventory. */
  name: string
  /** Days to keep them; undefined: the repository's default. */
  retentionDays?: number
  /** https://github.com/OWNER/REPO/actions/runs/ID, to link to an artifact. */
  runUrl?: string
}

export interface ArtifactUpload {
  reportArtifactId?: number
  /** Link that opens the HTML report: the run's artifact page. */
  reportUrl?: string
  dataArtifactId?: number
}

export async function uploadReportArtifacts(files: WrittenFiles, settings: ArtifactSettings, client = new DefaultArtifactClient()): Promise<ArtifactUpload> {
  const options = settings.retentionDays !== undefined ? { retentionDays: settings.retentionDays } : {}
  const report = await client.uploadArtifact(basename(files.reportFile), [files.reportFile], dirname(files.reportFile), { ...options, skipArchive: true })
  const data = [files.sarifFile, files.resultsFile, ...(files.inventoryFile ? [files.inventoryFile] : [])]
  const archived = await client.uploadArtifact(settings.name, data, dirname(files.sarifFile), options)
  const out: ArtifactUpload = { reportArtifactId: report.id, dataArtifactId: archived.id }
  if (report.id !== undefined && settings.runUrl) out.reportUrl = `${settings.runUrl}/artifacts/${report.id}`
  return out
}
