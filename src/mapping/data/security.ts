// Security services: WAF (v2, classic, regional), Shield, Network Firewall, GuardDuty filters, Security Hub standards.
// Each entry writes only what the aws provider names otherwise than the CloudFormation property's snake_case
// (derived.ts).
import { isUnknownAttr, type ResourceBuilder } from '../builder.js'
import { block, type Convert } from '../convert.js'
import type { MappingSpec } from '../derived.js'

// ---- WAFv2 ----------------------------------------------------------------------------------------------------
// The provider writes repeated blocks in the singular (rule, text_transformation, insert_header, ...) where
// CloudFormation has plural lists, at every depth of a rule's statement: the renames are generated per statement kind.
// Statements nested in and/or/not statements and scope-down statements are left out: the schema facts stop at the
// recursive definition (a nested statement is a free-form value there), so only a rule's top statement is mapped.
const ACTIONS = ['Allow', 'Block', 'Captcha', 'Challenge', 'Count'] as const
const MATCH_STATEMENTS = ['ByteMatchStatement', 'RegexMatchStatement', 'RegexPatternSetReferenceStatement', 'SizeConstraintStatement', 'SqliMatchStatement', 'XssMatchStatement']
const CUSTOM_KEYS_WITH_TRANSFORMS = ['Cookie', 'Header', 'QueryArgument', 'QueryString', 'UriPath']

/** The renames of a rule action (Allow, Block, ... with custom request handling and custom responses) at `at`. */
function actionNames(at: string, actions: readonly string[] = ACTIONS): Record<string, string> {
  const names: Record<string, string> = {}
  for (const a of actions) {
    if (a === 'Block') names[`${at}.Block.CustomResponse.ResponseHeaders`] = 'response_header'
    else names[`${at}.${a}.CustomRequestHandling.InsertHeaders`] = 'insert_header'
  }
  return names
}

/** The renames of the rules of a web ACL or rule group (only a web ACL's statements can name other rule groups). */
function ruleNames(webAcl: boolean): Record<string, string | null> {
  const s = 'Rules.Statement'
  const names: Record<string, string | null> = {
    Rules: 'rule',
    'Rules.RuleLabels': 'rule_label',
    'Rules.VisibilityConfig.CloudWatchMetricsEnabled': 'cloudwatch_metrics_enabled',
    [`${s}.AndStatement`]: null,
    [`${s}.OrStatement`]: null,
    [`${s}.NotStatement`]: null,
    [`${s}.RateBasedStatement.ScopeDownStatement`]: null,
    [`${s}.RateBasedStatement.CustomKeys`]: 'custom_key',
    ...actionNames('Rules.Action')
  }
  for (const m of MATCH_STATEMENTS) names[`${s}.${m}.TextTransformations`] = 'text_transformation'
  for (const k of CUSTOM_KEYS_WITH_TRANSFORMS) names[`${s}.RateBasedStatement.CustomKeys.${k}.TextTransformations`] = 'text_transformation'
  if (webAcl) {
    Object.assign(names, {
      [`${s}.RuleGroupReferenceStatement.ExcludedRules`]: 'excluded_rule',
      [`${s}.RuleGroupReferenceStatement.RuleActionOverrides`]: 'rule_action_override',
      ...actionNames(`${s}.RuleGroupReferenceStatement.RuleActionOverrides.ActionToUse`),
      [`${s}.ManagedRuleGroupStatement.ScopeDownStatement`]: null,
      [`${s}.ManagedRuleGroupStatement.ExcludedRules`]: 'excluded_rule',
      [`${s}.ManagedRuleGroupStatement.RuleActionOverrides`]: 'rule_action_override',
      ...actionNames(`${s}.ManagedRuleGroupStatement.RuleActionOverrides.ActionToUse`)
    })
  }
  return names
}

