// Plan-less reading expands count and for_each itself: a huge count must neither exhaust memory nor throw.
// Each block (resource or module call) makes at most 10,000 instances across the whole module tree, with one
// warning naming its file, line and address.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { loadTerraformDir } from '../../src/sources/hcl/index.js'
import { MAX_INSTANCES_PER_BLOCK } from '../../src/sources/hcl/evaluate.js'

const temporary: string[] = []
afterAll(async () => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))))

async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'plumbline-cap-'))
  temporary.push(root)
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, name)), { recursive: true })
    await writeFile(join(root, name), text)
  }
  return root
}

const load = (dir: string, repoRoot = dir) => loadTerraformDir(dir, { repoRoot, env: {} })

test('the cap is 10,000', () => {
  expect(MAX_INSTANCES_PER_BLOCK).toBe(10_000)
})

test.each([
  ['100000000', '100000000'],
  ['4294967296', '4294967296'], // 2^32: no array has that length
  ['"100000000"', '100000000'],
  ['1e30', '1e+30']
])('count = %s is cut to the first 10,000 instances, with a warning naming the block', async (count, shown) => {
  const root = await project({
    'infra/main.tf': `# a comment line\nresource "aws_instance" "web" {\n  count         = ${count}\n  instance_type = "t3.micro"\n}\n`
  })
  const { resources, warnings } = await load(join(root, 'infra'), root)
  expect(resources).toHaveLength(10_000)
  expect(resources[0].address).toBe('aws_instance.web[0]')
  expect(resources[9_999].address).toBe('aws_instance.web[9999]')
  expect(warnings).toEqual([
    `infra/main.tf:2: aws_instance.web: count = ${shown} is more than the 10,000 instances Plumbline checks per block; the first 10,000 are checked`
  ])
})

test.each([
  ['-1', 'count = -1 is not a whole number ≥ 0'],
  ['1.5', 'count = 1.5 is not a whole number ≥ 0'],
  ['pow(2, 32)', 'count is not known without a plan'],
  ['2^32', null] // not HCL: a syntax error, reported as one line
])('count = %s never throws anything but a one-line input error', async (count, warning) => {
  const root = await project({ 'main.tf': `resource "aws_instance" "web" {\n  count = ${count}\n}\n` })
  const result = await load(root).catch((error: unknown) => error)
  if (warning === null) {
    expect((result as Error).name).toBe('InputError')
    expect((result as Error).message).toMatch(/^main\.tf:2:\d+: /)
    return
  }
  const { resources, warnings } = result as Awaited<ReturnType<typeof load>>
  expect(resources.map((r) => r.address)).toEqual(['aws_instance.web'])
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toContain(warning)
})

test('for_each is cut the same way', async () => {
  const keys = Array.from({ length: 10_005 }, (_, i) => `k${i}`)
  const root = await project({
    'terraform.tfvars.json': JSON.stringify({ names: keys }),
    'main.tf': 'variable "names" {}\nresource "aws_sqs_queue" "q" {\n  for_each = toset(var.names)\n  name     = each.key\n}\n'
  })
  const { resources, warnings } = await load(root)
  expect(resources).toHaveLength(10_000)
  expect(warnings).toEqual(['main.tf:2: aws_sqs_queue.q: for_each with 10005 keys is more than the 10,000 instances Plumbline checks per block; the first 10,000 are checked'])
})

test('module calls are capped, and a block counts its instances across every instance of its module', async () => {
  const root = await project({
    'main.tf': 'module "m" {\n  source = "./m"\n  count  = 100000000\n}\n',
    'm/main.tf': 'module "inner" {\n  source = "./inner"\n  count  = 3\n}\nresource "aws_sqs_queue" "q" {\n  name = "q"\n}\n',
    'm/inner/main.tf': 'resource "aws_sns_topic" "t" {\n  count = 100000000\n  name  = "t"\n}\n'
  })
  const { resources, warnings } = await load(root)
  const of = (type: string) => resources.filter((r) => r.type === type)
  // 10,000 module instances, one queue each; 30,000 inner module instances would be cut to 10,000; the topics
  // of every inner instance share one budget of 10,000, not 10,000 each.
  expect(of('aws_sqs_queue')).toHaveLength(10_000)
  expect(of('aws_sns_topic')).toHaveLength(10_000)
  expect(of('aws_sqs_queue')[9_999].address).toBe('module.m[9999].aws_sqs_queue.q')
  expect(warnings).toEqual([
    'main.tf:1: module.m: count = 100000000 is more than the 10,000 instances Plumbline checks per block; the first 10,000 are checked',
    'm/inner/main.tf:1: module.m.module.inner.aws_sns_topic.t: count = 100000000 is more than the 10,000 instances Plumbline checks per block; the first 10,000 are checked',
    'm/main.tf:1: module.m.module.inner: count = 3 is more than the 10,000 instances Plumbline checks per block (with the instances its module already has); the first 10,000 are checked'
  ])
})
