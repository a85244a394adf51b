// The IAM permissions a live scan needs, computed from the committed schema data: what
// policy/plumbline-read-only*.json grant (scripts/gen-policy.mjs writes them from readOnlyPolicies) and what the
// tests hold the scanner's calls against (actionAllowed). Pure data and functions, no I/O, so the generator can
// bundle it and run it with plain node.
import { globMatch } from '../../glob.js'
import { schemaRecord } from '../../model/schema-data.js'
import { asList, statementsOf, type PolicyStatement } from '../../model/policy-document.js'

/**
 * Cloud Control's own actions. Cloud Control then runs each type's list and read handlers with the caller's
 * credentials (no RoleArn is passed), so the handler permissions are needed as well.
 */
export const CLOUD_CONTROL_ACTIONS: readonly string[] = ['cloudformation:GetResource', 'cloudformation:ListResources']

/**
 * The calls the live scan makes itself, outside Cloud Control. sts:GetCallerIdentity is not here: AWS allows it
 * to every principal and no policy can deny it.
 */
export const ACCOUNT_FACT_ACTIONS: readonly string[] = [
  // Plumbline::IAM::AccountSummary (root MFA, root access keys)
  'iam:GetAccountSummary',
  // Plumbline::IAM::PasswordPolicy
  'iam:GetAccountPasswordPolicy',
  // Plumbline::IAM::CredentialReport: generate, then fetch once it is ready
  'iam:GenerateCredentialReport',
  'iam:GetCredentialReport',
  // Plumbline::IAM::ServerCertificates (their expiry)
  'iam:ListServerCertificates',
  // Plumbline::IAM::VirtualMfaDevices (a virtual root MFA is not a hardware one)
  'iam:ListVirtualMFADevices',
  // Plumbline::IAM::ServiceLastAccessed (unused permissions): the roles and users with their creation dates, then
  // one access advisor job per principal, started and read
  'iam:ListRoles',
  'iam:ListUsers',
  'iam:GenerateServiceLastAccessedDetails',
  'iam:GetServiceLastAccessedDetails',
  // Plumbline::EC2::EbsEncryptionByDefault, per region
  'ec2:GetEbsEncryptionByDefault',
  // Plumbline::S3::AccountPublicAccessBlock: S3 Control GetPublicAccessBlock is authorized as this action
  's3:GetAccountPublicAccessBlock',
  // Plumbline::S3::BucketVersioning (MFA delete, which Cloud Control does not return), per bucket in its region
  's3:GetBucketVersioning',
  // Plumbline::EC2::Snapshot (the snapshots the account owns, and which every account may restore) and
  // Plumbline::EC2::Image (its AMIs), per region: EC2 has no CloudFormation type for either
  'ec2:DescribeSnapshots',
  'ec2:DescribeImages',
  // Plumbline::RDS::DBSnapshot and ::DBClusterSnapshot (manual snapshots of RDS, Aurora, DocumentDB and Neptune, and
  // whether each may be restored by every account), per region
  'rds:DescribeDBSnapshots',
  'rds:DescribeDBSnapshotAttributes',
  'rds:DescribeDBClusterSnapshots',
  'rds:DescribeDBClusterSnapshotAttributes',
  // Plumbline::Config::RecorderStatus and AWS::Config::ConfigurationRecorder (Cloud Control cannot read it), per region
  'config:DescribeConfigurationRecorderStatus',
  'config:DescribeConfigurationRecorders',
  // `regions: all`: the account's enabled regions
  'ec2:DescribeRegions',
  // IMDS settings of instances whose GetResource lacks MetadataOptions
  'ec2:DescribeInstances',
  // the default VPC (isDefault flags on it and its subnets, route table, ACL, gateway, security group)
  'ec2:DescribeVpcs',
  // S3 ListBuckets: each bucket's region, since Cloud Control lists every region's buckets everywhere
  's3:ListAllMyBuckets',
  // since (the changes since an inventory) and who-changed: CloudTrail's event history of management events
  'cloudtrail:LookupEvents'
]

