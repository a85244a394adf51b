import { SECURITY_SEVERITY, SEVERITY_RANK, compareSeverity, meetsThreshold } from '../../src/model/severity.js'
import { SEVERITIES, type Severity } from '../../src/types.js'

describe('severity helpers', () => {
  it('sort most severe first', () => {
    const shuffled: Severity[] = ['low', 'critical', 'info', 'medium', 'high']
    expect([...shuffled].sort(compareSeverity)).toEqual(['critical', 'high', 'medium', 'low', 'info'])
    expect(new Set(SEVERITIES.map((s) => SEVERITY_RANK[s])).size).toBe(5)
  })
  it('map to the GitHub security-severity bands', () => {
    const band = (score: number) => (score > 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : score >= 0.1 ? 'low' : 'info')
    for (const s of SEVERITIES) expect(band(Number(SECURITY_SEVERITY[s]))).toBe(s)
  })
  it('meet a threshold at or above it; none never', () => {
    expect(meetsThreshold('high', 'high')).toBe(true)
    expect(meetsThreshold('critical', 'high')).toBe(true)
    expect(meetsThreshold('medium', 'high')).toBe(false)
    expect(meetsThreshold('info', 'info')).toBe(true)
    for (const s of SEVERITIES) expect(meetsThreshold(s, 'none')).toBe(false)
  })
})
