import { builtinRule } from '../declarative/builtin.js'

export const guarddutyEnabled = builtinRule({
  id: 'guardduty-enabled',
  title: 'GuardDuty is enabled in the region',
  severity: 'high',
  description:
    'Checks that each account and region has an Amazon GuardDuty detector that is enabled (Enable true). A region control: it judges the region (Plumbline::Account::Region), not a resource.',
  risk: 'Without GuardDuty, nothing watches CloudTrail, VPC flow and DNS logs for compromised credentials, crypto-mining or reconnaissance in that region, and attackers favour the regions nobody uses.',
  remediation: {
    text: 'Enable GuardDuty in every region (with a delegated administrator and auto-enable for an organization), including regions you do not use.',
    terraform: `resource "aws_guardduty_detector" "this" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}`
  },
  categories: ['threat-detection'],
  'resource-types': ['Plumbline::Account::Region'],
  aliases: { checkov: [], prowler: ['guardduty_is_enabled'] },
  notes:
    'Live, every scanned region is judged, used or not (Prowler reports unused regions only with --scan-unused-services; an attacker does not ask which regions are in use). On a plan, a state or .tf code a region is judged only where the configuration manages a GuardDuty detector: a configuration that does not touch GuardDuty gives no verdict (the detector may be managed elsewhere), while one that manages a suspended detector fails. Checkov has no equivalent check.',
  condition: { predicate: 'region-has', type: 'AWS::GuardDuty::Detector', where: { Enable: true }, what: 'an enabled GuardDuty detector' }
})
