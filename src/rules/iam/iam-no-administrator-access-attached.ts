import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { read, readList, UNKNOWN } from '../support/read.js'

const ADMINISTRATOR_ACCESS = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/

export const iamNoAdministratorAccessAttached: RuleDefinition = {
  id: 'iam-no-administrator-access-attached',
  title: 'IAM principal does not have the AWS-managed AdministratorAccess policy attached',
  severity: 'critical',
  description: 'Checks that no role, user or group has arn:aws:iam::aws:policy/AdministratorAccess in its ManagedPolicyArns.',
  risk: 'Full administrator rights turn any leak of the principal\'s credentials, or any confused deputy, into a full account takeover.',
  remediation: {
    text: 'Attach a policy granting only the actions the principal needs; keep break-glass administration separate and monitored.',
    terraform: `resource "aws_iam_role_policy_attachment" "read_only" {
  role       = aws_iam_role.this.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`
  },
  categories: ['identity-access'],
  resourceTypes: ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'],
  aliases: { checkov: ['CKV_AWS_274'], prowler: ['iam_aws_attached_policy_no_administrative_privileges'] },
  notes: 'AWS service-linked and other AWS-created roles (isDefault) are skipped: their policies are not ours to change.',
  check(resource) {
    if (resource.isDefault === true) return null
    const path = 'ManagedPolicyArns'
    const arns = readList(resource, path)
    if (arns === UNKNOWN) return unknownAt(resource, path, 'the attached managed policies')
    let undecided: string | undefined
    for (let i = 0; i < arns.length; i++) {
      const arn = read(resource, `${path}[${i}]`)
      if (arn === UNKNOWN) undecided ??= `${path}[${i}]`
      else if (typeof arn === 'string' && ADMINISTRATOR_ACCESS.test(arn)) {
        return fail(`${nameOf(resource)} has AdministratorAccess attached`, `${path}[${i}]`)
      }
    }
    if (undecided !== undefined) return unknownAt(resource, undecided, 'an attached policy ARN')
    return pass(`${nameOf(resource)} does not have AdministratorAccess attached`, path)
  }
}
