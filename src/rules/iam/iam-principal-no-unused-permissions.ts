import { builtinRule } from '../declarative/builtin.js'

/** The window of the rule as shipped; the `unused-permission-days` setting changes it (src/rules/settings.ts). */
export const DEFAULT_UNUSED_PERMISSION_DAYS = 90

export const iamPrincipalNoUnusedPermissions = builtinRule({
  id: 'iam-principal-no-unused-permissions',
  title: 'IAM roles and users hold no service permissions they have not used recently',
  severity: 'medium',
  description:
    "Checks, in IAM's service last accessed data (access advisor) for each IAM role and user, that every service its permissions policies grant was used within the last 90 days (the `unused-permission-days` setting); the finding names the unused services, never used or not used for the window, and the policies that grant them. An administrator's finding is high severity.",
  risk: 'Permissions nobody uses only widen what a leaked credential or a compromised workload can do: least privilege means removing what the work does not need, and an administrator holding every service it never touches is the widest case.',
  remediation: {
    text: "Remove the unused services from the principal's policies (IAM console → the role or user → Access Advisor shows the same data), replace broad policies such as AdministratorAccess with ones scoped to the services used, or delete the principal if nothing uses it.",
    terraform: `# Grant only the services the workload uses (here: S3 reads on one bucket) instead of AdministratorAccess.
resource "aws_iam_role_policy" "app" {
  name = "app"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
    }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::Role', 'AWS::IAM::User'],
  aliases: { checkov: [], prowler: [] },
  notes:
    "Live only: judged on Plumbline::IAM::ServiceLastAccessed (GenerateServiceLastAccessedDetails at SERVICE_LEVEL, then GetServiceLastAccessedDetails), ages in whole days before the job's JobCompletionDate, so a saved inventory judges the same offline. A service last used 90 days or more before is unused; one with no LastAuthenticated was never used within IAM's tracking period (400 days) and is named apart. Service-linked roles (path /aws-service-role/) and principals created less than the window before are not judged; a principal whose data could not be read (denied, job FAILED) is unknown. The granting policy is told from the principal's inline policies, its customer managed policies' documents (AWS::IAM::ManagedPolicy in the inventory), a user's groups' policies, and by ARN for AdministratorAccess and PowerUserAccess (every service); otherwise the finding says it cannot be told. Administrator (high severity): AdministratorAccess attached, or a statement allowing Action \"*\" on Resource \"*\". No framework control asks for this exactly: CIS and FSBP (IAM.8, IAM.22) judge unused credentials, not unused permissions, and neither Prowler nor Checkov has an equivalent check.",
  condition: { predicate: 'permissions-used-recently', 'max-days': DEFAULT_UNUSED_PERMISSION_DAYS }
})
