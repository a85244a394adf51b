import { builtinRule } from '../declarative/builtin.js'
import { CENTRAL_ROOT_ACCESS_TERRAFORM } from './root-account.js'

export const iamRootNoAccessKeys = builtinRule({
  id: 'iam-root-no-access-keys',
  title: 'Root user has no access keys',
  severity: 'critical',
  description: 'Checks that the root user of the account has no access key (GetAccountSummary AccountAccessKeysPresent is 0).',
  risk: 'A root access key is a long-lived credential with unrestricted power over the account that no IAM policy can limit; once leaked, the whole account is lost.',
  remediation: {
    text: 'Sign in as the root user and delete its access keys (Security credentials, Access keys); use IAM roles for programmatic access. In an AWS Organizations member account with centralized root access, the management account can delete them with aws sts assume-root (task policy IAMDeleteRootUserCredentials) and aws iam delete-access-key. Terraform cannot delete root access keys.',
    terraform: CENTRAL_ROOT_ACCESS_TERRAFORM
  },
  categories: ['identity-access'],
  'resource-types': ['Plumbline::IAM::AccountSummary'],
  aliases: { checkov: ['CKV_AWS_348'], prowler: ['iam_no_root_access_key'] },
  notes:
    'Live only: judged on GetAccountSummary AccountAccessKeysPresent, as the CIS audit does, so an inactive root key fails too (CIS: no root access key should exist). Prowler reads the credential report and fails only active root keys. Checkov CKV_AWS_348 judges the code side (an aws_iam_access_key for user "root").',
  condition: { predicate: 'root-no-access-keys' }
})
