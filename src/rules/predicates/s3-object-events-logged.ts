// s3-object-events-logged: some CloudTrail trail records the bucket's object-level (data) events of one kind, read
// or write (CIS AWS 3.8 and 3.9). A trail covers the bucket when it is logging, is multi-region or in the bucket's
// region, belongs to the same account (or an organization trail), and one of its selectors selects S3 object events
// of that kind for all buckets or for this one: a classic event selector (ReadWriteType All, ReadOnly or WriteOnly;
// DataResources of type AWS::S3::Object whose values are `arn:aws:s3` or `arn:aws:s3:::` for every bucket, or the
// bucket's own ARN prefix), or an advanced selector (eventCategory Data, resources.type AWS::S3::Object, readOnly
// unset or of the kind, resources.ARN unset or naming the bucket).
//
// Trails are usually managed apart from the buckets (an organization trail, a logging stack), so outside a live scan
// the predicate judges a bucket only where the same configuration manages a trail: a plan without one gives no
// verdict, as a plan that does not touch GuardDuty does not fail on GuardDuty.
import type { InventoryView, Resource } from '../../types.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { sameAccount } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { and, isTrue, or, read, readEntryFields, readList, UNKNOWN, type Verdict } from '../support/read.js'

type Kind = 'read' | 'write'
const TRAIL = 'AWS::CloudTrail::Trail'
/** Every bucket: `arn:aws:s3` (all current and future buckets) and `arn:aws:s3:::`, in any partition. */
const ALL_BUCKETS = /^arn:aws[a-z-]*:s3(:::)?$/

function bucketArnPrefix(bucket: unknown): string | typeof UNKNOWN {
  return typeof bucket === 'string' && bucket !== '' ? `:s3:::${bucket}` : UNKNOWN
}

/** Whether one ARN value names the bucket's objects (the bucket ARN, or a prefix of its objects). */
function namesBucket(value: unknown, prefix: string | typeof UNKNOWN): Verdict {
  if (typeof value !== 'string') return false
  if (ALL_BUCKETS.test(value)) return true
  if (!/^arn:aws[a-z-]*:s3:::/.test(value)) return false
  if (prefix === UNKNOWN) return UNKNOWN
  const rest = value.slice(value.indexOf(':s3:::'))
  return rest === prefix || rest.startsWith(`${prefix}/`)
}

function kindMatches(readWriteType: unknown, kind: Kind): Verdict {
  if (readWriteType === UNKNOWN) return UNKNOWN
  // CloudFormation's default is All.
  if (readWriteType === undefined || readWriteType === null || readWriteType === 'All') return true
  return readWriteType === (kind === 'read' ? 'ReadOnly' : 'WriteOnly')
}

function classicSelectorsCover(trail: Resource, kind: Kind, prefix: string | typeof UNKNOWN): Verdict {
  const selectors = readList(trail, 'EventSelectors')
  if (selectors === UNKNOWN) return UNKNOWN
  const facts: Verdict[] = []
  selectors.forEach((_, i) => {
    const base = `EventSelectors[${i}]`
    const resources = readList(trail, `${base}.DataResources`)
    if (resources === UNKNOWN) return facts.push(UNKNOWN)
    const entries = readEntryFields(trail, `${base}.DataResources`, resources, ['Type', 'Values'])
    const selectsObjects = or(
      ...entries.map((entry) => {
        if (entry.Type === UNKNOWN || entry.Values === UNKNOWN) return UNKNOWN
        if (entry.Type !== 'AWS::S3::Object' || !Array.isArray(entry.Values)) return false
        return or(...entry.Values.map((value) => namesBucket(value, prefix)))
      })
    )
    facts.push(and(selectsObjects, kindMatches(read(trail, `${base}.ReadWriteType`), kind)))
  })
  return or(...facts)
}

/** One advanced selector's field selectors, by field name. */
type FieldSelector = Record<'Field' | 'Equals' | 'NotEquals' | 'StartsWith' | 'NotStartsWith' | 'EndsWith' | 'NotEndsWith', unknown>

function advancedSelectorCovers(fields: FieldSelector[], kind: Kind, bucketArn: string | typeof UNKNOWN): Verdict {
  if (fields.some((f) => Object.values(f).includes(UNKNOWN))) return UNKNOWN
  const of = (name: string) => fields.filter((f) => f.Field === name)
  const equalsOnly = (name: string, value: string): boolean => of(name).some((f) => Array.isArray(f.Equals) && f.Equals.length === 1 && f.Equals[0] === value)
  if (!equalsOnly('eventCategory', 'Data') || !equalsOnly('resources.type', 'AWS::S3::Object')) return false
  const readOnly = of('readOnly')
  if (readOnly.length > 0 && !equalsOnly('readOnly', kind === 'read' ? 'true' : 'false')) return false
  const arns = of('resources.ARN')
  if (arns.length === 0) return true
  // An ARN condition: the bucket's objects must be selected by each of them (field selectors are ANDed).
  if (bucketArn === UNKNOWN) return UNKNOWN
  const objectArn = `${bucketArn}/`
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
  return arns.every((f) => {
    if (list(f.NotStartsWith).some((p) => objectArn.startsWith(p) || bucketArn.startsWith(p))) return false
    if (list(f.NotEquals).includes(bucketArn) || list(f.EndsWith).length > 0 || list(f.NotEndsWith).length > 0) return false
    const starts = list(f.StartsWith)
    const equals = list(f.Equals)
    return starts.some((p) => objectArn.startsWith(p)) || equals.includes(bucketArn)
  })
}