/**
 * Reads of data and secrets that the policy never grants, even where a Cloud Control read handler asks for one.
 * Literal action names (no wildcards), so a handler permission is checked against them by wildcard matching in
 * one direction only: a handler's `s3:Get*` would be excluded because it covers s3:GetObject.
 *
 * lambda:GetFunction is here although AWS::Lambda::Function's read handler calls it: besides the configuration
 * (which lambda:ListFunctions returns too) it returns Code.Location, a presigned URL that lets anyone holding it
 * download the deployment package for ten minutes, and code is data (often with embedded secrets). AWS's own
 * SecurityAudit and ViewOnlyAccess policies leave it out for the same reason. Lambda functions are therefore
 * read from their list properties only (typesNeedingDeniedActions names such types for the scanner).
 */
export const DENIED_BY_DESIGN: readonly string[] = [
  'secretsmanager:GetSecretValue',
  'secretsmanager:BatchGetSecretValue',
  'ssm:GetParameter',
  'ssm:GetParameters',
  'ssm:GetParametersByPath',
  'ssm:GetParameterHistory',
  'kms:Decrypt',
  's3:GetObject',
  's3:GetObjectVersion',
  's3:GetObjectTorrent',
  's3:GetObjectVersionTorrent',
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:PartiQLSelect',
  'dynamodb:GetRecords',
  'lambda:GetFunction',
  'lambda:GetLayerVersion',
  'sqs:ReceiveMessage',
  'logs:GetLogEvents',
  'logs:FilterLogEvents',
  'logs:GetLogRecord',
  'logs:StartQuery',
  'logs:GetQueryResults',
  'logs:StartLiveTail',
  'kinesis:GetRecords',
  'ecr:GetDownloadUrlForLayer',
  'ecr:BatchGetImage',
  'ec2:GetPasswordData',
  'ec2:GetConsoleOutput',
  'ec2:GetConsoleScreenshot'
]

export interface PolicyDocument {
  Version: '2012-10-17'
  Statement: PolicyStatement[]
}

export interface ExcludedPermission {
  type: string
  /** Which handler asks for it: a type whose list handler needs a denied action cannot be listed at all. */
  handler: 'list' | 'read'
  action: string
}

/**
 * One spelling per action: service prefix lower case, action name starting upper case as AWS documents it. IAM
 * matches actions case-insensitively, but the schemas mix spellings ("CloudTrail:ListTrails", "iam:listUsers").
 */
export function normalizeAction(action: string): string {
  const colon = action.indexOf(':')
  if (colon < 0) return action
  const name = action.slice(colon + 1)
  return `${action.slice(0, colon).toLowerCase()}:${name.charAt(0).toUpperCase()}${name.slice(1)}`
}

/** The list and read handler permissions of a type, from the committed schema data. */
export function typePermissions(type: string): { list: string[]; read: string[] } {
  const record = schemaRecord(type)
  if (record === undefined) throw new Error(`No schema data for ${type}: its handler permissions are unknown`)
  return { list: sortedUnique(record.listPermissions), read: sortedUnique(record.readPermissions) }
}

/**
 * What the policy for these types allows: their handler permissions minus the denied-by-design ones (reported in
 * `excluded`), plus Cloud Control's and the account-fact actions; normalized, sorted, deduplicated.
 * Plumbline:: types are account facts, covered by ACCOUNT_FACT_ACTIONS.
 */
export function policyActionsFor(types: readonly string[]): { allowed: string[]; excluded: ExcludedPermission[] } {
  const { handlerActions, excluded } = handlerActionsFor(types)
  return { allowed: sortedUnique([...handlerActions, ...CLOUD_CONTROL_ACTIONS, ...ACCOUNT_FACT_ACTIONS]), excluded }
}

/** The types among these whose list or read handler needs a denied-by-design action. */
export function typesNeedingDeniedActions(types: readonly string[]): string[] {
  return [...new Set(handlerActionsFor(types).excluded.map((e) => e.type))].sort()
}

/** Whether a handler permission (possibly a wildcard pattern) would grant a denied-by-design action. */
export function isDeniedByDesign(permission: string): boolean {
  return DENIED_BY_DESIGN.some((denied) => actionMatches(permission, denied))
}

/**
 * The least-privilege policy for these types: Cloud Control, one statement per service for the handler
 * permissions, the account facts, and an explicit Deny of the data reads. The Deny costs nothing for the scan
 * (it needs none of them) and keeps them out even if someone attaches a broad policy such as ReadOnlyAccess
 * to the same role.
 */
