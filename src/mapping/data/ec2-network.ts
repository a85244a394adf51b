// VPC plumbing: subnets, route tables and routes, gateways, addresses, endpoints, peering, transit gateways, DHCP
// options, prefix lists, associations. Each entry writes only what the aws provider names otherwise than the
// CloudFormation property's snake_case (derived.ts).
import type { MappingSpec } from '../derived.js'

export const EC2_NETWORK: readonly MappingSpec[] = [
  {
    tf: 'aws_subnet',
    cfn: 'AWS::EC2::Subnet',
    // The provider flattens PrivateDnsNameOptionsOnLaunch into three attributes.
    fields: [
      ['PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsARecord', 'enable_resource_name_dns_a_record_on_launch'],
      ['PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsAAAARecord', 'enable_resource_name_dns_aaaa_record_on_launch'],
      ['PrivateDnsNameOptionsOnLaunch.HostnameType', 'private_dns_hostname_type_on_launch']
    ],
    // A subnet launches instances without a public address unless told otherwise.
    defaults: { MapPublicIpOnLaunch: false }
  },
  {
    tf: 'aws_default_subnet',
    cfn: 'AWS::EC2::Subnet',
    adopted: true,
    fields: [
      ['PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsARecord', 'enable_resource_name_dns_a_record_on_launch'],
      ['PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsAAAARecord', 'enable_resource_name_dns_aaaa_record_on_launch'],
      ['PrivateDnsNameOptionsOnLaunch.HostnameType', 'private_dns_hostname_type_on_launch']
    ],
    // A default subnet gives every instance a public address (AWS's documented default).
    defaults: { MapPublicIpOnLaunch: true }
  },
  // Inline `route` blocks of a route table are not mapped: AWS::EC2::Route resources stand for routes.
  { tf: 'aws_route_table', cfn: 'AWS::EC2::RouteTable' },
  { tf: 'aws_default_route_table', cfn: 'AWS::EC2::RouteTable', adopted: true },
  {
    tf: 'aws_route',
    cfn: 'AWS::EC2::Route',
    // CidrBlock is the read-only half of the identifier: the IPv4 destination, or else the IPv6 one.
    names: { CidrBlock: 'destination_cidr_block', EgressOnlyInternetGatewayId: 'egress_only_gateway_id' }
  },
  { tf: 'aws_route_table_association', cfn: 'AWS::EC2::SubnetRouteTableAssociation' },
  { tf: 'aws_internet_gateway', cfn: 'AWS::EC2::InternetGateway' },
  { tf: 'aws_egress_only_internet_gateway', cfn: 'AWS::EC2::EgressOnlyInternetGateway' },
  { tf: 'aws_internet_gateway_attachment', cfn: 'AWS::EC2::VPCGatewayAttachment', names: { AttachmentType: null } },
  { tf: 'aws_vpn_gateway_attachment', cfn: 'AWS::EC2::VPCGatewayAttachment', names: { AttachmentType: null } },
  { tf: 'aws_nat_gateway', cfn: 'AWS::EC2::NatGateway', names: { PrivateIpAddress: 'private_ip' }, defaults: { ConnectivityType: 'public' } },
  {
    tf: 'aws_eip',
    cfn: 'AWS::EC2::EIP',
    // Identified by its address and allocation together; `instance` is the instance it is associated with.
    names: { AllocationId: 'allocation_id', PublicIp: 'public_ip', InstanceId: 'instance', TransferAddress: null }
  },
  {
    tf: 'aws_vpc_endpoint',
    cfn: 'AWS::EC2::VPCEndpoint',
    // dns_entry is a list of blocks in Terraform and of strings in CloudFormation: not compared.
    names: { PolicyDocument: 'policy', DnsEntries: null, CreationTimestamp: null },
    defaults: { VpcEndpointType: 'Gateway' }
  },
  { tf: 'aws_vpc_endpoint_service', cfn: 'AWS::EC2::VPCEndpointService' },
  { tf: 'aws_vpc_peering_connection', cfn: 'AWS::EC2::VPCPeeringConnection' },
  { tf: 'aws_ec2_transit_gateway', cfn: 'AWS::EC2::TransitGateway', names: { TransitGatewayArn: 'arn' } },
  {
    tf: 'aws_ec2_transit_gateway_vpc_attachment',
    cfn: 'AWS::EC2::TransitGatewayVpcAttachment',
    // The provider flattens Options into attributes of the attachment (security_group_referencing_support is newer
    // than the shipped schema).
    names: { AddSubnetIds: null, RemoveSubnetIds: null },
    fields: [
      ['Options.DnsSupport', 'dns_support'],
      ['Options.Ipv6Support', 'ipv6_support'],
      ['Options.ApplianceModeSupport', 'appliance_mode_support']
    ]
  },
  { tf: 'aws_vpn_gateway', cfn: 'AWS::EC2::VPNGateway', defaults: { Type: 'ipsec.1' } },
  { tf: 'aws_customer_gateway', cfn: 'AWS::EC2::CustomerGateway' },
  { tf: 'aws_vpc_dhcp_options', cfn: 'AWS::EC2::DHCPOptions' },
  { tf: 'aws_network_acl_association', cfn: 'AWS::EC2::SubnetNetworkAclAssociation' },
  { tf: 'aws_ec2_managed_prefix_list', cfn: 'AWS::EC2::PrefixList', names: { PrefixListName: 'name', Entries: 'entry' } },
  {
    tf: 'aws_db_subnet_group',
    cfn: 'AWS::RDS::DBSubnetGroup',
    names: { DBSubnetGroupName: 'name', DBSubnetGroupDescription: 'description' },
    // The provider's default description.
    defaults: { DBSubnetGroupDescription: 'Managed by Terraform' }
  },
  // Transit gateway routing: the route table's id is Terraform's id; the others are identified by the attributes
  // their CloudFormation primary identifiers name (route table and destination, route table and attachment).
  { tf: 'aws_ec2_transit_gateway_route_table', cfn: 'AWS::EC2::TransitGatewayRouteTable' },
  // A blackhole route has no attachment: the provider's '' is "not set".
  { tf: 'aws_ec2_transit_gateway_route', cfn: 'AWS::EC2::TransitGatewayRoute', defaults: { Blackhole: false } },
  { tf: 'aws_ec2_transit_gateway_route_table_association', cfn: 'AWS::EC2::TransitGatewayRouteTableAssociation' },
  { tf: 'aws_ec2_transit_gateway_route_table_propagation', cfn: 'AWS::EC2::TransitGatewayRouteTablePropagation' },
  { tf: 'aws_vpc_dhcp_options_association', cfn: 'AWS::EC2::VPCDHCPOptionsAssociation' },
  // Id is the association's id (vpc-cidr-assoc-...), which is Terraform's id; it is half of the primary identifier.
  { tf: 'aws_vpc_ipv4_cidr_block_association', cfn: 'AWS::EC2::VPCCidrBlock', names: { Id: 'id' } },
  {
    tf: 'aws_vpn_connection',
    cfn: 'AWS::EC2::VPNConnection',
    // The tunnels' options hold each tunnel's pre-shared key (PreSharedKey), which the schema does not mark
    // write-only: a secret that must never leave, so the whole list is left out (Terraform's tunnel1_preshared_key,
    // tunnel2_preshared_key and customer_gateway_configuration, which embeds them, are not read at all).
    names: { VpnTunnelOptionsSpecifications: null },
    // The provider's default: static routing off (BGP).
    defaults: { StaticRoutesOnly: false }
  }
]
