// What an IAM policy document allows, action by action: the named sets of sensitive actions the policy rules look
// for (privilege escalation paths, credentials exposure, data exfiltration, full access to a service...) and the
// reading of Action/NotAction, Resource/NotResource and Deny statements that decides whether a document allows them.
import { asList, statementsOf, type PolicyStatement } from '../../model/policy-document.js'

/** A named set of actions a policy must not allow. */
export interface ActionSet {
  /** How messages name what the policy allows ("privilege escalation"). */
  what: string
  /**
   * Only statements on every resource count: Resource "*" or a NotResource (everything but some resources). Sets
   * whose danger lies in the action whatever it is scoped to (privilege escalation, as Prowler reads it) say false.
   */
  everyResource: boolean
  /** The set is allowed when every action of one of these combinations is (concrete action names). */
  combinations?: readonly (readonly string[])[]
  /** Or: when every action of this service is (the service prefix: kms). */
  fullService?: string
  /** Or: when a statement allows Action "*" itself (NotAction statements are not counted). */
  everyAction?: true
}

/**
 * Escalation paths: each combination lets a principal that has all of it raise its own privileges (write a policy
 * version, attach or put a policy, take over another principal's credentials, or pass a role to a service it then
 * runs code in). After Prowler's iam_policy_allows_privilege_escalation list (itself after Rhino Security Labs and
 * Bishop Fox); `iam:*` and `iam:Put*` need no entry of their own: they allow the single IAM actions below.
 */
