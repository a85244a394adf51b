import { builtinRule } from '../declarative/builtin.js'

export const ecsTaskDefinitionDistinctRoles = builtinRule({
  id: 'ecs-task-definition-distinct-roles',
  title: 'ECS task definition uses different roles for the ECS agent and for the task',
  severity: 'medium',
  description: 'Checks that the task definition\'s execution role (ExecutionRoleArn) and task role (TaskRoleArn) are not the same role.',
  risk: 'The execution role pulls images and reads the task\'s secrets for the ECS agent; given to the task as well, the application code (and whoever compromises it) can read every secret and image the agent can.',
  remediation: {
    text: 'Give the task its own role with only the permissions the application needs, separate from the execution role.',
    terraform: `resource "aws_ecs_task_definition" "this" {
  family             = "app"
  execution_role_arn = aws_iam_role.execution.arn
  task_role_arn      = aws_iam_role.task.arn
  container_definitions = jsonencode([{
    name      = "app"
    image     = "public.ecr.aws/docker/library/nginx:1.27"
    essential = true
  }])
}`
  },
  categories: ['least-privilege'],
  'resource-types': ['AWS::ECS::TaskDefinition'],
  aliases: { checkov: ['CKV_AWS_249'], prowler: [] },
  notes:
    'A task definition that sets only one of the two roles passes, as in Checkov. In Terraform two ARNs known only after apply are compared by their expressions: the same role resource on both sides fails, two different role resources pass, anything else is unknown.',
  condition: { predicate: 'properties-differ', property: 'ExecutionRoleArn', other: 'TaskRoleArn' }
})
