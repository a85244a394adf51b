// One config object for both entries. The action's inputs and the CLI's options are the same settings
// (design.md's table): SETTINGS names each once, with its input name and CLI flag, and buildConfig()
// validates them the same way whichever entry read them.
import { existsSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
// The settings module only: the STS client stays out of plan-only runs.
import { validateAuthSettings, type AuthSettings } from './auth/settings.js'
import { MAX_UNUSED_PERMISSION_DAYS } from './config-file.js'
import { expandFileGlob } from './file-glob.js'
import { parseFrameworkIds } from './rules/catalogue.js'
import { defaultLiveTypes } from './live-types.js'
import { MAX_SHARDS, parseShard, type Shard } from './sources/live/shard.js'
import { FACT_TYPES, knownLiveType, type RegionSelection } from './sources/live/types.js'
import { FRAMEWORK_IDS, InputError, LAST_SCHEDULED_RUN, SEVERITIES, type FrameworkId, type Severity } from './types.js'

export type GateScope = 'new' | 'all'
/** sarif-live-categories: one live category, one per account, or per account when the live side spans several. */
export type SarifLiveCategories = 'auto' | 'account' | 'one'
export const SARIF_LIVE_CATEGORIES: readonly SarifLiveCategories[] = ['auto', 'account', 'one']
export type Threshold = Severity | 'none'

export interface Config {
  planFile?: string
  stateFiles: string[]
  tfDir?: string
  configFile?: string
  /** Only the rules mapped to these frameworks run (absent or empty: every rule). */
  frameworks?: FrameworkId[]
  /** Folders of the user's own rule files (rules-dir, else .plumbline/rules when present). */
  rulesDirs: string[]
  /**
   * unused-permission-days: how long a service an IAM role or user is granted may go unused before
   * iam-principal-no-unused-permissions fails it. Absent: the config file's `unused-permission-days`, else 90.
   */
  unusedPermissionDays?: number
  awsRegion: string
  failOn: Threshold
  gateScope: GateScope
  failOnDrift: boolean
  failOnIncomplete: boolean
  /** Fail when Terraform resources go unchecked for want of a mapping. */
  failOnUnmapped: boolean
  /** Pull-request runs: suppressions the change adds (compared with its base) are listed but not applied (absent: false). */
  ignoreAddedSuppressions?: boolean
  outDir: string
  sarifCategory: string
  /** How the live side's SARIF is split into categories (sarif-live-categories). */
  sarifLiveCategories: SarifLiveCategories
  sarifFallbackLocation: string
  /** Git top level of terraform-dir (or of the working folder): every path in a report is relative to it. */
  repoRoot: string
  /** The GitHub event that started the run, when there is one. */
  event?: string
  /** Scan live AWS (resolved from `live`: auto, true or false). */
  live: boolean
  /** Saved live inventories read instead of scanning; several are merged. */
  inventoryFiles: string[]
  /**
   * The changes mode: the last inventory (a path), whose resources are patched with what CloudTrail says changed
   * since its scan time; `last-scheduled-run` until the action downloads it (main.ts) and sets the path.
   */
  since?: string
  /** With since: last-scheduled-run, the workflow whose scheduled runs upload the inventory. */
  sinceWorkflow?: string
  /** Look up who made each drift change (who-changed, resolved: on when the live side is scanned or patched). */
  whoChanged: boolean
  /** Scan only this shard of the (account, region) pairs. */
  shard?: Shard
  /** `shards`: plan a sharded scan (list the estate, print the matrix) instead of checking; absent: scan. */
  command?: 'scan' | 'shards'
  /** With command shards: how many. */
  shards?: number
  auth: AuthSettings
  regions: RegionSelection
  /** The CloudFormation and Plumbline:: types the live scan reads. */
  liveTypes: string[]
  /** Whether resource-types or services chose liveTypes (else they are the default, which the user's rules extend). */
  liveTypesChosen: boolean
  /** Requests per second per account and region (0: no limit). */
  rateLimit: number
  /** AWS calls in flight across the scan. */
  concurrency: number
  /** Publishing (the action only; the CLI writes files). */
  publish: PublishSettings
}

export interface PublishSettings {
  uploadSarif: boolean
  uploadReport: boolean
  commentOnPr: boolean
  /** Token for code scanning and the PR comment (the job's token by default, given by action.yml). */
  githubToken?: string
  /** Name of the archived artifact with SARIF, results JSON and inventory. */
  artifactName: string
  retentionDays?: number
  failOnPublishError: boolean
  /** Mask account ids in the report, summary and PR comment; auto: when the repository is public. */
  redactIdentifiers: boolean | 'auto'
}

type Kind = 'file' | 'files' | 'dir' | 'dirs' | 'string' | 'boolean' | 'severity' | 'scope' | 'region' | 'live' | 'list' | 'number' | 'integer'

export interface SettingSpec {
  /** Action input name. */
  input: string
  /** CLI flag without dashes; none for action-only settings (OIDC: the CLI uses the SDK's credential chain). */
  cli?: string
  kind: Kind
  /** What the setting does, in one or two sentences: action.yml, the CLI help and the README all show it. */
  description: string
  /** The value taken when the setting is not given, in the action and the CLI alike. */
  default?: string
  /** The action's default when only the action has one (an expression such as the job token). */
  actionDefault?: string
  /** The default in words when it depends on the context (the event, the entry point); shown after the description. */
  defaultText?: string
  /** What the CLI help calls the value, when the kind does not say it. */
  arg?: string
}

/**
 * The settings this version implements, in the order the README lists them: the one place their descriptions and
 * defaults are written. action.yml's inputs and the README's table are generated from it
 * (`node scripts/readme-generated.mjs`; lint checks they agree), and buildConfig reads the defaults from it.
 */
export const SETTINGS: readonly SettingSpec[] = [
  { input: 'terraform-plan', cli: 'plan', kind: 'file', description: '`terraform show -json` (or `tofu show -json`) of a plan.' },
  { input: 'terraform-state', cli: 'state', kind: 'files', description: 'State JSON (`terraform show -json`) or raw .tfstate v4 files (action: one per line; CLI: repeat the flag): what drift is measured against; checked itself when no plan is given.' },
  { input: 'terraform-dir', cli: 'tf-dir', kind: 'dir', description: 'Folder with the .tf code. With a plan it gives file and line locations and inline suppressions; without one it is checked itself.' },
  { input: 'live', cli: 'live', kind: 'live', actionDefault: 'auto', description: 'Scan live AWS: auto, true or false. auto scans when role-to-assume is set or AWS credentials are present (an earlier configure-aws-credentials step), except on pull_request events: a pull request is judged on its plan unless live is true.', defaultText: 'action: auto; CLI: only with --live' },
  { input: 'inventory', cli: 'inventory', kind: 'files', description: 'Saved live inventories (plumbline-inventory.json of earlier scans) read instead of scanning. Several are merged into one live side, as one scan of them all would give (action: one per line; CLI: repeat the flag; glob patterns allowed in both).' },
  { input: 'since', cli: 'since', kind: 'string', arg: 'FILE', description: 'Check only what changed since a saved live inventory: CloudTrail\'s write events after its scan time name the resources read again (Cloud Control GetResource); the rest is the inventory\'s, and the patched inventory is written. A path to plumbline-inventory.json, or (action) `last-scheduled-run`: the one in report-artifact-name of the latest successful scheduled run of since-workflow (the job needs `permissions: actions: read`). Needs live credentials and cloudtrail:LookupEvents.' },
  { input: 'since-workflow', kind: 'string', description: 'With since: last-scheduled-run, the workflow (file name such as scheduled-scan.yml, or id) whose scheduled runs upload the inventory.' },
  { input: 'who-changed', cli: 'who-changed', kind: 'string', arg: 'MODE', default: 'auto', description: 'Name who made each drift change: the newest write event CloudTrail holds on the resource (principal, call, time), in the results, SARIF, summary, PR comment and report. auto, true or false (auto: when drift is compared against a live scan or since; needs cloudtrail:LookupEvents).' },
  { input: 'command', kind: 'string', default: 'scan', description: '`scan` checks and publishes; `shards` plans a sharded scan instead: it lists the estate and writes the step output `matrix` (the CLI: `plumbline shards`).' },
  { input: 'role-to-assume', cli: 'role-to-assume', kind: 'string', arg: 'ARN', description: "IAM role ARN assumed with GitHub's OIDC token (the job needs `permissions: id-token: write`)." },
  { input: 'audience', kind: 'string', default: 'sts.amazonaws.com', description: 'Audience of the OIDC token.' },
  { input: 'role-session-name', kind: 'string', default: 'plumbline', description: 'Session name of the assumed roles.' },
  { input: 'role-duration-seconds', kind: 'integer', default: '3600', description: 'Duration of the first role session, 900 to 43200 seconds (chained sessions last at most 3600 and are refreshed).' },
  { input: 'additional-role-arns', kind: 'list', description: 'Roles in further accounts, assumed from the first role with sts:AssumeRole (comma or newline separated).' },
  { input: 'role-external-id', kind: 'string', description: 'External id sent when assuming the additional roles, the organization role and the member roles.' },
  { input: 'accounts', cli: 'accounts', kind: 'list', arg: 'LIST', description: 'Further accounts to scan, each through member-role-name assumed from the first role: account ids (comma or newline separated), or `organization` for every ACTIVE account AWS Organizations lists. A member whose role cannot be assumed is a ledger entry and a warning; the rest is scanned.' },
  { input: 'organization-role-arn', cli: 'organization-role-arn', kind: 'string', arg: 'ARN', description: 'With accounts: organization, the role (in the management or a delegated-administrator account) that lists the accounts, assumed from the first role.', defaultText: 'the first role lists them' },
  { input: 'organizational-units', cli: 'organizational-units', kind: 'list', arg: 'LIST', description: 'With accounts: organization, only the accounts under these OU (or root) ids, nested OUs included.' },
  { input: 'exclude-accounts', cli: 'exclude-accounts', kind: 'list', arg: 'LIST', description: 'Accounts of accounts (or of the organization) not to scan, e.g. the management account.' },
  { input: 'member-role-name', cli: 'member-role-name', kind: 'string', arg: 'NAME', default: 'plumbline-scan', description: 'Name (with its path, if any) of the role assumed in each account of accounts: policy/member-role creates it.' },
  { input: 'allowed-account-ids', kind: 'list', description: 'Accounts the scan may read (comma or newline separated); any other account stops the run.' },
  { input: 'regions', cli: 'regions', kind: 'list', arg: 'LIST', description: 'Regions to scan (comma separated): names, `all` (every enabled region) and `global` (IAM and account facts, read once).', defaultText: 'aws-region and global' },
  { input: 'services', cli: 'services', kind: 'list', arg: 'LIST', description: 'Only scan types of these services (s3, ec2, iam, ...).' },
  { input: 'resource-types', cli: 'resource-types', kind: 'list', arg: 'LIST', description: 'CloudFormation types to scan.', defaultText: 'every type a rule or the mapping uses, and the account facts' },
  { input: 'rate-limit', cli: 'rate-limit', kind: 'number', arg: 'N', default: '20', description: 'AWS requests per second per account and region (0 = no limit).' },
  { input: 'concurrency', cli: 'concurrency', kind: 'integer', arg: 'N', default: '8', description: 'AWS calls in flight.' },
  { input: 'shard', cli: 'shard', kind: 'string', arg: 'K/N', description: 'Scan only shard K of N of the (account, region) pairs, for a matrix of jobs whose inventories a last job merges (`inventory` with all of them): `K/N` cuts the pairs evenly, the `K/N:FROM..TO` values `shards` prints cut them balanced. Each account\'s global types and account facts are read in exactly one shard.' },
  { input: 'shards', cli: 'shards', kind: 'integer', arg: 'N', description: 'With command shards: how many shards to plan (1 to 256), balanced by the resources of the previous scan when `inventory` gives its inventories, else by count of pairs.' },
  { input: 'upload-sarif', kind: 'boolean', default: 'true', description: 'Upload the SARIF to code scanning through the REST API, one upload per category (needs `security-events: write`). The file also stays on disk.' },
  { input: 'upload-report', kind: 'boolean', default: 'true', description: 'Upload the HTML report as an un-archived artifact (one click opens it) and the SARIF, results JSON and inventory as an archived one.' },
  { input: 'comment-on-pr', kind: 'boolean', default: 'true', description: 'On pull_request events, write one comment on the pull request and update it on every run (needs `pull-requests: write`).' },
  { input: 'github-token', kind: 'string', actionDefault: '${{ github.token }}', description: 'Token for code scanning and the PR comment.' },
  { input: 'report-artifact-name', kind: 'string', default: 'plumbline-results', description: 'Name of the archived artifact with the SARIF, results JSON and inventory.' },
  { input: 'retention-days', kind: 'integer', description: 'Days to keep the artifacts (1 to 90).', defaultText: "the repository's setting" },
  { input: 'fail-on-publish-error', kind: 'boolean', default: 'false', description: 'Fail the step when an upload or the comment fails; otherwise a failure to publish is a warning.' },
  { input: 'redact-identifiers', kind: 'string', default: 'auto', description: 'Mask AWS account ids in the report, job summary and PR comment: auto, true or false (auto: when the repository is public).' },
  { input: 'rules-dir', cli: 'rules-dir', kind: 'dirs', description: "Folders of your own rules (*.yml, one rule per YAML document, the form of README's \"Writing your own rules\"), run beside the built-in ones (action: one per line; CLI: repeat the flag).", defaultText: '.plumbline/rules at the repository root when present' },
  { input: 'config', cli: 'config', kind: 'file', description: 'Config file (rules to skip, severity overrides, suppressions).', defaultText: '.plumbline.yml at the repository root when present' },
  { input: 'frameworks', cli: 'frameworks', kind: 'list', arg: 'LIST', description: `Only run the rules mapped to these frameworks (comma or newline separated): ${FRAMEWORK_IDS.join(', ')}. \`plumbline frameworks\` shows what each covers.`, defaultText: 'every rule' },
  { input: 'unused-permission-days', cli: 'unused-permission-days', kind: 'integer', arg: 'N', description: `How long, in whole days (1 to ${MAX_UNUSED_PERMISSION_DAYS}), a service an IAM role or user is granted may go unused in IAM's service last accessed data before iam-principal-no-unused-permissions reports it. Also a config-file key; this setting wins.`, defaultText: "the config file's unused-permission-days, else 90" },
  { input: 'aws-region', cli: 'region', kind: 'region', default: 'us-east-1', description: 'Region for STS and account-level calls, the default scan region, and the region of Terraform resources whose provider does not say.' },
  { input: 'fail-on-severity', cli: 'fail-on', kind: 'severity', description: 'Gate threshold: critical, high, medium, low, info or none (none: findings are reported, not gated).', defaultText: 'action: high on pull_request events, none otherwise; CLI: info, so any failed check fails, as in Checkov' },
  { input: 'gate-scope', cli: 'gate-scope', kind: 'scope', description: '`new` fails only on findings the change introduces, `all` on every finding.', defaultText: 'new on pull_request events, all otherwise' },
  { input: 'fail-on-drift', cli: 'fail-on-drift', kind: 'boolean', default: 'false', description: 'Fail when drift is found: a changed, missing or unmanaged resource.' },
  { input: 'fail-on-incomplete', cli: 'fail-on-incomplete', kind: 'boolean', default: 'false', description: 'Fail when some part could not be read (a coverage ledger entry not scanned) or judged (a rule error).' },
  { input: 'fail-on-unmapped', cli: 'fail-on-unmapped', kind: 'boolean', default: 'false', description: 'Fail when Terraform resources go unchecked because their type has no mapping yet or their parent is not in this configuration (otherwise a warning).' },
  { input: 'ignore-added-suppressions', cli: 'ignore-added-suppressions', kind: 'boolean', default: 'false', description: 'On pull requests (CLI: with --base), judge as if the suppressions the change adds were not there; they are listed either way.' },
  { input: 'output-dir', cli: 'out', kind: 'string', arg: 'DIR', default: 'plumbline-out', description: 'Where the SARIF, HTML report and results JSON are written.' },
  { input: 'sarif-category', cli: 'sarif-category', kind: 'string', arg: 'NAME', default: 'plumbline', description: 'Prefix of the SARIF categories (`<category>/plan`, `<category>/live`, `<category>/live/<account-id>`).' },
  { input: 'sarif-live-categories', cli: 'sarif-live-categories', kind: 'string', arg: 'MODE', default: 'auto', description: 'How the live side is split into SARIF categories: `account` (`<category>/live/<account-id>`, one upload each, so that GitHub\'s per-upload limits hold per account), `one` (`<category>/live`) or `auto` (per account when the live side spans more than one account).' },
  { input: 'sarif-fallback-location', cli: 'sarif-fallback-location', kind: 'string', arg: 'FILE', description: 'File where results without a .tf block are placed.', defaultText: 'action: the workflow file of the run; CLI: README.md' }
]

/** A setting's default in words, for the CLI help and the README: the fixed value, or how the context decides it. */
export function defaultWords(spec: SettingSpec): string | undefined {
  return spec.defaultText ?? spec.default
}

export type RawSettings = Partial<Record<string, string | string[] | boolean | undefined>>

export interface ConfigContext {
  /** Working folder the relative paths are read from (GITHUB_WORKSPACE in the action). */
  cwd: string
  event?: string
  /** Default for sarif-fallback-location: the workflow file in the action, README.md in the CLI. */
  defaultFallbackLocation: string
  /** How the user names a setting in messages: the action input or the CLI flag. */
  nameOf: (spec: SettingSpec) => string
  /** The environment (AWS credentials present?) for `live: auto`. */
  env?: NodeJS.ProcessEnv
  /** The action resolves `live` from auto; the CLI scans live only with --live. */
  liveDefault: 'auto' | 'off'
  /** fail-on-severity when not given: the action's depends on the event (see buildConfig); the CLI's is any failure. */
  failOnDefault?: Threshold
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/

export function buildConfig(raw: RawSettings, ctx: ConfigContext): Config {
  const spec = (input: string): SettingSpec => SETTINGS.find((s) => s.input === input) as SettingSpec
  /** The value given, else the setting's default from the table (SETTINGS), else undefined. */
  const str = (input: string): string | undefined => {
    const v = raw[input]
    const given = Array.isArray(v) ? v[v.length - 1] : typeof v === 'boolean' ? String(v) : v?.trim()
    return given === undefined || given === '' ? spec(input).default : given
  }
  const list = (input: string): string[] => {
    const v = raw[input]
    const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\r?\n/) : []
    return items.map((s) => s.trim()).filter((s) => s !== '')
  }
  /** Comma-, space- or newline-separated values. */
  const items = (input: string): string[] => list(input).flatMap((line) => line.split(/[\s,]+/)).filter((s) => s !== '')
  /** A number within its range; a setting without a default (retention-days) may be absent. */
  const optionalNumber = (input: string, integer: boolean, min: number, max = Infinity): number | undefined => {
    const value = str(input)
    if (value === undefined) return undefined
    const n = Number(value)
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
      const range = max === Infinity ? `${min} or more` : `from ${min} to ${max}`
      throw new InputError(`${name(input)}: "${value}" is not ${integer ? 'a whole number' : 'a number'} ${range}`)
    }
    return n
  }
  const name = (input: string) => ctx.nameOf(spec(input))
  const file = (input: string, value: string): string => {
    const path = resolve(ctx.cwd, value)
    if (!existsSync(path)) throw new InputError(`${name(input)}: ${value} does not exist; check the path (relative paths are read from ${ctx.cwd})`)
    if (!statSync(path).isFile()) throw new InputError(`${name(input)}: ${value} is not a file`)
    return path
  }
  /** A path, or a glob pattern (`*`, `?`, `**`) expanded to the files it matches, in name order. */
  const filesMatching = (input: string, value: string): string[] => {
    if (!/[*?]/.test(value)) return [file(input, value)]
    const found = expandFileGlob(value, ctx.cwd)
    if (found.length === 0) throw new InputError(`${name(input)}: ${value} matches no file; check the pattern (relative patterns are read from ${ctx.cwd})`)
    return found
  }
  const numberOf = (input: string, integer: boolean, min: number, max = Infinity): number => {
    const n = optionalNumber(input, integer, min, max)
    if (n === undefined) throw new Error(`setting ${input} has no default in SETTINGS`)
    return n
  }
  const bool = (input: string): boolean => {
    const v = raw[input]
    if (typeof v === 'boolean') return v
    const s = (str(input) ?? 'false').toLowerCase()
    if (s === 'true') return true
    if (s === 'false' || s === '') return false
    throw new InputError(`${name(input)}: "${s}" is not a boolean; use true or false`)
  }

  /** accounts and the settings that go with it; the formats are judged with the other auth settings (validateAuthSettings). */
  const accountsSettings = (): Partial<AuthSettings> => {
    const accounts = items('accounts')
    const organization = accounts.length === 1 && accounts[0].toLowerCase() === 'organization'
    if (!organization && accounts.some((a) => a.toLowerCase() === 'organization')) {
      throw new InputError(`${name('accounts')}: organization stands alone; list account ids, or write only organization`)
    }
    const organizationRoleArn = str('organization-role-arn')
    return {
      ...(accounts.length > 0 ? { accounts: organization ? ('organization' as const) : accounts } : {}),
      ...(organizationRoleArn !== undefined ? { organizationRoleArn } : {}),
      organizationalUnits: items('organizational-units'),
      excludeAccounts: items('exclude-accounts'),
      memberRoleName: str('member-role-name')
    }
  }

  const planValue = str('terraform-plan')
  const planFile = planValue ? file('terraform-plan', planValue) : undefined
  const stateFiles = list('terraform-state').map((s) => file('terraform-state', s))

  const tfDirValue = str('terraform-dir')
  let tfDir: string | undefined
  if (tfDirValue) {
    tfDir = resolve(ctx.cwd, tfDirValue)
    if (!existsSync(tfDir) || !statSync(tfDir).isDirectory()) {
      throw new InputError(`${name('terraform-dir')}: ${tfDirValue} is not a folder; give the folder that holds the .tf files`)
    }
  }
  const inventoryFiles = [...new Set(list('inventory').flatMap((value) => filesMatching('inventory', value)))]
  const auth: AuthSettings = {
    roleToAssume: str('role-to-assume'),
    audience: str('audience') as string,
    roleSessionName: str('role-session-name') as string,
    roleDurationSeconds: numberOf('role-duration-seconds', true, 900, 43200),
    additionalRoleArns: items('additional-role-arns'),
    roleExternalId: str('role-external-id'),
    allowedAccountIds: items('allowed-account-ids'),
    region: 'us-east-1',
    ...accountsSettings()
  }
  const command = str('command')
  if (command !== 'scan' && command !== 'shards') throw new InputError(`${name('command')}: "${command}" is not a command; use scan or shards`)
  const planning = command === 'shards'
  // Planning shards lists the estate live; an inventory given to it is the previous scan's, for the sizes.
  const live = liveSetting(str('live'), name('live'), ctx, auth.roleToAssume !== undefined, inventoryFiles.length > 0 && !planning)
  const shards = planning ? optionalNumber('shards', true, 1, MAX_SHARDS) : undefined
  if (planning) {
    if (shards === undefined) throw new InputError(`${name('shards')}: how many shards? give a whole number from 1 to ${MAX_SHARDS}`)
    if (!live) throw new InputError(`planning shards lists the estate live: set ${name('role-to-assume')}, or give AWS credentials${ctx.liveDefault === 'off' ? ` and ${name('live')}` : ''}`)
  }
  const shardValue = str('shard')
  const shard = shardValue === undefined ? undefined : parseShard(shardValue, name('shard'))
  if (shard && !live) {
    throw new InputError(`${name('shard')}: only a live scan is split into shards; scan live (${name('live')} true, or ${name('role-to-assume')}) or leave ${name('shard')} out`)
  }
  const since = sinceSetting(str('since'), str('since-workflow'), { live, planning, shard: shard !== undefined, inventory: inventoryFiles.length > 0 }, name, (value) => file('since', value))
  const whoChangedValue = oneOf(str('who-changed') as string, ['auto', 'true', 'false'] as const, name('who-changed'))
  if (whoChangedValue === 'true' && !live) {
    throw new InputError(`${name('who-changed')}: naming who changed a resource reads CloudTrail with the scan's credentials; scan live (or use ${name('since')}), or set it to auto`)
  }
  if (live && inventoryFiles.length > 0 && !planning) {
    throw new InputError(`${name('live')} and ${name('inventory')} both given: scan live or read a saved inventory, not both`)
  }
  if (!planning && !planFile && !tfDir && stateFiles.length === 0 && !live && inventoryFiles.length === 0) {
    throw new InputError(
      `nothing to check: give ${name('terraform-plan')} (a plan from "terraform show -json"), ${name('terraform-dir')} (.tf code), ${name('terraform-state')}, ${name('live')} or ${name('inventory')}`
    )
  }

  const repoRoot = gitTopLevel(tfDir ?? ctx.cwd) ?? (tfDir ?? ctx.cwd)

  const configValue = str('config')
  let configFile: string | undefined
  if (configValue) configFile = file('config', configValue)
  else {
    const candidates = [join(repoRoot, '.plumbline.yml'), join(repoRoot, '.plumbline.yaml')]
    if (tfDir) candidates.push(join(tfDir, '.plumbline.yml'), join(tfDir, '.plumbline.yaml'))
    configFile = candidates.find((c) => existsSync(c))
  }

  const rulesDirs = rulesDirsOf(list('rules-dir'), ctx.cwd, repoRoot, name('rules-dir'))

  const region = str('aws-region') as string
  if (!REGION.test(region)) throw new InputError(`${name('aws-region')}: "${region}" is not an AWS region name; use a name like us-east-1`)
  auth.region = region
  validateAuthSettings(auth, (input) => name(input))

  const isPullRequest = ctx.event === 'pull_request' || ctx.event === 'pull_request_target'
  const failOnValue = (str('fail-on-severity') ?? ctx.failOnDefault ?? (isPullRequest ? 'high' : 'none')).toLowerCase()
  const failOn = parseThreshold(failOnValue, name('fail-on-severity'))
  const scopeValue = (str('gate-scope') ?? (isPullRequest ? 'new' : 'all')).toLowerCase()
  if (scopeValue !== 'new' && scopeValue !== 'all') {
    throw new InputError(`${name('gate-scope')}: "${scopeValue}" is not a gate scope; use new or all`)
  }

  const fallback = str('sarif-fallback-location') ?? ctx.defaultFallbackLocation
  return {
    live,
    inventoryFiles,
    ...(shard ? { shard } : {}),
    ...(planning ? { command, shards } : {}),
    ...since,
    whoChanged: whoChangedValue !== 'false' && live && !planning,
    auth,
    regions: regionSelection(items('regions'), region, name('regions')),
    liveTypes: liveTypes(items('resource-types'), items('services'), name('resource-types'), name('services')),
    liveTypesChosen: items('resource-types').length > 0 || items('services').length > 0,
    rateLimit: numberOf('rate-limit', false, 0),
    concurrency: numberOf('concurrency', true, 1, 256),
    publish: {
      uploadSarif: bool('upload-sarif'),
      uploadReport: bool('upload-report'),
      commentOnPr: bool('comment-on-pr'),
      githubToken: str('github-token'),
      artifactName: artifactName(str('report-artifact-name') as string, name('report-artifact-name')),
      retentionDays: optionalNumber('retention-days', true, 1, 90),
      failOnPublishError: bool('fail-on-publish-error'),
      redactIdentifiers: autoBool(str('redact-identifiers'), name('redact-identifiers'))
    },
    planFile,
    stateFiles,
    tfDir,
    configFile,
    frameworks: parseFrameworkIds(items('frameworks'), name('frameworks')),
    rulesDirs,
    ...unusedPermissionDaysOf(optionalNumber('unused-permission-days', true, 1, MAX_UNUSED_PERMISSION_DAYS)),
    awsRegion: region,
    failOn,
    gateScope: scopeValue,
    failOnDrift: bool('fail-on-drift'),
    failOnIncomplete: bool('fail-on-incomplete'),
    failOnUnmapped: bool('fail-on-unmapped'),
    ignoreAddedSuppressions: bool('ignore-added-suppressions'),
    outDir: outputDir(str('output-dir') as string, ctx.cwd, name('output-dir')),
    sarifCategory: str('sarif-category') as string,
    sarifLiveCategories: oneOf(str('sarif-live-categories') as string, SARIF_LIVE_CATEGORIES, name('sarif-live-categories')),
    sarifFallbackLocation: toRepoPath(repoRoot, resolve(ctx.cwd, fallback)),
    repoRoot,
    event: ctx.event
  }
}

