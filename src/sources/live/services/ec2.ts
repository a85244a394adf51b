// EC2's quirks: the account's regions (DescribeRegions), instances' IMDS settings (DescribeInstances, since Cloud
// Control's read may not return MetadataOptions), the default VPC and what AWS created with it, every VPC's
// default security group, and security-group rule resources folded into their group (design: canonical form).
import { DescribeInstancesCommand, DescribeRegionsCommand, DescribeVpcsCommand } from '@aws-sdk/client-ec2'
import { normalizeRuleEntry } from '../../../model/security-group-rules.js'
import type { Resource } from '../../../types.js'
import { errorLine } from '../limits.js'
import type { HookContext, RegionScope, ServiceHooks } from './hooks.js'

/** Every region AWS knows, with the account's opt-in status (`not-opted-in` is not enabled). */
export async function regionOptInStatus(ctx: HookContext): Promise<Map<string, string>> {
  const home = ctx.homeRegion
  const ec2 = ctx.caller.client('ec2', ctx.account, home, ctx.credentials)
  const out = await ctx.caller.call(ctx.account, home, () => ec2.send(new DescribeRegionsCommand({ AllRegions: true })))
  return new Map((out.Regions ?? []).filter((r) => r.RegionName).map((r) => [r.RegionName as string, r.OptInStatus ?? 'opt-in-not-required']))
}

/**
 * EC2 instances' IMDS settings: Cloud Control's read may not return MetadataOptions, so they come from
 * DescribeInstances. When that fails the property is marked unknown (never guessed) and a warning says why.
 */
async function readInstanceMetadata(resources: readonly Resource[], region: string, ctx: HookContext): Promise<void> {
  const missing = resources.filter((r) => r.type === 'AWS::EC2::Instance' && r.properties.MetadataOptions === undefined && r.id)
  if (missing.length === 0) return
  const byId = new Map(missing.map((r) => [r.id as string, r]))
  const ec2 = ctx.caller.client('ec2', ctx.account, region, ctx.credentials)
  const ids = [...byId.keys()]
  try {
    for (let i = 0; i < ids.length; i += 100) {
      let token: string | undefined
      do {
        const page = await ctx.caller.call(ctx.account, region, () => ec2.send(new DescribeInstancesCommand({ InstanceIds: ids.slice(i, i + 100), NextToken: token })))
        for (const reservation of page.Reservations ?? []) {
          for (const instance of reservation.Instances ?? []) {
            const resource = instance.InstanceId ? byId.get(instance.InstanceId) : undefined
            const m = instance.MetadataOptions
            if (!resource || !m) continue
            resource.properties.MetadataOptions = dropUndefined({
              HttpTokens: m.HttpTokens,
              HttpEndpoint: m.HttpEndpoint,
              HttpPutResponseHopLimit: m.HttpPutResponseHopLimit,
              HttpProtocolIpv6: m.HttpProtocolIpv6,
              InstanceMetadataTags: m.InstanceMetadataTags
            })
          }
        }
        token = page.NextToken
      } while (token)
    }
  } catch (err) {
    ctx.warn(`account ${ctx.account} ${region}: instance metadata options could not be read (${errorLine(err)}); IMDS findings are unknown`)
  }
  for (const r of missing) if (r.properties.MetadataOptions === undefined) r.unknown = [...(r.unknown ?? []), 'MetadataOptions']
}

const VPC_MEMBER_TYPES = new Set(['AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::RouteTable', 'AWS::EC2::NetworkAcl', 'AWS::EC2::InternetGateway'])

/** The default VPC and what AWS created with it are flagged isDefault (EC2 says which VPC is the default). */
async function markDefaultVpc(resources: readonly Resource[], types: readonly string[], region: string, ctx: HookContext): Promise<void> {
  if (!types.some((t) => VPC_MEMBER_TYPES.has(t))) return
  const ec2 = ctx.caller.client('ec2', ctx.account, region, ctx.credentials)
  try {
    const out = await ctx.caller.call(ctx.account, region, () => ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'isDefault', Values: ['true'] }] })))
    const ids = new Set((out.Vpcs ?? []).map((v) => v.VpcId).filter((id): id is string => typeof id === 'string'))
    markDefaultVpcResources(resources, ids)
  } catch (err) {
    ctx.warn(`account ${ctx.account} ${region}: the default VPC could not be identified (${errorLine(err)}); its resources are not flagged as AWS defaults`)
  }
}

