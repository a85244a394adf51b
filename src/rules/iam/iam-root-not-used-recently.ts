import { builtinRule } from '../declarative/builtin.js'

export const iamRootNotUsedRecently = builtinRule({
  id: 'iam-root-not-used-recently',
  title: 'Root user is not used for daily tasks',
  severity: 'high',
  description: "Checks, in the account's credential report, that the root user neither signed in nor used an access key on the day the report was generated.",
  risk: 'Every use of the root user exposes credentials that can do anything in the account, including closing it, and escapes the limits IAM policies set.',
  remediation: {
    text: 'Use IAM roles (or IAM Identity Center) for administration, keep the root user for the few tasks only it can do, and find what used it in CloudTrail (userIdentity.type Root).',
    terraform: `# The root user is not managed by Terraform; alert on its use instead.
resource "aws_cloudwatch_log_metric_filter" "root_usage" {
  name           = "root-usage"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ $.userIdentity.type = \\"Root\\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \\"AwsServiceEvent\\" }"

  metric_transformation {
    name      = "root-usage"
    namespace = "CISBenchmark"
    value     = "1"
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['Plumbline::IAM::CredentialReport'],
  aliases: { checkov: [], prowler: ['iam_avoid_root_usage'] },
  notes:
    "Live only: judged once per account on the credential report's root row (password_last_used, access_key_N_last_used_date), as Prowler does with a one-day window, measured from the report's GeneratedTime. cloudwatch-alarm-root-usage asks for an alarm on every use.",
  condition: { predicate: 'root-not-used-recently', 'max-days': 1 }
})
