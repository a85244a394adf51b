import { builtinRule } from '../declarative/builtin.js'

export const glueCatalogConnectionPasswordsEncrypted = builtinRule({
  id: 'glue-catalog-connection-passwords-encrypted',
  title: 'Glue Data Catalog encrypts connection passwords',
  severity: 'high',
  description:
    'Checks that the Data Catalog encrypts the passwords of its connections with a KMS key, so that GetConnection returns them encrypted (DataCatalogEncryptionSettings.ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted is true).',
  risk: 'Without it, anyone allowed to read catalog connections reads the database passwords in them in the clear.',
  remediation: {
    text: 'Turn on connection password encryption with a KMS key.',
    terraform: `resource "aws_glue_data_catalog_encryption_settings" "this" {
  data_catalog_encryption_settings {
    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
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
  aliases: { checkov: [], prowler: ['glue_data_catalogs_connection_passwords_encryption_enabled'] },
  condition: { property: 'DataCatalogEncryptionSettings.ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted', equals: true, default: false },
  messages: {
    pass: 'Data Catalog {name} encrypts connection passwords',
    fail: 'Data Catalog {name} does not encrypt connection passwords',
    unknown: 'whether connection passwords are encrypted'
  }
})
