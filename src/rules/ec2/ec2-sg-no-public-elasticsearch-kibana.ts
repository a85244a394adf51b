import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicElasticsearchKibana = builtinRule({
  id: 'ec2-sg-no-public-elasticsearch-kibana',
  title: 'Security group does not allow Elasticsearch or Kibana (TCP 9200, 9300 or 5601) from the internet',
  severity: 'critical',
  description:
    'Checks that no ingress rule of the security group opens TCP ports 9200, 9300 or 5601 (Elasticsearch or Kibana), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'Open Elasticsearch clusters and Kibana dashboards are a leading cause of mass data leaks: the REST API answers anyone who can reach it unless security is turned on.',
  remediation: {
    text: 'Allow the search and dashboard ports only from private ranges or a reverse proxy with authentication; prefer Amazon OpenSearch Service inside a VPC.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "elasticsearch_kibana" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 9200
  to_port                      = 9200
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_elasticsearch_kibana_9200_9300_5601', 'ec2_instance_port_elasticsearch_kibana_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. The instance check aliased (ec2_instance_port_*) judges instances through their groups; we judge the groups that would expose them, so a plan shows the opening before any instance uses it.',
  condition: { predicate: 'no-internet-ingress', port: [9200, 9300, 5601], what: 'Elasticsearch or Kibana (TCP 9200, 9300 or 5601)' }
})
