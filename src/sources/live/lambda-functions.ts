// Lambda functions without lambda:GetFunction. Cloud Control's read of AWS::Lambda::Function calls GetFunction,
// which also hands out a download URL for the code, so the least-privilege policy denies it; the type is then
// listed through Cloud Control and its configuration read with lambda:ListFunctions (the list handler's own
// permission, already granted): runtime, role, environment, VPC settings — never the code.
import { ListFunctionsCommand, type FunctionConfiguration } from '@aws-sdk/client-lambda'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { Caller } from './caller.js'

/** Every function's configuration in a region, by function name, in CloudFormation's property names. */
export async function readFunctionConfigurations(
  caller: Caller,
  account: string,
  region: string,
  credentials: AwsCredentialIdentityProvider
): Promise<Map<string, Record<string, unknown>>> {
  const lambda = caller.client('lambda', account, region, credentials)
  const out = new Map<string, Record<string, unknown>>()
  let marker: string | undefined
  do {
    const page = await caller.call(account, region, () => lambda.send(new ListFunctionsCommand({ Marker: marker, MaxItems: 50 })))
    for (const fn of page.Functions ?? []) if (fn.FunctionName) out.set(fn.FunctionName, toCloudFormation(fn))
    marker = page.NextMarker
  } while (marker)
  return out
}

/**
 * The AWS::Lambda::Function properties ListFunctions answers for (toCloudFormation's): read whether present or
 * not. Any other property of a function read this way (Code, Tags, ...) was not read.
 */
export const FUNCTION_CONFIGURATION_PROPERTIES: readonly string[] = [
  'FunctionName', 'Arn', 'Runtime', 'Role', 'Handler', 'Description', 'Timeout', 'MemorySize', 'PackageType', 'Architectures',
  'KmsKeyArn', 'Environment', 'VpcConfig', 'TracingConfig', 'Layers', 'EphemeralStorage'
]

/** FunctionConfiguration (Lambda's API shape) → AWS::Lambda::Function properties. */
export function toCloudFormation(fn: FunctionConfiguration): Record<string, unknown> {
  const out: Record<string, unknown> = {
    FunctionName: fn.FunctionName,
    Arn: fn.FunctionArn,
    Runtime: fn.Runtime,
    Role: fn.Role,
    Handler: fn.Handler,
    Description: fn.Description,
    Timeout: fn.Timeout,
    MemorySize: fn.MemorySize,
    PackageType: fn.PackageType,
    Architectures: fn.Architectures,
    KmsKeyArn: fn.KMSKeyArn
  }
  if (fn.Environment?.Variables) out.Environment = { Variables: { ...fn.Environment.Variables } }
  if (fn.VpcConfig && ((fn.VpcConfig.SubnetIds?.length ?? 0) > 0 || (fn.VpcConfig.SecurityGroupIds?.length ?? 0) > 0)) {
    out.VpcConfig = { SubnetIds: fn.VpcConfig.SubnetIds ?? [], SecurityGroupIds: fn.VpcConfig.SecurityGroupIds ?? [] }
  }
  if (fn.TracingConfig?.Mode) out.TracingConfig = { Mode: fn.TracingConfig.Mode }
  if (fn.Layers) out.Layers = fn.Layers.map((l) => l.Arn).filter((arn): arn is string => typeof arn === 'string')
  if (fn.EphemeralStorage?.Size) out.EphemeralStorage = { Size: fn.EphemeralStorage.Size }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined))
}
