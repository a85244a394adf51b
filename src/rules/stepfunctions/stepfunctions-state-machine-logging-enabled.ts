import { builtinRule } from '../declarative/builtin.js'

export const stepfunctionsStateMachineLoggingEnabled = builtinRule({
  id: 'stepfunctions-state-machine-logging-enabled',
  title: 'Step Functions state machine logs its executions',
  severity: 'medium',
  description: 'Checks that the state machine sends execution history events to CloudWatch Logs (LoggingConfiguration.Level ALL, ERROR or FATAL; OFF by default).',
  risk: 'Without execution logs, failed or abused workflow runs cannot be investigated once the execution history expires.',
  remediation: {
    text: 'Set a logging level and a CloudWatch Logs log group as destination.',
    terraform: `resource "aws_sfn_state_machine" "this" {
  name       = "orders"
  role_arn   = aws_iam_role.sfn.arn
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
  logging_configuration {
    level                  = "ERROR"
    include_execution_data = false
    log_destination        = "\${aws_cloudwatch_log_group.sfn.arn}:*"
  }
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::StepFunctions::StateMachine'],
  aliases: { checkov: [], prowler: ['stepfunctions_statemachine_logging_enabled'] },
  notes: 'FSBP StepFunctions.1. Any level but OFF passes, as in Prowler.',
  condition: { property: 'LoggingConfiguration.Level', in: ['ALL', 'ERROR', 'FATAL'], default: 'OFF' },
  messages: {
    pass: 'State machine {name} logs its executions (level {value})',
    fail: 'State machine {name} does not log its executions (level {value})',
    unknown: 'the logging level'
  }
})
