import { builtinRule } from '../declarative/builtin.js'

export const sagemakerNotebookNoDirectInternet = builtinRule({
  id: 'sagemaker-notebook-no-direct-internet',
  title: 'SageMaker notebook instance has direct internet access disabled',
  severity: 'high',
  description:
    'Checks that the notebook instance reaches the internet only through its VPC (DirectInternetAccess is Disabled); SageMaker enables direct access when the property is not set.',
  risk: 'A notebook with direct internet access can pull code from and send data to anywhere on the internet, outside the controls of your VPC (security groups, network firewalls, VPC endpoints).',
  remediation: {
    text: 'Place the notebook in a subnet of your VPC and disable direct internet access (the notebook is recreated).',
    terraform: `resource "aws_sagemaker_notebook_instance" "this" {
  name                   = "analysis"
  role_arn               = aws_iam_role.notebook.arn
  instance_type          = "ml.t3.medium"
  subnet_id              = aws_subnet.private.id
  security_groups        = [aws_security_group.notebook.id]
  direct_internet_access = "Disabled"
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::SageMaker::NotebookInstance'],
  aliases: { checkov: ['CKV_AWS_122'], prowler: ['sagemaker_notebook_instance_without_direct_internet_access_configured'] },
  condition: { property: 'DirectInternetAccess', equals: 'Disabled', default: 'Enabled' },
  messages: {
    pass: 'Notebook instance {name} has direct internet access disabled',
    fail: 'Notebook instance {name} has direct internet access (DirectInternetAccess is {value})',
    unknown: 'whether direct internet access is disabled'
  }
})
