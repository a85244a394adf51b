import { builtinRule } from '../declarative/builtin.js'

export const iamNoAdministratorAccessAttached = builtinRule({
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
  'resource-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'],
  aliases: {
    checkov: ['CKV_AWS_274'],
    prowler: [
      'iam_aws_attached_policy_no_administrative_privileges',
      'iam_role_administratoraccess_policy',
      'iam_user_administrator_access_policy',
      'iam_group_administrator_access_policy'
    ]
  },
  notes:
    'AWS service-linked and other AWS-created roles (isDefault) are skipped: their policies are not ours to change. Prowler splits the check by principal (iam_role_administratoraccess_policy, iam_user_administrator_access_policy, iam_group_administrator_access_policy); this rule is all three.',
  // AWS service-linked and other AWS-created roles: their policies are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  // contains first: a plain substring test rules out most ARNs before the pattern (any partition) is run.
  condition: {
    property: 'ManagedPolicyArns',
    none: {
      'all-of': [{ contains: ':iam::aws:policy/AdministratorAccess' }, { matches: '^arn:aws[a-z-]*:iam::aws:policy/AdministratorAccess$' }]
    }
  },
  messages: {
    pass: '{name} does not have AdministratorAccess attached',
    fail: '{name} has AdministratorAccess attached',
    unknown: { ManagedPolicyArns: 'the attached managed policies' }
  }
})
