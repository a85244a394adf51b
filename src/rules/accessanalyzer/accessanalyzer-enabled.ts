import { builtinRule } from '../declarative/builtin.js'

export const accessanalyzerEnabled = builtinRule({
  id: 'accessanalyzer-enabled',
  title: 'IAM Access Analyzer (external access) is enabled in the region',
  severity: 'low',
  description:
    'Checks that each account and region has an IAM Access Analyzer analyzer for external access (Type ACCOUNT or ORGANIZATION). A region control: it judges the region (Plumbline::Account::Region), not a resource.',
  risk: 'Without an analyzer, resources shared outside the account or organization (buckets, keys, roles, queues, snapshots) are not reported, so an unintended grant to the world or another account goes unseen.',
  remediation: {
    text: 'Create an external-access analyzer (type ACCOUNT, or ORGANIZATION from the management or delegated administrator account) in every region.',
    terraform: `resource "aws_accessanalyzer_analyzer" "this" {
  analyzer_name = "external-access"
  type          = "ACCOUNT"
}`
  },
  categories: ['identity-access'],
  'resource-types': ['Plumbline::Account::Region'],
  aliases: { checkov: [], prowler: ['accessanalyzer_enabled'] },
  notes:
    'Unused-access analyzers (ACCOUNT_UNUSED_ACCESS, ORGANIZATION_UNUSED_ACCESS) do not count: they do not report external access, which is what CIS asks for. Live, every scanned region is judged; on a plan, a state or .tf code, only regions where the configuration manages an analyzer. The analyzer\'s status (Prowler also fails one that is not ACTIVE) is not in its CloudFormation model, so a created analyzer passes. Checkov has no equivalent check.',
  condition: {
    predicate: 'region-has',
    type: 'AWS::AccessAnalyzer::Analyzer',
    where: { Type: ['ACCOUNT', 'ORGANIZATION'] },
    what: 'an external-access IAM Access Analyzer'
  }
})
