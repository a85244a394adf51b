import { builtinRule } from '../declarative/builtin.js'

export const autoscalingLaunchConfigImdsv2Required = builtinRule({
  id: 'autoscaling-launch-config-imdsv2-required',
  title: 'Auto Scaling launch configuration requires IMDSv2',
  severity: 'high',
  description:
    'Checks that instances launched from the launch configuration require instance metadata session tokens (MetadataOptions.HttpTokens is required) or have the metadata service turned off (HttpEndpoint is disabled).',
  risk: 'IMDSv1 answers any local HTTP GET, so a server-side request forgery bug in the application hands out the instance role\'s credentials on every instance of the group.',
  remediation: {
    text: 'Set metadata_options with http_tokens = "required" (create a new launch configuration, or better move the group to a launch template).',
    terraform: `resource "aws_launch_configuration" "app" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::AutoScaling::LaunchConfiguration'],
  aliases: { checkov: ['CKV_AWS_79'], prowler: ['autoscaling_group_launch_configuration_requires_imdsv2'] },
  notes:
    'Prowler judges the groups that launch from the configuration; we judge the configuration itself. Without MetadataOptions the configuration fails, as with Checkov and Prowler: its instances then take the AMI\'s and the account\'s defaults, which code cannot show to require tokens.',
  condition: { 'any-of': [{ property: 'MetadataOptions.HttpTokens', equals: 'required' }, { property: 'MetadataOptions.HttpEndpoint', equals: 'disabled' }] },
  messages: {
    pass: 'Launch configuration {name} requires IMDSv2 or turns the metadata service off',
    fail: 'Launch configuration {name} allows IMDSv1',
    unknown: 'the metadata options'
  }
})
