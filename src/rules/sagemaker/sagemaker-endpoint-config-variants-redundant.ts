import { builtinRule } from '../declarative/builtin.js'

export const sagemakerEndpointConfigVariantsRedundant = builtinRule({
  id: 'sagemaker-endpoint-config-variants-redundant',
  title: 'SageMaker endpoint configuration starts each production variant on more than one instance',
  severity: 'medium',
  description:
    'Checks that every production variant of the endpoint configuration that runs on instances has an initial instance count greater than 1 (ProductionVariants[*].InitialInstanceCount), so SageMaker spreads it over Availability Zones.',
  risk: 'A variant on one instance stops answering when that instance or its Availability Zone fails.',
  remediation: {
    text: 'Set the initial instance count of each production variant to 2 or more.',
    terraform: `resource "aws_sagemaker_endpoint_configuration" "this" {
  name = "model"
  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.this.name
    initial_instance_count = 2
    instance_type          = "ml.m5.large"
  }
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::SageMaker::EndpointConfig'],
  aliases: { checkov: [], prowler: ['sagemaker_endpoint_config_prod_variant_instances'] },
  notes:
    'Serverless variants (ServerlessConfig, no instance count) are not counted: SageMaker runs them across zones itself. A variant on instances without an initial count (inference components) fails, as it does in Prowler.',
  condition: {
    property: 'ProductionVariants',
    every: {
      'any-of': [{ property: 'ServerlessConfig', exists: true }, { property: 'InitialInstanceCount', 'greater-than': 1 }]
    }
  },
  messages: {
    pass: 'Endpoint configuration {name} starts every production variant on more than one instance',
    fail: 'Endpoint configuration {name} has a production variant on a single instance ({property} is {value})',
    unknown: 'the initial instance count of a production variant'
  }
})
