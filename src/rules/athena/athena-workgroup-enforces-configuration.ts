import { builtinRule } from '../declarative/builtin.js'

export const athenaWorkgroupEnforcesConfiguration = builtinRule({
  id: 'athena-workgroup-enforces-configuration',
  title: 'Athena workgroup settings override client-side settings',
  severity: 'medium',
  description:
    'Checks that the workgroup\'s settings (result location, encryption, limits) apply to every query whatever the client asks (WorkGroupConfiguration.EnforceWorkGroupConfiguration is true; true when not set).',
  risk: 'When clients may override the workgroup, a query can write unencrypted results to a location of the client\'s choosing, and the workgroup\'s data limits do not bind.',
  remediation: {
    text: 'Enforce the workgroup configuration.',
    terraform: `resource "aws_athena_workgroup" "this" {
  name = "analysts"
  configuration {
    enforce_workgroup_configuration = true
  }
}`
  },
  categories: ['trust-boundaries'],
  'resource-types': ['AWS::Athena::WorkGroup'],
  aliases: { checkov: ['CKV_AWS_82'], prowler: ['athena_workgroup_enforce_configuration'] },
  condition: { property: 'WorkGroupConfiguration.EnforceWorkGroupConfiguration', equals: true, default: true },
  messages: {
    pass: 'Workgroup {name} enforces its configuration',
    fail: 'Workgroup {name} lets clients override its configuration',
    unknown: 'whether the workgroup configuration is enforced'
  }
})
