import { builtinRule } from '../declarative/builtin.js'

export const iamInlinePolicyNoPrivilegeEscalation = builtinRule({
  id: 'iam-inline-policy-no-privilege-escalation',
  title: 'Inline IAM policies do not allow privilege escalation',
  severity: 'high',
  description: 'Checks that no inline policy of a role, user or group allows a known privilege escalation path: writing or attaching policies, taking over credentials, or passing a role to a service the principal then runs code in.',
  risk: 'The principal can grant itself more than its policies give, up to administrator.',
  remediation: {
    text: 'Remove the IAM write actions the principal does not need, and scope iam:PassRole to the roles (and iam:PassedToService to the service) it must pass.',
    terraform: `resource "aws_iam_role_policy" "this" {
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = ["iam:PassRole"]
      Resource  = [aws_iam_role.task.arn]
      Condition = { StringEquals = { "iam:PassedToService" = "ecs-tasks.amazonaws.com" } }
    }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
  aliases: { checkov: ['CKV_AWS_286'], prowler: ['iam_inline_policy_allows_privilege_escalation'] },
  notes:
    'Reads the policy as Prowler does (its combinations of escalation actions, after Rhino Security Labs and Bishop Fox; a combination may be split over several statements): each inline policy is judged on its own (combinations are not gathered across the policies of one principal). AWS-created roles (isDefault) are skipped. An action counts whatever resource it is scoped to, as in Prowler; Checkov CKV_AWS_286 (cloudsplaining) counts only statements on Resource "*", so iam:PassRole plus ec2:RunInstances on named resources fails here and passes there. Conditions on Allow statements are ignored (a conditioned grant is still a grant); an unconditional Deny on Resource "*" takes the actions it names away. Single actions Prowler lists because they reach an existing privileged resource (lambda:UpdateFunctionCode, ssm:SendCommand, codebuild:StartBuild...) fail on their own.',
  // AWS-managed policies and AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: {
    'all-of': [
      { 'for-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'], condition: { predicate: 'policy-allows-none-of', property: 'Policies[*].PolicyDocument', actions: 'privilege-escalation' } },
      { 'for-types': ['AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'], condition: { predicate: 'policy-allows-none-of', property: 'PolicyDocument', actions: 'privilege-escalation' } }
    ]
  },
  messages: {
    pass: '{name} has no inline policy allowing privilege escalation',
    unknown: { Policies: 'the inline policies', PolicyDocument: 'the inline policy' }
  }
})
