// Builds the `terraform show -json` plan Terraform would print for a root-module fixture whose resources
// are all being created, from the values our HCL source evaluated. The rule fixtures then run through the
// plan reader too, not only through the .tf source.
import { parsePath } from '../../src/paths.js'
import type { TfResource } from '../../src/types.js'

function markerTree(paths: readonly string[]): Record<string, unknown> {
  const root: Record<string | number, unknown> = {}
  for (const path of paths) {
    const steps = parsePath(path)
    if (steps.length === 0) continue
    let node: Record<string | number, unknown> = root
    steps.forEach((step, i) => {
      if (i === steps.length - 1) node[step] = true
      else {
        if (typeof node[step] !== 'object' || node[step] === null) node[step] = typeof steps[i + 1] === 'number' ? [] : {}
        node = node[step] as Record<string | number, unknown>
      }
    })
  }
  return root
}

/**
 * A nested block with a setting known only after apply, as Terraform's configuration section describes it: one
 * object per block, each setting its own expression (the unknown one with the block's references, no constant). The plan reader
 * needs this to tell a setting the code sets to an unknown value from one the code leaves out. Other values are
 * left as one constant.
 */
function blockExpressions(value: unknown, attr: string, unknown: readonly string[], unknownExpression: object): unknown[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))) return undefined
  const inside = unknown.map(parsePath).filter((steps) => steps[0] === attr && typeof steps[1] === 'number' && typeof steps[2] === 'string')
  if (inside.length === 0) return undefined
  return (value as Array<Record<string, unknown>>).map((item, i) => {
    const unknownKeys = inside.filter((steps) => steps[1] === i).map((steps) => steps[2] as string)
    return Object.fromEntries([...new Set([...Object.keys(item), ...unknownKeys])].map((key) => [key, unknownKeys.includes(key) ? unknownExpression : { constant_value: item[key] }]))
  })
}

export function planFromHcl(resources: readonly TfResource[], region: string): unknown {
  const managed = resources.filter((r) => !r.module)
  const topLevel = (paths: readonly string[]) => paths.map((p) => String(parsePath(p)[0]))
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: {
      root_module: {
        resources: managed.map((r) => ({
          address: r.address,
          mode: 'managed',
          type: r.type,
          name: r.name,
          ...(r.index !== undefined ? { index: r.index } : {}),
          provider_name: 'registry.terraform.io/hashicorp/aws',
          schema_version: 0,
          values: r.values,
          sensitive_values: markerTree(r.sensitive)
        }))
      }
    },
    resource_changes: managed.map((r) => ({
      address: r.address,
      mode: 'managed',
      type: r.type,
      name: r.name,
      ...(r.index !== undefined ? { index: r.index } : {}),
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions: ['create'],
        before: null,
        after: r.values,
        after_unknown: markerTree(r.unknown),
        before_sensitive: false,
        after_sensitive: markerTree(r.sensitive)
      }
    })),
    prior_state: { format_version: '1.0', terraform_version: '1.9.8', values: { root_module: {} } },
    configuration: {
      provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: { constant_value: region } } } },
      root_module: {
        resources: managed
          .filter((r, i, all) => all.findIndex((o) => o.type === r.type && o.name === r.name) === i)
          .map((r) => ({
            address: `${r.type}.${r.name}`,
            mode: 'managed',
            type: r.type,
            name: r.name,
            provider_config_key: 'aws',
            expressions: Object.fromEntries(
              [...new Set([...Object.keys(r.values), ...topLevel(r.unknown), ...Object.keys(r.references ?? {})])].map((attr) => {
                const refs = r.references?.[attr]
                const references = refs && refs.length > 0 ? { references: refs.flatMap((a) => [`${a}.id`, a]) } : undefined
                const blocks = blockExpressions(r.values[attr], attr, r.unknown, references ?? {})
                return [attr, blocks ?? references ?? { constant_value: r.values[attr] ?? null }]
              })
            ),
            schema_version: 0
          }))
      }
    },
    timestamp: '2026-11-23T12:00:00Z',
    applyable: true,
    complete: true,
    errored: false
  }
}
