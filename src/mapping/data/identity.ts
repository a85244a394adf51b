// Identity: IAM identity providers, service-linked roles, access keys and group membership; IAM Identity Center
// (SSO) permission sets and assignments; Cognito user pools, clients and identity pools. Each entry writes only what
// the aws provider names otherwise than the CloudFormation property's snake_case (derived.ts).
import { block, copyTags, nonEmpty, parsePolicy, type Convert } from '../convert.js'
import type { CompanionSpec, MappingSpec } from '../derived.js'

/** An identity provider's details without its client secret (the rest: client id, issuer, scopes, endpoints). */
const withoutClientSecret: Convert = (v) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined
  const details: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(v as Record<string, unknown>)) if (key !== 'client_secret') details[key] = value
  return Object.keys(details).length > 0 ? details : undefined
}

/** role_mapping blocks → CloudFormation's RoleMappings, keyed by identity provider. */
const roleMappings: Convert = (v) => {
  if (!Array.isArray(v)) return undefined
  const out: Record<string, unknown> = {}
  for (const item of v) {
    const m = block(item)
    if (!m || typeof m.identity_provider !== 'string') continue
    const rules = Array.isArray(m.mapping_rule) ? (m.mapping_rule as Array<Record<string, unknown>>) : []
    out[m.identity_provider] = {
      IdentityProvider: m.identity_provider,
      Type: m.type,
      ...(typeof m.ambiguous_role_resolution === 'string' && m.ambiguous_role_resolution !== '' ? { AmbiguousRoleResolution: m.ambiguous_role_resolution } : {}),
      ...(rules.length > 0 ? { RulesConfiguration: { Rules: rules.map((r) => ({ Claim: r.claim, MatchType: r.match_type, RoleARN: r.role_arn, Value: r.value })) } } : {})
    }
  }
  return Object.keys(out).length > 0 ? out : undefined
}

