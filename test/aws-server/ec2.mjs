// EC2, query protocol (Version 2016-11-15, ec2 flavour: lowerCamel members, `item` lists, requestId, errors as
// <Response><Errors><Error>): EBS default encryption, enabled regions, instances' IMDS settings, default VPCs.
import { ServiceError, ec2Reply, xml } from './protocol.mjs'
import { decodePageToken, encodePageToken } from './store.mjs'

/** Regions that need opting in: with AllRegions=true the ones an account has not enabled show as not-opted-in. */
const OPT_IN_REGIONS = ['af-south-1', 'ap-east-1', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'ca-west-1', 'eu-central-2', 'eu-south-1', 'eu-south-2', 'il-central-1', 'me-central-1', 'me-south-1']

/** Values of a list parameter: `InstanceId.1`, `InstanceId.2`, … */
function listParam(params, name) {
  const values = []
  for (let i = 1; params.has(`${name}.${i}`); i++) values.push(params.get(`${name}.${i}`))
  return values
}

/** `Filter.N.Name` with `Filter.N.Value.M`. */
function filtersOf(params) {
  const filters = []
  for (let i = 1; params.has(`Filter.${i}.Name`); i++) filters.push({ name: params.get(`Filter.${i}.Name`), values: listParam(params, `Filter.${i}.Value`) })
  return filters
}

/** EC2 filter values may use `*` and `?` wildcards. */
function valueMatches(pattern, value) {
  if (value === undefined || value === null) return false
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return new RegExp(`^${source}$`).test(String(value))
}

/**
 * Keeps the entries every filter matches. `fields` gives each supported filter's value(s) for an entry;
 * `tag:<key>` and `tag-key` read the entry's CloudFormation Tags when `tagsOf` is given.
 */
function applyFilters(entries, filters, fields, tagsOf) {
  for (const { name } of filters) {
    const supported = name in fields || (tagsOf !== undefined && (name.startsWith('tag:') || name === 'tag-key'))
    if (!supported) throw new ServiceError('InvalidParameterValue', 400, `The filter '${name}' is invalid`)
  }
  const valuesOf = (entry, name) => {
    if (name in fields) return fields[name](entry)
    const tags = tagsOf(entry) ?? []
    return name === 'tag-key' ? tags.map((t) => t.Key) : tags.find((t) => t.Key === name.slice(4))?.Value
  }
  return entries.filter((entry) =>
    filters.every((filter) => {
      const field = valuesOf(entry, filter.name)
      const values = Array.isArray(field) ? field : [field]
      return filter.values.some((pattern) => values.some((v) => valueMatches(pattern, v)))
    })
  )
}

const tagsOfProperties = (entry) => entry.properties.Tags

/** MaxResults (5..1000) and NextToken paging over `entries`. */
function paginate(params, entries, scope, operation) {
  const rawMax = params.get('MaxResults')
  let offset = 0
  const token = params.get('NextToken')
  if (token !== null) {
    offset = decodePageToken(token, scope)
    if (offset === undefined) throw new ServiceError('InvalidParameterValue', 400, `Invalid value '${token}' for nextToken in ${operation}`)
  }
  if (rawMax === null) return { page: entries.slice(offset), next: undefined }
  const max = Number(rawMax)
  if (!Number.isInteger(max) || max < 5 || max > 1000) {
    throw new ServiceError('InvalidParameterValue', 400, `Value ( ${rawMax} ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.`)
  }
  const end = offset + max
  return { page: entries.slice(offset, end), next: end < entries.length ? encodePageToken(scope, end) : undefined }
}

const tagSet = (properties) => xml('tagSet', (properties.Tags ?? []).map((t) => xml('item', { key: t.Key, value: t.Value })))

export function getEbsEncryptionByDefault(ctx) {
  const { account, region, requestId } = ctx
  const enabled = account.facts.ebsEncryptionByDefault?.[region] ?? false
  return ec2Reply('GetEbsEncryptionByDefault', [xml('ebsEncryptionByDefault', String(enabled)), xml('sseType', 'sse-ebs')], requestId)
}