const PRIVILEGE_ESCALATION: readonly (readonly string[])[] = [
  ['iam:CreatePolicyVersion'],
  ['iam:SetDefaultPolicyVersion'],
  ['iam:CreateAccessKey'],
  ['iam:CreateLoginProfile'],
  ['iam:UpdateLoginProfile'],
  ['iam:AttachUserPolicy'],
  ['iam:AttachGroupPolicy'],
  ['iam:AttachRolePolicy'],
  ['iam:PutUserPolicy'],
  ['iam:PutGroupPolicy'],
  ['iam:PutRolePolicy'],
  ['iam:AddUserToGroup'],
  ['iam:UpdateAssumeRolePolicy'],
  ['iam:PassRole', 'ec2:RunInstances'],
  ['iam:PassRole', 'ec2:RequestSpotInstances'],
  ['ec2:ModifyInstanceAttribute', 'ec2:StopInstances', 'ec2:StartInstances'],
  ['ec2:CreateLaunchTemplateVersion', 'ec2:ModifyLaunchTemplate'],
  ['ec2-instance-connect:SendSSHPublicKey', 'ec2:DescribeInstances'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:AddPermission'],
  ['lambda:UpdateFunctionCode'],
  ['lambda:UpdateFunctionConfiguration'],
  ['iam:PassRole', 'glue:CreateDevEndpoint'],
  ['glue:UpdateDevEndpoint'],
  ['iam:PassRole', 'glue:CreateJob', 'glue:StartJobRun'],
  ['iam:PassRole', 'glue:CreateJob', 'glue:CreateTrigger'],
  ['iam:PassRole', 'glue:UpdateJob', 'glue:StartJobRun'],
  ['iam:PassRole', 'glue:UpdateJob', 'glue:CreateTrigger'],
  ['iam:PassRole', 'cloudformation:CreateStack'],
  ['cloudformation:UpdateStack'],
  ['iam:PassRole', 'cloudformation:CreateStackSet', 'cloudformation:CreateStackInstances'],
  ['iam:PassRole', 'cloudformation:UpdateStackSet'],
  ['cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet'],
  ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition', 'datapipeline:ActivatePipeline'],
  ['iam:PassRole', 'codestar:CreateProject'],
  ['iam:PassRole', 'codebuild:CreateProject', 'codebuild:StartBuild'],
  ['iam:PassRole', 'codebuild:CreateProject', 'codebuild:StartBuildBatch'],
  ['codebuild:StartBuild'],
  ['codebuild:StartBuildBatch'],
  ['iam:PassRole', 'autoscaling:CreateAutoScalingGroup', 'autoscaling:CreateLaunchConfiguration'],
  ['iam:PassRole', 'autoscaling:UpdateAutoScalingGroup', 'autoscaling:CreateLaunchConfiguration'],
  ['iam:PassRole', 'ecs:RegisterTaskDefinition', 'ecs:CreateService'],
  ['iam:PassRole', 'ecs:RegisterTaskDefinition', 'ecs:RunTask'],
  ['iam:PassRole', 'ecs:RegisterTaskDefinition', 'ecs:StartTask'],
  ['iam:PassRole', 'ecs:StartTask', 'ecs:RegisterContainerInstance', 'ecs:DeregisterContainerInstance'],
  ['iam:PassRole', 'ecs:RunTask'],
  ['ecs:ExecuteCommand', 'ecs:DescribeTasks'],
  ['iam:PassRole', 'sagemaker:CreateNotebookInstance'],
  ['iam:PassRole', 'sagemaker:CreateTrainingJob'],
  ['iam:PassRole', 'sagemaker:CreateProcessingJob'],
  ['sagemaker:CreatePresignedNotebookInstanceUrl'],
  ['sagemaker:CreateNotebookInstanceLifecycleConfig', 'sagemaker:StopNotebookInstance', 'sagemaker:UpdateNotebookInstance', 'sagemaker:StartNotebookInstance'],
  ['ssm:StartSession'],
  ['ssm:SendCommand'],
  ['iam:PassRole', 'apprunner:CreateService'],
  ['apprunner:UpdateService'],
  ['iam:PassRole', 'bedrock-agentcore:CreateCodeInterpreter', 'bedrock-agentcore:InvokeCodeInterpreter'],
  ['bedrock-agentcore:StartCodeInterpreterSession', 'bedrock-agentcore:InvokeCodeInterpreter']
]

/** Actions whose answer carries credentials, keys or passwords (as cloudsplaining, which Checkov CKV_AWS_287 uses, lists them). */
const CREDENTIALS_EXPOSURE = [
  'chime:CreateApiKey',
  'codepipeline:PollForJobs',
  'cognito-identity:GetOpenIdToken',
  'cognito-identity:GetOpenIdTokenForDeveloperIdentity',
  'cognito-identity:GetCredentialsForIdentity',
  'connect:GetFederationToken',
  'connect:GetFederationTokens',
  'ec2:GetPasswordData',
  'ecr:GetAuthorizationToken',
  'gamelift:RequestUploadCredentials',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:CreateServiceSpecificCredential',
  'iam:ResetServiceSpecificCredential',
  'iam:UpdateAccessKey',
  'lightsail:GetInstanceAccessDetails',
  'lightsail:GetRelationalDatabaseMasterUserPassword',
  'rds-db:connect',
  'redshift:GetClusterCredentials',
  'sso:GetRoleCredentials',
  'mediapackage:RotateChannelCredentials',
  'mediapackage:RotateIngestEndpointCredentials',
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:GetFederationToken',
  'sts:GetSessionToken'
]

/** Actions that read stored data or secrets out (cloudsplaining's data exfiltration list, which Checkov CKV_AWS_288 uses). */
const DATA_EXFILTRATION = ['s3:GetObject', 'ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath', 'secretsmanager:GetSecretValue']

const each = (actions: readonly string[]): string[][] => actions.map((a) => [a])

export const ACTION_SETS: Readonly<Record<string, ActionSet>> = {
  'privilege-escalation': { what: 'privilege escalation', everyResource: false, combinations: PRIVILEGE_ESCALATION },
  'credentials-exposure': { what: 'actions that return credentials', everyResource: true, combinations: each(CREDENTIALS_EXPOSURE) },
  'data-exfiltration': { what: 'actions that read data or secrets out', everyResource: true, combinations: each(DATA_EXFILTRATION) },
  'role-assumption': { what: 'sts:AssumeRole', everyResource: true, combinations: [['sts:AssumeRole']] },
  'marketplace-subscribe': { what: 'aws-marketplace:Subscribe', everyResource: true, combinations: [['aws-marketplace:Subscribe']] },
  'full-kms': { what: 'kms:*', everyResource: true, fullService: 'kms' },
  'full-cloudtrail': { what: 'cloudtrail:*', everyResource: true, fullService: 'cloudtrail' },
  'full-iam': { what: 'iam:*', everyResource: true, fullService: 'iam' },
  'every-action': { what: 'Action "*"', everyResource: false, everyAction: true }
}

/** A glob of the policy language (`*` any run, `?` one character) as a case-insensitive, anchored pattern. */
const globCache = new Map<string, RegExp>()
function globOf(pattern: string): RegExp {
  let re = globCache.get(pattern)
  if (re === undefined) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
    re = new RegExp(`^${body}$`, 'i')
    globCache.set(pattern, re)
  }
  return re
}