/** custom_response_body blocks ({key, content, content_type}) → CloudFormation's map of key → {Content, ContentType}. */
const customResponseBodies: Convert = (v) => {
  if (!Array.isArray(v)) return undefined
  const out: Record<string, unknown> = {}
  for (const item of v) {
    if (item === null || typeof item !== 'object') continue
    const body = item as Record<string, unknown>
    if (typeof body.key !== 'string') continue
    out[body.key] = { Content: body.content, ContentType: body.content_type }
  }
  return Object.keys(out).length > 0 ? out : undefined
}

// Properties that are empty objects in CloudFormation ({} says "this one": uri_path {}, override_action { none {} })
// and free-form in the schema facts, so they arrive as Terraform's list of one block (the object is taken out) or as
// the empty list of a block not set (left out).
const EMPTY_MARKERS = new Set(['AllQueryArguments', 'Method', 'QueryString', 'UriPath', 'All', 'ForwardedIP', 'HTTPMethod', 'IP', 'None', 'Count'])

function unwrapEmptyMarkers(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) unwrapEmptyMarkers(item)
    return
  }
  if (node === null || typeof node !== 'object') return
  const obj = node as Record<string, unknown>
  for (const key of Object.keys(obj)) {
    const value = obj[key]
    if (!EMPTY_MARKERS.has(key) || !Array.isArray(value)) unwrapEmptyMarkers(value)
    else if (value.length === 0) delete obj[key] // an unset block
    else obj[key] = block(value) ?? {}
  }
}

/**
 * An action chosen by an empty block (action { block {} }) sets nothing the derived table copies, so it would vanish:
 * the chosen action is written as {} where Terraform has the block and nothing was mapped under it.
 */
function keepChosenActions(tfAction: unknown, out: Record<string, unknown>, key: string, actions: readonly string[]): void {
  const chosen = block(tfAction)
  if (!chosen) return
  const target = (out[key] ?? {}) as Record<string, unknown>
  for (const a of actions) if (block(chosen[a.toLowerCase()]) && target[a] === undefined) target[a] = {}
  if (Object.keys(target).length > 0) out[key] = target
}

function finishWafRules(b: ResourceBuilder): void {
  const props = b.properties
  keepChosenActions(b.tf.values.default_action, props, 'DefaultAction', ['Allow', 'Block'])
  const tfRules = b.tf.values.rule
  const rules = props.Rules
  if (Array.isArray(tfRules) && Array.isArray(rules)) {
    for (let i = 0; i < tfRules.length; i++) {
      const tfRule = tfRules[i] as Record<string, unknown> | null
      const rule = rules[i] as Record<string, unknown> | undefined
      if (!tfRule || !rule) continue
      keepChosenActions(tfRule.action, rule, 'Action', ACTIONS)
      const statement = block(tfRule.statement)
      const outStatement = rule.Statement as Record<string, unknown> | undefined
      if (!statement || !outStatement) continue
      for (const [tfName, name] of [['managed_rule_group_statement', 'ManagedRuleGroupStatement'], ['rule_group_reference_statement', 'RuleGroupReferenceStatement']]) {
        const overrides = block(statement[tfName])?.rule_action_override
        const outOverrides = (outStatement[name] as Record<string, unknown> | undefined)?.RuleActionOverrides
        if (!Array.isArray(overrides) || !Array.isArray(outOverrides)) continue
        for (let j = 0; j < overrides.length; j++) {
          if (outOverrides[j]) keepChosenActions((overrides[j] as Record<string, unknown>).action_to_use, outOverrides[j] as Record<string, unknown>, 'ActionToUse', ACTIONS)
        }
      }
    }
  }
  unwrapEmptyMarkers(props)
}

/** regular_expression blocks ({regex_string}) → the list of expressions. */
const regexStrings: Convert = (v) =>
  Array.isArray(v) ? v.map((item) => block(item)?.regex_string).filter((r): r is string => typeof r === 'string') : undefined

