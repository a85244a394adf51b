// causeOf: which folded companion decided a verdict at a property path (evaluate.ts).
import { causeOf } from '../../src/evaluate.js'

const causes = [
  { path: 'SecurityGroupIngress[1]', address: 'aws_security_group_rule.a' },
  { path: 'SecurityGroupIngress[2]', address: 'aws_security_group_rule.b' },
  { path: 'VersioningConfiguration.Status', address: 'aws_s3_bucket_versioning.v' }
]

test('the companion that wrote the path or an ancestor of it decides', () => {
  expect(causeOf(causes, 'SecurityGroupIngress[2]')?.address).toBe('aws_security_group_rule.b')
  expect(causeOf(causes, 'SecurityGroupIngress[1].CidrIp')?.address).toBe('aws_security_group_rule.a')
})

test('a container one companion filled is that companion’s; one several companions filled is nobody’s', () => {
  expect(causeOf(causes, 'VersioningConfiguration')?.address).toBe('aws_s3_bucket_versioning.v')
  expect(causeOf(causes, 'SecurityGroupIngress')).toBeUndefined()
})

test('a path no companion wrote, or the whole resource, has no cause', () => {
  expect(causeOf(causes, 'SecurityGroupIngress[0]')).toBeUndefined()
  expect(causeOf(causes, 'BucketEncryption')).toBeUndefined()
  expect(causeOf(causes, '')).toBeUndefined()
})
