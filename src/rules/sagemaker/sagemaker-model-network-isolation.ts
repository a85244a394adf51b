import { builtinRule } from '../declarative/builtin.js'

export const sagemakerModelNetworkIsolation = builtinRule({
  id: 'sagemaker-model-network-isolation',
  title: 'SageMaker model runs its containers with network isolation',
  severity: 'high',
  description: 'Checks that the model\'s inference containers have no network access (EnableNetworkIsolation is true; false when not set).',
  risk: 'A container with network access can send the data it is given to the internet or load code from it; a compromised or untrusted model image becomes an exfiltration path.',
  remediation: {
    text: 'Enable network isolation on the model (the model is recreated; containers then cannot make outbound calls).',
    terraform: `resource "aws_sagemaker_model" "this" {
  name                     = "model"
  execution_role_arn       = aws_iam_role.model.arn
  enable_network_isolation = true
  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/model:1"
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::SageMaker::Model'],
  aliases: { checkov: ['CKV_AWS_370'], prowler: ['sagemaker_models_network_isolation_enabled'] },
  condition: { property: 'EnableNetworkIsolation', equals: true, default: false },
  messages: {
    pass: 'Model {name} runs its containers with network isolation',
    fail: 'Model {name} runs its containers with network access (EnableNetworkIsolation is {value})',
    unknown: 'whether network isolation is enabled'
  }
})
