// The state source: `terraform show -json` of a state (format 0.1, 0.2 or 1.x, the values representation) or a raw
// .tfstate file of version 4, the only version Terraform ≥ 0.12 and OpenTofu write. Only managed resources;
// deposed objects (old halves of an unfinished replace) are not part of the estate Terraform manages.

import { formatPath, type PathStep } from '../paths.js'
import { InputError, type TfResource } from '../types.js'
import {
  checkFormatVersion,
  forEachManagedResource,
  instanceAddress,
  isObject,
  looksLikePlan,
  parseTerraformJson,
  readTerraformFile,
  unmarkedSensitivityWarning,
  valuesResource,
  wrongKindError
} from './terraform-json.js'

/** `warnings` collects what the reader could not do with the file (a format that marks nothing sensitive). */
export async function readState(file: string, warnings: string[] = []): Promise<TfResource[]> {
  return parseState(await readTerraformFile(file, 'state'), file, warnings)
}

export function parseState(text: string, file: string, warnings: string[] = []): TfResource[] {
  const doc = parseTerraformJson(text, file, 'state')
  if (looksLikePlan(doc)) throw wrongKindError(file, 'state')
  if ('version' in doc && !('format_version' in doc)) return rawStateResources(doc, file)
  const formatVersion = checkFormatVersion(doc, file, 'state')
  const resources: TfResource[] = []
  // A state with no resources yet prints only {"format_version": "1.0"}.
  const values = isObject(doc.values) ? doc.values : undefined
  forEachManagedResource(values?.root_module, (r, module) => resources.push(valuesResource(r, module, 'state')))
  // sensitive_values came with format 0.2 (Terraform 1.0.1): a 0.1 state marks nothing.
  if (/^0\.1(\.|$)/.test(formatVersion) && resources.length > 0) {
    warnings.push(unmarkedSensitivityWarning(file, 'state', doc.terraform_version))
  }
  return resources
}

interface RawResource {
  module?: unknown
  mode?: unknown
  type?: unknown
  name?: unknown
  instances?: unknown
}

interface RawInstance {
  index_key?: unknown
  deposed?: unknown
  attributes?: unknown
  sensitive_attributes?: unknown
}

function rawStateResources(doc: Record<string, unknown>, file: string): TfResource[] {
  if (doc.version !== 4) {
    throw new InputError(
      `${file}: state version ${JSON.stringify(doc.version)} is not supported; Plumbline reads state version 4 (Terraform ≥ 0.12, OpenTofu) — upgrade the state with a current Terraform, or give "terraform show -json" output`
    )
  }
  const resources: TfResource[] = []
  if (!Array.isArray(doc.resources)) return resources
  for (const r of doc.resources as RawResource[]) {
    if (!isObject(r) || r.mode !== 'managed' || typeof r.type !== 'string' || typeof r.name !== 'string') continue
    if (!Array.isArray(r.instances)) continue
    const module = typeof r.module === 'string' ? r.module : ''
    for (const instance of r.instances as RawInstance[]) {
      if (!isObject(instance) || instance.deposed !== undefined) continue
      const resource: TfResource = {
        address: instanceAddress(module, 'managed', r.type, r.name, instance.index_key),
        type: r.type,
        name: r.name,
        module,
        values: isObject(instance.attributes) ? instance.attributes : {},
        unknown: [],
        sensitive: sensitiveAttributePaths(instance.sensitive_attributes),
        origin: 'state'
      }
      if (typeof instance.index_key === 'number' || typeof instance.index_key === 'string') {
        resource.index = instance.index_key
      }
      resources.push(resource)
    }
  }
  return resources
}

/**
 * Raw state marks sensitive values with cty paths: [{"type":"get_attr","value":"password"},
 * {"type":"index","value":{"value":0,"type":"number"}}]. An empty path marks the whole object.
 */
export function sensitiveAttributePaths(list: unknown): string[] {
  if (!Array.isArray(list)) return []
  const paths: string[] = []
  for (const path of list) {
    if (!Array.isArray(path)) continue
    const steps: PathStep[] = []
    for (const step of path) {
      const s = ctyStep(step)
      // A step we cannot read (a set element is indexed by its whole value) still tells us that something
      // under the steps read so far is sensitive: mark that prefix.
      if (s === undefined) break
      steps.push(s)
    }
    const formatted = formatPath(steps)
    if (!paths.includes(formatted)) paths.push(formatted)
  }
  return paths
}

function ctyStep(step: unknown): PathStep | undefined {
  if (!isObject(step)) return undefined
  if (step.type === 'get_attr' && typeof step.value === 'string') return step.value
  if (step.type === 'index') {
    const key = isObject(step.value) ? step.value.value : step.value
    if (typeof key === 'number' || typeof key === 'string') return key
  }
  return undefined
}