export const IDENTITY: readonly MappingSpec[] = [
  // IAM is a global service.
  { tf: 'aws_iam_openid_connect_provider', cfn: 'AWS::IAM::OIDCProvider', global: true },
  { tf: 'aws_iam_saml_provider', cfn: 'AWS::IAM::SAMLProvider', global: true },
  {
    tf: 'aws_iam_service_linked_role',
    cfn: 'AWS::IAM::ServiceLinkedRole',
    global: true,
    names: { RoleName: 'name' }
  },
  {
    tf: 'aws_iam_server_certificate',
    cfn: 'AWS::IAM::ServerCertificate',
    global: true,
    // The private key is never read: it must not leave the plan.
    names: { ServerCertificateName: 'name', PrivateKey: null }
  },
  {
    // The seed and QR code (base_32_string_seed, qr_code_png) are secrets with no CloudFormation property: never read.
    // `user` is the one user it is assigned to; CloudFormation's Users is a list of one.
    tf: 'aws_iam_virtual_mfa_device',
    cfn: 'AWS::IAM::VirtualMFADevice',
    global: true,
    names: { SerialNumber: 'arn', Users: 'user' }
  },
  {
    tf: 'aws_iam_access_key',
    cfn: 'AWS::IAM::AccessKey',
    global: true,
    // The secret access key (Terraform's secret, ses_smtp_password_v4, encrypted_secret) is never read: it must not
    // leave the plan. Serial is CloudFormation's rotation counter, which Terraform does not have.
    names: { UserName: 'user', SecretAccessKey: null, Serial: null }
  },
  {
    // One group, its users (exclusive membership). aws_iam_user_group_membership (one user, many groups) does not fit
    // UserToGroupAddition's one group and is not mapped. CloudFormation's Id is a name it makes up, not Terraform's
    // id: left out, so the resource has no Cloud Control identifier.
    tf: 'aws_iam_group_membership',
    cfn: 'AWS::IAM::UserToGroupAddition',
    global: true,
    names: { GroupName: 'group', Id: null }
  },
  {
    tf: 'aws_ssoadmin_permission_set',
    cfn: 'AWS::SSO::PermissionSet',
    names: { PermissionSetArn: 'arn', RelayStateType: 'relay_state' }
  },
  { tf: 'aws_ssoadmin_account_assignment', cfn: 'AWS::SSO::Assignment' },
  {
    tf: 'aws_ssoadmin_instance_access_control_attributes',
    cfn: 'AWS::SSO::InstanceAccessControlAttributeConfiguration',
    names: { AccessControlAttributes: 'attribute', InstanceAccessControlAttributeConfiguration: null }
  },
  // Identity Center's identity store: groups and memberships (Terraform's ids join the store and the group or
  // membership id; the membership's own id is read from membership_id).
  { tf: 'aws_identitystore_group', cfn: 'AWS::IdentityStore::Group' },
  {
    tf: 'aws_identitystore_group_membership',
    cfn: 'AWS::IdentityStore::GroupMembership',
    // member_id is the user's id (CloudFormation: MemberId.UserId).
    fields: [['MemberId.UserId', 'member_id']]
  },
  {
    tf: 'aws_cognito_user_pool',
    cfn: 'AWS::Cognito::UserPool',
    // The provider puts the password policy at the top level (CloudFormation: Policies.PasswordPolicy). EnabledMfas
    // is software_token_mfa_configuration and sms_configuration in Terraform: not derived (MfaConfiguration is).
    flatten: ['Policies'],
    names: {
      UserPoolName: 'name',
      ProviderName: 'endpoint',
      UserPoolTags: 'tags_all',
      'AccountRecoverySetting.RecoveryMechanisms': 'recovery_mechanism',
      'EmailConfiguration.From': 'from_email_address',
      'AdminCreateUserConfig.UnusedAccountValidityDays': null,
      EnabledMfas: null
    },
    // The provider's (and Cognito's) default: no MFA.
    defaults: { MfaConfiguration: 'OFF' }
  },
  {
    tf: 'aws_cognito_user_pool_client',
    cfn: 'AWS::Cognito::UserPoolClient',
    // The client secret is never read: it must not leave the plan. `name` is ClientName (Name is its read-only echo).
    names: {
      ClientId: 'id',
      ClientName: 'name',
      Name: null,
      ClientSecret: null,
      AllowedOAuthFlows: 'allowed_oauth_flows',
      AllowedOAuthFlowsUserPoolClient: 'allowed_oauth_flows_user_pool_client',
      AllowedOAuthScopes: 'allowed_oauth_scopes',
      CallbackURLs: 'callback_urls',
      LogoutURLs: 'logout_urls'
    }
  },
  {
    tf: 'aws_cognito_user_pool_domain',
    cfn: 'AWS::Cognito::UserPoolDomain',
    // The provider puts the custom domain's certificate at the top level (CloudFormation: CustomDomainConfig).
    flatten: ['CustomDomainConfig'],
    names: { CloudFrontDistribution: 'cloudfront_distribution' }
  },
  {
    tf: 'aws_cognito_identity_provider',
    cfn: 'AWS::Cognito::UserPoolIdentityProvider',
    // Terraform's id is "<pool>:<provider>", not CloudFormation's Id: left out. provider_details carries the IdP's
    // client_secret: the map is copied without it.
    names: { Id: null },
    fields: [['ProviderDetails', 'provider_details', withoutClientSecret]]
  },
  { tf: 'aws_cognito_user_group', cfn: 'AWS::Cognito::UserPoolGroup', names: { GroupName: 'name' } },
  { tf: 'aws_cognito_user_in_group', cfn: 'AWS::Cognito::UserPoolUserToGroupAttachment' },
  { tf: 'aws_cognito_resource_server', cfn: 'AWS::Cognito::UserPoolResourceServer', names: { Scopes: 'scope' } },
  {
    tf: 'aws_cognito_identity_pool_roles_attachment',
    cfn: 'AWS::Cognito::IdentityPoolRoleAttachment',
    // Terraform's id is the pool's id, not CloudFormation's Id: left out. `roles` (authenticated, unauthenticated)
    // is the same map; role_mapping blocks become the map keyed by identity provider.
    names: { Id: null },
    fields: [['RoleMappings', 'role_mapping', roleMappings]]
  },
  {
    tf: 'aws_cognito_identity_pool',
    cfn: 'AWS::Cognito::IdentityPool',
    names: { OpenIdConnectProviderARNs: 'openid_connect_provider_arns', SamlProviderARNs: 'saml_provider_arns', Name: null },
    // Its tags are IdentityPoolTags.
    finish: (b) => copyTags(b, 'IdentityPoolTags')
  }
]

export const IDENTITY_COMPANIONS: readonly CompanionSpec[] = [
  {
    // The permission set's permissions boundary, attached as a resource of its own (at most one per permission set).
    tf: 'aws_ssoadmin_permissions_boundary_attachment',
    parent: { attr: 'permission_set_arn', types: ['aws_ssoadmin_permission_set'] },
    fields: [
      [
        'PermissionsBoundary',
        'permissions_boundary',
        { one: [['ManagedPolicyArn', 'managed_policy_arn', nonEmpty], ['CustomerManagedPolicyReference', 'customer_managed_policy_reference', { one: [['Name', 'name', nonEmpty], ['Path', 'path', nonEmpty]] }]] }
      ]
    ]
  },
  {
    // The permission set's inline policy, managed as a resource of its own (no CloudFormation type of its own).
    tf: 'aws_ssoadmin_permission_set_inline_policy',
    parent: { attr: 'permission_set_arn', types: ['aws_ssoadmin_permission_set'] },
    fields: [['InlinePolicy', 'inline_policy', parsePolicy]]
  }
]
