// IAM companions folded into the principal: *_policy_attachment into ManagedPolicyArns, and the inline
// aws_iam_role_policy / _user_policy / _group_policy into Policies.
import { attr, isUnknownAttr, ResourceBuilder } from '../builder.js'
import { parsePolicy } from '../convert.js'
import type { CompanionMapper } from '../registry.js'
import { addInlinePolicy, addManagedPolicyArns } from './iam-principals.js'

function attachment(tfType: string, attrName: string, parentType: string): CompanionMapper {
  return {
    tfType,
    targets: [{ attr: attrName, parentTypes: [parentType] }],
    fold(principal, tf) {
      if (isUnknownAttr(tf, 'policy_arn')) addManagedPolicyArns(principal, [], 1, tf)
      else addManagedPolicyArns(principal, [attr(tf, 'policy_arn')], 0, tf)
    }
  }
}

export const iamRolePolicyAttachment = attachment('aws_iam_role_policy_attachment', 'role', 'aws_iam_role')
export const iamUserPolicyAttachment = attachment('aws_iam_user_policy_attachment', 'user', 'aws_iam_user')
export const iamGroupPolicyAttachment = attachment('aws_iam_group_policy_attachment', 'group', 'aws_iam_group')

/** aws_iam_policy_attachment (exclusive attachment) names lists of roles, users and groups. */
export const iamPolicyAttachment: CompanionMapper = {
  tfType: 'aws_iam_policy_attachment',
  targets: [
    { attr: 'roles', parentTypes: ['aws_iam_role'] },
    { attr: 'users', parentTypes: ['aws_iam_user'] },
    { attr: 'groups', parentTypes: ['aws_iam_group'] }
  ],
  fold(principal, tf) {
    if (isUnknownAttr(tf, 'policy_arn')) addManagedPolicyArns(principal, [], 1, tf)
    else addManagedPolicyArns(principal, [attr(tf, 'policy_arn')], 0, tf)
  }
}

/**
 * An inline policy folds into its principal when the principal is in the configuration; otherwise (a role managed
 * elsewhere, or named through an expression we cannot follow) it is judged on its own, in CloudFormation's standalone
 * form (AWS::IAM::RolePolicy {RoleName, PolicyName, PolicyDocument}), which the inline-policy rules judge too.
 */
function inlinePolicy(tfType: string, attrName: string, parentType: string, standaloneType: string, principalProperty: string): CompanionMapper {
  return {
    tfType,
    targets: [{ attr: attrName, parentTypes: [parentType] }],
    fold(principal, tf) {
      addInlinePolicy(principal, tf, 'name', 'policy')
    },
    standalone(tf) {
      const b = new ResourceBuilder(standaloneType, tf)
      b.region = 'global'
      b.copy(principalProperty, attrName)
      b.copy('PolicyName', 'name')
      b.copy('PolicyDocument', 'policy', parsePolicy)
      const principal = b.properties[principalProperty]
      const name = b.properties.PolicyName
      // Cloud Control's identifier of an inline policy: its name and its principal's, '|'-joined.
      b.id = typeof principal === 'string' && typeof name === 'string' ? `${name}|${principal}` : null
      return [b]
    }
  }
}

export const iamRolePolicy = inlinePolicy('aws_iam_role_policy', 'role', 'aws_iam_role', 'AWS::IAM::RolePolicy', 'RoleName')
export const iamUserPolicy = inlinePolicy('aws_iam_user_policy', 'user', 'aws_iam_user', 'AWS::IAM::UserPolicy', 'UserName')
export const iamGroupPolicy = inlinePolicy('aws_iam_group_policy', 'group', 'aws_iam_group', 'AWS::IAM::GroupPolicy', 'GroupName')
