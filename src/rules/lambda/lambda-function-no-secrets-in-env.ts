import { isSecretName, looksLikeSecretValue } from '../../secrets.js'
import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { joinPath, readerBelow, readNode, UNKNOWN } from '../support/read.js'

export const lambdaFunctionNoSecretsInEnv: RuleDefinition = {
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
  resourceTypes: ['AWS::Lambda::Function'],
  aliases: { checkov: ['CKV_AWS_45'], prowler: ['awslambda_function_no_secrets_in_variables'] },
  notes:
    'A secret-looking name fails whatever its value (even unknown or redacted). A variable with an ordinary name whose value is unknown or redacted cannot be judged and makes the answer unknown when nothing else fails. Messages name variables, never values.',
  check(resource) {
    const base = 'Environment.Variables'
    const variables = readNode(resource, base)
    if (variables === UNKNOWN) return unknownAt(resource, base, 'the environment variables')
    if (variables === null || typeof variables !== 'object' || Array.isArray(variables)) {
      return pass(`Function ${nameOf(resource)} has no environment variables`, base)
    }
    const bySecretName: string[] = []
    const bySecretValue: string[] = []
    const undecided: string[] = []
    const valueOf = readerBelow(resource, base, variables)
    for (const name of Object.keys(variables)) {
      if (isSecretName(name)) {
        bySecretName.push(name)
        continue
      }
      const value = valueOf(name)
      if (value === UNKNOWN) undecided.push(name)
      else if (looksLikeSecretValue(value)) bySecretValue.push(name)
    }
    if (bySecretName.length + bySecretValue.length > 0) {
      const parts: string[] = []
      if (bySecretName.length > 0) parts.push(`secret-named variable(s) ${bySecretName.join(', ')}`)
      if (bySecretValue.length > 0) parts.push(`variable(s) ${bySecretValue.join(', ')} holding a secret-looking value`)
      const first = bySecretName[0] ?? bySecretValue[0]
      return fail(`Function ${nameOf(resource)} has ${parts.join(' and ')}`, joinPath(base, first))
    }
    if (undecided.length > 0) {
      return unknownAt(resource, joinPath(base, undecided[0]), `the value of ${undecided.join(', ')}`)
    }
    return pass(`Function ${nameOf(resource)} has no secret-looking environment variables`, base)
  }
}
