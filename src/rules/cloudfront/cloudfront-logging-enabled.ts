import { builtinRule } from '../declarative/builtin.js'

export const cloudfrontLoggingEnabled = builtinRule({
  id: 'cloudfront-logging-enabled',
  title: 'CloudFront distribution logs requests',
  severity: 'medium',
  description:
    'Checks that the distribution writes standard access logs to an S3 bucket (DistributionConfig.Logging.Bucket) or sends real-time logs from its default cache behavior (RealtimeLogConfigArn).',
  risk: 'Without request logs there is no record of who fetched what from the distribution: abuse, scraping and attacks cannot be investigated.',
  remediation: {
    text: 'Add a logging_config with an S3 bucket (ACLs enabled for the log delivery), or a real-time log configuration.',
    terraform: `resource "aws_cloudfront_distribution" "this" {
  # ...
  logging_config {
    bucket = aws_s3_bucket.cdn_logs.bucket_domain_name
    prefix = "cdn/"
  }
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::CloudFront::Distribution'],
  aliases: { checkov: ['CKV_AWS_86'], prowler: ['cloudfront_distributions_logging_enabled'] },
  notes:
    'Real-time logs on the default cache behavior pass, as in Prowler (Checkov reads only logging_config). Standard logging v2 (a CloudWatch Logs delivery source for the distribution) is not visible on the distribution: such a distribution fails and needs a suppression.',
  condition: {
    'any-of': [
      { property: 'DistributionConfig.Logging.Bucket', empty: false },
      { property: 'DistributionConfig.DefaultCacheBehavior.RealtimeLogConfigArn', empty: false }
    ]
  },
  messages: {
    pass: 'Distribution {name} logs its requests',
    fail: 'Distribution {name} does not log its requests (no Logging.Bucket and no real-time log configuration)',
    unknown: 'the logging configuration'
  }
})
