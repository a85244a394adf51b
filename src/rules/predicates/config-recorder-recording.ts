// config-recorder-recording: the region (Plumbline::Account::Region) has an AWS Config recorder that records every
// supported resource type (RecordingGroup.AllSupported) and is recording, not in a failure state — what the
// recorder (AWS::Config::ConfigurationRecorder) and its status (Plumbline::Config::RecorderStatus, src/model/facts.ts)
// say together, joined on the recorder's name. Where it is judged follows region-has: live, every scanned region;
// Terraform, only regions where the configuration manages (or the plan deletes) a recorder or a recorder status.
import { CONFIG_RECORDER_STATUS_TYPE, CONFIG_RECORDER_TYPE, REGION_TYPE } from '../../model/facts.js'
import type { InventoryView, Resource, RuleOutcome } from '../../types.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, nameOf, pass } from '../support/outcome.js'
import { read, UNKNOWN, type Verdict } from '../support/read.js'
import { inRegion, liveReadOf } from './region-has.js'

const WHAT = 'an AWS Config recorder recording all resource types'

const nameOfRecorder = (r: Resource): unknown => read(r, 'Name') ?? r.id

/** One recorder's verdict and, when it does not pass, why in words. */
function judgeRecorder(recorder: Resource, statuses: readonly Resource[], live: boolean): { verdict: Verdict; why?: string } {
  const allSupported = read(recorder, 'RecordingGroup.AllSupported')
  const name = nameOfRecorder(recorder)
  const status = name === UNKNOWN ? undefined : statuses.find((s) => nameOfRecorder(s) === name)
  if (allSupported === false || allSupported === undefined) return { verdict: false, why: `${nameOf(recorder)} records only some resource types (RecordingGroup.AllSupported is not true)` }
  if (!status) {
    // Live, a recorder without a status does not record; Terraform may start it from another configuration.
    if (live) return { verdict: false, why: `${nameOf(recorder)} has no recording status` }
    return { verdict: UNKNOWN, why: `whether ${nameOf(recorder)} is recording is not managed here (no aws_config_configuration_recorder_status)` }
  }
  const recording = read(status, 'Recording')
  const lastStatus = read(status, 'LastStatus')
  if (recording === false) return { verdict: false, why: `${nameOf(recorder)} is not recording` }
  if (typeof lastStatus === 'string' && lastStatus.toLowerCase() === 'failure') return { verdict: false, why: `${nameOf(recorder)} is in a failure state (LastStatus ${lastStatus})` }
  if (allSupported === UNKNOWN || recording === UNKNOWN) return { verdict: UNKNOWN, why: `${nameOf(recorder)}'s recording group or status is known only after apply` }
  return { verdict: recording === true ? true : false, why: recording === true ? undefined : `${nameOf(recorder)} is not recording` }
}

export function judgeConfigRecorder(region: Resource, view: InventoryView): RuleOutcome | null {
  if (region.type !== REGION_TYPE) return null
  const scope = region.id ?? region.region ?? 'this region'
  const recorders = inRegion(view, CONFIG_RECORDER_TYPE, region)
  const statuses = inRegion(view, CONFIG_RECORDER_STATUS_TYPE, region)
  const live = region.origin === 'live'
  if (!live) {
    const deleted = Array.isArray(region.properties.DeletedTypes) ? (region.properties.DeletedTypes as string[]) : []
    const touched = recorders.length > 0 || statuses.length > 0 || deleted.includes(CONFIG_RECORDER_TYPE) || deleted.includes(CONFIG_RECORDER_STATUS_TYPE)
    if (!touched) return null
  } else {
    const reads = [CONFIG_RECORDER_TYPE, CONFIG_RECORDER_STATUS_TYPE].map((t) => liveReadOf(region, t))
    // Both are needed: a scan asked for neither (or only one) says nothing about the recorder.
    if (reads.includes('not-scanned')) return null
    const unread = [CONFIG_RECORDER_TYPE, CONFIG_RECORDER_STATUS_TYPE].filter((_, i) => reads[i] === 'unread')
    if (unread.length > 0) return { status: 'unknown', message: `${scope}: ${unread.join(' and ')} could not be read there (see the coverage ledger), so whether it has ${WHAT} cannot be judged` }
  }
  if (recorders.length === 0) {
    // Terraform managing only a status: the recorder is elsewhere; a status that is off fails whatever it records.
    const off = statuses.find((s) => read(s, 'Recording') === false)
    if (!live && off) return fail(`${scope} does not have ${WHAT}: ${nameOf(off)} is not recording`)
    if (!live && statuses.length > 0) return { status: 'unknown', message: `${scope}: the recorder of ${statuses.map(nameOf).join(', ')} is not managed here, so what it records cannot be judged` }
    return fail(`${scope} does not have ${WHAT}: no configuration recorder there`)
  }
  const reasons: string[] = []
  let undecided: string | undefined
  for (const recorder of recorders) {
    const result = judgeRecorder(recorder, statuses, live)
    if (result.verdict === true) return pass(`${scope} has ${WHAT} (${nameOf(recorder)})`)
    if (result.verdict === UNKNOWN) undecided ??= result.why
    else if (result.why) reasons.push(result.why)
  }
  if (undecided) return { status: 'unknown', message: `${scope}: ${undecided}, so whether the region has ${WHAT} cannot be judged yet` }
  return fail(`${scope} does not have ${WHAT}: ${reasons.join('; ')}`)
}

export const configRecorderRecording: PredicateDefinition = {
  name: 'config-recorder-recording',
  description:
    'For the region pseudo-resource (Plumbline::Account::Region): the account and region have an AWS Config recorder with RecordingGroup.AllSupported true whose status (Plumbline::Config::RecorderStatus, same name) is recording and not failing. Judged where region-has would judge.',
  parameters: {},
  judge: (resource, view) => judgeConfigRecorder(resource, view)
}
