import { markDynamicBlocksConfigured } from '../../src/pipeline.js'
import type { HclBlock } from '../../src/sources/hcl/index.js'
import type { TfResource } from '../../src/types.js'

const group = (address: string, configured?: string[]): TfResource => ({
  address,
  type: 'aws_security_group',
  name: 'web',
  values: {},
  unknown: ['ingress'],
  sensitive: [],
  origin: 'plan',
  action: 'create',
  configured
})

describe('markDynamicBlocksConfigured', () => {
  it('adds the dynamic blocks of the .tf block to what the plan says the configuration sets', () => {
    const block: HclBlock = { address: 'module.app.aws_security_group.web', type: 'aws_security_group', name: 'web', file: 'a.tf', line: 1, endLine: 9, suppressions: [], dynamicBlocks: ['ingress'] }
    const resources = [group('module.app["x"].aws_security_group.web[0]', ['name', 'vpc_id']), group('aws_security_group.other', ['name']), group('module.app["y"].aws_security_group.web[1]')]
    markDynamicBlocksConfigured(resources, new Map([[block.address, block]]))
    expect(resources.map((r) => r.configured)).toEqual([['name', 'vpc_id', 'ingress'], ['name'], undefined])
  })
})
