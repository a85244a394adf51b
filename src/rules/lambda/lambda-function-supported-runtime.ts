import { builtinRule } from '../declarative/builtin.js'
import { DEPRECATED_RUNTIMES, RUNTIME_LIST_TAKEN } from './runtimes.js'

export const lambdaFunctionSupportedRuntime = builtinRule({
  id: 'lambda-function-supported-runtime',
  title: 'Lambda function uses a runtime AWS still supports',
  severity: 'medium',
  description: `Checks that the function's runtime is not on AWS's deprecated list (as of ${RUNTIME_LIST_TAKEN}).`,
  risk: 'Deprecated runtimes get no security patches, and AWS eventually blocks creating and updating functions that use them.',
  remediation: {
    text: 'Move the function to a supported runtime version and test it.',
    terraform: `resource "aws_lambda_function" "this" {
  function_name = "app"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  filename      = "app.zip"
}`
  },
  categories: ['vulnerabilities'],
  'resource-types': ['AWS::Lambda::Function'],
  aliases: { checkov: ['CKV_AWS_363'], prowler: ['awslambda_function_using_supported_runtimes'] },
  notes:
    'Peers keep different lists (Prowler obsolete_lambda_runtimes, Checkov CKV_AWS_363). Ours follows the AWS deprecation table, dated in src/rules/lambda/runtimes.ts; AWS\'s projected dates are kept there but not judged until they pass. Container-image functions (no Runtime) are skipped.',
  // Container-image functions have no Runtime: the rule does not apply to them.
  'applies-when': { property: 'Runtime', matches: '.' },
  condition: { property: 'Runtime', 'not-in': Object.keys(DEPRECATED_RUNTIMES) },
  messages: {
    pass: 'Function {name} uses supported runtime {value}',
    fail: 'Function {name} uses {value}, deprecated by AWS',
    unknown: 'the runtime'
  }
})
