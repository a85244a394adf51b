import { builtinRule } from '../declarative/builtin.js'

export const stepfunctionsStateMachineLogsExecutionData = builtinRule({
  id: 'stepfunctions-state-machine-logs-execution-data',
  title: 'Step Functions state machine logging includes execution data',
  severity: 'low',
  description: 'Checks that the state machine\'s logs include execution input, output and state data (LoggingConfiguration.IncludeExecutionData).',
  risk: 'Logs without execution data show that a run failed but not with which input, which slows investigation.',
  remediation: {
    text: 'Include execution data in the state machine\'s logs (mind that it may carry personal data).',
    terraform: `resource "aws_sfn_state_machine" "this" {
  name       = "orders"
  role_arn   = aws_iam_role.sfn.arn
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
  logging_configuration {
    level                  = "ALL"
    include_execution_data = true
    log_destination        = "\${aws_cloudwatch_log_group.sfn.arn}:*"
  }
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::StepFunctions::StateMachine'],
  aliases: { checkov: ['CKV_AWS_285'], prowler: [] },
  condition: { property: 'LoggingConfiguration.IncludeExecutionData', equals: true },
  messages: {
    pass: 'State machine {name} logs execution data',
    fail: 'State machine {name} does not log execution data',
    unknown: 'whether execution data is logged'
  }
})