function unusedPermissionDaysOf(days: number | undefined): Pick<Config, 'unusedPermissionDays'> {
  return days === undefined ? {} : { unusedPermissionDays: days }
}

/**
 * `live`: true, false, or auto (the action's default): scan when a role is given or AWS credentials are in the
 * environment (an earlier configure-aws-credentials step, a profile, a web identity token file), unless a saved
 * inventory is given.
 */
function liveSetting(value: string | undefined, inputName: string, ctx: ConfigContext, roleGiven: boolean, inventoryGiven: boolean): boolean {
  const v = (value ?? (ctx.liveDefault === 'auto' ? 'auto' : 'false')).toLowerCase()
  if (v === 'true') return true
  if (v === 'false') return false
  if (v !== 'auto') throw new InputError(`${inputName}: "${value}" is not auto, true or false`)
  // A saved inventory is the live side of this run: auto does not scan on top of it.
  if (inventoryGiven) return false
  // A pull request is judged on its plan: the plan's refreshed prior state is the "before" side, so
  // "introduced" means introduced by the change. Live data would turn a finding already in the account into
  // "pre-existing" (not blocking) and scan the account on every push; that is asked for with live: true.
  if (ctx.event === 'pull_request' || ctx.event === 'pull_request_target') return false
  const env = ctx.env ?? {}
  return roleGiven || Boolean(env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE || env.AWS_WEB_IDENTITY_TOKEN_FILE || env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI)
}


