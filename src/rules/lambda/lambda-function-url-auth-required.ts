import { builtinRule } from '../declarative/builtin.js'

export const lambdaFunctionUrlAuthRequired = builtinRule({
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
  'resource-types': ['AWS::Lambda::Url'],
  aliases: { checkov: ['CKV_AWS_258'], prowler: ['awslambda_function_url_public'] },
  notes: 'Judges the URL configuration; a function that authenticates callers in its own code still fails and needs a suppression with that reason.',
  condition: { property: 'AuthType', 'not-equals': 'NONE' },
  messages: {
    pass: 'The function URL {name} requires IAM authentication',
    fail: 'The function URL {name} allows unauthenticated calls (AuthType NONE)',
    unknown: 'the authorization type'
  }
})