export function describeRegions(ctx) {
  const { account, params, requestId } = ctx
  const regions = account.enabledRegions.map((name) => ({ name, optInStatus: OPT_IN_REGIONS.includes(name) ? 'opted-in' : 'opt-in-not-required' }))
  if (params.get('AllRegions') === 'true') {
    for (const name of OPT_IN_REGIONS) if (!account.isRegionEnabled(name)) regions.push({ name, optInStatus: 'not-opted-in' })
  }
  const names = listParam(params, 'RegionName')
  const wanted = names.length > 0 ? regions.filter((r) => names.includes(r.name)) : regions
  const filtered = applyFilters(wanted, filtersOf(params), {
    'region-name': (r) => r.name,
    'opt-in-status': (r) => r.optInStatus,
    endpoint: (r) => `ec2.${r.name}.amazonaws.com`
  })
  const items = filtered.map((r) => xml('item', { regionName: r.name, regionEndpoint: `ec2.${r.name}.amazonaws.com`, optInStatus: r.optInStatus }))
  return ec2Reply('DescribeRegions', [xml('regionInfo', items)], requestId)
}

const DEFAULT_METADATA_OPTIONS = { state: 'applied', httpTokens: 'optional', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled', httpProtocolIpv6: 'disabled', instanceMetadataTags: 'disabled' }

/** The seed's IMDS settings, accepted as EC2's wire names (httpTokens) or the SDK's (HttpTokens). */
function metadataOptions(entry) {
  const given = Object.fromEntries(Object.entries(entry.metadataOptions ?? {}).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), v]))
  return { ...DEFAULT_METADATA_OPTIONS, ...given }
}

const INSTANCE_FILTERS = {
  'instance-id': (e) => e.identifier,
  'vpc-id': (e) => e.properties.VpcId,
  'subnet-id': (e) => e.properties.SubnetId,
  'instance-type': (e) => e.properties.InstanceType,
  'image-id': (e) => e.properties.ImageId,
  'instance-state-name': (e) => e.properties.State?.Name ?? 'running',
  'metadata-options.http-tokens': (e) => metadataOptions(e).httpTokens,
  'metadata-options.http-endpoint': (e) => metadataOptions(e).httpEndpoint,
  'metadata-options.http-put-response-hop-limit': (e) => metadataOptions(e).httpPutResponseHopLimit,
  'metadata-options.instance-metadata-tags': (e) => metadataOptions(e).instanceMetadataTags
}

function instanceXml(entry) {
  const p = entry.properties
  return xml('item', [
    xml('instanceId', entry.identifier),
    ...(p.ImageId ? [xml('imageId', p.ImageId)] : []),
    xml('instanceState', { code: p.State?.Code ?? 16, name: p.State?.Name ?? 'running' }),
    ...(p.InstanceType ? [xml('instanceType', p.InstanceType)] : []),
    ...(p.AvailabilityZone ? [xml('placement', { availabilityZone: p.AvailabilityZone })] : []),
    ...(p.SubnetId ? [xml('subnetId', p.SubnetId)] : []),
    ...(p.VpcId ? [xml('vpcId', p.VpcId)] : []),
    ...(p.PrivateIpAddress ?? p.PrivateIp ? [xml('privateIpAddress', p.PrivateIpAddress ?? p.PrivateIp)] : []),
    tagSet(p),
    xml('metadataOptions', metadataOptions(entry))
  ])
}

