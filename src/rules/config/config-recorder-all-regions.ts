import { builtinRule } from '../declarative/builtin.js'

export const configRecorderAllRegions = builtinRule({
  id: 'config-recorder-all-regions',
  title: 'AWS Config records all resource types in the region',
  severity: 'medium',
  description:
    'Checks that each account and region has an AWS Config configuration recorder that records all supported resource types (RecordingGroup.AllSupported true) and is recording, not in a failure state. A region control: it judges the region (Plumbline::Account::Region), not a resource.',
  risk: 'Without a recording Config recorder, configuration changes in that region leave no history: incidents cannot be reconstructed, drift goes unrecorded, and Config rules and Security Hub controls that depend on it stop evaluating.',
  remediation: {
    text: 'Create a configuration recorder recording all supported resource types (with a delivery channel) in every region, and start it.',
    terraform: `resource "aws_config_configuration_recorder" "this" {
  name     = "default"
  role_arn = aws_iam_service_linked_role.config.arn
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_configuration_recorder_status" "this" {
  name       = aws_config_configuration_recorder.this.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.this]
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['Plumbline::Account::Region'],
  aliases: { checkov: [], prowler: ['config_recorder_all_regions_enabled'] },
  notes:
    'The recorder (AWS::Config::ConfigurationRecorder) and whether it records (Plumbline::Config::RecorderStatus, from config:DescribeConfigurationRecorderStatus or aws_config_configuration_recorder_status) are joined on the recorder\'s name. Live, every scanned region is judged, used or not; a recorder that records only some types fails, like Prowler. On a plan, a state or .tf code a region is judged only where the configuration manages a recorder or its status; a recorder whose status is managed elsewhere is unknown. Service-linked recorders record only their service\'s types and do not count. Checkov has no equivalent check.',
  condition: { predicate: 'config-recorder-recording' }
})
