import { builtinRule } from '../declarative/builtin.js'

export const codebuildProjectNoSecretsInEnv = builtinRule({
  id: 'codebuild-project-no-secrets-in-env',
  title: 'CodeBuild project keeps no credentials in plaintext environment variables',
  severity: 'critical',
  description:
    'Checks that no plaintext environment variable of the project (Environment.EnvironmentVariables with Type PLAINTEXT or not set) has a secret-looking name (PASSWORD, TOKEN, API_KEY...) or a secret-looking value (AWS keys, private keys, tokens). Variables of type PARAMETER_STORE or SECRETS_MANAGER are the remedy and are not judged.',
  risk: 'Plaintext variables are shown to anyone who can read the project or its builds (console, API, build logs, Terraform state): a credential in one is as good as published inside the account.',
  remediation: {
    text: 'Keep the secret in Secrets Manager or Parameter Store and refer to it with a SECRETS_MANAGER or PARAMETER_STORE variable; rotate any credential that was in plaintext.',
    terraform: `resource "aws_codebuild_project" "this" {
  # ...
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "DEPLOY_TOKEN"
      type  = "SECRETS_MANAGER"
      value = "ci/deploy-token"
    }
  }
}`
  },
  categories: ['secrets'],
  'resource-types': ['AWS::CodeBuild::Project'],
  aliases: { checkov: [], prowler: ['codebuild_project_no_secrets_in_variables'] },
  notes:
    'Values are never shown in messages, only variable names. A secret-looking name fails whatever its value (even when the value is not known yet); Prowler scans values only, so a variable such as DB_PASSWORD holding an ordinary-looking string fails here and may pass there.',
  condition: { predicate: 'no-secrets-in-variable-list', property: 'Environment.EnvironmentVariables' }
})
