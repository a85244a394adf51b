import { statementsOf } from '../../model/policy-document.js'
import { grantsFullAdmin } from '../support/iam-policy.js'
import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { read, readList, UNKNOWN } from '../support/read.js'

export const iamInlinePolicyNoAdmin: RuleDefinition = {
  id: 'iam-inline-policy-no-admin',
  title: 'Inline IAM policies do not allow full administrative privileges ("*:*")',
  severity: 'critical',
  description:
    'Checks that no inline policy of a role, user or group has a statement allowing Action "*" (or "*:*") on Resource "*".',
  risk: 'The principal can do anything in the account; inline grants are also easy to miss in reviews of attached policies.',
  remediation: {
    text: 'Replace the inline statement with the specific actions and resources needed.',
    terraform: `resource "aws_iam_role_policy" "this" {
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sqs:SendMessage"], Resource = [aws_sqs_queue.this.arn] }]
  })
}`
  },
  categories: ['identity-access'],
  resourceTypes: ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'],
  aliases: { checkov: ['CKV_AWS_62'], prowler: ['iam_inline_policy_no_administrative_privileges'] },
  notes: 'NotAction statements are not counted as admin; Action "*" with a NotResource other than "*" is; conditions are ignored. AWS-created roles (isDefault) are skipped.',
  check(resource) {
    if (resource.isDefault === true) return null
    const policies = readList(resource, 'Policies')
    if (policies === UNKNOWN) return unknownAt(resource, 'Policies', 'the inline policies')
    let undecided: string | undefined
    for (let i = 0; i < policies.length; i++) {
      const path = `Policies[${i}].PolicyDocument`
      const document = read(resource, path)
      if (document === UNKNOWN) undecided ??= path
      else if (statementsOf(document).some(grantsFullAdmin)) {
        const name = read(resource, `Policies[${i}].PolicyName`)
        const label = typeof name === 'string' ? `inline policy ${name}` : 'an inline policy'
        return fail(`${nameOf(resource)} has ${label} allowing "*" actions on "*" resources`, path)
      }
    }
    if (undecided !== undefined) return unknownAt(resource, undecided, 'an inline policy document')
    return pass(`${nameOf(resource)} has no inline policy with full administrative privileges`, 'Policies')
  }
}
