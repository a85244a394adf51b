import { builtinRule } from '../declarative/builtin.js'

export const iamCustomerPolicyNoPrivilegeEscalation = builtinRule({
  id: 'iam-customer-policy-no-privilege-escalation',
  title: 'Customer-managed IAM policy does not allow privilege escalation',
  severity: 'high',
  description: 'Checks that the customer-managed policy does not allow a known privilege escalation path: writing or attaching policies, taking over credentials, or passing a role to a service the holder then runs code in (iam:PassRole with lambda:CreateFunction and lambda:InvokeFunction, ec2:RunInstances, cloudformation:CreateStack...).',
  risk: 'Whoever holds the policy can grant themselves more than it gives, up to administrator, by a path that a review of the policy alone does not show.',
  remediation: {
    text: 'Remove the IAM write actions the principals do not need, and scope iam:PassRole to the roles (and iam:PassedToService to the service) they must pass.',
    terraform: `resource "aws_iam_policy" "this" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = ["iam:PassRole"]
      Resource  = [aws_iam_role.lambda.arn]
      Condition = { StringEquals = { "iam:PassedToService" = "lambda.amazonaws.com" } }
    }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::ManagedPolicy'],
  aliases: { checkov: ['CKV_AWS_286'], prowler: ['iam_policy_allows_privilege_escalation'] },
  notes:
    'Reads the policy as Prowler does (its combinations of escalation actions, after Rhino Security Labs and Bishop Fox; a combination may be split over several statements): judged whether or not the policy is attached (Prowler judges attached policies only). An action counts whatever resource it is scoped to, as in Prowler; Checkov CKV_AWS_286 (cloudsplaining) counts only statements on Resource "*", so iam:PassRole plus ec2:RunInstances on named resources fails here and passes there. Conditions on Allow statements are ignored (a conditioned grant is still a grant); an unconditional Deny on Resource "*" takes the actions it names away. Single actions Prowler lists because they reach an existing privileged resource (lambda:UpdateFunctionCode, ssm:SendCommand, codebuild:StartBuild...) fail on their own.',
  // AWS-managed policies and AWS-created roles are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: { predicate: 'policy-allows-none-of', property: 'PolicyDocument', actions: 'privilege-escalation' },
  messages: {
    pass: 'Policy {name} does not allow privilege escalation',
    unknown: 'the policy document'
  }
})
