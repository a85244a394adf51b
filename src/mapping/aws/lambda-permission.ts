// aws_lambda_permission → AWS::Lambda::Permission, identified by FunctionName|Id; Id is the statement id.
import { ResourceBuilder } from '../builder.js'
import { copyFields, nonEmpty, type Field } from '../convert.js'
import type { ResourceMapper } from '../registry.js'

// The property table, built once and shared by every resource of the type.
const FIELDS: readonly Field[] = [
  ['FunctionName', 'function_name'],
  ['Action', 'action'],
  ['Principal', 'principal'],
  ['SourceArn', 'source_arn', nonEmpty],
  ['SourceAccount', 'source_account', nonEmpty],
  ['PrincipalOrgID', 'principal_org_id', nonEmpty],
  ['EventSourceToken', 'event_source_token', nonEmpty],
  ['FunctionUrlAuthType', 'function_url_auth_type', nonEmpty],
  ['Id', 'statement_id']
]

export const lambdaPermission: ResourceMapper = {
  tfType: 'aws_lambda_permission',
  map(tf) {
    const b = new ResourceBuilder('AWS::Lambda::Permission', tf)
    const fn = tf.values.function_name
    const sid = tf.values.statement_id
    b.id = typeof fn === 'string' && fn !== '' && typeof sid === 'string' && sid !== '' ? `${fn}|${sid}` : null
    copyFields(b, FIELDS)
    return b
  }
}
