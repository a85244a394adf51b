import { builtinRule } from '../declarative/builtin.js'

export const glueCatalogMetadataEncrypted = builtinRule({
  id: 'glue-catalog-metadata-encrypted',
  title: 'Glue Data Catalog encrypts its metadata with KMS',
  severity: 'medium',
  description:
    'Checks that the Data Catalog encrypts databases, tables and other metadata at rest with a KMS key (DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode is SSE-KMS or SSE-KMS-WITH-SERVICE-ROLE; DISABLED when not set).',
  risk: 'Catalog metadata names every data set, its location and schema, and connection details; unencrypted, it is protected by IAM alone with no key policy to limit who can read it.',
  remediation: {
    text: 'Turn on metadata encryption for the account\'s Data Catalog with a KMS key.',
    terraform: `resource "aws_glue_data_catalog_encryption_settings" "this" {
  data_catalog_encryption_settings {
    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = aws_kms_key.glue.arn
    }
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = aws_kms_key.glue.arn
    }
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::Glue::DataCatalogEncryptionSettings'],
  aliases: { checkov: ['CKV_AWS_94'], prowler: ['glue_data_catalogs_metadata_encryption_enabled'] },
  notes:
    'Checkov\'s CKV_AWS_94 also requires connection password encryption; glue-catalog-connection-passwords-encrypted judges that apart, as Prowler does. Judged on the catalog\'s encryption settings resource: an account that never set them has no resource and no verdict.',
  condition: { property: 'DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode', in: ['SSE-KMS', 'SSE-KMS-WITH-SERVICE-ROLE'], default: 'DISABLED' },
  messages: {
    pass: 'Data Catalog {name} encrypts its metadata with KMS',
    fail: 'Data Catalog {name} does not encrypt its metadata (CatalogEncryptionMode is {value})',
    unknown: 'the catalog encryption mode'
  }
})
