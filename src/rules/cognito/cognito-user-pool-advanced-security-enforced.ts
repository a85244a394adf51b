import { builtinRule } from '../declarative/builtin.js'

export const cognitoUserPoolAdvancedSecurityEnforced = builtinRule({
  id: 'cognito-user-pool-advanced-security-enforced',
  title: 'Cognito user pool enforces threat protection',
  severity: 'medium',
  description:
    'Checks that the user pool\'s threat protection (advanced security) acts on risky sign-ins rather than only reporting them (UserPoolAddOns.AdvancedSecurityMode is ENFORCED; OFF when not set).',
  risk: 'Without enforced threat protection, sign-ins with compromised credentials or from suspicious locations succeed; in AUDIT mode they are only logged.',
  remediation: {
    text: 'Set the advanced security mode to ENFORCED (the Plus feature plan), and configure the risk responses.',
    terraform: `resource "aws_cognito_user_pool" "this" {
  name = "users"
  user_pool_add_ons {
    advanced_security_mode = "ENFORCED"
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::Cognito::UserPool'],
  aliases: { checkov: [], prowler: ['cognito_user_pool_advanced_security_enabled'] },
  notes: 'Threat protection is billed per active user (the Plus plan).',
  condition: { property: 'UserPoolAddOns.AdvancedSecurityMode', equals: 'ENFORCED', default: 'OFF' },
  messages: {
    pass: 'User pool {name} enforces threat protection',
    fail: 'User pool {name} does not enforce threat protection (AdvancedSecurityMode is {value})',
    unknown: 'the advanced security mode'
  }
})
