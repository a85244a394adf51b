// Cloud Control API, awsJson1_0 (`X-Amz-Target: CloudApiService.<Op>`): ListResources with NextToken paging and
// partial properties, GetResource with the full model minus write-only properties; Properties is a JSON string.
// Quirks emulated: S3 buckets listed from every region but read only in their own; IAM (region 'global')
// served in every region; types whose list handler needs a parent (listRequires) listed per parent.
import { SCHEMA_FACTS } from './schema-facts.mjs'
import { ServiceError, jsonReply } from './protocol.mjs'
import { decodePageToken, encodePageToken, GLOBAL } from './store.mjs'

const TYPE_LISTED_FROM_EVERY_REGION = 'AWS::S3::Bucket'

function typeFacts(typeName) {
  if (typeof typeName !== 'string' || typeName === '') {
    throw new ServiceError('ValidationException', 400, "1 validation error detected: Value null at 'typeName' failed to satisfy constraint: Member must not be null")
  }
  const facts = SCHEMA_FACTS.get(typeName)
  if (!facts) throw new ServiceError('TypeNotFoundException', 400, `The type '${typeName}' cannot be found.`)
  return facts
}

/** TypeName and Identifier of a request body, for the call log and fault matching (before it is handled). */
export function describeRequest(body) {
  return { typeName: typeof body.TypeName === 'string' ? body.TypeName : undefined, identifier: typeof body.Identifier === 'string' ? body.Identifier : undefined }
}

function parentValues(typeName, facts, resourceModel) {
  let model
  try {
    model = typeof resourceModel === 'string' ? JSON.parse(resourceModel) : undefined
  } catch {
    model = undefined
  }
  const values = facts.listRequires.map((name) => (model && typeof model === 'object' ? model[name] : undefined))
  if (values.some((v) => v === undefined || v === null || v === '')) {
    throw new ServiceError(
      'InvalidRequestException',
      400,
      `Missing or invalid ResourceModel property in ${typeName} list handler request input. Required property: [${facts.listRequires.join(', ')}]`
    )
  }
  return values
}

export function listResources(ctx) {
  const { body, account, region, pageSize, requestId } = ctx
  const typeName = body.TypeName
  const facts = typeFacts(typeName)
  let entries
  let scope = `${account.id}|${region}|${typeName}`
  if (facts.listRequires.length > 0) {
    const parents = parentValues(typeName, facts, body.ResourceModel)
    entries = account.childrenOf(typeName, region, parents)
    scope += `|${JSON.stringify(parents)}`
  } else if (typeName === TYPE_LISTED_FROM_EVERY_REGION) {
    entries = account.resourcesOfEveryRegion(typeName)
  } else {
    entries = account.resourcesIn(typeName, region)
  }
  // MaxResults is documented as "Reserved" and page sizes are the handler's choice, so it is not honoured.
  let offset = 0
  if (body.NextToken !== undefined && body.NextToken !== null) {
    offset = decodePageToken(body.NextToken, scope)
    if (offset === undefined) throw new ServiceError('InvalidRequestException', 400, 'The NextToken provided is invalid.')
  }
  const page = entries.slice(offset, offset + pageSize)
  const next = offset + pageSize < entries.length ? encodePageToken(scope, offset + pageSize) : undefined
  return jsonReply(
    {
      TypeName: typeName,
      ResourceDescriptions: page.map((entry) => ({ Identifier: entry.identifier, Properties: entry.listJson })),
      ...(next ? { NextToken: next } : {})
    },
    requestId
  )
}

export function getResource(ctx) {
  const { body, account, region, requestId } = ctx
  const typeName = body.TypeName
  typeFacts(typeName)
  const identifier = body.Identifier
  if (typeof identifier !== 'string' || identifier === '') {
    throw new ServiceError('ValidationException', 400, "1 validation error detected: Value null at 'identifier' failed to satisfy constraint: Member must not be null")
  }
  const entry = account.find(typeName, identifier)
  const notFound = () => new ServiceError('ResourceNotFoundException', 400, `Resource of type '${typeName}' with identifier '${identifier}' was not found.`)
  if (!entry) throw notFound()
  if (entry.region !== region && entry.region !== GLOBAL) {
    if (typeName !== TYPE_LISTED_FROM_EVERY_REGION) throw notFound()
    // The real error is undocumented; this message names the bucket's region, as S3's redirect does.
    throw new ServiceError(
      'GeneralServiceException',
      400,
      `AWS::S3::Bucket Handler returned status FAILED: The bucket '${identifier}' is in region ${entry.region} and cannot be read from ${region}. (HandlerErrorCode: GeneralServiceException)`
    )
  }
  return jsonReply({ TypeName: typeName, ResourceDescription: { Identifier: entry.identifier, Properties: entry.readJson } }, requestId)
}
