// Set-like collections (security-group rules, ManagedPolicyArns, unordered id lists): entries are matched by
// identity, whatever their order, and only entries found on one side are drift.

export interface SetEntry<T> {
  /** Index in its own list: a change names the entry on the side that has it. */
  index: number
  /** The entry in canonical form, as visible (fields we may not see left out). */
  value: T
  /** Identity of the visible entry. */
  key: string
  /**
   * The entry has fields we cannot see (unknown until apply, sensitive, redacted): it matches any entry of the
   * other side that agrees on every visible field.
   */
  partial: boolean
}

export interface SetMatch<T> {
  iacOnly: Array<SetEntry<T>>
  liveOnly: Array<SetEntry<T>>
  /** Pairs found by `loosely` (the same permission with another description). */
  loosePairs: Array<[SetEntry<T>, SetEntry<T>]>
}

/**
 * Matches two sides' entries: first exactly by key (as many times as an entry repeats), then the partial
 * entries of either side by `agrees`, then, when given, the remaining entries by a looser key. Deterministic:
 * every pass goes through the entries in index order.
 */
export function matchSets<T>(
  iac: ReadonlyArray<SetEntry<T>>,
  live: ReadonlyArray<SetEntry<T>>,
  agrees: (partial: SetEntry<T>, other: SetEntry<T>) => boolean = () => false,
  loosely?: (entry: SetEntry<T>) => string
): SetMatch<T> {
  const unmatchedLive = new Map<string, Array<SetEntry<T>>>()
  for (const entry of live) {
    if (entry.partial) continue
    const list = unmatchedLive.get(entry.key)
    if (list) list.push(entry)
    else unmatchedLive.set(entry.key, [entry])
  }
  let iacLeft: Array<SetEntry<T>> = []
  for (const entry of iac) {
    const candidates = entry.partial ? undefined : unmatchedLive.get(entry.key)
    if (candidates && candidates.length > 0) candidates.shift()
    else iacLeft.push(entry)
  }
  let liveLeft = live.filter((e) => e.partial || unmatchedLive.get(e.key)?.includes(e))

  // Partial entries match whatever agrees with what is visible of them.
  const consumed = new Set<SetEntry<T>>()
  iacLeft = iacLeft.filter((entry) => {
    const other = liveLeft.find((l) => !consumed.has(l) && (entry.partial ? agrees(entry, l) : l.partial && agrees(l, entry)))
    if (!other) return true
    consumed.add(other)
    return false
  })
  liveLeft = liveLeft.filter((e) => !consumed.has(e))

  const loosePairs: Array<[SetEntry<T>, SetEntry<T>]> = []
  if (loosely) {
    const paired = new Set<SetEntry<T>>()
    iacLeft = iacLeft.filter((entry) => {
      if (entry.partial) return true
      const key = loosely(entry)
      const other = liveLeft.find((l) => !l.partial && !paired.has(l) && loosely(l) === key)
      if (!other) return true
      paired.add(other)
      loosePairs.push([entry, other])
      return false
    })
    liveLeft = liveLeft.filter((e) => !paired.has(e))
  }
  return { iacOnly: iacLeft, liveOnly: liveLeft, loosePairs }
}
