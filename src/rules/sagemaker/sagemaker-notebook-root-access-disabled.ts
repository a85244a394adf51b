import { builtinRule } from '../declarative/builtin.js'

export const sagemakerNotebookRootAccessDisabled = builtinRule({
  id: 'sagemaker-notebook-root-access-disabled',
  title: 'SageMaker notebook instance users have no root access',
  severity: 'medium',
  description:
    'Checks that users of the notebook instance cannot become root (RootAccess is Disabled); SageMaker gives root access when the property is not set.',
  risk: 'Root on the notebook lets any of its users change the instance\'s software, read every user\'s files and act with the notebook\'s IAM role in ways its lifecycle configuration did not intend.',
  remediation: {
    text: 'Set root access to Disabled (lifecycle configurations still run as root).',
    terraform: `resource "aws_sagemaker_notebook_instance" "this" {
  name          = "analysis"
  role_arn      = aws_iam_role.notebook.arn
  instance_type = "ml.t3.medium"
  root_access   = "Disabled"
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::SageMaker::NotebookInstance'],
  aliases: { checkov: ['CKV_AWS_307'], prowler: ['sagemaker_notebook_instance_root_access_disabled'] },
  condition: { property: 'RootAccess', equals: 'Disabled', default: 'Enabled' },
  messages: {
    pass: 'Notebook instance {name} gives its users no root access',
    fail: 'Notebook instance {name} gives its users root access (RootAccess is {value})',
    unknown: 'whether root access is disabled'
  }
})
