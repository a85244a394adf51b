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
                return [attr, refs && refs.length > 0 ? { references: refs.flatMap((a) => [`${a}.id`, a]) } : { constant_value: r.values[attr] ?? null }]
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