/**
 * since and since-workflow: a file (checked now), or last-scheduled-run with its workflow (the action downloads
 * it). The changes mode patches one inventory with live reads, so it needs live credentials and excludes the
 * settings that read other inventories or cut the scan.
 */
function sinceSetting(
  value: string | undefined,
  workflow: string | undefined,
  run: { live: boolean; planning: boolean; shard: boolean; inventory: boolean },
  name: (input: string) => string,
  file: (value: string) => string
): { since?: string; sinceWorkflow?: string } {
  if (value === undefined) {
    if (workflow !== undefined) throw new InputError(`${name('since-workflow')}: it names the workflow for ${name('since')}: last-scheduled-run; set that too, or leave ${name('since-workflow')} out`)
    return {}
  }
  if (run.planning) throw new InputError(`${name('since')}: planning shards lists the whole estate; leave ${name('since')} out of command shards`)
  if (run.shard) throw new InputError(`${name('since')} and ${name('shard')} both given: the changes mode reads the events of the whole inventory; leave ${name('shard')} out`)
  if (run.inventory) throw new InputError(`${name('since')} and ${name('inventory')} both given: since patches its own inventory with live reads; give the inventory to ${name('since')} alone`)
  if (!run.live) throw new InputError(`${name('since')}: the changes since the inventory are read from CloudTrail and Cloud Control; set ${name('role-to-assume')} or give AWS credentials (and ${name('live')} true where it is off)`)
  if (value === LAST_SCHEDULED_RUN) {
    if (name('since').startsWith('--')) throw new InputError(`${name('since')}: last-scheduled-run is the action's (it downloads the scheduled run's artifact); give the path of a plumbline-inventory.json`)
    if (workflow === undefined) throw new InputError(`${name('since')}: last-scheduled-run needs ${name('since-workflow')}: the workflow file (such as scheduled-scan.yml) whose scheduled runs upload the inventory`)
    return { since: value, sinceWorkflow: workflow }
  }
  if (workflow !== undefined) throw new InputError(`${name('since-workflow')}: it is read only with ${name('since')}: last-scheduled-run; ${name('since')} gives a file here`)
  return { since: file(value) }
}

