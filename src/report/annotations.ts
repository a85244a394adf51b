// Annotations on the .tf lines of the pull request. GitHub shows at most 10 error and 10 warning annotations
// per step and drops the rest silently, so we choose which ones: the most severe, and one notice that counts
// what is not shown. Info findings are never annotated (they are in the summary, SARIF and report).
import type { Evaluation, ReportModel } from '../types.js'
import { failingFindings, resourceLabel, resourcePlace } from './view.js'

/** Per level, per step (GitHub docs: "limited to 10 warning annotations and 10 error annotations per step"). */
export const MAX_ANNOTATIONS_PER_LEVEL = 10

export interface Annotation {
  level: 'error' | 'warning'
  title: string
  message: string
  file: string
  startLine: number
}

export function selectAnnotations(model: ReportModel): { annotations: Annotation[]; overflowNotice?: string } {
  const findings = failingFindings(model.evaluations)
  const shown: Record<Annotation['level'], Annotation[]> = { error: [], warning: [] }
  for (const finding of findings) {
    const level = annotationLevel(finding)
    if (!level || !finding.location || shown[level].length >= MAX_ANNOTATIONS_PER_LEVEL) continue
    shown[level].push(annotation(finding, level, finding.location))
  }
  // Findings come most severe first, so errors (critical, high) already precede warnings.
  const annotations = [...shown.error, ...shown.warning]
  const rest = findings.length - annotations.length
  if (rest <= 0) return { annotations }
  return {
    annotations,
    overflowNotice: `${rest} more ${rest === 1 ? 'finding is' : 'findings are'} in the job summary, SARIF and report`
  }
}

function annotationLevel(finding: Evaluation): Annotation['level'] | undefined {
  if (finding.severity === 'critical' || finding.severity === 'high') return 'error'
  if (finding.severity === 'medium' || finding.severity === 'low') return 'warning'
  return undefined
}

function annotation(finding: Evaluation, level: Annotation['level'], location: { file: string; line: number }): Annotation {
  const place = finding.resource.origin === 'live' ? resourcePlace(finding.resource) : ''
  const subject = resourceLabel(finding.resource) + (place ? ` (${place})` : '')
  const judged = finding.path ? ` [${finding.path}]` : ''
  return {
    level,
    title: `${finding.severity.toUpperCase()} ${finding.rule}: ${finding.title}`,
    message: `${subject}${judged}: ${finding.message}`,
    file: location.file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, ''),
    startLine: Number.isInteger(location.line) && location.line >= 1 ? location.line : 1
  }
}
