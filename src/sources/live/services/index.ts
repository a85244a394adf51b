// The one table of service hooks (hooks.ts says what a hook may do). The engine asks this module, never a service
// by name: a new type with a quirk is a new entry in its service's module, or a new module listed here.
import type { Resource } from '../../../types.js'
import { apigatewayHooks, apigatewayV2Hooks } from './apigateway.js'
import { ec2Hooks, regionOptInStatus } from './ec2.js'
import { eksHooks } from './eks.js'
import type { HookContext, RegionScope, ServiceHooks, TypeHooks } from './hooks.js'
import { iamHooks } from './iam.js'
import { kmsHooks } from './kms.js'
import { lambdaHooks } from './lambda.js'
import { s3Hooks } from './s3.js'

export type { AccountListing, HookContext, ListParent, Locator, ParentRef, ReadOutcome, RegionScope, ServiceHooks, TypeHooks } from './hooks.js'

/** In the order their per-resource normalizers and folds run. */
export const SERVICE_HOOKS: readonly ServiceHooks[] = [iamHooks, kmsHooks, ec2Hooks, eksHooks, lambdaHooks, s3Hooks, apigatewayHooks, apigatewayV2Hooks]

const BY_TYPE: ReadonlyMap<string, TypeHooks> = (() => {
  const byType = new Map<string, TypeHooks>()
  for (const service of SERVICE_HOOKS) {
    for (const [type, hooks] of Object.entries(service.types ?? {})) {
      // Two services claiming one type would make the outcome depend on the table's order.
      if (byType.has(type)) throw new Error(`live scan hooks: ${type} has hooks in two services`)
      byType.set(type, hooks)
    }
  }
  return byType
})()

/** A type's hooks; undefined when the engine's default (list in every region, GetResource each) is all it needs. */
export function typeHooks(type: string): TypeHooks | undefined {
  return BY_TYPE.get(type)
}

/** The types some selected type must be listed under, in selection order. */
export function parentTypesOf(types: readonly string[]): string[] {
  return [...new Set(types.flatMap((t) => (BY_TYPE.get(t)?.listParent ? [BY_TYPE.get(t)!.listParent!.parentType] : [])))]
}

/** Every service's per-resource normalizer, in table order. */
export function normalizeByService(resource: Resource): void {
  for (const service of SERVICE_HOOKS) service.normalize?.(resource)
}

/** Every service's whole-inventory fold, in table order. */
export function foldByService(resources: Resource[]): Resource[] {
  return SERVICE_HOOKS.reduce((rs, service) => (service.fold ? service.fold(rs) : rs), resources)
}

/** Every service's after-region calls, concurrently. */
export async function afterRegion(scope: RegionScope, ctx: HookContext): Promise<void> {
  await Promise.all(SERVICE_HOOKS.map((service) => service.afterRegion?.(scope, ctx)))
}

/** Where the account's regions and their opt-in status come from (EC2's DescribeRegions). */
export const accountRegions: (ctx: HookContext) => Promise<Map<string, string>> = regionOptInStatus