/** Artifact names may not hold characters GitHub refuses in them. */
function artifactName(value: string, inputName: string): string {
  if (/["':<>|*?\\/\r\n]/.test(value)) throw new InputError(`${inputName}: "${value}" holds a character artifact names may not have (" : < > | * ? \\ / or a line break)`)
  return value
}

function oneOf<T extends string>(value: string, allowed: readonly T[], inputName: string): T {
  const v = value.toLowerCase()
  if ((allowed as readonly string[]).includes(v)) return v as T
  throw new InputError(`${inputName}: "${value}" is not ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`)
}

function autoBool(value: string | undefined, inputName: string): boolean | 'auto' {
  const v = (value ?? 'auto').toLowerCase()
  if (v === 'auto') return 'auto'
  if (v === 'true' || v === 'false') return v === 'true'
  throw new InputError(`${inputName}: "${value}" is not auto, true or false`)
}

/** `regions`: names, `all`, `global`; default aws-region and global. */
function regionSelection(values: string[], awsRegion: string, inputName: string): RegionSelection {
  if (values.length === 0) return { named: [awsRegion], all: false, global: true }
  const named: string[] = []
  let all = false
  let global = false
  for (const raw of values) {
    const v = raw.toLowerCase()
    if (v === 'all') all = global = true
    else if (v === 'global') global = true
    else if (REGION.test(v)) named.push(v)
    else throw new InputError(`${inputName}: "${raw}" is not an AWS region name; use names like us-east-1, or all, or global`)
  }
  return { named: [...new Set(named)], all, global }
}

/** The live types: resource-types (default: what rules and mapping use, and the account facts), narrowed by services. */
function liveTypes(given: string[], services: string[], typesName: string, servicesName: string): string[] {
  for (const type of given) {
    if (!knownLiveType(type)) {
      throw new InputError(`${typesName}: "${type}" is not a type Plumbline can read; give CloudFormation type names like AWS::S3::Bucket (the README lists them)`)
    }
  }
  const types = given.length > 0 ? [...new Set(given)] : [...defaultLiveTypes(), ...FACT_TYPES]
  if (services.length === 0) return types
  const serviceOf = (type: string) => type.split('::')[1]?.toLowerCase()
  const known = new Set(types.map(serviceOf))
  for (const service of services) {
    if (!known.has(service.toLowerCase())) {
      throw new InputError(`${servicesName}: "${service}" matches none of the types to scan; use service names like ${[...known].sort().slice(0, 6).join(', ')}`)
    }
  }
  const wanted = new Set(services.map((s) => s.toLowerCase()))
  return types.filter((t) => wanted.has(serviceOf(t)))
}

/** The output folder: it may not exist yet, but neither it nor a folder above it may be a file. */
function outputDir(value: string, cwd: string, inputName: string): string {
  const dir = resolve(cwd, value)
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(at)) {
      if (!statSync(at).isDirectory()) {
        throw new InputError(`${inputName}: ${value} cannot be the output folder (${at === dir ? 'it is a file' : `${relative(cwd, at) || at} is a file`}); give a folder`)
      }
      return dir
    }
    if (dirname(at) === at) return dir
  }
}

export function parseThreshold(value: string, inputName: string): Threshold {
  const v = value.trim().toLowerCase()
  if (v === 'none' || (SEVERITIES as readonly string[]).includes(v)) return v as Threshold
  throw new InputError(`${inputName}: "${value}" is not a severity; use one of ${SEVERITIES.join(', ')} or none`)
}

/** The folder holding .git (a directory, or a file in worktrees and submodules), walking up from `from`. */
/**
 * The folders of the user's rule files: those given (each must be a folder), else .plumbline/rules at the repository
 * root when it is there. `settingName` is how messages name the setting (rules-dir, --rules-dir).
 */
export function rulesDirsOf(given: readonly string[], cwd: string, repoRoot: string, settingName: string): string[] {
  const dirs = given.map((value) => {
    const path = resolve(cwd, value)
    if (!existsSync(path) || !statSync(path).isDirectory()) {
      throw new InputError(`${settingName}: ${value} is not a folder; give the folder that holds your rule files (*.yml)`)
    }
    return path
  })
  if (dirs.length > 0) return dirs
  const conventional = join(repoRoot, '.plumbline', 'rules')
  return existsSync(conventional) && statSync(conventional).isDirectory() ? [conventional] : []
}

export function gitTopLevel(from: string): string | undefined {
  let dir = resolve(from)
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** A path relative to the repository root with '/' separators, as SARIF and GitHub links want it. */
export function toRepoPath(repoRoot: string, path: string): string {
  const rel = isAbsolute(path) ? relative(repoRoot, path) : path
  return rel.split(sep).join('/')
}
