import { statementsOf } from '../../model/policy-document.js'
import { grantsFullAdmin } from '../support/iam-policy.js'
import { fail, pass, unknownAt, nameOf, type RuleDefinition } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

export const iamCustomerPolicyNoAdmin: RuleDefinition = {
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
  resourceTypes: ['AWS::IAM::ManagedPolicy'],
  aliases: { checkov: ['CKV_AWS_62', 'CKV_AWS_1'], prowler: ['iam_customer_attached_policy_no_administrative_privileges'] },
  notes:
    'Judged whether or not the policy is attached (Prowler reports attached policies only; AttachmentCount is read-only and unknown in a plan, and creating the policy is the step to stop). NotAction statements are not counted as admin (Allow NotAction iam:* is PowerUserAccess); Action "*" with a NotResource other than "*" is (peers only look at Resource "*"); conditions are ignored.',
  check(resource) {
    if (resource.isDefault === true) return null
    const path = 'PolicyDocument'
    const document = read(resource, path)
    if (document === UNKNOWN) return unknownAt(resource, path, 'the policy document')
    if (statementsOf(document).some(grantsFullAdmin)) {
      return fail(`Policy ${nameOf(resource)} allows "*" actions on "*" resources`, path)
    }
    return pass(`Policy ${nameOf(resource)} does not allow full administrative privileges`, path)
  }
}
