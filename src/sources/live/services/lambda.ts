// Lambda's quirks. Cloud Control's read of a function calls lambda:GetFunction, which also hands out a code
// download URL and is denied by the least-privilege policy: functions are listed through Cloud Control and their
// configuration read with lambda:ListFunctions (lambda-functions.ts). Permissions and function URLs are listed
// under their function.
import { errorLine } from '../limits.js'
import { FUNCTION_CONFIGURATION_PROPERTIES, readFunctionConfigurations } from '../lambda-functions.js'
import { LIST_ONLY_NOTE } from '../types.js'
import type { Resource } from '../../../types.js'
import type { HookContext, ParentRef, ReadOutcome, ServiceHooks } from './hooks.js'

const FUNCTION = 'AWS::Lambda::Function'

/** A function's ARN: as read, or built from its name when the function was only listed. */
function functionArn(fn: ParentRef, ctx: HookContext): string {
  const arn = fn.properties?.Arn
  return typeof arn === 'string' ? arn : `arn:${ctx.partition}:lambda:${fn.region}:${ctx.account}:function:${fn.id}`
}

/**
 * The list handler's own permission, lambda:ListFunctions, returns each function's configuration (never its
 * code): merged into what Cloud Control's list returned.
 */
async function addFunctionConfigurations(resources: readonly Resource[], region: string, ctx: HookContext): Promise<ReadOutcome> {
  try {
    const configurations = await readFunctionConfigurations(ctx.caller, ctx.account, region, ctx.credentials)
    for (const r of resources) {
      const configuration = r.id ? configurations.get(r.id) : undefined
      if (!configuration) continue // created after the call: it stays read from its list properties
      r.properties = { ...r.properties, ...configuration }
      // Every property ListFunctions answers for was read, present or not: no Environment there is no variables.
      r.readProperties = [...new Set([...(r.readProperties ?? []), ...FUNCTION_CONFIGURATION_PROPERTIES])].sort()
      ctx.normalize(r)
    }
    return {
      read: 'list-enriched',
      note: 'read from Cloud Control\'s list and lambda:ListFunctions (configuration, never code): its read handler needs lambda:GetFunction, which also returns a code download URL and is not granted'
    }
  } catch (err) {
    return {
      read: 'list-only',
      note: `${LIST_ONLY_NOTE}: lambda:ListFunctions failed (${errorLine(err)}), and the read handler needs lambda:GetFunction, which is not granted; rules needing other properties answer unknown`
    }
  }
}

export const lambdaHooks: ServiceHooks = {
  service: 'Lambda',
  types: {
    [FUNCTION]: { completeListOnly: addFunctionConfigurations },
    'AWS::Lambda::Permission': { listParent: { parentType: FUNCTION, model: (fn) => ({ FunctionName: fn.id }) } },
    'AWS::Lambda::Url': { listParent: { parentType: FUNCTION, model: (fn, ctx) => ({ TargetFunctionArn: functionArn(fn, ctx) }) } }
  }
}
