import { enablePhaseTimings, formatPhaseTimings, phaseDone, phaseTimings } from '../../src/timings.js'

describe('phase timings', () => {
  it('records nothing until enabled, then each phase in order from the process start', () => {
    phaseDone('before')
    expect(phaseTimings()).toEqual([])
    enablePhaseTimings()
    phaseDone('first')
    phaseDone('second')
    const timings = phaseTimings()
    expect(timings.map(([label]) => label)).toEqual(['first', 'second'])
    // The first phase runs from the time origin: at least as long as this process has been running its tests.
    expect(timings[0][1]).toBeGreaterThan(0)
    expect(timings[1][1]).toBeGreaterThanOrEqual(0)
    enablePhaseTimings()
    expect(phaseTimings()).toEqual([])
  })

  it('formats one line with a total', () => {
    expect(formatPhaseTimings([['read', 10.4], ['parse', 20.6]])).toBe('timings (ms): read=10 parse=21 total=31')
  })
})