const WAFV2: readonly MappingSpec[] = [
  {
    tf: 'aws_wafv2_web_acl',
    cfn: 'AWS::WAFv2::WebACL',
    names: {
      ...ruleNames(true),
      'VisibilityConfig.CloudWatchMetricsEnabled': 'cloudwatch_metrics_enabled',
      ...actionNames('DefaultAction', ['Allow', 'Block']),
      // association_config's request_body is keyed by a nested block per resource type (cloudfront, api_gateway, ...)
      // where CloudFormation has a map keyed by the upper-case type: not compared.
      AssociationConfig: null
    },
    fields: [['CustomResponseBodies', 'custom_response_body', customResponseBodies]],
    finish: finishWafRules
  },
  {
    tf: 'aws_wafv2_rule_group',
    cfn: 'AWS::WAFv2::RuleGroup',
    names: { ...ruleNames(false), 'VisibilityConfig.CloudWatchMetricsEnabled': 'cloudwatch_metrics_enabled' },
    fields: [['CustomResponseBodies', 'custom_response_body', customResponseBodies]],
    finish: finishWafRules
  },
  { tf: 'aws_wafv2_ip_set', cfn: 'AWS::WAFv2::IPSet' },
  {
    tf: 'aws_wafv2_regex_pattern_set',
    cfn: 'AWS::WAFv2::RegexPatternSet',
    fields: [['RegularExpressionList', 'regular_expression', regexStrings]]
  },
  {
    tf: 'aws_wafv2_web_acl_association',
    cfn: 'AWS::WAFv2::WebACLAssociation',
    names: { WebACLArn: 'web_acl_arn' }
  },
  {
    tf: 'aws_wafv2_web_acl_logging_configuration',
    cfn: 'AWS::WAFv2::LoggingConfiguration',
    // ResourceArn (the primary identifier) from resource_arn, not the id: Terraform's id is the same ARN, but only
    // resource_arn carries the reference to a web ACL the plan creates (which joins the ACL to its logging).
    names: { ResourceArn: 'resource_arn', 'LoggingFilter.Filters': 'filter', 'LoggingFilter.Filters.Conditions': 'condition', ManagedByFirewallManager: null },
    finish: (b) => unwrapEmptyMarkers(b.properties)
  }
]

// WAF classic and WAF regional: rules are referenced by id, each with its action.
const WAF_CLASSIC: readonly MappingSpec[] = [
  { tf: 'aws_waf_web_acl', cfn: 'AWS::WAF::WebACL', global: true },
  { tf: 'aws_wafregional_web_acl', cfn: 'AWS::WAFRegional::WebACL', names: { Rules: 'rule' } }
]

/** Blocks {key, <inner> {<attr>}} → CloudFormation's map key → {<Name>: value}; undefined when there are none. */
function keyedSets(blocks: unknown, inner: string, attr: string, name: string): Record<string, unknown> | undefined {
  if (!Array.isArray(blocks)) return undefined
  const out: Record<string, unknown> = {}
  for (const item of blocks) {
    const set = block(item)
    const value = block(set?.[inner])?.[attr]
    if (typeof set?.key === 'string' && value !== undefined && value !== null) out[set.key] = { [name]: value }
  }
  return Object.keys(out).length > 0 ? out : undefined
}

/** Sets a value at a path of nested objects, making the objects on the way (no list steps). */
function setIn(target: Record<string, unknown>, steps: readonly string[], value: unknown): void {
  let node = target
  for (let i = 0; i < steps.length - 1; i++) node = (node[steps[i]] ??= {}) as Record<string, unknown>
  node[steps[steps.length - 1]] = value
}

