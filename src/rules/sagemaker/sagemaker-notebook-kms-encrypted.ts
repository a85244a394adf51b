import { builtinRule } from '../declarative/builtin.js'

export const sagemakerNotebookKmsEncrypted = builtinRule({
  id: 'sagemaker-notebook-kms-encrypted',
  title: 'SageMaker notebook instance storage is encrypted with a KMS key',
  severity: 'medium',
  description: 'Checks that the notebook instance encrypts its ML storage volume with a customer managed KMS key (KmsKeyId is set).',
  risk: 'Without a key of your own, who may decrypt the notebook\'s volume (its data sets, credentials and outputs) is not governed by a key policy you control, and the key cannot be disabled to cut access.',
  remediation: {
    text: 'Create the notebook with a KMS key (the notebook is recreated).',
    terraform: `resource "aws_sagemaker_notebook_instance" "this" {
  name          = "analysis"
  role_arn      = aws_iam_role.notebook.arn
  instance_type = "ml.t3.medium"
  kms_key_id    = aws_kms_key.notebook.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::SageMaker::NotebookInstance'],
  aliases: { checkov: ['CKV_AWS_22'], prowler: ['sagemaker_notebook_instance_encryption_enabled'] },
  notes: 'SageMaker encrypts a notebook volume without KmsKeyId with an AWS managed key; like Checkov and Prowler, the rule asks for a key you manage.',
  condition: {
    'any-of': [
      // A known value, or (in a plan, where a key this configuration creates has no ARN yet) a reference to a key.
      { property: 'KmsKeyId', matches: '.' },
      { predicate: 'refers-to', property: 'KmsKeyId', type: 'AWS::KMS::Key', attribute: 'Arn' }
    ]
  },
  messages: {
    pass: 'Notebook instance {name} encrypts its storage with a KMS key',
    fail: 'Notebook instance {name} does not encrypt its storage with a KMS key of yours (KmsKeyId is not set)',
    unknown: 'the KMS key'
  }
})