function advancedSelectorsCover(trail: Resource, kind: Kind, bucketArn: string | typeof UNKNOWN): Verdict {
  const selectors = readList(trail, 'AdvancedEventSelectors')
  if (selectors === UNKNOWN) return UNKNOWN
  const facts: Verdict[] = selectors.map((_, i) => {
    const path = `AdvancedEventSelectors[${i}].FieldSelectors`
    const list = readList(trail, path)
    if (list === UNKNOWN) return UNKNOWN
    const fields = readEntryFields(trail, path, list, ['Field', 'Equals', 'NotEquals', 'StartsWith', 'NotStartsWith', 'EndsWith', 'NotEndsWith'])
    return advancedSelectorCovers(fields, kind, bucketArn)
  })
  return or(...facts)
}

/** Whether the trail records the bucket's object events of the kind. */
function trailCovers(trail: Resource, bucket: Resource, kind: Kind): Verdict {
  const logging = read(trail, 'IsLogging')
  const isLogging: Verdict = logging === UNKNOWN ? UNKNOWN : logging === undefined || isTrue(logging)
  const multi = read(trail, 'IsMultiRegionTrail')
  const inRegion: Verdict = multi === UNKNOWN ? UNKNOWN : isTrue(multi) || trail.region === undefined || bucket.region === undefined || trail.region === bucket.region
  const organization = read(trail, 'IsOrganizationTrail')
  const inAccount: Verdict = sameAccount(trail, bucket) || (organization === UNKNOWN ? UNKNOWN : isTrue(organization))
  const name = read(bucket, 'BucketName')
  // A name that is unknown (or hidden) stays unknown: the id is no stand-in for it then.
  const bucketName = name === UNKNOWN ? UNKNOWN : (name ?? bucket.id ?? UNKNOWN)
  const prefix = bucketArnPrefix(bucketName)
  const bucketArn = prefix === UNKNOWN ? UNKNOWN : `arn:aws:s3:::${bucketName as string}`
  const selected = or(classicSelectorsCover(trail, kind, prefix), advancedSelectorsCover(trail, kind, bucketArn))
  return and(isLogging, inRegion, inAccount, selected)
}

/**
 * Whether a trail may select S3 object events at all: some classic selector with data resources of type
 * AWS::S3::Object (or undecided), or any advanced selector. Most trails record management events only; asked once
 * per trail, it spares judging them against every bucket of the inventory (buckets × trails otherwise).
 */
const selectsObjects = new WeakMap<Resource, boolean>()

function maySelectObjects(trail: Resource): boolean {
  let answer = selectsObjects.get(trail)
  if (answer !== undefined) return answer
  answer = false
  const classic = readList(trail, 'EventSelectors')
  if (classic === UNKNOWN) answer = true
  else {
    for (let i = 0; i < classic.length && !answer; i++) {
      const resources = readList(trail, `EventSelectors[${i}].DataResources`)
      if (resources === UNKNOWN) answer = true
      else {
        for (let j = 0; j < resources.length && !answer; j++) {
          const type = read(trail, `EventSelectors[${i}].DataResources[${j}].Type`)
          answer = type === UNKNOWN || type === 'AWS::S3::Object'
        }
      }
    }
  }
  if (!answer) {
    const advanced = readList(trail, 'AdvancedEventSelectors')
    answer = advanced === UNKNOWN || advanced.length > 0
  }
  selectsObjects.set(trail, answer)
  return answer
}

function judge(bucket: Resource, view: InventoryView, kind: Kind) {
  const trails = view.ofType(TRAIL)
  const what = kind === 'read' ? 'object-level read events' : 'object-level write events'
  if (trails.length === 0) {
    // Outside a live scan the trails are usually managed elsewhere: no verdict without one here.
    if (bucket.origin !== 'live') return null
    return fail(`Bucket ${nameOf(bucket)}: no CloudTrail trail records its ${what}`)
  }
  let undecided: Resource | undefined
  for (const trail of trails) {
    // A trail that selects no object events records none of any bucket's: no need to look closer.
    if (!maySelectObjects(trail)) continue
    const covers = trailCovers(trail, bucket, kind)
    if (covers === true) return pass(`Bucket ${nameOf(bucket)}: trail ${nameOf(trail)} records its ${what}`)
    if (covers === UNKNOWN && undecided === undefined) undecided = trail
  }
  if (undecided) return unknownAt(bucket, 'BucketName', `whether trail ${nameOf(undecided)} records the bucket's ${what}`, 'depends on values known only after apply (or hidden)')
  return fail(`Bucket ${nameOf(bucket)}: no CloudTrail trail records its ${what}`)
}

export const s3ObjectEventsLogged: PredicateDefinition = {
  name: 's3-object-events-logged',
  description:
    "A logging CloudTrail trail of the bucket's account (or an organization trail), multi-region or in the bucket's region, selects the bucket's object-level `events` (read or write) with a classic or advanced event selector. Outside a live scan, judged only where the configuration manages a trail.",
  parameters: {
    events: {
      description: 'read or write',
      required: true,
      check: (value) => (value === 'read' || value === 'write' ? undefined : `must be read or write, not ${JSON.stringify(value)}`)
    }
  },
  judge: (resource, view, args) => judge(resource, view, args.events as Kind)
}