// Network Firewall: the provider writes repeated blocks in the singular.
const NETWORK_FIREWALL: readonly MappingSpec[] = [
  {
    tf: 'aws_networkfirewall_firewall',
    cfn: 'AWS::NetworkFirewall::Firewall',
    names: { FirewallArn: 'arn', FirewallName: 'name', SubnetMappings: 'subnet_mapping' }
  },
  {
    tf: 'aws_networkfirewall_firewall_policy',
    cfn: 'AWS::NetworkFirewall::FirewallPolicy',
    names: {
      FirewallPolicyArn: 'arn',
      FirewallPolicyName: 'name',
      'FirewallPolicy.StatelessCustomActions': 'stateless_custom_action',
      'FirewallPolicy.StatelessCustomActions.ActionDefinition.PublishMetricAction.Dimensions': 'dimension',
      'FirewallPolicy.StatelessRuleGroupReferences': 'stateless_rule_group_reference',
      'FirewallPolicy.StatefulRuleGroupReferences': 'stateful_rule_group_reference',
      // rule_variables blocks ({key, ip_set {definition}}) where CloudFormation has a map keyed by variable: finish.
      'FirewallPolicy.PolicyVariables': null
    },
    finish: (b) => {
      const variables = block(block(b.tf.values.firewall_policy)?.policy_variables)
      const ruleVariables = keyedSets(variables?.rule_variables, 'ip_set', 'definition', 'Definition')
      if (ruleVariables) setIn(b.properties, ['FirewallPolicy', 'PolicyVariables'], { RuleVariables: ruleVariables })
    }
  },
  {
    tf: 'aws_networkfirewall_rule_group',
    cfn: 'AWS::NetworkFirewall::RuleGroup',
    names: {
      RuleGroupArn: 'arn',
      RuleGroupName: 'name',
      'RuleGroup.RulesSource.StatefulRules': 'stateful_rule',
      'RuleGroup.RulesSource.StatefulRules.RuleOptions': 'rule_option',
      'RuleGroup.RulesSource.StatelessRulesAndCustomActions.StatelessRules': 'stateless_rule',
      'RuleGroup.RulesSource.StatelessRulesAndCustomActions.CustomActions': 'custom_action',
      'RuleGroup.RulesSource.StatelessRulesAndCustomActions.CustomActions.ActionDefinition.PublishMetricAction.Dimensions': 'dimension',
      'RuleGroup.RulesSource.StatelessRulesAndCustomActions.StatelessRules.RuleDefinition.MatchAttributes.Sources': 'source',
      'RuleGroup.RulesSource.StatelessRulesAndCustomActions.StatelessRules.RuleDefinition.MatchAttributes.Destinations': 'destination',
      'RuleGroup.RulesSource.StatelessRulesAndCustomActions.StatelessRules.RuleDefinition.MatchAttributes.SourcePorts': 'source_port',
      'RuleGroup.RulesSource.StatelessRulesAndCustomActions.StatelessRules.RuleDefinition.MatchAttributes.DestinationPorts': 'destination_port',
      'RuleGroup.RulesSource.StatelessRulesAndCustomActions.StatelessRules.RuleDefinition.MatchAttributes.TCPFlags': 'tcp_flag',
      // ip_sets / port_sets / ip_set_references blocks ({key, ...}) where CloudFormation has maps keyed by name: finish.
      'RuleGroup.RuleVariables': null,
      'RuleGroup.ReferenceSets': null
    },
    finish: (b) => {
      const group = block(b.tf.values.rule_group)
      const variables = block(group?.rule_variables)
      const ipSets = keyedSets(variables?.ip_sets, 'ip_set', 'definition', 'Definition')
      const portSets = keyedSets(variables?.port_sets, 'port_set', 'definition', 'Definition')
      if (ipSets || portSets) setIn(b.properties, ['RuleGroup', 'RuleVariables'], { IPSets: ipSets, PortSets: portSets })
      const references = keyedSets(block(group?.reference_sets)?.ip_set_references, 'ip_set_reference', 'reference_arn', 'ReferenceArn')
      if (references) setIn(b.properties, ['RuleGroup', 'ReferenceSets'], { IPSetReferences: references })
      // The provider's top-level `rules` (Suricata rules) is the same value as rules_source.rules_string.
      const rules = b.tf.values.rules
      if (typeof rules === 'string' && rules !== '' && (b.properties.RuleGroup as Record<string, Record<string, unknown>> | undefined)?.RulesSource?.RulesString === undefined) {
        setIn(b.properties, ['RuleGroup', 'RulesSource', 'RulesString'], rules)
      }
    }
  },
  {
    tf: 'aws_networkfirewall_logging_configuration',
    cfn: 'AWS::NetworkFirewall::LoggingConfiguration',
    names: { 'LoggingConfiguration.LogDestinationConfigs': 'log_destination_config' }
  }
]

