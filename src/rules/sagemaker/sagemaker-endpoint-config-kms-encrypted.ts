import { builtinRule } from '../declarative/builtin.js'

export const sagemakerEndpointConfigKmsEncrypted = builtinRule({
  id: 'sagemaker-endpoint-config-kms-encrypted',
  title: 'SageMaker endpoint configuration encrypts its storage with a KMS key',
  severity: 'medium',
  description: 'Checks that the endpoint configuration names a KMS key (KmsKeyId) for the storage volumes of the instances that host its models.',
  risk: 'Without a key of your own, model artefacts and data on the hosting instances\' volumes are encrypted only under a key no policy of yours governs.',
  remediation: {
    text: 'Create the endpoint configuration with a KMS key and move the endpoint to it.',
    terraform: `resource "aws_sagemaker_endpoint_configuration" "this" {
  name        = "model"
  kms_key_arn = aws_kms_key.sagemaker.arn
  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.this.name
    initial_instance_count = 2
    instance_type          = "ml.m5.large"
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::SageMaker::EndpointConfig'],
  aliases: { checkov: ['CKV_AWS_98'], prowler: ['sagemaker_endpoint_config_kms_encryption_enabled'] },
  notes: 'Instance types with NVMe instance storage do not support a KMS key (SageMaker encrypts it with a hardware key); such configurations fail here as they do in Checkov and Prowler: suppress them with a reason.',
  condition: {
    'any-of': [
      // A known value, or (in a plan, where a key this configuration creates has no ARN yet) a reference to a key.
      { property: 'KmsKeyId', matches: '.' },
      { predicate: 'refers-to', property: 'KmsKeyId', type: 'AWS::KMS::Key', attribute: 'Arn' }
    ]
  },
  messages: {
    pass: 'Endpoint configuration {name} encrypts its storage with a KMS key',
    fail: 'Endpoint configuration {name} does not name a KMS key (KmsKeyId is not set)',
    unknown: 'the KMS key'
  }
})
