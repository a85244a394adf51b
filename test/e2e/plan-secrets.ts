// Every value a plan marks sensitive: the strings that must never appear in anything Plumbline writes.
export function sensitivePlanValues(plan: any): string[] {
  const out = new Set<string>()
  const collect = (value: unknown, marker: unknown): void => {
    if (marker === true) {
      const add = (v: unknown): void => {
        if (typeof v === 'string' && v.length >= 6) out.add(v)
        else if (Array.isArray(v)) v.forEach(add)
        else if (v && typeof v === 'object') Object.values(v).forEach(add)
      }
      add(value)
      return
    }
    if (marker && typeof marker === 'object' && value && typeof value === 'object') {
      for (const [k, m] of Object.entries(marker)) collect((value as Record<string, unknown>)[k], m)
    }
  }
  for (const rc of plan.resource_changes ?? []) {
    collect(rc.change?.after, rc.change?.after_sensitive)
    collect(rc.change?.before, rc.change?.before_sensitive)
  }
  const walk = (mod: any): void => {
    for (const r of mod?.resources ?? []) collect(r.values, r.sensitive_values)
    for (const c of mod?.child_modules ?? []) walk(c)
  }
  walk(plan.planned_values?.root_module)
  for (const [name, v] of Object.entries<any>(plan.variables ?? {})) {
    const declared = plan.configuration?.root_module?.variables?.[name]
    if (declared?.sensitive && typeof v.value === 'string') out.add(v.value)
  }
  return [...out]
}
