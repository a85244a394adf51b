import { builtinRule } from '../declarative/builtin.js'

export const ec2InstanceProfileAttached = builtinRule({
  id: 'ec2-instance-profile-attached',
  title: 'EC2 instance has an IAM instance profile (role) attached',
  severity: 'medium',
  description: 'Checks that the EC2 instance is launched with an IAM instance profile (IamInstanceProfile is set), so that software on it gets temporary role credentials.',
  risk: 'Without an instance role, software on the instance that calls AWS needs long-lived access keys, stored on disk or in user data, where they leak and are rarely rotated.',
  remediation: {
    text: 'Create an IAM role for the workload with only the permissions it needs, wrap it in an instance profile and attach it to the instance; then remove any access keys stored on the instance.',
    terraform: `resource "aws_iam_instance_profile" "app" {
  name = "app"
  role = aws_iam_role.app.name
}

resource "aws_instance" "app" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.app.name
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::EC2::Instance'],
  aliases: { checkov: ['CKV2_AWS_41'], prowler: ['ec2_instance_profile_attached'] },
  notes:
    'Stopped instances are judged, as in Prowler (they can be started again at any time). Terminated instances are not judged (no verdict): EC2 still describes them for about an hour, Prowler\'s check reports them too, but nothing can be attached to them any more, and Prowler\'s other instance checks skip them. Only that a profile is attached is checked, not what its role may do. An empty IamInstanceProfile fails like an absent one. In Terraform, a profile known only after apply passes when its expression refers to an aws_iam_instance_profile (as Checkov\'s graph check CKV2_AWS_41 connects the two); any other unknown value is unknown. An instance launched from a launch template of the configuration gets the template\'s profile (EC2 attaches it).',
  'applies-when': { property: 'State.Name', 'not-equals': 'terminated' },
  condition: {
    'any-of': [
      { property: 'IamInstanceProfile', empty: false },
      // `iam_instance_profile = aws_iam_instance_profile.app.name`: known after apply, but a profile all the same.
      { predicate: 'terraform-reference', property: 'IamInstanceProfile', type: 'aws_iam_instance_profile' },
      // Launched from a launch template that names one: EC2 gives the instance the template's profile.
      { predicate: 'launch-template-sets', property: 'LaunchTemplateData.IamInstanceProfile' }
    ]
  },
  messages: {
    pass: 'Instance {name} has an IAM instance profile attached',
    fail: 'Instance {name} has no IAM instance profile attached',
    unknown: 'the instance profile'
  }
})
