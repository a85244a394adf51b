import { builtinRule } from '../declarative/builtin.js'

export const iamUserNoAttachedPolicies = builtinRule({
  id: 'iam-user-no-attached-policies',
  title: 'IAM user receives permissions only through groups',
  severity: 'low',
  description: 'Checks that the IAM user has no managed policies attached and no inline policies of its own.',
  risk: 'Permissions granted user by user drift apart, are hard to review and linger after a person changes role.',
  remediation: {
    text: 'Attach the policies to a group (or use roles) and add the user to the group.',
    terraform: `resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = aws_iam_policy.developers.arn
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name]
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::User'],
  aliases: { checkov: ['CKV_AWS_40'], prowler: ['iam_policy_attached_only_to_group_or_roles'] },
  condition: {
    'all-of': [
      { property: 'ManagedPolicyArns', empty: true },
      { property: 'Policies', empty: true }
    ]
  },
  messages: {
    pass: 'User {name} has no policies of its own',
    fail: {
      ManagedPolicyArns: 'User {name} has managed policies attached directly',
      Policies: 'User {name} has inline policies'
    },
    unknown: { ManagedPolicyArns: 'the attached managed policies', Policies: 'the inline policies' }
  }
})
