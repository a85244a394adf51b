import { builtinRule } from '../declarative/builtin.js'

export const iamUserNoUnusedInitialAccessKey = builtinRule({
  id: 'iam-user-no-unused-initial-access-key',
  title: 'IAM users with a console password have no access keys that were never used',
  severity: 'medium',
  description: "Checks, in the account's credential report, that no IAM user with a console password has an active access key that has never been used.",
  risk: 'Keys made at user set-up "just in case" are long-lived credentials nobody needs, waiting in a laptop or a script to leak.',
  remediation: {
    text: 'Deactivate and delete the access keys that were never used; make keys only when a program needs them, and prefer roles.',
    terraform: `# Make a key only for a program that needs it, and deactivate it when it is no longer used.
resource "aws_iam_access_key" "deploy" {
  user   = aws_iam_user.deploy.name
  status = "Active"
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::User'],
  aliases: { checkov: [], prowler: ['iam_user_no_setup_initial_access_key'] },
  notes:
    "Live only: judged per IAM user on the credential report of its account (password_enabled, access_key_N_active, access_key_N_last_used_date N/A), as Prowler does. Users without a console password get no verdict (their keys are what they are for). A key created a minute before the report and not used yet fails too: suppress it with a reason if it is about to be used.",
  condition: { predicate: 'no-unused-initial-access-keys' }
})
