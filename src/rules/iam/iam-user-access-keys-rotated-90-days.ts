import { builtinRule } from '../declarative/builtin.js'

export const iamUserAccessKeysRotated90Days = builtinRule({
  id: 'iam-user-access-keys-rotated-90-days',
  title: 'IAM user access keys are rotated within 90 days',
  severity: 'medium',
  description: 'Checks, in the account\'s IAM credential report, that every active access key of an IAM user was created or rotated at most 90 days before the report.',
  risk: 'An old access key has had more time to be copied into scripts, laptops and logs; the longer it lives, the likelier it has leaked.',
  remediation: {
    text: 'Create a new access key, move its users to it, then deactivate and delete the old one. Better, replace long-lived keys with IAM roles (OIDC federation for CI, instance or task roles for workloads).',
    terraform: `# Rotate a Terraform-managed key by replacing it: terraform apply -replace=aws_iam_access_key.deploy
# (the secret is then in the state: prefer roles, or a pgp_key, for keys you must keep).
resource "aws_iam_access_key" "deploy" {
  user   = "deploy"
  status = "Active"
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::User'],
  aliases: { checkov: [], prowler: ['iam_rotate_access_key_90_days'] },
  notes:
    'Live only: judged on the credential report of the user\'s own account (access_key_N_active, access_key_N_last_rotated), ages in whole days before the report\'s GeneratedTime, never the scan\'s clock. Inactive keys are not judged (as in Prowler); a user without active keys passes. 90 days exactly passes, 91 fails (CIS "90 days or less", Prowler "> 90"). A user missing from the report (created after it) is unknown; a plan has no report, so the rule does not apply there. The outcome path is UserName: the judged values are columns of the report row.',
  // CIS: access keys are rotated every 90 days or less, so a key 90 days old still passes.
  condition: { predicate: 'access-keys-rotated', 'max-days': 90 }
})
