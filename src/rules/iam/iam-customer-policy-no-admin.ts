import { builtinRule } from '../declarative/builtin.js'

export const iamCustomerPolicyNoAdmin = builtinRule({
  id: 'iam-customer-policy-no-admin',
  title: 'Customer-managed IAM policy does not allow full administrative privileges ("*:*")',
  severity: 'high',
  description: 'Checks that no statement of the customer-managed policy allows Action "*" (or "*:*") on Resource "*".',
  risk: 'Whoever the policy is attached to, now or later, can do anything in the account, including erasing its trail.',
  remediation: {
    text: 'List the actions and resources the principals need instead of "*".',
    terraform: `resource "aws_iam_policy" "this" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = ["arn:aws:s3:::app-data/*"] }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::ManagedPolicy'],
  aliases: { checkov: ['CKV_AWS_62', 'CKV_AWS_1'], prowler: ['iam_customer_attached_policy_no_administrative_privileges', 'iam_customer_unattached_policy_no_administrative_privileges'] },
  notes:
    'Judged whether or not the policy is attached (Prowler splits attached and unattached policies into two checks, both aliased here; AttachmentCount is read-only and unknown in a plan, and creating the policy is the step to stop). NotAction statements are not counted as admin (Allow NotAction iam:* is PowerUserAccess); Action "*" with a NotResource other than "*" is (peers only look at Resource "*"); conditions are ignored.',
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: { predicate: 'policy-grants-no-admin', property: 'PolicyDocument' },
  messages: {
    pass: 'Policy {name} does not allow full administrative privileges',
    fail: 'Policy {name} allows "*" actions on "*" resources',
    unknown: 'the policy document'
  }
})
