import { builtinRule } from '../declarative/builtin.js'

export const securityhubEnabled = builtinRule({
  id: 'securityhub-enabled',
  title: 'Security Hub is enabled in the region',
  severity: 'high',
  description:
    'Checks that AWS Security Hub is enabled (an AWS::SecurityHub::Hub exists) in each account and region. A region control: it judges the region (Plumbline::Account::Region), not a resource.',
  risk: 'Without Security Hub, the findings of GuardDuty, Inspector, Macie and the security standards of that region are not gathered or scored, so misconfigurations and threats there go unnoticed.',
  remediation: {
    text: 'Enable Security Hub in every region (for an organization, from the delegated administrator with auto-enable), with at least one security standard.',
    terraform: `resource "aws_securityhub_account" "this" {
  enable_default_standards = true
}`
  },
  categories: ['threat-detection'],
  'resource-types': ['Plumbline::Account::Region'],
  aliases: { checkov: [], prowler: ['securityhub_enabled'] },
  notes:
    'Live, every scanned region is judged, used or not. On a plan, a state or .tf code a region is judged only where the configuration manages an aws_securityhub_account: a configuration that does not touch Security Hub gives no verdict. Prowler also fails a hub with no standard or integration enabled; the hub\'s standards are separate resources (aws_securityhub_standards_subscription) that Plumbline does not read yet, so an enabled hub passes. Checkov has no equivalent check.',
  condition: { predicate: 'region-has', type: 'AWS::SecurityHub::Hub', what: 'Security Hub enabled' }
})
