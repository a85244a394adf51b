import { builtinRule } from '../declarative/builtin.js'

export const sagemakerNotebookInVpc = builtinRule({
  id: 'sagemaker-notebook-in-vpc',
  title: 'SageMaker notebook instance is launched in your VPC',
  severity: 'high',
  description: 'Checks that the notebook instance has a network interface in a subnet of your VPC (SubnetId is set).',
  risk: 'A notebook outside your VPC runs in a SageMaker-managed network: your security groups, network ACLs, VPC endpoints and flow logs do not apply to its traffic.',
  remediation: {
    text: 'Create the notebook in a private subnet with a security group (the notebook is recreated).',
    terraform: `resource "aws_sagemaker_notebook_instance" "this" {
  name            = "analysis"
  role_arn        = aws_iam_role.notebook.arn
  instance_type   = "ml.t3.medium"
  subnet_id       = aws_subnet.private.id
  security_groups = [aws_security_group.notebook.id]
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::SageMaker::NotebookInstance'],
  aliases: { checkov: ['CKV_AWS_306'], prowler: ['sagemaker_notebook_instance_vpc_settings_configured'] },
  notes: 'Any subnet passes: neither the CloudFormation property nor the notebook says whether the VPC is a default VPC.',
  condition: {
    'any-of': [
      // A known value, or (in a plan, where a subnet this configuration creates has no id yet) a reference to one.
      { property: 'SubnetId', matches: '.' },
      { predicate: 'refers-to', property: 'SubnetId', type: 'AWS::EC2::Subnet' }
    ]
  },
  messages: {
    pass: 'Notebook instance {name} is launched in a subnet of your VPC',
    fail: 'Notebook instance {name} is not launched in a VPC (SubnetId is not set)',
    unknown: 'the subnet'
  }
})
