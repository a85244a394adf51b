// Attributes that hold secrets the CloudFormation schemas do not mark write-only are never mapped (integration.ts,
// edge.ts, devtools.ts leave them out by name). The golden files show the output; this says what must never be in
// it, so that regenerating a golden cannot quietly accept a secret that starts to leak.
import { mapTerraform } from '../../src/mapping/index.js'
import { tf } from './helpers.js'

const cases: ReadonlyArray<readonly [string, Record<string, unknown>, readonly string[]]> = [
  [
    'aws_ssm_parameter',
    { id: '/prod/db/password', name: '/prod/db/password', type: 'SecureString', value: 'hunter2-value', insecure_value: 'hunter2-insecure' },
    ['hunter2-value', 'hunter2-insecure']
  ],
  [
    'aws_acm_certificate',
    { id: 'arn:aws:acm:eu-west-1:111122223333:certificate/x', domain_name: 'example.com', private_key: 'PRIVATE-KEY-PEM', certificate_body: 'CERT-PEM' },
    ['PRIVATE-KEY-PEM']
  ],
  [
    'aws_amplify_app',
    { id: 'd1', arn: 'arn:aws:amplify:eu-west-1:111122223333:apps/d1', name: 'site', access_token: 'ghp_TOKEN', oauth_token: 'OAUTH_TOKEN', basic_auth_credentials: 'dXNlcjpwYXNz', enable_basic_auth: true },
    ['ghp_TOKEN', 'OAUTH_TOKEN', 'dXNlcjpwYXNz']
  ],
  [
    'aws_transfer_server',
    { id: 's-0123', host_key: 'HOST-PRIVATE-KEY', endpoint_type: 'PUBLIC' },
    ['HOST-PRIVATE-KEY']
  ],
  [
    'aws_api_gateway_api_key',
    { id: 'k1', name: 'partner', enabled: true, value: 'API-KEY-VALUE' },
    ['API-KEY-VALUE']
  ],
  [
    'aws_mq_broker',
    {
      id: 'b-1',
      broker_name: 'orders',
      user: [{ username: 'app', password: 'BROKER-PASSWORD', console_access: false, groups: [] }],
      ldap_server_metadata: [{ service_account_username: 'svc', service_account_password: 'LDAP-PASSWORD' }]
    },
    ['BROKER-PASSWORD', 'LDAP-PASSWORD']
  ],
  [
    'aws_cloudwatch_event_connection',
    {
      id: 'partner',
      name: 'partner',
      authorization_type: 'OAUTH_CLIENT_CREDENTIALS',
      auth_parameters: [
        {
          api_key: [{ key: 'x-api-key', value: 'API-KEY-VALUE' }],
          basic: [{ username: 'u', password: 'BASIC-PASSWORD' }],
          oauth: [{ authorization_endpoint: 'https://auth.example.com', http_method: 'POST', client_parameters: [{ client_id: 'c', client_secret: 'CLIENT-SECRET' }] }],
          invocation_http_parameters: [{ header: [{ key: 'x-tenant', value: 'HEADER-SECRET', is_value_secret: true }] }]
        }
      ]
    },
    ['API-KEY-VALUE', 'BASIC-PASSWORD', 'CLIENT-SECRET', 'HEADER-SECRET']
  ],
  [
    // The tunnels' pre-shared keys, as their own attributes and inside the generated customer gateway configuration.
    'aws_vpn_connection',
    {
      id: 'vpn-0123',
      customer_gateway_id: 'cgw-0123',
      vpn_gateway_id: 'vgw-0123',
      type: 'ipsec.1',
      tunnel1_preshared_key: 'TUNNEL1-PSK',
      tunnel2_preshared_key: 'TUNNEL2-PSK',
      tunnel1_inside_cidr: '169.254.10.0/30',
      customer_gateway_configuration: '<vpn_connection><pre_shared_key>TUNNEL1-PSK</pre_shared_key><pre_shared_key>TUNNEL2-PSK</pre_shared_key></vpn_connection>'
    },
    ['TUNNEL1-PSK', 'TUNNEL2-PSK']
  ],
  [
    'aws_appsync_api_key',
    { id: 'api:da2-key', api_id: 'api', expires: '2026-12-31T00:00:00Z', key: 'APPSYNC-KEY' },
    ['APPSYNC-KEY']
  ],
  [
    'aws_codebuild_source_credential',
    { id: 'arn:aws:codebuild:eu-west-1:111122223333:token/github', auth_type: 'PERSONAL_ACCESS_TOKEN', server_type: 'GITHUB', token: 'GITHUB-TOKEN' },
    ['GITHUB-TOKEN']
  ],
  [
    'aws_amplify_branch',
    { id: 'app/main', arn: 'arn:aws:amplify:eu-west-1:111122223333:apps/app/branches/main', app_id: 'app', branch_name: 'main', basic_auth_credentials: 'BRANCH-CREDENTIALS', enable_basic_auth: true },
    ['BRANCH-CREDENTIALS']
  ],
  [
    'aws_sesv2_email_identity',
    { id: 'example.com', email_identity: 'example.com', dkim_signing_attributes: [{ domain_signing_private_key: 'DKIM-PRIVATE-KEY', domain_signing_selector: 'sel1' }] },
    ['DKIM-PRIVATE-KEY']
  ],
  [
    'aws_codepipeline_webhook',
    {
      id: 'arn:aws:codepipeline:eu-west-1:111122223333:webhook:app',
      name: 'app',
      url: 'https://eu-west-1.webhooks.aws/trigger?t=URL-TOKEN',
      authentication_configuration: [{ secret_token: 'WEBHOOK-SECRET' }]
    },
    ['URL-TOKEN', 'WEBHOOK-SECRET']
  ],
  [
    'aws_api_gateway_domain_name',
    { id: 'api.example.com', domain_name: 'api.example.com', certificate_private_key: 'DOMAIN-PRIVATE-KEY', certificate_body: 'CERT-PEM' },
    ['DOMAIN-PRIVATE-KEY']
  ]
]

describe('secret attributes are never mapped', () => {
  it.each(cases)('%s', (type, values, secrets) => {
    const { resources } = mapTerraform([tf(type, 'this', values)])
    expect(resources).toHaveLength(1)
    const text = JSON.stringify(resources)
    for (const secret of secrets) expect(text).not.toContain(secret)
  })
})
