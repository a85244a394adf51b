// KMS's write events (eventSource kms.amazonaws.com). Shapes: CreateKey answers responseElements.keyMetadata
// { keyId, arn, ... }; the other key calls take requestParameters.keyId; KMS also fills `resources` with
// { type: 'AWS::KMS::Key', ARN: 'arn:aws:kms:<region>:<account>:key/<key-id>' }
// (https://docs.aws.amazon.com/kms/latest/developerguide/ct-createkey.html and the sibling ct-*.html pages).
// Quirks, named:
// - A keyId may be the key id, the key ARN, an alias name (alias/…) or an alias ARN: the key id Cloud Control uses
//   (AWS::KMS::Key primaryIdentifier KeyId) is taken from the id or key ARN, else from `resources`, else the type is
//   re-listed.
// - DeleteKey is an AwsServiceEvent (the end of a scheduled deletion) with no requestParameters: `resources` names
//   the key.
import { parseArn, resourceArns, str, relist, type EventContext, type ServiceTable, type Touch } from '../table.js'

const KEY = 'AWS::KMS::Key'

/** The key id of a key id or key ARN (never of an alias). */
export function kmsKeyId(value: unknown): string | undefined {
  const text = str(value)
  if (!text) return undefined
  const arn = parseArn(text)
  if (arn) return arn.resource.startsWith('key/') ? arn.resource.slice('key/'.length) : undefined
  return text.startsWith('alias/') ? undefined : text
}

function key(ctx: EventContext): Touch {
  const id = kmsKeyId(ctx.req.keyId) ?? resourceArns(ctx.record, KEY).map(kmsKeyId).find((k) => k !== undefined)
  return id ? { type: KEY, id } : relist(KEY)
}

export const kmsTable: ServiceTable = {
  service: 'KMS',
  eventSource: 'kms.amazonaws.com',
  entries: [
    {
      names: ['CreateKey', 'ReplicateKey'],
      touches: (ctx) => {
        const meta = ctx.res.keyMetadata ?? ctx.res.replicaKeyMetadata
        const id = kmsKeyId((meta as { keyId?: unknown } | undefined)?.keyId)
        return [id ? { type: KEY, id } : relist(KEY)]
      }
    },
    {
      names: [
        'EnableKeyRotation',
        'DisableKeyRotation',
        'ScheduleKeyDeletion',
        'CancelKeyDeletion',
        'DeleteKey',
        'PutKeyPolicy',
        'EnableKey',
        'DisableKey',
        'UpdateKeyDescription',
        'TagResource',
        'UntagResource',
        'UpdatePrimaryRegion'
      ],
      touches: (ctx) => [key(ctx)]
    }
  ],
  // Aliases and grants are no property of AWS::KMS::Key; rotations and cryptographic calls change nothing read.
  noChange: ['CreateAlias', 'UpdateAlias', 'DeleteAlias', 'CreateGrant', 'RetireGrant', 'RevokeGrant', 'RotateKeyOnDemand', 'RotateKey'],
  trailResourceNames: {
    // KMS events carry the key ARN in `resources`; Event history finds them under it.
    [KEY]: (_id, properties) => str(properties.Arn)
  }
}
