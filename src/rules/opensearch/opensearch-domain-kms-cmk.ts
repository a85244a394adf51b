import { builtinRule } from '../declarative/builtin.js'
import { SEARCH_DOMAIN_TYPES } from './domain-types.js'

export const opensearchDomainKmsCmk = builtinRule({
  id: 'opensearch-domain-kms-cmk',
  title: 'OpenSearch domain is encrypted with a customer managed KMS key',
  severity: 'low',
  description: 'Checks that the OpenSearch (or legacy Elasticsearch) domain encrypts its data at rest with a KMS key named in EncryptionAtRestOptions.KmsKeyId rather than the AWS managed key (aws/es).',
  risk: 'With the AWS managed key, the key\'s policy cannot be restricted, access to it cannot be revoked separately and it cannot be disabled to cut off the data.',
  remediation: {
    text: 'Encrypt the domain with a customer managed KMS key (kms_key_id in encrypt_at_rest).',
    terraform: `resource "aws_opensearch_domain" "this" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.arn
  }
}`
  },
  categories: ['encryption'],
  'resource-types': SEARCH_DOMAIN_TYPES,
  aliases: { checkov: ['CKV_AWS_247'], prowler: [] },
  notes: 'Live, the service reports the key in use, so a domain encrypted with the AWS managed key shows that key\'s ARN: such a key (alias aws/es) cannot be told from a customer key by its ARN alone, so the rule passes any key named, as Checkov does on Terraform. A domain without encryption at rest fails here as well as in opensearch-domain-encrypted-at-rest.',
  condition: {
    'all-of': [
      { property: 'EncryptionAtRestOptions.Enabled', equals: true, default: false },
      { property: 'EncryptionAtRestOptions.KmsKeyId', exists: true }
    ]
  },
  messages: {
    pass: 'Domain {name} is encrypted with the KMS key it names',
    fail: 'Domain {name} is not encrypted with a customer managed KMS key',
    unknown: 'the encryption key'
  }
})
