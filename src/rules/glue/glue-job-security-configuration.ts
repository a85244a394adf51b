import { builtinRule } from '../declarative/builtin.js'

export const glueJobSecurityConfiguration = builtinRule({
  id: 'glue-job-security-configuration',
  title: 'Glue job or crawler runs under a security configuration',
  severity: 'medium',
  description:
    'Checks that the Glue job (SecurityConfiguration) or crawler (CrawlerSecurityConfiguration) names a security configuration, which decides how it encrypts the data, logs and bookmarks it writes.',
  risk: 'Without a security configuration a job writes its S3 output, CloudWatch logs and bookmarks with no encryption of Glue\'s own.',
  remediation: {
    text: 'Create a security configuration that encrypts S3 data, logs and bookmarks, and name it on the job or crawler.',
    terraform: `resource "aws_glue_job" "this" {
  name                   = "etl"
  role_arn               = aws_iam_role.glue.arn
  security_configuration = aws_glue_security_configuration.this.name
  command {
    script_location = "s3://\${aws_s3_bucket.scripts.bucket}/etl.py"
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::Glue::Job', 'AWS::Glue::Crawler'],
  aliases: { checkov: ['CKV_AWS_195'], prowler: [] },
  notes: 'Whether the configuration named encrypts everything is glue-security-configuration-encrypted\'s question.',
  condition: {
    // Each part judges its own type; for the other type it raises no objection.
    'all-of': [
      { 'for-types': ['AWS::Glue::Job'], condition: { 'any-of': [{ property: 'SecurityConfiguration', matches: '.' }, { predicate: 'refers-to', property: 'SecurityConfiguration', type: 'AWS::Glue::SecurityConfiguration', attribute: 'Name' }] } },
      { 'for-types': ['AWS::Glue::Crawler'], condition: { 'any-of': [{ property: 'CrawlerSecurityConfiguration', matches: '.' }, { predicate: 'refers-to', property: 'CrawlerSecurityConfiguration', type: 'AWS::Glue::SecurityConfiguration', attribute: 'Name' }] } }
    ]
  },
  messages: {
    pass: '{name} runs under a security configuration',
    fail: '{name} runs without a security configuration',
    unknown: 'the security configuration'
  }
})
