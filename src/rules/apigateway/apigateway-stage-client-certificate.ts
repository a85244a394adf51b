import { builtinRule } from '../declarative/builtin.js'

export const apigatewayStageClientCertificate = builtinRule({
  id: 'apigateway-stage-client-certificate',
  title: 'API Gateway REST API stage authenticates to its backend with a client certificate',
  severity: 'medium',
  description: 'Checks that the REST API stage presents a client certificate to its HTTP backends (ClientCertificateId), so they can tell API Gateway\'s calls from others.',
  risk: 'A backend that cannot verify the caller accepts requests from anyone who finds its address, bypassing the API\'s authorization, throttling and WAF.',
  remediation: {
    text: 'Generate an API Gateway client certificate, attach it to the stage and make the backend require it.',
    terraform: `resource "aws_api_gateway_stage" "this" {
  rest_api_id           = aws_api_gateway_rest_api.this.id
  deployment_id         = aws_api_gateway_deployment.this.id
  stage_name            = "prod"
  client_certificate_id = aws_api_gateway_client_certificate.this.id
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::ApiGateway::Stage'],
  aliases: { checkov: [], prowler: ['apigateway_restapi_client_certificate_enabled'] },
  notes: 'Stages whose integrations are all AWS services or Lambda functions fail as well (API Gateway signs those calls): they need a suppression with that reason.',
  condition: {
    'any-of': [
      { property: 'ClientCertificateId', empty: false },
      // \`client_certificate_id = aws_api_gateway_client_certificate.backend.id\`: known after apply, a certificate all the same.
      { predicate: 'terraform-reference', property: 'ClientCertificateId', type: 'aws_api_gateway_client_certificate' }
    ]
  },
  messages: {
    pass: 'Stage {name} presents a client certificate to its backend',
    fail: 'Stage {name} has no client certificate for its backend',
    unknown: 'the client certificate'
  }
})
