import { builtinRule } from '../declarative/builtin.js'

export const stepfunctionsStateMachineXrayTracing = builtinRule({
  id: 'stepfunctions-state-machine-xray-tracing',
  title: 'Step Functions state machine has X-Ray tracing',
  severity: 'low',
  description: 'Checks that the state machine sends traces to AWS X-Ray (TracingConfiguration.Enabled).',
  risk: 'Without traces, latency and failures across the services a workflow calls cannot be followed end to end.',
  remediation: {
    text: 'Turn on X-Ray tracing for the state machine.',
    terraform: `resource "aws_sfn_state_machine" "this" {
  name       = "orders"
  role_arn   = aws_iam_role.sfn.arn
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
  tracing_configuration {
    enabled = true
  }
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::StepFunctions::StateMachine'],
  aliases: { checkov: ['CKV_AWS_284'], prowler: [] },
  condition: { property: 'TracingConfiguration.Enabled', equals: true },
  messages: {
    pass: 'State machine {name} is traced with X-Ray',
    fail: 'State machine {name} is not traced with X-Ray',
    unknown: 'the X-Ray tracing setting'
  }
})
