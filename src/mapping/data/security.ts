// Security services: WAF (v2, classic, regional), Shield, Network Firewall, GuardDuty filters, Security Hub standards.
// Each entry writes only what the aws provider names otherwise than the CloudFormation property's snake_case
// (derived.ts).
import type { ResourceBuilder } from '../builder.js'
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
    names: { 'LoggingFilter.Filters': 'filter', 'LoggingFilter.Filters.Conditions': 'condition', ManagedByFirewallManager: null },
    finish: (b) => unwrapEmptyMarkers(b.properties)
  }
]

export const SECURITY: readonly MappingSpec[] = [...WAFV2]
