// DynamoDB and Secrets Manager write events. Shapes: DynamoDB
// (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/logging-using-cloudtrail.html)
// requestParameters.tableName (a name or, lately, a table ARN), tags and resource policies requestParameters.resourceArn
// (arn:aws:dynamodb:r:a:table/<name>); Secrets Manager
// (https://docs.aws.amazon.com/secretsmanager/latest/userguide/cloudtrail_log_entries.html) requestParameters.secretId
// (a name or an ARN) and responseElements.arn.
// Quirks, named:
// - AWS::SecretsManager::Secret's identifier is the secret ARN, whose random suffix a name does not give: the
//   response's ARN is used, else a secretId that is an ARN, else the type is re-listed. Before February 2024 some
//   Secrets Manager responses spelled it "aRN" (the page above says so): both are read.
// - AWS::SecretsManager::ResourcePolicy's identifier is the secret ARN too.
import { parseArn, relist, str, touch, type EventContext, type ServiceTable, type Touch } from '../table.js'

const TABLE = 'AWS::DynamoDB::Table'
const SECRET = 'AWS::SecretsManager::Secret'
const SECRET_POLICY = 'AWS::SecretsManager::ResourcePolicy'

function tableName(value: unknown): string | undefined {
  const arn = parseArn(value)
  if (!arn) return str(value)
  return arn.resource.startsWith('table/') ? arn.resource.slice('table/'.length).split('/')[0] : undefined
}

export const dynamodbTable: ServiceTable = {
  service: 'DynamoDB',
  eventSource: 'dynamodb.amazonaws.com',
  entries: [
    {
      names: ['CreateTable', 'UpdateTable', 'DeleteTable', 'UpdateContinuousBackups', 'UpdateTimeToLive', 'EnableKinesisStreamingDestination', 'DisableKinesisStreamingDestination'],
      touches: (ctx) => [touch(TABLE, tableName(ctx.req.tableName))]
    },
    { names: ['TagResource', 'UntagResource', 'PutResourcePolicy', 'DeleteResourcePolicy'], touches: (ctx) => [touch(TABLE, tableName(ctx.req.resourceArn))] }
  ],
  noChange: ['CreateBackup', 'DeleteBackup'],
  trailResourceNames: {
    // Event history finds DynamoDB events under the table name.
    [TABLE]: (id) => id
  }
}

/** The secret's ARN: the response's (arn, or aRN), else a secretId given as an ARN. */
function secretArn(ctx: EventContext): string | undefined {
  const fromResponse = str(ctx.res.arn) ?? str(ctx.res.aRN)
  if (fromResponse) return fromResponse
  const id = str(ctx.req.secretId)
  return id && parseArn(id) ? id : undefined
}

function secret(type: string): (ctx: EventContext) => Touch[] {
  return (ctx) => [touch(type, secretArn(ctx))]
}

export const secretsManagerTable: ServiceTable = {
  service: 'Secrets Manager',
  eventSource: 'secretsmanager.amazonaws.com',
  entries: [
    {
      names: ['DeleteSecret'],
      touches: (ctx) => {
        const arn = secretArn(ctx)
        return arn ? [{ type: SECRET, id: arn }, { type: SECRET_POLICY, id: arn }] : [relist(SECRET), relist(SECRET_POLICY)]
      }
    },
    {
      names: [
        'CreateSecret',
        'UpdateSecret',
        'RestoreSecret',
        'RotateSecret',
        'CancelRotateSecret',
        'TagResource',
        'UntagResource',
        'ReplicateSecretToRegions',
        'RemoveRegionsFromReplication'
      ],
      touches: secret(SECRET)
    },
    { names: ['PutResourcePolicy', 'DeleteResourcePolicy'], touches: secret(SECRET_POLICY) }
  ],
  // A new value changes no property Cloud Control returns (SecretString is write-only).
  noChange: ['PutSecretValue', 'UpdateSecretVersionStage'],
  trailResourceNames: {
    // Event history finds Secrets Manager events under the secret's ARN.
    [SECRET]: (id) => id
  }
}
