import { builtinRule } from '../declarative/builtin.js'

export const iamCustomerPolicyNoFullKms = builtinRule({
  id: 'iam-customer-policy-no-full-kms',
  title: 'Customer-managed IAM policy does not allow full KMS access (kms:*)',
  severity: 'medium',
  description: 'Checks that no statement of the customer-managed policy allows every KMS action (kms:*) on Resource "*".',
  risk: 'Full KMS access lets the holder schedule keys for deletion, disable them or change their policies: data encrypted under them becomes unreadable, or readable by others.',
  remediation: {
    text: 'List the KMS actions the principals need, on the resources they need them on.',
    terraform: `resource "aws_iam_policy" "this" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["kms:Decrypt", "kms:GenerateDataKey"], Resource = [aws_kms_key.app.arn] }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::ManagedPolicy'],
  aliases: { checkov: [], prowler: ['iam_policy_no_full_access_to_kms'] },
  notes:
    'Fails a statement on Resource "*" that allows every kms action: Action kms:* (or a wildcard covering it: "*", "*:*"), or NotAction that names no kms action. Prowler counts Action "kms:*" literally, so Action "*" fails here and passes there (its admin checks report it instead). An unconditional Deny of any kms action on Resource "*" leaves the service not fully allowed; conditions on the Allow are ignored. Judged whether or not the policy is attached.',
  // AWS-managed policies and AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: { predicate: 'policy-allows-none-of', property: 'PolicyDocument', actions: 'full-kms' },
  messages: {
    pass: 'Policy {name} does not allow full KMS access',
    unknown: 'the policy document'
  }
})
