import { builtinRule } from '../declarative/builtin.js'

export const lambdaFunctionNoSecretsInEnv = builtinRule({
  id: 'lambda-function-no-secrets-in-env',
  title: 'Lambda function keeps no secrets in environment variables',
  severity: 'critical',
  description:
    'Checks that no environment variable of the function has a secret-looking name (PASSWORD, API_KEY, TOKEN...) or a secret-looking value (AWS keys, private keys, tokens).',
  risk: 'Environment variables are readable by anyone with lambda:GetFunctionConfiguration and end up in logs, state files and plans.',
  remediation: {
    text: 'Store the secret in Secrets Manager or SSM Parameter Store and pass only its ARN or name; read it at run time.',
    terraform: `resource "aws_lambda_function" "this" {
  function_name = "app"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  filename      = "app.zip"
  environment {
    variables = {
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
    }
  }
}`
  },
  categories: ['secrets'],
  'resource-types': ['AWS::Lambda::Function'],
  aliases: { checkov: ['CKV_AWS_45'], prowler: ['awslambda_function_no_secrets_in_variables'] },
  notes:
    'A secret-looking name fails whatever its value (even unknown or redacted). A variable with an ordinary name whose value is unknown or redacted cannot be judged and makes the answer unknown when nothing else fails. Messages name variables, never values.',
  condition: { predicate: 'no-secrets-in-environment' }
})
