import { builtinRule } from '../declarative/builtin.js'

export const ecsTaskDefinitionNoSecretsInEnv = builtinRule({
  id: 'ecs-task-definition-no-secrets-in-env',
  title: 'ECS task definition passes no secrets in container environment variables',
  severity: 'critical',
  description:
    'Checks that no environment variable of any container has a secret-looking name (PASSWORD, API_KEY, TOKEN, AWS_SECRET_ACCESS_KEY...) or a secret-looking value (AWS keys, private keys, tokens).',
  risk: 'Environment values are stored in clear text in the task definition: anyone with ecs:DescribeTaskDefinition reads them, and they end up in state files, plans and logs.',
  remediation: {
    text: 'Keep the secret in Secrets Manager or SSM Parameter Store and reference it from the container\'s "secrets" (valueFrom); give the task execution role read access to it.',
    terraform: `resource "aws_ecs_task_definition" "this" {
  family             = "app"
  execution_role_arn = aws_iam_role.execution.arn
  container_definitions = jsonencode([{
    name      = "app"
    image     = "public.ecr.aws/docker/library/nginx:1.27"
    essential = true
    secrets = [{
      name      = "DB_PASSWORD"
      valueFrom = aws_secretsmanager_secret.db.arn
    }]
  }])
}`
  },
  categories: ['secrets'],
  'resource-types': ['AWS::ECS::TaskDefinition'],
  aliases: { checkov: [], prowler: ['ecs_task_definitions_no_environment_secrets'] },
  notes:
    'Secrets passed through "secrets" (valueFrom) are references and are not judged. A secret-looking name fails whatever its value (AWS Config\'s check looks only for AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and ECS_ENGINE_AUTH_DATA; this one is broader); an ordinary variable whose value is unknown or hidden makes the answer unknown when nothing else fails. Messages name variables, never values.',
  condition: { predicate: 'no-secrets-in-name-value-list', property: 'ContainerDefinitions[*].Environment' }
})
