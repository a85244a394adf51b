import { builtinRule } from '../declarative/builtin.js'

export const vpcSubnetNoPublicIpOnLaunch = builtinRule({
  id: 'vpc-subnet-no-public-ip-on-launch',
  title: 'VPC subnet does not assign public IPv4 addresses on launch',
  severity: 'medium',
  description:
    'Checks that the subnet does not give instances launched into it a public IPv4 address by default (MapPublicIpOnLaunch is false or absent).',
  risk: 'Every instance launched into a subnet that maps public addresses is reachable from the internet as soon as a security group allows it, whether or not its owner meant it to be public.',
  remediation: {
    text: 'Set map_public_ip_on_launch = false and give a public address, or better a load balancer, only to what must be public.',
    terraform: `resource "aws_subnet" "private" {
  vpc_id                  = aws_vpc.this.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = false
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::Subnet'],
  aliases: { checkov: ['CKV_AWS_130'], prowler: ['vpc_subnet_no_public_ip_by_default'] },
  notes:
    'An absent MapPublicIpOnLaunch is false (the CloudFormation and AWS default), as with Checkov. Unlike Checkov, which looks at aws_subnet only, an adopted aws_default_subnet is judged too, and fails unless it sets map_public_ip_on_launch = false: AWS creates default subnets with public addressing on. Public subnets that hold only load balancers or NAT gateways fail too: suppress the rule for them.',
  condition: { property: 'MapPublicIpOnLaunch', equals: false, default: false },
  messages: {
    pass: 'Subnet {name} does not assign public IPv4 addresses on launch',
    fail: 'Subnet {name} assigns a public IPv4 address to every instance launched into it',
    unknown: 'the public address setting'
  }
})
