// Every registered rule, with its real metadata, must make a SARIF rule entry GitHub accepts.
import type * as Sarif from 'sarif'
import { ALL_RULES } from '../../src/rules/index.js'
import { buildSarif, serializeSarif } from '../../src/report/sarif.js'
import { buildModel, evaluation, resourceRef } from './model-builder.js'
import { validateSarif } from './multitool.js'

describe('SARIF rule entries of the rule registry', () => {
  const evaluations = ALL_RULES.flatMap((rule) => [
    evaluation({ rule: rule.id, severity: rule.severity, title: rule.title, resource: resourceRef() }),
    evaluation({ rule: rule.id, severity: rule.severity, title: rule.title, resource: resourceRef({ origin: 'live' }) })
  ])
  const model = buildModel({ evaluations, rules: ALL_RULES.map(({ check: _check, ...metadata }) => metadata) })
  const { log } = buildSarif(model, { category: 'plumbline', fallbackLocation: 'README.md' })

  it('covers every rule in both runs', () => {
    expect(ALL_RULES.length).toBeGreaterThan(0)
    for (const run of log.runs) expect(run.tool.driver.rules).toHaveLength(ALL_RULES.length)
  })

  it('keeps descriptions, names and tags within GitHub limits, with help for each', () => {
    const rules: Sarif.ReportingDescriptor[] = log.runs[0].tool.driver.rules!
    for (const rule of rules) {
      expect(rule.name!.length).toBeLessThanOrEqual(255)
      expect(rule.shortDescription!.text.length).toBeLessThanOrEqual(1024)
      expect(rule.fullDescription!.text.length).toBeLessThanOrEqual(1024)
      expect(rule.help!.text).toContain('Remediation:')
      expect(rule.help!.markdown).toMatch(/```+hcl\n/)
      expect((rule.properties!.tags as string[]).length).toBeLessThanOrEqual(20)
    }
  })

  it('passes the SARIF Multitool with no errors', () => {
    const findings = validateSarif(serializeSarif(log))
    expect(findings.errors).toEqual([])
    expect(findings.warnings).toEqual([])
  })
})
