import { builtinRule } from '../declarative/builtin.js'

export const batchJobDefinitionNoSecretsInEnv = builtinRule({
  id: 'batch-job-definition-no-secrets-in-env',
  title: 'Batch job definition passes no secrets in container environment variables',
  severity: 'high',
  description:
    'Checks that no environment variable of the job\'s container (ContainerProperties.Environment) has a secret-looking name (PASSWORD, API_KEY, TOKEN...) or a secret-looking value (AWS keys, private keys, tokens).',
  risk: 'Environment values are stored in clear text in the job definition: anyone with batch:DescribeJobDefinitions reads them, and they end up in state files and plans.',
  remediation: {
    text: 'Keep the secret in Secrets Manager or SSM Parameter Store and reference it from the container\'s "secrets" (valueFrom).',
    terraform: `resource "aws_batch_job_definition" "this" {
  name = "job"
  type = "container"
  container_properties = jsonencode({
    image            = "public.ecr.aws/docker/library/busybox:1.36"
    executionRoleArn = aws_iam_role.execution.arn
    resourceRequirements = [
      { type = "VCPU", value = "1" },
      { type = "MEMORY", value = "512" }
    ]
    secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]
  })
}`
  },
  categories: ['secrets'],
  'resource-types': ['AWS::Batch::JobDefinition'],
  aliases: { checkov: [], prowler: ['batch_job_definition_no_secrets'] },
  notes:
    'Cloud Control has no handlers for job definitions, so a live scan does not read them: the rule judges Terraform and saved inventories. Judges single-container jobs (ContainerProperties); multi-node and ECS-properties jobs are not looked at yet. Prowler also scans the command and the parameters; this rule reads the environment only. A secret-looking name fails whatever its value; an ordinary variable whose value is unknown or hidden makes the answer unknown when nothing else fails. Messages name variables, never values.',
  'applies-when': { property: 'ContainerProperties', exists: true },
  condition: { predicate: 'no-secrets-in-name-value-list', property: 'ContainerProperties.Environment' }
})
