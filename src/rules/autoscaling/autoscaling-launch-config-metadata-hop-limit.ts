import { builtinRule } from '../declarative/builtin.js'

export const autoscalingLaunchConfigMetadataHopLimit = builtinRule({
  id: 'autoscaling-launch-config-metadata-hop-limit',
  title: 'Auto Scaling launch configuration keeps the metadata response hop limit at 1',
  severity: 'medium',
  description:
    'Checks that instance metadata responses of instances launched from the launch configuration cannot travel more than one network hop (MetadataOptions.HttpPutResponseHopLimit is 1, or absent: the default of 1).',
  risk: 'With a hop limit above 1, containers and other hosts forwarding through the instance can fetch the instance role\'s credentials from the metadata service.',
  remediation: {
    text: 'Set http_put_response_hop_limit = 1 in metadata_options (2 only where containers on the instance truly need the instance role).',
    terraform: `resource "aws_launch_configuration" "app" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::AutoScaling::LaunchConfiguration'],
  aliases: { checkov: ['CKV_AWS_341'], prowler: [] },
  notes:
    'Evidences FSBP AutoScaling.4, which Prowler does not check. An absent hop limit counts as 1 (the EC2 default for launch configurations), as with Checkov, which fails only a limit above 1. Checkov applies the same check to launch templates; their metadata options are not returned by Cloud Control (LaunchTemplateData is write-only), so launch templates are not judged here.',
  condition: { property: 'MetadataOptions.HttpPutResponseHopLimit', 'less-or-equal': 1, default: 1 },
  messages: {
    pass: 'Launch configuration {name} keeps metadata responses to one hop',
    fail: 'Launch configuration {name} lets metadata responses travel {value} hops',
    unknown: 'the metadata hop limit'
  }
})
