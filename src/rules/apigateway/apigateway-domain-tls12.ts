import { builtinRule } from '../declarative/builtin.js'

export const apigatewayDomainTls12 = builtinRule({
  id: 'apigateway-domain-tls12',
  title: 'API Gateway custom domain requires TLS 1.2 or later',
  severity: 'medium',
  description:
    'Checks that the REST API custom domain name uses the TLS_1_2 security policy or one of the newer SecurityPolicy_TLS12_* / SecurityPolicy_TLS13_* policies (SecurityPolicy).',
  risk: 'The TLS_1_0 policy accepts TLS 1.0 and 1.1 and their weak ciphers, which a network attacker can downgrade clients to.',
  remediation: {
    text: 'Set security_policy to TLS_1_2 (or a TLS 1.3 policy).',
    terraform: `resource "aws_api_gateway_domain_name" "this" {
  domain_name              = "api.example.com"
  regional_certificate_arn = aws_acm_certificate.api.arn
  security_policy          = "TLS_1_2"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::ApiGateway::DomainName'],
  aliases: { checkov: ['CKV_AWS_206'], prowler: [] },
  notes: 'A domain without SecurityPolicy fails, as in Checkov: the code does not say which policy it gets.',
  condition: { property: 'SecurityPolicy', matches: '^(TLS_1_2|SecurityPolicy_TLS1[23]_)' },
  messages: {
    pass: 'Domain {name} requires TLS 1.2 or later ({value})',
    fail: 'Domain {name} accepts protocols older than TLS 1.2 (SecurityPolicy is {value})',
    unknown: 'the security policy'
  }
})
