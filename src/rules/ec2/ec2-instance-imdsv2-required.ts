import { builtinRule } from '../declarative/builtin.js'

export const ec2InstanceImdsv2Required = builtinRule({
  id: 'ec2-instance-imdsv2-required',
  title: 'EC2 instance requires IMDSv2 (session tokens) for instance metadata',
  severity: 'high',
  description:
    'Checks that the instance metadata service requires session tokens (MetadataOptions.HttpTokens is required) or is turned off.',
  risk: 'IMDSv1 answers any local HTTP GET, so a server-side request forgery bug hands out the instance role credentials.',
  remediation: {
    text: 'Set metadata_options with http_tokens = "required" on the instance (and its launch templates).',
    terraform: `resource "aws_instance" "this" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::EC2::Instance'],
  aliases: { checkov: ['CKV_AWS_79'], prowler: ['ec2_instance_imdsv2_enabled'] },
  notes:
    'Without MetadataOptions the effective setting comes from outside the code (the AMI ImdsSupport flag and the account-level metadata defaults), so Terraform code (plan, state, HCL) fails, as with Checkov: it must say "required". A live instance without MetadataOptions is unknown, because Cloud Control does not return the property (the account-fact collector must fill it in from ec2:DescribeInstances).',
  condition: { predicate: 'imdsv2-required' }
})