/** Whether an Action/NotAction entry matches a concrete action name (service prefixes and names compare without case). */
function matchesAction(pattern: unknown, action: string): boolean {
  return typeof pattern === 'string' && globOf(pattern.trim()).test(action)
}

/** Whether an Action/NotAction entry could match some action of `service`: its service part matches the prefix. */
function touchesService(pattern: unknown, service: string): boolean {
  if (typeof pattern !== 'string') return false
  const p = pattern.trim()
  const colon = p.indexOf(':')
  // No colon: only a run of wildcards ("*") matches actions at all, and then all of them.
  if (colon < 0) return /^\*+$/.test(p)
  return globOf(p.slice(0, colon)).test(service)
}

/** Whether an entry allows every action of `service`: "*", or a service part matching it with an action part of wildcards only. */
function coversService(pattern: unknown, service: string): boolean {
  if (typeof pattern !== 'string') return false
  const p = pattern.trim()
  if (/^\*+$/.test(p)) return true
  const colon = p.indexOf(':')
  return colon >= 0 && /^\*+$/.test(p.slice(colon + 1)) && globOf(p.slice(0, colon)).test(service)
}

function effectIs(statement: PolicyStatement, effect: string): boolean {
  return typeof statement.Effect === 'string' && statement.Effect.toLowerCase() === effect
}

/** Resource "*" (or a NotResource, which spares only what it lists): the statement reaches every resource, or nearly. */
function onEveryResource(statement: PolicyStatement): boolean {
  if (asList(statement.Resource).some((r) => typeof r === 'string' && /^\*+$/.test(r.trim()))) return true
  return statement.NotResource !== undefined && statement.Resource === undefined
}

/**
 * Deny statements that certainly take an action away: on every resource (Resource "*", no NotResource) and without a
 * Condition. A conditioned or resource-scoped Deny may leave the action allowed elsewhere, so it is not subtracted.
 */
function isSweepingDeny(statement: PolicyStatement): boolean {
  if (!effectIs(statement, 'deny') || statement.Condition !== undefined) return false
  return asList(statement.Resource).some((r) => r === '*') && statement.NotResource === undefined
}

/** Whether the statement's Action (or NotAction) takes in `action`. */
function statementCovers(statement: PolicyStatement, action: string): boolean {
  if (statement.Action !== undefined) return asList(statement.Action).some((p) => matchesAction(p, action))
  if (statement.NotAction !== undefined) return !asList(statement.NotAction).some((p) => matchesAction(p, action))
  return false
}

/** What of the set the document allows: a short description for the message, or undefined when it allows none of it. */
export function allowedFromSet(document: unknown, set: ActionSet): string | undefined {
  const statements = statementsOf(document)
  const allows = statements.filter((s) => effectIs(s, 'allow') && (!set.everyResource || onEveryResource(s)))
  if (allows.length === 0) return undefined
  const denies = statements.filter(isSweepingDeny)

  if (set.everyAction) {
    return allows.some((s) => asList(s.Action).some((a) => typeof a === 'string' && /^\*+(:\*+)?$/.test(a.trim()))) ? 'Action "*"' : undefined
  }

  if (set.fullService !== undefined) {
    const service = set.fullService
    // A sweeping Deny of any of the service's actions leaves the service not fully allowed.
    if (denies.some((d) => (d.Action !== undefined ? asList(d.Action).some((p) => touchesService(p, service)) : d.NotAction !== undefined))) return undefined
    const full = allows.some((s) =>
      s.Action !== undefined
        ? asList(s.Action).some((p) => coversService(p, service))
        : s.NotAction !== undefined && !asList(s.NotAction).some((p) => touchesService(p, service))
    )
    return full ? `${service}:*` : undefined
  }

  const allowed = new Map<string, boolean>()
  const isAllowed = (action: string): boolean => {
    let answer = allowed.get(action)
    if (answer === undefined) {
      answer = allows.some((s) => statementCovers(s, action)) && !denies.some((d) => statementCovers(d, action))
      allowed.set(action, answer)
    }
    return answer
  }
  const found = (set.combinations ?? []).find((combination) => combination.every(isAllowed))
  return found === undefined ? undefined : found.join(' + ')
}