/** What AWS creates with a default VPC, known from its VpcId (subnets, route tables, network ACLs) or attachment. */
export function markDefaultVpcResources(resources: readonly Resource[], defaultVpcIds: ReadonlySet<string>): void {
  for (const r of resources) {
    const p = r.properties
    switch (r.type) {
      case 'AWS::EC2::VPC':
        if (defaultVpcIds.has(String(p.VpcId ?? r.id))) r.isDefault = true
        break
      case 'AWS::EC2::Subnet':
      case 'AWS::EC2::RouteTable':
      case 'AWS::EC2::NetworkAcl':
        if (defaultVpcIds.has(String(p.VpcId))) r.isDefault = true
        break
      case 'AWS::EC2::InternetGateway': {
        const attachments = Array.isArray(p.Attachments) ? (p.Attachments as Array<{ VpcId?: unknown }>) : []
        if (attachments.some((a) => defaultVpcIds.has(String(a?.VpcId)))) r.isDefault = true
        break
      }
    }
  }
}

/** Every VPC's `default` security group is created by AWS with the VPC (it cannot be deleted). */
export function markDefaultSecurityGroup(resource: Resource): void {
  if (resource.type === 'AWS::EC2::SecurityGroup' && resource.properties.GroupName === 'default') resource.isDefault = true
}

const INGRESS_FIELDS = ['IpProtocol', 'FromPort', 'ToPort', 'CidrIp', 'CidrIpv6', 'SourceSecurityGroupId', 'SourceSecurityGroupOwnerId', 'SourcePrefixListId', 'Description']
const EGRESS_FIELDS = ['IpProtocol', 'FromPort', 'ToPort', 'CidrIp', 'CidrIpv6', 'DestinationSecurityGroupId', 'DestinationPrefixListId', 'Description']

/**
 * Security-group rules live inside their group. Live AWS::EC2::SecurityGroupIngress/Egress resources (listed
 * only when the user selects them) are folded into the group's SecurityGroupIngress/Egress, unless the group's
 * own read already holds an equal entry; the rule resources are then removed. A rule whose group was not read
 * stays a resource of its own.
 */
export function foldSecurityGroupRules(resources: Resource[]): Resource[] {
  const groups = new Map<string, Resource>()
  for (const r of resources) if (r.type === 'AWS::EC2::SecurityGroup') groups.set(`${r.account}/${r.region}/${String(r.properties.GroupId ?? r.id)}`, r)
  return resources.filter((r) => {
    const direction = r.type === 'AWS::EC2::SecurityGroupIngress' ? 'SecurityGroupIngress' : r.type === 'AWS::EC2::SecurityGroupEgress' ? 'SecurityGroupEgress' : undefined
    if (!direction) return true
    const group = groups.get(`${r.account}/${r.region}/${String(r.properties.GroupId)}`)
    if (!group) return true
    const fields = direction === 'SecurityGroupIngress' ? INGRESS_FIELDS : EGRESS_FIELDS
    const entry = normalizeRuleEntry(Object.fromEntries(fields.filter((f) => r.properties[f] !== undefined).map((f) => [f, r.properties[f]])))
    const existing = Array.isArray(group.properties[direction]) ? (group.properties[direction] as Record<string, unknown>[]) : []
    const key = ruleKey(entry)
    if (!existing.some((e) => ruleKey(normalizeRuleEntry(e)) === key)) group.properties[direction] = [...existing, entry]
    return false
  })
}

/** A rule's identity without its description (the same permission described twice is one permission). */
function ruleKey(entry: Record<string, unknown>): string {
  const { Description: _description, ...rest } = entry
  return JSON.stringify(Object.keys(rest).sort().map((k) => [k, rest[k]]))
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
}

export const ec2Hooks: ServiceHooks = {
  service: 'EC2',
  types: {
    // A route's list handler needs its route table.
    'AWS::EC2::Route': { listParent: { parentType: 'AWS::EC2::RouteTable', model: (table) => ({ RouteTableId: table.id }) } }
  },
  afterRegion: async ({ resources, types, region }: RegionScope, ctx) => {
    await Promise.all([readInstanceMetadata(resources, region, ctx), markDefaultVpc(resources, types, region, ctx)])
  },
  normalize: markDefaultSecurityGroup,
  fold: foldSecurityGroupRules
}
