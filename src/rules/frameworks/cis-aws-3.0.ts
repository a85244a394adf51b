// CIS Amazon Web Services Foundations Benchmark v3.0: the automated controls our rules evidence.
// Numbers as in Prowler's compliance/aws/cis_3.0_aws.json (see shared notes, rules-reference §2).
import type { Framework } from './framework.js'

export const CIS_AWS_3_0: Framework = {
  id: 'cis-aws-3.0',
  name: 'CIS Amazon Web Services Foundations Benchmark',
  version: '3.0',
  requirements: {
    '1.4': { title: 'No root user account access key exists', rules: ['iam-root-no-access-keys'] },
    '1.5': { title: 'MFA is enabled for the root user account', rules: ['iam-root-mfa-enabled'] },
    '1.8': { title: 'IAM password policy requires a minimum length of 14 or greater', rules: ['iam-password-policy-min-length-14'] },
    '1.9': { title: 'IAM password policy prevents password reuse', rules: ['iam-password-policy-reuse-24'] },
    '1.10': { title: 'MFA is enabled for all IAM users that have a console password', rules: ['iam-user-console-mfa-enabled'] },
    '1.12': { title: 'Credentials unused for 45 days or more are disabled', rules: ['iam-user-unused-credentials-45-days'] },
    '1.14': { title: 'Access keys are rotated every 90 days or less', rules: ['iam-user-access-keys-rotated-90-days'] },
    '1.15': { title: 'IAM users receive permissions only through groups', rules: ['iam-user-no-attached-policies'] },
    '1.16': {
      title: 'IAM policies that allow full "*:*" administrative privileges are not attached',
      rules: ['iam-no-administrator-access-attached', 'iam-customer-policy-no-admin']
    },
    '2.1.1': { title: 'S3 bucket policy denies HTTP requests', rules: ['s3-bucket-tls-only'] },
    '2.1.4': {
      title: "S3 buckets are configured with 'Block public access'",
      rules: ['s3-bucket-public-access-block-enabled', 's3-account-public-access-block-enabled']
    },
    // CIS audits this control with get-ebs-encryption-by-default; Prowler maps only the per-volume check.
    '2.2.1': { title: 'EBS volume encryption is enabled in all regions', rules: ['ec2-ebs-volume-encrypted', 'ec2-ebs-default-encryption-enabled'] },
    '2.3.1': { title: 'Encryption-at-rest is enabled for RDS instances', rules: ['rds-instance-storage-encrypted'] },
    '2.3.2': { title: 'Auto minor version upgrade is enabled for RDS instances', rules: ['rds-instance-auto-minor-version-upgrade'] },
    '2.3.3': { title: 'RDS instances are not publicly accessible', rules: ['rds-instance-not-publicly-accessible'] },
    '2.4.1': { title: 'Encryption is enabled for EFS file systems', rules: ['efs-file-system-encrypted'] },
    '3.1': { title: 'CloudTrail is enabled in all regions', rules: ['cloudtrail-multi-region-enabled'] },
    '3.2': { title: 'CloudTrail log file validation is enabled', rules: ['cloudtrail-log-file-validation-enabled'] },
    '3.5': { title: 'CloudTrail logs are encrypted at rest using KMS CMKs', rules: ['cloudtrail-kms-encryption-enabled'] },
    '3.6': { title: 'Rotation for customer-created symmetric CMKs is enabled', rules: ['kms-key-rotation-enabled'] },
    '3.7': { title: 'VPC flow logging is enabled in all VPCs', rules: ['vpc-flow-logs-enabled'] },
    '5.2': {
      title: 'No security groups allow ingress from 0.0.0.0/0 to remote server administration ports',
      rules: ['ec2-sg-no-public-ssh', 'ec2-sg-no-public-rdp', 'ec2-sg-no-public-all-ports']
    },
    '5.3': {
      title: 'No security groups allow ingress from ::/0 to remote server administration ports',
      rules: ['ec2-sg-no-public-ssh', 'ec2-sg-no-public-rdp', 'ec2-sg-no-public-all-ports']
    },
    '5.4': { title: 'The default security group of every VPC restricts all traffic', rules: ['ec2-default-sg-restricts-all-traffic'] },
    '5.6': { title: 'EC2 Metadata Service only allows IMDSv2', rules: ['ec2-instance-imdsv2-required'] }
  }
}
