import { builtinRule } from '../declarative/builtin.js'

export const eksNodegroupSshRestricted = builtinRule({
  id: 'eks-nodegroup-ssh-restricted',
  title: 'EKS node group with SSH access limits it to chosen security groups',
  severity: 'medium',
  description: 'Checks that a managed node group that sets an SSH key (RemoteAccess.Ec2SshKey) also names the security groups allowed to use it (RemoteAccess.SourceSecurityGroups).',
  risk: 'With an SSH key and no source security groups, EKS opens port 22 on the nodes to 0.0.0.0/0.',
  remediation: {
    text: 'Name the security groups allowed to connect in source_security_group_ids, or drop remote_access and reach the nodes through SSM Session Manager.',
    terraform: `resource "aws_eks_node_group" "this" {
  cluster_name    = aws_eks_cluster.this.name
  node_group_name = "app"
  node_role_arn   = aws_iam_role.node.arn
  subnet_ids      = [aws_subnet.a.id, aws_subnet.b.id]
  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }
  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = [aws_security_group.bastion.id]
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EKS::Nodegroup'],
  aliases: { checkov: ['CKV_AWS_100'], prowler: [] },
  notes: 'Node groups without remote access (no SSH key) pass.',
  condition: {
    'any-of': [
      { property: 'RemoteAccess.Ec2SshKey', exists: false },
      { property: 'RemoteAccess.SourceSecurityGroups', empty: false }
    ]
  },
  messages: {
    pass: {
      'RemoteAccess.Ec2SshKey': 'Node group {name} has no SSH access',
      'RemoteAccess.SourceSecurityGroups': 'Node group {name} limits SSH access to chosen security groups'
    },
    fail: 'Node group {name} has an SSH key and no source security groups, so SSH is open to 0.0.0.0/0',
    unknown: {
      'RemoteAccess.Ec2SshKey': 'whether SSH access is configured',
      'RemoteAccess.SourceSecurityGroups': 'the list of security groups allowed to use SSH'
    }
  }
})