/** A GuardDuty criterion bound: a number, or an RFC 3339 time the provider sends as epoch milliseconds. */
function criterionBound(v: unknown): number | undefined {
  if (typeof v === 'number') return v
  if (typeof v !== 'string' || v === '') return undefined
  if (/^-?\d+$/.test(v)) return Number(v)
  const time = Date.parse(v)
  return Number.isNaN(time) ? undefined : time
}

/**
 * finding_criteria's criterion blocks ({field, equals, not_equals, greater_than, ...}) → CloudFormation's map of
 * field → condition. The long condition names (Equals, GreaterThan) are the ones GuardDuty's API documents as current;
 * the schema also has the deprecated short ones (Eq, Gt).
 */
const findingCriteria: Convert = (v) => {
  const criteria = block(v)?.criterion
  if (!Array.isArray(criteria)) return undefined
  const out: Record<string, Record<string, unknown>> = {}
  for (const item of criteria) {
    const c = block(item)
    if (!c || typeof c.field !== 'string') continue
    const condition: Record<string, unknown> = {}
    if (Array.isArray(c.equals) && c.equals.length > 0) condition.Equals = c.equals
    if (Array.isArray(c.not_equals) && c.not_equals.length > 0) condition.NotEquals = c.not_equals
    for (const [attr, name] of [['greater_than', 'GreaterThan'], ['greater_than_or_equal', 'GreaterThanOrEqual'], ['less_than', 'LessThan'], ['less_than_or_equal', 'LessThanOrEqual']]) {
      const bound = criterionBound(c[attr])
      if (bound !== undefined) condition[name] = bound
    }
    out[c.field] = condition
  }
  return { Criterion: out }
}

/** Sets `property` to the part of Terraform's id after its first ':' ("<parent id>:<own id>"). */
function setSecondHalf(b: ResourceBuilder, property: string): void {
  const id = b.tf.values.id
  const at = typeof id === 'string' ? id.indexOf(':') : -1
  if (typeof id === 'string' && at > 0 && at < id.length - 1) b.properties[property] = id.slice(at + 1)
  else if (isUnknownAttr(b.tf, 'id')) b.record(property, 'id')
}

/** Macie's criterion blocks ({field, eq, neq, gt, gte, lt, lte}) → CloudFormation's map of field → condition. */
const macieCriteria: Convert = (v) => {
  const criteria = block(v)?.criterion
  if (!Array.isArray(criteria)) return undefined
  const out: Record<string, Record<string, unknown>> = {}
  for (const item of criteria) {
    const c = block(item)
    if (!c || typeof c.field !== 'string') continue
    const condition: Record<string, unknown> = {}
    for (const list of ['eq', 'neq']) if (Array.isArray(c[list]) && (c[list] as unknown[]).length > 0) condition[list] = c[list]
    for (const bound of ['gt', 'gte', 'lt', 'lte']) {
      const value = criterionBound(c[bound])
      if (value !== undefined) condition[bound] = value
    }
    out[c.field] = condition
  }
  return { Criterion: out }
}

