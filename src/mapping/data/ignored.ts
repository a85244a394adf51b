// Terraform types with nothing for Plumbline to judge or compare, ignored on purpose (neither mapped nor reported as
// "not checked"), each with the reason, listed in the documentation (docs/terraform.md "Types not mapped").
export const IGNORED_TYPES: Readonly<Record<string, string>> = {
  aws_s3_object: 'object content, not configuration; bucket-level settings are judged on the bucket',
  aws_s3_bucket_object: 'the deprecated name of aws_s3_object: object content, not configuration',
  aws_secretsmanager_secret_version: 'a secret value: never read (the secret itself is aws_secretsmanager_secret)',
  aws_ssm_activation: 'a one-time hybrid activation code, not a lasting configuration',
  aws_ec2_tag: 'a tag on a resource managed elsewhere; tags are compared on the resources themselves',
  aws_iam_user_login_profile: 'an initial console password (a secret); console access is judged from the credential report',
  aws_lambda_invocation: 'an invocation, not a resource that stays',
  aws_dynamodb_table_item: 'table data, not configuration'
}