export function readOnlyPolicy(types: readonly string[]): PolicyDocument {
  const allowAll = (Sid: string, actions: readonly string[]): PolicyStatement => ({ Sid, Effect: 'Allow', Action: sortedUnique(actions), Resource: '*' })
  return {
    Version: '2012-10-17',
    Statement: [
      allowAll('CloudControl', CLOUD_CONTROL_ACTIONS),
      ...serviceStatements(handlerActionsFor(types).handlerActions),
      allowAll('AccountFacts', ACCOUNT_FACT_ACTIONS),
      { Sid: 'DenyDataReads', Effect: 'Deny', Action: sortedUnique(DENIED_BY_DESIGN), Resource: '*' }
    ]
  }
}

/** IAM's limit on the size of a customer-managed policy document, in characters not counting whitespace. */
export const MANAGED_POLICY_MAX_CHARS = 6144

/** A policy document's size as IAM counts it (whitespace left out). */
export function policySize(policy: PolicyDocument): number {
  return JSON.stringify(policy).replace(/\s/g, '').length
}

/**
 * Service statements packed in order into documents that each fit IAM's size limit. The first document also holds
 * `head` before its services and `tail` after them; the others hold services only. Services stay whole.
 */
function packStatements(services: readonly PolicyStatement[], head: readonly PolicyStatement[] = [], tail: readonly PolicyStatement[] = []): PolicyDocument[] {
  const doc = (statements: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement: statements })
  const documents: PolicyDocument[] = []
  let current: PolicyStatement[] = []
  const complete = (statements: PolicyStatement[]): PolicyStatement[] => (documents.length === 0 ? [...head, ...statements, ...tail] : statements)
  const holdsSomething = (): boolean => current.length > 0 || (documents.length === 0 && head.length + tail.length > 0)
  for (const statement of services) {
    if (holdsSomething() && policySize(doc(complete([...current, statement]))) > MANAGED_POLICY_MAX_CHARS) {
      documents.push(doc(complete(current)))
      current = []
    }
    current.push(statement)
  }
  if (holdsSomething()) documents.push(doc(complete(current)))
  return documents
}

function serviceStatements(actions: readonly string[]): PolicyStatement[] {
  const byService = new Map<string, string[]>()
  for (const action of actions) {
    const service = action.slice(0, action.indexOf(':'))
    byService.set(service, [...(byService.get(service) ?? []), action])
  }
  return [...byService.keys()].sort().map((service) => ({ Sid: `CloudControlHandlers${pascal(service)}`, Effect: 'Allow', Action: sortedUnique(byService.get(service)!), Resource: '*' }))
}

/**
 * readOnlyPolicy(types) in as many documents as IAM's size limit needs (policy/plumbline-read-only.json, then
 * plumbline-read-only-2.json, ...): the first holds Cloud Control, the account facts, the Deny of data reads and the
 * services that fit; the others the remaining services' handler permissions, Allow only (the first one's Deny
 * covers them: a role's policies are evaluated together).
 */
export function readOnlyPolicies(types: readonly string[]): PolicyDocument[] {
  const whole = readOnlyPolicy(types)
  const isService = (s: PolicyStatement) => typeof s.Sid === 'string' && s.Sid.startsWith('CloudControlHandlers')
  const head = whole.Statement.slice(0, 1)
  const tail = whole.Statement.slice(1).filter((s) => !isService(s))
  return packStatements(whole.Statement.filter(isService), head, tail)
}

/**
 * The handler permissions `types` need beyond what readOnlyPolicy(baseTypes) grants, as few Allow-only documents as
 * fit IAM's size limit each (a role may have ten managed policies): attached beside the base policy, whose Deny of
 * data reads covers them too. Services are kept whole in one document where they fit.
 */
export function additionalPolicies(types: readonly string[], baseTypes: readonly string[]): PolicyDocument[] {
  const granted = new Set(handlerActionsFor(baseTypes).handlerActions.map((a) => a.toLowerCase()))
  return packStatements(serviceStatements(handlerActionsFor(types).handlerActions.filter((action) => !granted.has(action.toLowerCase()))))
}