const DETECTION: readonly MappingSpec[] = [
  // Shield Advanced's API is global (us-east-1), whatever the protected resource's region.
  { tf: 'aws_shield_protection', cfn: 'AWS::Shield::Protection', global: true, names: { ProtectionArn: 'arn', ProtectionId: 'id' } },
  {
    tf: 'aws_shield_protection_group',
    cfn: 'AWS::Shield::ProtectionGroup',
    global: true,
    // Terraform's id is the group's id; the ARN is the identifier.
    names: { ProtectionGroupArn: 'protection_group_arn', ProtectionGroupId: 'protection_group_id' }
  },
  { tf: 'aws_guardduty_filter', cfn: 'AWS::GuardDuty::Filter', fields: [['FindingCriteria', 'finding_criteria', findingCriteria]] },
  // Terraform's id is "<detector id>:<set id>": the set's own id is its second half.
  { tf: 'aws_guardduty_ipset', cfn: 'AWS::GuardDuty::IPSet', names: { Id: null }, finish: (b) => setSecondHalf(b, 'Id') },
  { tf: 'aws_guardduty_threatintelset', cfn: 'AWS::GuardDuty::ThreatIntelSet', names: { Id: null }, finish: (b) => setSecondHalf(b, 'Id') },
  { tf: 'aws_guardduty_malware_protection_plan', cfn: 'AWS::GuardDuty::MalwareProtectionPlan', names: { MalwareProtectionPlanId: 'id' } },
  {
    tf: 'aws_guardduty_member',
    cfn: 'AWS::GuardDuty::Member',
    // relationship_status (Created, Invited, Enabled, ...) is what the administrator sees, not the Status one sets.
    names: { MemberId: 'account_id', Message: 'invitation_message', Status: null }
  },
  {
    tf: 'aws_securityhub_finding_aggregator',
    cfn: 'AWS::SecurityHub::FindingAggregator',
    // Terraform's id is the aggregator's ARN.
    names: { FindingAggregatorArn: 'id', RegionLinkingMode: 'linking_mode', Regions: 'specified_regions' }
  },
  // Disabled controls are aws_securityhub_standards_control resources of their own: not folded in (yet).
  { tf: 'aws_securityhub_standards_subscription', cfn: 'AWS::SecurityHub::Standard' }
]

// Investigation, data discovery, audit stores and code signing.
const AUDIT: readonly MappingSpec[] = [
  // Auto-enabling members is aws_detective_organization_configuration's: not part of the graph resource.
  { tf: 'aws_detective_graph', cfn: 'AWS::Detective::Graph', names: { Arn: 'graph_arn' } },
  { tf: 'aws_detective_member', cfn: 'AWS::Detective::MemberInvitation', names: { MemberId: 'account_id', MemberEmailAddress: 'email_address' } },
  { tf: 'aws_macie2_account', cfn: 'AWS::Macie::Session', names: { AwsAccountId: 'id' } },
  { tf: 'aws_macie2_findings_filter', cfn: 'AWS::Macie::FindingsFilter', fields: [['FindingCriteria', 'finding_criteria', macieCriteria]] },
  {
    tf: 'aws_cloudtrail_event_data_store',
    cfn: 'AWS::CloudTrail::EventDataStore',
    names: { EventDataStoreArn: 'arn', AdvancedEventSelectors: 'advanced_event_selector', 'AdvancedEventSelectors.FieldSelectors': 'field_selector' },
    // The provider's defaults: all regions, protected from deletion.
    defaults: { MultiRegionEnabled: true, TerminationProtectionEnabled: true }
  },
  {
    tf: 'aws_lambda_code_signing_config',
    cfn: 'AWS::Lambda::CodeSigningConfig',
    names: { CodeSigningConfigArn: 'arn', CodeSigningConfigId: 'config_id', CodeSigningPolicies: 'policies' },
    // AWS's default: unsigned code is deployed with a warning.
    defaults: { 'CodeSigningPolicies.UntrustedArtifactOnDeployment': 'Warn' }
  },
  {
    tf: 'aws_signer_signing_profile',
    cfn: 'AWS::Signer::SigningProfile',
    // Terraform's id is the profile name; the ARN is the identifier.
    names: { Arn: 'arn', ProfileName: 'name', ProfileVersion: 'version', ProfileVersionArn: 'version_arn' }
  },
  { tf: 'aws_signer_signing_profile_permission', cfn: 'AWS::Signer::ProfilePermission' }
]

export const SECURITY: readonly MappingSpec[] = [...WAFV2, ...WAF_CLASSIC, ...NETWORK_FIREWALL, ...DETECTION, ...AUDIT]
