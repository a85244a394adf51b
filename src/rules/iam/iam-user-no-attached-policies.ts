import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { isUnknown, readList } from '../support/read.js'

export const iamUserNoAttachedPolicies: RuleDefinition = {
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
  resourceTypes: ['AWS::IAM::User'],
  aliases: { checkov: ['CKV_AWS_40'], prowler: ['iam_policy_attached_only_to_group_or_roles'] },
  check(resource) {
    const managed = readList(resource, 'ManagedPolicyArns')
    const inline = readList(resource, 'Policies')
    if (!isUnknown(managed) && managed.length > 0) {
      return fail(`User ${nameOf(resource)} has ${managed.length} managed policy(ies) attached directly`, 'ManagedPolicyArns')
    }
    if (!isUnknown(inline) && inline.length > 0) {
      return fail(`User ${nameOf(resource)} has ${inline.length} inline policy(ies)`, 'Policies')
    }
    if (isUnknown(managed)) return unknownAt(resource, 'ManagedPolicyArns', 'the attached managed policies')
    if (isUnknown(inline)) return unknownAt(resource, 'Policies', 'the inline policies')
    return pass(`User ${nameOf(resource)} has no policies of its own`)
  }
}