/** The policy file's text, exactly as committed (two-space JSON, final newline). */
export function renderPolicy(policy: PolicyDocument): string {
  return `${JSON.stringify(policy, null, 2)}\n`
}

/**
 * Whether a policy lets a principal call an action: an explicit Deny wins, then any Allow, else the implicit
 * deny. Action and NotAction with `*` and `?` wildcards, case-insensitive. Only unconditioned statements on
 * Resource "*" are evaluated, which is all our policies use; any other statement throws rather than be guessed.
 */
export function actionAllowed(policy: PolicyDocument, action: string): boolean {
  let allowed = false
  for (const statement of statementsOf(policy)) {
    const label = statement.Sid ?? JSON.stringify(statement.Action ?? statement.NotAction)
    if (statement.Condition !== undefined || statement.NotResource !== undefined || !asList(statement.Resource).includes('*')) {
      throw new Error(`actionAllowed evaluates Resource "*" without conditions only; statement ${label} has other scoping`)
    }
    if (!statementCovers(statement, action)) continue
    const effect = typeof statement.Effect === 'string' ? statement.Effect.toLowerCase() : ''
    if (effect === 'deny') return false
    if (effect === 'allow') allowed = true
  }
  return allowed
}

function statementCovers(statement: PolicyStatement, action: string): boolean {
  if (statement.Action !== undefined) return patternsOf(statement.Action).some((pattern) => actionMatches(pattern, action))
  if (statement.NotAction !== undefined) return !patternsOf(statement.NotAction).some((pattern) => actionMatches(pattern, action))
  return false
}

function patternsOf(value: unknown): string[] {
  return asList(value).filter((p): p is string => typeof p === 'string')
}

/** IAM action matching: `*` any run of characters, `?` one character, case-insensitive. */
export function actionMatches(pattern: string, action: string): boolean {
  // IAM action names are ASCII, so lower-casing both sides is the case-insensitive comparison.
  return globMatch(pattern.toLowerCase(), action.toLowerCase())
}

/**
 * A whole service's actions (`iam:*`) are never granted: they hold writes. Where a schema asks for one and the
 * service has a read-only equivalent, that is granted instead (API Gateway's REST API is read with GET alone);
 * otherwise the action counts as denied by design, and its handler is not granted at all.
 */
const READ_ONLY_EQUIVALENT: Readonly<Record<string, string>> = { 'apigateway:*': 'apigateway:GET' }

const isServiceWildcard = (action: string): boolean => /^[a-z0-9-]+:\*$/i.test(action)

/**
 * Each type's handler permissions: a handler that needs a denied-by-design action gets none of its permissions
 * (its call could not succeed; granting the rest, often broad wildcards beside it, would only widen the policy),
 * and a type that cannot be listed gets no read permissions either.
 */
function handlerActionsFor(types: readonly string[]): { handlerActions: string[]; excluded: ExcludedPermission[] } {
  const handlerActions: string[] = []
  const excluded: ExcludedPermission[] = []
  for (const type of [...new Set(types)].sort()) {
    if (type.startsWith('Plumbline::')) continue
    const permissions = typePermissions(type)
    let listable = true
    for (const handler of ['list', 'read'] as const) {
      const actions = permissions[handler].map((action) => READ_ONLY_EQUIVALENT[action.toLowerCase()] ?? action)
      const denied = actions.filter((action) => isDeniedByDesign(action) || isServiceWildcard(action))
      for (const action of denied) excluded.push({ type, handler, action })
      if (denied.length > 0 && handler === 'list') listable = false
      if (denied.length === 0 && listable) handlerActions.push(...actions)
    }
  }
  return { handlerActions: sortedUnique(handlerActions), excluded }
}

/** Normalized, deduplicated case-insensitively, sorted case-insensitively (ties by code unit, for stability). */
function sortedUnique(actions: readonly string[]): string[] {
  const byKey = new Map<string, string>()
  for (const action of actions.map(normalizeAction)) {
    const key = action.toLowerCase()
    const kept = byKey.get(key)
    if (kept === undefined || action < kept) byKey.set(key, action)
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, action]) => action)
}

/** 'elastic-inference' → 'ElasticInference', for statement ids (letters and digits only). */
function pascal(service: string): string {
  return service
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}
