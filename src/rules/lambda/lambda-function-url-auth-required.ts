import { fail, pass, unknownAt, nameOf, type RuleDefinition } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

export const lambdaFunctionUrlAuthRequired: RuleDefinition = {
  id: 'lambda-function-url-auth-required',
  title: 'Lambda function URL requires IAM authentication',
  severity: 'high',
  description: 'Checks that the function URL uses AuthType AWS_IAM rather than NONE.',
  risk: 'A URL with AuthType NONE lets anyone on the internet invoke the function, run up costs and reach whatever it can.',
  remediation: {
    text: 'Use AWS_IAM authorization on the function URL, or put the function behind API Gateway with an authorizer.',
    terraform: `resource "aws_lambda_function_url" "this" {
  function_name      = aws_lambda_function.this.function_name
  authorization_type = "AWS_IAM"
}`
  },
  categories: ['internet-exposed'],
  resourceTypes: ['AWS::Lambda::Url'],
  aliases: { checkov: ['CKV_AWS_258'], prowler: ['awslambda_function_url_public'] },
  notes: 'Judges the URL configuration; a function that authenticates callers in its own code still fails and needs a suppression with that reason.',
  check(resource) {
    const path = 'AuthType'
    const auth = read(resource, path)
    const target = read(resource, 'TargetFunctionArn')
    const label = typeof target === 'string' ? target : nameOf(resource)
    if (auth === UNKNOWN) return unknownAt(resource, path, 'the authorization type')
    if (auth === 'NONE') return fail(`The function URL of ${label} allows unauthenticated calls (AuthType NONE)`, path)
    return pass(`The function URL of ${label} requires IAM authentication`, path)
  }
}