export function describeInstances(ctx) {
  const { account, region, params, requestId } = ctx
  const ids = listParam(params, 'InstanceId')
  if (ids.length > 0 && params.has('MaxResults')) {
    throw new ServiceError('InvalidParameterCombination', 400, 'The parameter instancesSet cannot be used with the parameter maxResults')
  }
  let entries = account.resourcesIn('AWS::EC2::Instance', region)
  if (ids.length > 0) {
    const byId = new Map(entries.map((e) => [e.identifier, e]))
    const missing = ids.filter((id) => !byId.has(id))
    if (missing.length > 0) {
      const message = missing.length === 1 ? `The instance ID '${missing[0]}' does not exist` : `The instance IDs '${missing.join(', ')}' do not exist`
      throw new ServiceError('InvalidInstanceID.NotFound', 400, message)
    }
    entries = ids.map((id) => byId.get(id))
  }
  const filters = filtersOf(params)
  entries = applyFilters(entries, filters, INSTANCE_FILTERS, tagsOfProperties)
  const { page, next } = paginate(params, entries, `${account.id}|${region}|instances|${JSON.stringify(filters)}`, 'DescribeInstances')
  // One reservation per instance: the seeds do not say which were launched together.
  const reservations = page.map((entry) =>
    xml('item', [
      xml('reservationId', `r-${entry.identifier.replace(/^i-/, '')}`),
      xml('ownerId', account.id),
      xml('groupSet', []),
      xml('instancesSet', [instanceXml(entry)])
    ])
  )
  return ec2Reply('DescribeInstances', [xml('reservationSet', reservations), ...(next ? [xml('nextToken', next)] : [])], requestId)
}

const isDefaultVpc = (entry) => entry.properties.IsDefault === true

const VPC_FILTERS = {
  'vpc-id': (e) => e.identifier,
  'is-default': (e) => String(isDefaultVpc(e)),
  isDefault: (e) => String(isDefaultVpc(e)),
  state: () => 'available',
  cidr: (e) => e.properties.CidrBlock,
  'dhcp-options-id': (e) => e.properties.DhcpOptionsId
}

export function describeVpcs(ctx) {
  const { account, region, params, requestId } = ctx
  let entries = account.resourcesIn('AWS::EC2::VPC', region)
  const ids = listParam(params, 'VpcId')
  if (ids.length > 0) {
    const byId = new Map(entries.map((e) => [e.identifier, e]))
    const missing = ids.find((id) => !byId.has(id))
    if (missing) throw new ServiceError('InvalidVpcID.NotFound', 400, `The vpc ID '${missing}' does not exist`)
    entries = ids.map((id) => byId.get(id))
  }
  const filters = filtersOf(params)
  entries = applyFilters(entries, filters, { ...VPC_FILTERS, 'owner-id': () => account.id }, tagsOfProperties)
  const { page, next } = paginate(params, entries, `${account.id}|${region}|vpcs|${JSON.stringify(filters)}`, 'DescribeVpcs')
  const items = page.map((entry) => {
    const p = entry.properties
    return xml('item', [
      xml('vpcId', entry.identifier),
      xml('ownerId', account.id),
      xml('state', 'available'),
      ...(p.CidrBlock ? [xml('cidrBlock', p.CidrBlock)] : []),
      ...(p.DhcpOptionsId ? [xml('dhcpOptionsId', p.DhcpOptionsId)] : []),
      xml('instanceTenancy', p.InstanceTenancy ?? 'default'),
      xml('isDefault', String(isDefaultVpc(entry))),
      tagSet(p)
    ])
  })
  return ec2Reply('DescribeVpcs', [xml('vpcSet', items), ...(next ? [xml('nextToken', next)] : [])], requestId)
}

/**
 * The account's EBS snapshots in the region (seed facts.ebsSnapshots[region]). `Owner.N` scopes to owners (`self` is
 * the caller; the seeds are all the account's own), `RestorableBy.N` to the snapshots those accounts may create volumes
 * from (`all`: the public ones; an account id: public ones and those shared with it, and the owner's own), `SnapshotId.N`
 * to ids (an unknown id is InvalidSnapshot.NotFound), with EC2's paging.
 */
