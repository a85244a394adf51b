import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPipeline } from '../../src/pipeline.js'
import { config } from './plan-config.js'

function bucketChange(name: string, actions: string[]) {
  return {
    address: `aws_s3_bucket.${name}`,
    mode: 'managed',
    type: 'aws_s3_bucket',
    name,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: { actions, before: { bucket: `acme-${name}` }, after: null, after_unknown: {}, before_sensitive: {}, after_sensitive: false }
  }
}

function priorBucket(name: string) {
  return { address: `aws_s3_bucket.${name}`, mode: 'managed', type: 'aws_s3_bucket', name, values: { bucket: `acme-${name}`, tags: {} }, sensitive_values: {} }
}


describe('runPipeline posture delta', () => {
  it('counts a deleted resource as fixing its findings, a forgotten one (still in AWS) not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-pipeline-'))
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: {} },
      resource_changes: [bucketChange('deleted', ['delete']), bucketChange('forgotten', ['forget'])],
      prior_state: { format_version: '1.0', values: { root_module: { resources: [priorBucket('deleted'), priorBucket('forgotten')] } } }
    }
    const planFile = join(dir, 'plan.json')
    writeFileSync(planFile, JSON.stringify(plan))
    const { model } = await runPipeline(config(planFile, dir))
    const failedBefore = (address: string) =>
      model.evaluations.filter((e) => e.resource.address === address && (e.status === 'fail' || e.status === 'suppressed'))
    // both buckets fail some rule before the change (no versioning, no encryption block...)
    expect(failedBefore('aws_s3_bucket.deleted').length).toBeGreaterThan(0)
    expect(failedBefore('aws_s3_bucket.deleted').every((e) => e.delta === 'fixed')).toBe(true)
    expect(model.evaluations.filter((e) => e.resource.address === 'aws_s3_bucket.forgotten' && e.delta === 'fixed')).toEqual([])
  })

  it('a plan made with -target: the prior state holds resources the plan does not mention, and they are not fixed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-pipeline-'))
    // Terraform writes changes for the targeted resources only and the whole state as prior_state.
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: {} },
      resource_changes: [bucketChange('deleted', ['delete'])],
      prior_state: { format_version: '1.0', values: { root_module: { resources: [priorBucket('deleted'), priorBucket('untargeted')] } } }
    }
    const planFile = join(dir, 'plan.json')
    writeFileSync(planFile, JSON.stringify(plan))
    const { model } = await runPipeline(config(planFile, dir))
    expect(model.evaluations.filter((e) => e.resource.address === 'aws_s3_bucket.deleted' && e.delta === 'fixed').length).toBeGreaterThan(0)
    expect(model.evaluations.filter((e) => e.resource.address === 'aws_s3_bucket.untargeted')).toEqual([])
  })
})

describe('runPipeline on plans and states of Terraform 0.12 to 1.0', () => {
  it('checks a format 0.1 plan like a 1.x one and warns that it marks nothing sensitive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-pipeline-'))
    const { model } = await runPipeline(config(join(process.cwd(), 'test/fixtures/plans/terraform-0.12.json'), dir))
    const verdict = (rule: string, address: string) =>
      model.evaluations.find((e) => e.rule === rule && e.resource.address === address && e.resource.origin === 'plan')
    expect(verdict('ec2-sg-no-public-ssh', 'module.app.aws_security_group.web')).toMatchObject({ status: 'fail', delta: 'introduced' })
    expect(verdict('ec2-ebs-volume-encrypted', 'aws_ebs_volume.data[1]')).toMatchObject({ status: 'pass', delta: 'fixed' })
    expect(verdict('s3-bucket-versioning-enabled', 'aws_s3_bucket.logs')?.status).toBe('pass')
    expect(model.run.warnings.filter((w) => w.includes('marks no value sensitive'))).toHaveLength(1)
    expect(model.run.warnings.join('\n')).not.toContain('hunter2')
  })

  it('warns about a format 0.1 state given for drift', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-pipeline-'))
    const settings = config(join(process.cwd(), 'test/fixtures/plans/terraform-1.0.json'), dir)
    settings.stateFiles = [join(process.cwd(), 'test/fixtures/states/show-0.1.json')]
    const { model } = await runPipeline(settings)
    expect(model.run.warnings.filter((w) => w.includes('marks no value sensitive'))).toEqual([
      expect.stringContaining('show-0.1.json: this state was written by Terraform 0.14.11')
    ])
  })
})
