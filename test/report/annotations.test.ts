import { MAX_ANNOTATIONS_PER_LEVEL, selectAnnotations } from '../../src/report/annotations.js'
import type { Severity } from '../../src/types.js'
import { buildModel, evaluation, resourceRef, richModel } from './model-builder.js'

describe('selectAnnotations', () => {
  it('annotates located findings: critical/high as errors, medium/low as warnings, info never', () => {
    const model = richModel()
    const { annotations, overflowNotice } = selectAnnotations(model)
    expect(annotations.map((a) => [a.level, a.title.split(' ')[0]])).toEqual([
      ['error', 'CRITICAL'],
      ['error', 'HIGH'],
      ['warning', 'LOW']
    ])
    // Not shown: the medium without a location, the info, and the two live findings (no .tf line).
    expect(overflowNotice).toBe('4 more findings are in the job summary, SARIF and report')
    const sg = annotations[1]
    expect(sg).toMatchObject({ file: 'infra/modules/net work/sg #1.tf', startLine: 7 })
    expect(sg.title).toContain('ec2-sg-no-public-ssh')
    expect(sg.message).toContain('[SecurityGroupIngress[1].CidrIp]')
    expect(sg.message).toContain('allows 0.0.0.0/0 on port 22')
  })

  it('caps each level at 10, most severe first, and counts the rest in one notice', () => {
    const severities: Severity[] = ['low', 'high', 'medium', 'critical', 'info']
    const evaluations = Array.from({ length: 50 }, (_, i) =>
      evaluation({ rule: `rule-${i}`, severity: severities[i % 5], resource: resourceRef() })
    )
    const { annotations, overflowNotice } = selectAnnotations(buildModel({ evaluations }))
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(MAX_ANNOTATIONS_PER_LEVEL)
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(MAX_ANNOTATIONS_PER_LEVEL)
    // 10 critical fill the errors; 10 medium fill the warnings; high, low and info are counted.
    expect(annotations.slice(0, 10).every((a) => a.title.startsWith('CRITICAL'))).toBe(true)
    expect(annotations.slice(10).every((a) => a.title.startsWith('MEDIUM'))).toBe(true)
    expect(overflowNotice).toBe('30 more findings are in the job summary, SARIF and report')
  })

  it('skips passes, suppressions and failures the change fixes, and has no notice when all fit', () => {
    const { annotations, overflowNotice } = selectAnnotations(
      buildModel({
        evaluations: [
          evaluation({ rule: 'a', status: 'pass' }),
          evaluation({ rule: 'b', status: 'suppressed', suppression: { source: 'inline', reason: 'ok' } }),
          evaluation({ rule: 'c', delta: 'fixed', resource: resourceRef({ origin: 'state' }) }),
          evaluation({ rule: 'd', severity: 'medium' })
        ]
      })
    )
    expect(annotations.map((a) => a.title)).toEqual(['MEDIUM d: Title of d'])
    expect(overflowNotice).toBeUndefined()
  })
})