export function describeSnapshots(ctx) {
  const { account, region, params, requestId } = ctx
  let entries = account.facts.ebsSnapshots?.[region] ?? []
  const owners = listParam(params, 'Owner')
  if (owners.length > 0 && !owners.some((o) => o === 'self' || o === account.id)) entries = []
  const restorableBy = listParam(params, 'RestorableBy')
  if (restorableBy.length > 0) {
    entries = entries.filter((s) =>
      restorableBy.some((who) => (who === 'all' ? s.Public === true : s.Public === true || who === account.id || (s.SharedWith ?? []).includes(who)))
    )
  }
  const ids = listParam(params, 'SnapshotId')
  if (ids.length > 0) {
    const missing = ids.find((id) => !entries.some((s) => s.SnapshotId === id))
    if (missing) throw new ServiceError('InvalidSnapshot.NotFound', 400, `The snapshot '${missing}' does not exist.`)
    entries = entries.filter((s) => ids.includes(s.SnapshotId))
  }
  const filters = filtersOf(params)
  entries = applyFilters(entries, filters, { 'snapshot-id': (s) => s.SnapshotId, 'volume-id': (s) => s.VolumeId, encrypted: (s) => String(s.Encrypted === true), 'owner-id': () => account.id })
  const { page, next } = paginate(params, entries, `${account.id}|${region}|snapshots|${owners}|${restorableBy}|${JSON.stringify(filters)}`, 'DescribeSnapshots')
  const items = page.map((s) =>
    xml('item', {
      snapshotId: s.SnapshotId,
      volumeId: s.VolumeId ?? 'vol-ffffffff',
      status: s.State ?? 'completed',
      startTime: s.StartTime ?? '2026-11-01T00:00:00.000Z',
      progress: '100%',
      ownerId: account.id,
      volumeSize: s.VolumeSize ?? 8,
      description: s.Description,
      encrypted: String(s.Encrypted === true),
      kmsKeyId: s.KmsKeyId,
      storageTier: 'standard'
    })
  )
  return ec2Reply('DescribeSnapshots', [xml('snapshotSet', items), ...(next ? [xml('nextToken', next)] : [])], requestId)
}

/** The account's AMIs in the region (seed facts.images[region]): `Owner.N` (`self`), `ImageId.N`, with EC2's paging. */
export function describeImages(ctx) {
  const { account, region, params, requestId } = ctx
  let entries = account.facts.images?.[region] ?? []
  const owners = listParam(params, 'Owner')
  if (owners.length > 0 && !owners.some((o) => o === 'self' || o === account.id)) entries = []
  const ids = listParam(params, 'ImageId')
  if (ids.length > 0) {
    const missing = ids.find((id) => !entries.some((i) => i.ImageId === id))
    if (missing) throw new ServiceError('InvalidAMIID.NotFound', 400, `The image id '[${missing}]' does not exist`)
    entries = entries.filter((i) => ids.includes(i.ImageId))
  }
  const filters = filtersOf(params)
  entries = applyFilters(entries, filters, { 'image-id': (i) => i.ImageId, 'is-public': (i) => String(i.Public === true), name: (i) => i.Name, state: (i) => i.State ?? 'available' })
  const { page, next } = paginate(params, entries, `${account.id}|${region}|images|${owners}|${JSON.stringify(filters)}`, 'DescribeImages')
  const items = page.map((image) =>
    xml('item', [
      xml('imageId', image.ImageId),
      xml('imageLocation', `${account.id}/${image.Name ?? image.ImageId}`),
      xml('imageState', image.State ?? 'available'),
      xml('imageOwnerId', account.id),
      xml('isPublic', String(image.Public === true)),
      xml('architecture', 'x86_64'),
      xml('imageType', 'machine'),
      ...(image.Name ? [xml('name', image.Name)] : []),
      xml('rootDeviceType', 'ebs'),
      xml('rootDeviceName', image.BlockDeviceMappings?.[0]?.DeviceName ?? '/dev/xvda'),
      xml(
        'blockDeviceMapping',
        (image.BlockDeviceMappings ?? []).map((m) =>
          xml('item', {
            deviceName: m.DeviceName,
            ebs: m.Ebs
              ? { snapshotId: m.Ebs.SnapshotId, volumeSize: m.Ebs.VolumeSize, deleteOnTermination: 'true', volumeType: m.Ebs.VolumeType ?? 'gp3', encrypted: String(m.Ebs.Encrypted === true), kmsKeyId: m.Ebs.KmsKeyId }
              : undefined
          })
        )
      ),
      xml('virtualizationType', 'hvm'),
      xml('hypervisor', 'xen')
    ])
  )
  return ec2Reply('DescribeImages', [xml('imagesSet', items), ...(next ? [xml('nextToken', next)] : [])], requestId)
}

