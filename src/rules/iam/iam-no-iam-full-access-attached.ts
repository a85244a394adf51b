import { builtinRule } from '../declarative/builtin.js'

export const iamNoIamFullAccessAttached = builtinRule({
  id: 'iam-no-iam-full-access-attached',
  title: 'IAM principal does not have the AWS-managed IAMFullAccess policy attached',
  severity: 'high',
  description: 'Checks that no role, user or group has arn:aws:iam::aws:policy/IAMFullAccess in its ManagedPolicyArns.',
  risk: 'IAMFullAccess lets the principal create users, keys and policies, and so give itself any permission: administrator access one step removed.',
  remediation: {
    text: 'Attach a policy listing the IAM actions the principal needs, on the roles, users or policies it manages.',
    terraform: `resource "aws_iam_role_policy_attachment" "iam_read_only" {
  role       = aws_iam_role.this.name
  policy_arn = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'],
  aliases: { checkov: ['CKV2_AWS_56'], prowler: [] },
  notes:
    'AWS service-linked and other AWS-created roles (isDefault) are skipped. In Terraform, attachments (aws_iam_role_policy_attachment, aws_iam_policy_attachment...) are folded into their principal\'s ManagedPolicyArns, as Checkov\'s graph check CKV2_AWS_56 connects them.',
  // AWS service-linked and other AWS-created roles: their policies are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  // contains first: a plain substring test rules out most ARNs before the pattern (any partition) is run.
  condition: {
    property: 'ManagedPolicyArns',
    none: {
      'all-of': [{ contains: ':iam::aws:policy/IAMFullAccess' }, { matches: '^arn:aws[a-z-]*:iam::aws:policy/IAMFullAccess$' }]
    }
  },
  messages: {
    pass: '{name} does not have IAMFullAccess attached',
    fail: '{name} has IAMFullAccess attached',
    unknown: { ManagedPolicyArns: 'the attached managed policies' }
  }
})
