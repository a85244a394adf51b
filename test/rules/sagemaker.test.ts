import { expected, judge, planned, res, ruleById } from './builders.js'

const NOTEBOOK = 'AWS::SageMaker::NotebookInstance'
const ENDPOINT_CONFIG = 'AWS::SageMaker::EndpointConfig'
const MODEL = 'AWS::SageMaker::Model'
const KEY = 'AWS::KMS::Key'

describe('sagemaker-notebook-no-direct-internet', () => {
  it('requires Disabled; an absent setting is SageMaker\'s default, Enabled', () => {
    const resources = [
      res(NOTEBOOK, 'nb-pass', { DirectInternetAccess: 'Disabled', SubnetId: 'subnet-1' }),
      res(NOTEBOOK, 'nb-fail-enabled', { DirectInternetAccess: 'Enabled' }),
      res(NOTEBOOK, 'nb-fail-absent', {}),
      planned(NOTEBOOK, 'aws_sagemaker_notebook_instance.unknown', {}, ['DirectInternetAccess'])
    ]
    expect(judge(ruleById('sagemaker-notebook-no-direct-internet'), resources)).toEqual(
      expected({ pass: ['nb-pass'], fail: ['nb-fail-absent', 'nb-fail-enabled'], unknown: ['aws_sagemaker_notebook_instance.unknown'] })
    )
  })
})

describe('sagemaker-notebook-root-access-disabled', () => {
  it('requires Disabled; an absent setting is SageMaker\'s default, Enabled', () => {
    const resources = [
      res(NOTEBOOK, 'nb-pass', { RootAccess: 'Disabled' }),
      res(NOTEBOOK, 'nb-fail-enabled', { RootAccess: 'Enabled' }),
      res(NOTEBOOK, 'nb-fail-absent', {}),
      planned(NOTEBOOK, 'aws_sagemaker_notebook_instance.unknown', {}, ['RootAccess'])
    ]
    expect(judge(ruleById('sagemaker-notebook-root-access-disabled'), resources)).toEqual(
      expected({ pass: ['nb-pass'], fail: ['nb-fail-absent', 'nb-fail-enabled'], unknown: ['aws_sagemaker_notebook_instance.unknown'] })
    )
  })
})

describe('sagemaker-notebook-in-vpc', () => {
  it('requires a subnet; an empty one is no subnet', () => {
    const resources = [
      res(NOTEBOOK, 'nb-pass', { SubnetId: 'subnet-1' }),
      res(NOTEBOOK, 'nb-fail-absent', {}),
      res(NOTEBOOK, 'nb-fail-empty', { SubnetId: '' }),
      planned(NOTEBOOK, 'aws_sagemaker_notebook_instance.unknown', {}, ['SubnetId'])
    ]
    expect(judge(ruleById('sagemaker-notebook-in-vpc'), resources)).toEqual(
      expected({ pass: ['nb-pass'], fail: ['nb-fail-absent', 'nb-fail-empty'], unknown: ['aws_sagemaker_notebook_instance.unknown'] })
    )
  })
})

describe('sagemaker-notebook-kms-encrypted', () => {
  it('requires a key id, known or referring to a key of the plan', () => {
    const key = planned(KEY, 'aws_kms_key.notebooks', {}, ['Arn'])
    const resources = [
      key,
      res(NOTEBOOK, 'nb-pass', { KmsKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/1' }),
      { ...planned(NOTEBOOK, 'aws_sagemaker_notebook_instance.created_key', {}, ['KmsKeyId']), references: { KmsKeyId: ['aws_kms_key.notebooks'] } },
      res(NOTEBOOK, 'nb-fail', {}),
      planned(NOTEBOOK, 'aws_sagemaker_notebook_instance.unknown', {}, ['KmsKeyId'])
    ]
    expect(judge(ruleById('sagemaker-notebook-kms-encrypted'), resources)).toEqual(
      expected({ pass: ['aws_sagemaker_notebook_instance.created_key', 'nb-pass'], fail: ['nb-fail'], unknown: ['aws_sagemaker_notebook_instance.unknown'] })
    )
  })
})

describe('sagemaker-endpoint-config-kms-encrypted', () => {
  it('requires a key id', () => {
    const resources = [
      res(ENDPOINT_CONFIG, 'ec-pass', { KmsKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/1' }),
      res(ENDPOINT_CONFIG, 'ec-fail', {}),
      planned(ENDPOINT_CONFIG, 'aws_sagemaker_endpoint_configuration.unknown', {}, ['KmsKeyId'])
    ]
    expect(judge(ruleById('sagemaker-endpoint-config-kms-encrypted'), resources)).toEqual(
      expected({ pass: ['ec-pass'], fail: ['ec-fail'], unknown: ['aws_sagemaker_endpoint_configuration.unknown'] })
    )
  })
})

describe('sagemaker-endpoint-config-variants-redundant', () => {
  it('requires more than one instance on every instance-based variant; serverless variants are not counted', () => {
    const resources = [
      res(ENDPOINT_CONFIG, 'ec-pass', { ProductionVariants: [{ InitialInstanceCount: 2 }, { ServerlessConfig: { MaxConcurrency: 1 } }] }),
      res(ENDPOINT_CONFIG, 'ec-fail-one', { ProductionVariants: [{ InitialInstanceCount: 3 }, { InitialInstanceCount: 1 }] }),
      res(ENDPOINT_CONFIG, 'ec-fail-no-count', { ProductionVariants: [{ InstanceType: 'ml.m5.large' }] }),
      planned(ENDPOINT_CONFIG, 'aws_sagemaker_endpoint_configuration.unknown', { ProductionVariants: [{}] }, ['ProductionVariants[0].InitialInstanceCount'])
    ]
    expect(judge(ruleById('sagemaker-endpoint-config-variants-redundant'), resources)).toEqual(
      expected({ pass: ['ec-pass'], fail: ['ec-fail-no-count', 'ec-fail-one'], unknown: ['aws_sagemaker_endpoint_configuration.unknown'] })
    )
  })
})

describe('sagemaker-model-network-isolation', () => {
  it('requires EnableNetworkIsolation true; absent is false', () => {
    const resources = [
      res(MODEL, 'm-pass', { EnableNetworkIsolation: true }),
      res(MODEL, 'm-fail-false', { EnableNetworkIsolation: false }),
      res(MODEL, 'm-fail-absent', {}),
      planned(MODEL, 'aws_sagemaker_model.unknown', {}, ['EnableNetworkIsolation'])
    ]
    expect(judge(ruleById('sagemaker-model-network-isolation'), resources)).toEqual(
      expected({ pass: ['m-pass'], fail: ['m-fail-absent', 'm-fail-false'], unknown: ['aws_sagemaker_model.unknown'] })
    )
  })
})
