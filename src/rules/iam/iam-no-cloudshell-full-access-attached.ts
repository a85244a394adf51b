import { builtinRule } from '../declarative/builtin.js'

export const iamNoCloudshellFullAccessAttached = builtinRule({
  id: 'iam-no-cloudshell-full-access-attached',
  title: 'IAM principal does not have the AWS-managed AWSCloudShellFullAccess policy attached',
  severity: 'medium',
  description: 'Checks that no role, user or group has arn:aws:iam::aws:policy/AWSCloudShellFullAccess in its ManagedPolicyArns.',
  risk: 'AWSCloudShellFullAccess gives a shell with the principal\'s credentials, internet access and file upload and download: an easy way to move data or tools in and out of the account.',
  remediation: {
    text: 'Detach AWSCloudShellFullAccess; if CloudShell is needed, grant its actions without file transfer (deny cloudshell:GetFileDownloadUrls and cloudshell:GetFileUploadUrls).',
    terraform: `resource "aws_iam_policy" "cloudshell_no_transfer" {
  name = "cloudshell-no-file-transfer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["cloudshell:*"], Resource = ["*"] },
      { Effect = "Deny", Action = ["cloudshell:GetFileDownloadUrls", "cloudshell:GetFileUploadUrls"], Resource = ["*"] }
    ]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'],
  aliases: { checkov: [], prowler: ['iam_policy_cloudshell_admin_not_attached'] },
  notes:
    'Judged on each role, user and group (Prowler reports once per account, on the policy, listing the principals it is attached to). AWS service-linked and other AWS-created roles (isDefault) are skipped.',
  // AWS service-linked and other AWS-created roles: their policies are not ours to change.
  'applies-when': { not: { predicate: 'is-aws-default' } },
  // contains first: a plain substring test rules out most ARNs before the pattern (any partition) is run.
  condition: {
    property: 'ManagedPolicyArns',
    none: {
      'all-of': [{ contains: ':iam::aws:policy/AWSCloudShellFullAccess' }, { matches: '^arn:aws[a-z-]*:iam::aws:policy/AWSCloudShellFullAccess$' }]
    }
  },
  messages: {
    pass: '{name} does not have AWSCloudShellFullAccess attached',
    fail: '{name} has AWSCloudShellFullAccess attached',
    unknown: { ManagedPolicyArns: 'the attached managed policies' }
  }
})
