// Governance: AWS Config rules, aggregators, delivery channels and conformance packs; Organizations policies, units
// and accounts. Each entry writes only what the aws provider names otherwise than the CloudFormation property's
// snake_case (derived.ts).
import { parsePolicy } from '../convert.js'
import type { MappingSpec } from '../derived.js'

export const GOVERNANCE: readonly MappingSpec[] = [
  {
    tf: 'aws_config_config_rule',
    cfn: 'AWS::Config::ConfigRule',
    names: { ConfigRuleName: 'name', ConfigRuleId: 'rule_id', EvaluationModes: 'evaluation_mode', 'Source.SourceDetails': 'source_detail', Compliance: null },
    // input_parameters is a JSON string in Terraform ("" when not set), parsed as the schema's free-form InputParameters.
    fields: [['InputParameters', 'input_parameters', (v) => (v === '' ? undefined : parsePolicy(v))]]
  },
  {
    tf: 'aws_config_configuration_aggregator',
    cfn: 'AWS::Config::ConfigurationAggregator',
    names: {
      ConfigurationAggregatorName: 'name',
      ConfigurationAggregatorArn: 'arn',
      AccountAggregationSources: 'account_aggregation_source',
      'AccountAggregationSources.AllAwsRegions': 'all_regions',
      'AccountAggregationSources.AwsRegions': 'regions',
      'OrganizationAggregationSource.AllAwsRegions': 'all_regions',
      'OrganizationAggregationSource.AwsRegions': 'regions'
    }
  },
  {
    tf: 'aws_config_delivery_channel',
    cfn: 'AWS::Config::DeliveryChannel',
    // The channel's id is its name (Terraform's id too).
    names: { ConfigSnapshotDeliveryProperties: 'snapshot_delivery_properties' }
  },
  {
    tf: 'aws_config_conformance_pack',
    cfn: 'AWS::Config::ConformancePack',
    names: { ConformancePackName: 'name', ConformancePackInputParameters: 'input_parameter' }
  },
  // Organizations is a global service. A policy's targets are aws_organizations_policy_attachment resources, one per
  // target: not folded into TargetIds (yet).
  { tf: 'aws_organizations_policy', cfn: 'AWS::Organizations::Policy', global: true },
  { tf: 'aws_organizations_organizational_unit', cfn: 'AWS::Organizations::OrganizationalUnit', global: true },
  {
    tf: 'aws_organizations_account',
    cfn: 'AWS::Organizations::Account',
    global: true,
    // parent_id is one parent; CloudFormation's ParentIds is a list of (exactly) one.
    names: { AccountId: 'id', AccountName: 'name', ParentIds: 'parent_id' }
  }
]
