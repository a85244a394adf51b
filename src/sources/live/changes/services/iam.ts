// IAM's write events (eventSource iam.amazonaws.com, recorded in us-east-1; IAM is global: region 'global').
// Shapes: IAM's API parameter names in lowerCamelCase (roleName, userName, groupName, policyArn, policyName) as the
// CloudTrail log file examples' IAM entry shows (CreateUser: requestParameters.userName, responseElements.user
// { userName, arn, userId, ... }: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-examples.html);
// CreatePolicy answers responseElements.policy { policyName, arn, ... }, CreateRole responseElements.role { roleName, arn }.
// Quirks, named:
// - Managed-policy attachments live on the principal (ManagedPolicyArns), and the policy's Roles/Users/Groups view
//   changes too: an Attach/Detach touches both. AWS::IAM::ManagedPolicy's identifier is the policy ARN
//   (primaryIdentifier PolicyArn).
// - Renames (UpdateUser newUserName, UpdateGroup newGroupName): the old name is re-read (NotFound removes it) and the new.
// - Access keys, MFA devices, the password policy, server certificates have no CloudFormation type the scan reads:
//   they are Plumbline facts, one per account (src/model/facts.ts), id the account id.
import {
  ACCOUNT_SUMMARY_TYPE,
  CREDENTIAL_REPORT_TYPE,
  PASSWORD_POLICY_TYPE,
  SERVER_CERTIFICATES_TYPE,
  VIRTUAL_MFA_DEVICES_TYPE
} from '../../../../model/facts.js'
import { accountFact, obj, str, touch, type EventContext, type ServiceTable, type Touch } from '../table.js'

const ROLE = 'AWS::IAM::Role'
const USER = 'AWS::IAM::User'
const GROUP = 'AWS::IAM::Group'
const POLICY = 'AWS::IAM::ManagedPolicy'

const role = (ctx: EventContext): Touch => touch(ROLE, ctx.req.roleName)
const user = (ctx: EventContext): Touch => touch(USER, ctx.req.userName)
const group = (ctx: EventContext): Touch => touch(GROUP, ctx.req.groupName)
const policy = (ctx: EventContext): Touch => touch(POLICY, ctx.req.policyArn)
const facts = (ctx: EventContext, ...types: string[]): Touch[] => types.map((type) => accountFact(type, ctx))

/** A rename: the old name and, when given, the new one. */
function renamed(type: string, oldName: unknown, newName: unknown): Touch[] {
  return str(newName) ? [touch(type, oldName), touch(type, newName)] : [touch(type, oldName)]
}

export const iamTable: ServiceTable = {
  service: 'IAM',
  eventSource: 'iam.amazonaws.com',
  entries: [
    // Roles
    { names: ['CreateRole', 'CreateServiceLinkedRole'], touches: (ctx) => [touch(ROLE, obj(ctx.res.role).roleName ?? ctx.req.roleName)] },
    {
      names: [
        'DeleteRole',
        'DeleteServiceLinkedRole',
        'UpdateRole',
        'UpdateRoleDescription',
        'UpdateAssumeRolePolicy',
        'PutRolePolicy',
        'DeleteRolePolicy',
        'TagRole',
        'UntagRole',
        'PutRolePermissionsBoundary',
        'DeleteRolePermissionsBoundary'
      ],
      touches: (ctx) => [role(ctx)]
    },
    { names: ['AttachRolePolicy', 'DetachRolePolicy'], touches: (ctx) => [role(ctx), policy(ctx)] },
    // Users
    { names: ['CreateUser'], touches: (ctx) => [touch(USER, obj(ctx.res.user).userName ?? ctx.req.userName), accountFact(CREDENTIAL_REPORT_TYPE, ctx)] },
    { names: ['DeleteUser'], touches: (ctx) => [user(ctx), accountFact(CREDENTIAL_REPORT_TYPE, ctx)] },
    { names: ['UpdateUser'], touches: (ctx) => renamed(USER, ctx.req.userName, ctx.req.newUserName) },
    {
      names: ['PutUserPolicy', 'DeleteUserPolicy', 'TagUser', 'UntagUser', 'PutUserPermissionsBoundary', 'DeleteUserPermissionsBoundary'],
      touches: (ctx) => [user(ctx)]
    },
    { names: ['AttachUserPolicy', 'DetachUserPolicy'], touches: (ctx) => [user(ctx), policy(ctx)] },
    // The user's Groups property (a group's read does not list its members).
    { names: ['AddUserToGroup', 'RemoveUserFromGroup'], touches: (ctx) => [user(ctx)] },
    // The user's LoginProfile, and the credential report's password columns.
    { names: ['CreateLoginProfile', 'UpdateLoginProfile', 'DeleteLoginProfile'], touches: (ctx) => [user(ctx), accountFact(CREDENTIAL_REPORT_TYPE, ctx)] },
    // Access keys: a call without userName acts on the caller's own keys (the root user's among them), which no
    // CloudFormation type holds; the credential report and the account summary (AccountAccessKeysPresent) say.
    {
      names: ['CreateAccessKey', 'UpdateAccessKey', 'DeleteAccessKey'],
      touches: (ctx) => facts(ctx, CREDENTIAL_REPORT_TYPE, ACCOUNT_SUMMARY_TYPE)
    },
    {
      names: ['EnableMFADevice', 'DeactivateMFADevice', 'ResyncMFADevice', 'CreateVirtualMFADevice', 'DeleteVirtualMFADevice'],
      touches: (ctx) => facts(ctx, VIRTUAL_MFA_DEVICES_TYPE, CREDENTIAL_REPORT_TYPE, ACCOUNT_SUMMARY_TYPE)
    },
    { names: ['UpdateAccountPasswordPolicy', 'DeleteAccountPasswordPolicy'], touches: (ctx) => facts(ctx, PASSWORD_POLICY_TYPE) },
    { names: ['UploadServerCertificate', 'UpdateServerCertificate', 'DeleteServerCertificate'], touches: (ctx) => facts(ctx, SERVER_CERTIFICATES_TYPE) },
    // Groups
    { names: ['CreateGroup'], touches: (ctx) => [touch(GROUP, obj(ctx.res.group).groupName ?? ctx.req.groupName)] },
    { names: ['UpdateGroup'], touches: (ctx) => renamed(GROUP, ctx.req.groupName, ctx.req.newGroupName) },
    { names: ['DeleteGroup', 'PutGroupPolicy', 'DeleteGroupPolicy'], touches: (ctx) => [group(ctx)] },
    { names: ['AttachGroupPolicy', 'DetachGroupPolicy'], touches: (ctx) => [group(ctx), policy(ctx)] },
    // Managed policies: the identifier is the policy ARN.
    { names: ['CreatePolicy'], touches: (ctx) => [touch(POLICY, obj(ctx.res.policy).arn)] },
    {
      names: ['CreatePolicyVersion', 'DeletePolicyVersion', 'SetDefaultPolicyVersion', 'DeletePolicy', 'TagPolicy', 'UntagPolicy'],
      touches: (ctx) => [policy(ctx)]
    }
  ],
  trailResourceNames: {
    // Event history finds IAM events under the entity's name (the policy's under its ARN).
    [ROLE]: (id) => id,
    [USER]: (id) => id,
    [GROUP]: (id) => id,
    [POLICY]: (id) => id
  }
}
