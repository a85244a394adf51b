// aws_lambda_function_url → AWS::Lambda::Url, identified by FunctionArn (read-only: the function's ARN, which
// Terraform exposes as function_arn). TargetFunctionArn takes the name or ARN the code gave.
import { ResourceBuilder } from '../builder.js'
import { copyFields, nonEmpty, toBoolean, toNumber, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

// The property table, built once and shared by every resource of the type.
const FIELDS: readonly Field[] = [
  ['TargetFunctionArn', 'function_name'],
  ['Qualifier', 'qualifier', nonEmpty],
  ['AuthType', 'authorization_type'],
  ['InvokeMode', 'invoke_mode', nonEmpty],
  ['Cors', 'cors', {
    one: [
      ['AllowCredentials', 'allow_credentials', toBoolean],
      ['AllowHeaders', 'allow_headers'],
      ['AllowMethods', 'allow_methods'],
      ['AllowOrigins', 'allow_origins'],
      ['ExposeHeaders', 'expose_headers'],
      ['MaxAge', 'max_age', toNumber]
    ]
  }],
  ['FunctionArn', 'function_arn'],
  ['FunctionUrl', 'function_url']
]

export const lambdaFunctionUrl: ResourceMapper = {
  tfType: 'aws_lambda_function_url',
  map(tf) {
    const b = new ResourceBuilder('AWS::Lambda::Url', tf)
    b.id = idFrom(tf.values, 'function_arn')
    copyFields(b, FIELDS)
    return b
  }
}
