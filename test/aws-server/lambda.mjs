// Lambda, REST-JSON (restJson1): ListFunctions (GET /2015-03-31/functions/ with Marker and MaxItems), the call the
// list handler of AWS::Lambda::Function makes. It returns each function's configuration (FunctionConfiguration),
// environment variables included, never the code. Functions are the account's AWS::Lambda::Function seeds.
import { ServiceError, reply } from './protocol.mjs'

const MAX_ITEMS = 50

/** A seed's CloudFormation properties as Lambda's FunctionConfiguration. */
function configuration(properties, region, account) {
  const name = String(properties.FunctionName)
  const out = {
    FunctionName: name,
    FunctionArn: properties.Arn ?? `arn:aws:lambda:${region}:${account}:function:${name}`,
    Runtime: properties.Runtime,
    Role: properties.Role,
    Handler: properties.Handler,
    Description: properties.Description,
    Timeout: properties.Timeout ?? 3,
    MemorySize: properties.MemorySize ?? 128,
    PackageType: properties.PackageType ?? 'Zip',
    Architectures: properties.Architectures ?? ['x86_64'],
    Version: '$LATEST',
    LastModified: '2026-01-01T00:00:00.000+0000'
  }
  if (properties.Environment?.Variables) out.Environment = { Variables: properties.Environment.Variables }
  if (properties.VpcConfig) out.VpcConfig = { SubnetIds: properties.VpcConfig.SubnetIds ?? [], SecurityGroupIds: properties.VpcConfig.SecurityGroupIds ?? [] }
  if (properties.KmsKeyArn) out.KMSKeyArn = properties.KmsKeyArn
  if (properties.TracingConfig) out.TracingConfig = properties.TracingConfig
  if (Array.isArray(properties.Layers)) out.Layers = properties.Layers.map((arn) => ({ Arn: arn }))
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined))
}

export function listFunctions(ctx) {
  const { account, region, url, requestId } = ctx
  const functions = account.resourcesIn('AWS::Lambda::Function', region).map((r) => configuration(r.properties, region, account.id))
  functions.sort((a, b) => (a.FunctionName < b.FunctionName ? -1 : 1))
  const maxItems = Math.min(MAX_ITEMS, Number(url.searchParams.get('MaxItems') ?? MAX_ITEMS) || MAX_ITEMS)
  const marker = url.searchParams.get('Marker')
  let start = 0
  if (marker !== null) {
    start = Number(Buffer.from(marker, 'base64url').toString('utf8'))
    if (!Number.isInteger(start) || start < 0 || start > functions.length) throw new ServiceError('InvalidParameterValueException', 400, 'Invalid Marker')
  }
  const page = functions.slice(start, start + maxItems)
  const body = { Functions: page }
  if (start + maxItems < functions.length) body.NextMarker = Buffer.from(String(start + maxItems)).toString('base64url')
  return reply(200, 'application/json', JSON.stringify(body), { 'x-amzn-requestid': requestId })
}
