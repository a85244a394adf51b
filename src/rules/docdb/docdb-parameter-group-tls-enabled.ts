import { builtinRule } from '../declarative/builtin.js'

export const docdbParameterGroupTlsEnabled = builtinRule({
  id: 'docdb-parameter-group-tls-enabled',
  title: 'DocumentDB cluster parameter group does not turn TLS off',
  severity: 'high',
  description: 'Checks that the DocumentDB cluster parameter group does not set the tls parameter to disabled, so clients must connect over TLS.',
  risk: 'With TLS off, credentials and documents cross the network in clear text and can be read or altered by anyone on the path.',
  remediation: {
    text: 'Remove the tls parameter (TLS is on by default) or set it to enabled, tls1.2+ or tls1.3+; clusters pick the change up at their next reboot.',
    terraform: `resource "aws_docdb_cluster_parameter_group" "this" {
  name   = "docs"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "tls1.2+"
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::DocDB::DBClusterParameterGroup'],
  aliases: { checkov: ['CKV_AWS_90'], prowler: [] },
  notes: 'Judges the parameter group, as Checkov does; a group that does not set tls keeps the default, enabled, and passes. Which clusters use the group is not checked.',
  condition: { property: 'Parameters.tls', 'not-equals': 'disabled', 'ignore-case': true },
  messages: {
    pass: 'DocumentDB parameter group {name} keeps TLS on',
    fail: 'DocumentDB parameter group {name} turns TLS off',
    unknown: 'the tls parameter'
  }
})
