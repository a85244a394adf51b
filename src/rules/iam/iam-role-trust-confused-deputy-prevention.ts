import { builtinRule } from '../declarative/builtin.js'

export const iamRoleTrustConfusedDeputyPrevention = builtinRule({
  id: 'iam-role-trust-confused-deputy-prevention',
  title: 'IAM service role trust policy confines the service to a source account or resource',
  severity: 'medium',
  description: 'Checks that every Allow statement of the role\'s trust policy that lets an AWS service assume the role has a condition on aws:SourceAccount, aws:SourceArn, aws:SourceOrgID or aws:SourceOrgPaths.',
  risk: 'Without a source condition, the service can be made to use the role on behalf of another account\'s resource (the cross-service confused deputy).',
  remediation: {
    text: 'Add a condition on aws:SourceAccount (your account) or aws:SourceArn (the resource that uses the role) to the statement that trusts the service.',
    terraform: `resource "aws_iam_role" "this" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
      Condition = { StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id } }
    }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::Role'],
  aliases: { checkov: [], prowler: ['iam_role_cross_service_confused_deputy_prevention'] },
  notes:
    'Judged on every role with a service principal allowed sts:AssumeRole (service-linked and other AWS-created roles are skipped, as in Prowler). A source condition passes whatever account it names (Prowler checks that it names the scanned account); a value that is itself a wildcard confines nothing and fails. Services that do not send source keys when assuming a role (ec2.amazonaws.com for instance profiles) fail too: suppress them with a reason.',
  // AWS service-linked and other AWS-created roles: their trust policies are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: { predicate: 'trust-policy-limits', principals: 'services' },
  messages: {
    unknown: 'the trust policy'
  }
})
