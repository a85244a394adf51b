import { fail, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

export const iamPasswordPolicyReuse24: RuleDefinition = {
  id: 'iam-password-policy-reuse-24',
  title: 'IAM password policy prevents reuse of the last 24 passwords',
  severity: 'medium',
  description: 'Checks that the account password policy sets PasswordReusePrevention to 24.',
  risk: 'Users who may cycle back to old passwords keep using credentials that may already have leaked.',
  remediation: {
    text: 'Set password reuse prevention of the account password policy to 24.',
    terraform: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
}`
  },
  categories: ['identity-access'],
  resourceTypes: ['Plumbline::IAM::PasswordPolicy'],
  aliases: { checkov: ['CKV_AWS_13'], prowler: ['iam_password_policy_reuse_24'] },
  notes: 'An absent PasswordReusePrevention means reuse is allowed, and fails.',
  check(resource) {
    const path = 'PasswordReusePrevention'
    const remembered = read(resource, path)
    if (remembered === UNKNOWN) return unknownAt(resource, path, 'the password reuse prevention')
    if (remembered === undefined || remembered === null) return fail('The password policy allows password reuse', path)
    if (Number(remembered) >= 24) return pass(`The password policy prevents reuse of the last ${Number(remembered)} passwords`, path)
    return fail(`The password policy prevents reuse of only the last ${Number(remembered)} passwords (24 needed)`, path)
  }
}
