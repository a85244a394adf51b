import { builtinRule } from '../declarative/builtin.js'

export const iamSupportRoleExists = builtinRule({
  id: 'iam-support-role-exists',
  title: 'A support role exists to manage incidents with AWS Support',
  severity: 'low',
  description: 'Checks that some IAM role of the account has the AWS managed policy AWSSupportAccess attached.',
  risk: 'Without a role allowed to open and follow AWS Support cases, an incident waits for whoever holds the root user or broad administrator rights.',
  remediation: {
    text: 'Create a role for your incident responders and attach arn:aws:iam::aws:policy/AWSSupportAccess to it.',
    terraform: `resource "aws_iam_role" "support" {
  name               = "aws-support"
  assume_role_policy = data.aws_iam_policy_document.responders.json
}

resource "aws_iam_role_policy_attachment" "support" {
  role       = aws_iam_role.support.name
  policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"
}`
  },
  categories: ['identity-access'],
  'resource-types': ['Plumbline::IAM::AccountSummary'],
  aliases: { checkov: [], prowler: ['iam_support_role_created'] },
  notes:
    'Live only: judged once per account (on its IAM account summary) over the roles the scan read, as Prowler does (it asks IAM which entities the policy is attached to; we read the roles\' ManagedPolicyArns). A role whose attachments were not read leaves it unknown. CIS asks for a role; a user or group with the policy does not count here either. On Terraform the account\'s other roles are not in the code, so the rule gives no verdict there.',
  condition: { predicate: 'support-role-exists' }
})
