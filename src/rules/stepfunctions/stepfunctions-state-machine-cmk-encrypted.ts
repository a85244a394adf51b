import { builtinRule } from '../declarative/builtin.js'

export const stepfunctionsStateMachineCmkEncrypted = builtinRule({
  id: 'stepfunctions-state-machine-cmk-encrypted',
  title: 'Step Functions state machine is encrypted with a customer-managed KMS key',
  severity: 'low',
  description: 'Checks that the state machine encrypts its definition and execution data with a KMS key of the account (EncryptionConfiguration.Type CUSTOMER_MANAGED_KMS_KEY).',
  risk: 'With the AWS-owned key, the account cannot restrict or audit who decrypts execution inputs and outputs, which often carry business data.',
  remediation: {
    text: 'Encrypt the state machine with a customer-managed KMS key.',
    terraform: `resource "aws_sfn_state_machine" "this" {
  name       = "orders"
  role_arn   = aws_iam_role.sfn.arn
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
  encryption_configuration {
    type                              = "CUSTOMER_MANAGED_KMS_KEY"
    kms_key_id                        = aws_kms_key.sfn.arn
    kms_data_key_reuse_period_seconds = 300
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::StepFunctions::StateMachine'],
  aliases: { checkov: [], prowler: ['stepfunctions_statemachine_encrypted_with_cmk'] },
  condition: { property: 'EncryptionConfiguration.Type', equals: 'CUSTOMER_MANAGED_KMS_KEY', default: 'AWS_OWNED_KEY' },
  messages: {
    pass: 'State machine {name} is encrypted with a customer-managed key',
    fail: 'State machine {name} is encrypted with an AWS-owned key',
    unknown: 'the state machine encryption'
  }
})
