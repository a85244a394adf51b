// The container rules (ECS, EKS, ECR, Batch): the cases their fixtures do not show, and the wording of messages.
import { expected, judge, messages, planned, REDACTED, res, ruleById } from './builders.js'
import { UNSUPPORTED_EKS_VERSIONS, VERSION_LIST_TAKEN } from '../../src/rules/eks/versions.js'
import { predicateNamed } from '../../src/rules/declarative/predicates.js'

const TASK = 'AWS::ECS::TaskDefinition'
const SERVICE = 'AWS::ECS::Service'
const CLUSTER = 'AWS::ECS::Cluster'
const EKS = 'AWS::EKS::Cluster'
const NODEGROUP = 'AWS::EKS::Nodegroup'
const REPO = 'AWS::ECR::Repository'
const JOB = 'AWS::Batch::JobDefinition'

const container = (name: string, extra: Record<string, unknown> = {}) => ({ Name: name, Image: 'nginx:1.27', Essential: true, ...extra })
const task = (id: string, containers: unknown[] | undefined, extra: Record<string, unknown> = {}) =>
  res(TASK, id, { Family: id, ...(containers === undefined ? {} : { ContainerDefinitions: containers }), ...extra })

describe('ecs-task-definition-no-privileged-containers', () => {
  const rule = ruleById('ecs-task-definition-no-privileged-containers')
  it('fails any privileged container, skips a task definition without containers', () => {
    const resources = [
      task('pass', [container('a'), container('b', { Privileged: false })]),
      task('fail', [container('a'), container('b', { Privileged: true })]),
      task('none', undefined),
      planned(TASK, 'aws_ecs_task_definition.unknown', {}, ['ContainerDefinitions'])
    ]
    expect(judge(rule, resources)).toEqual(expected({ pass: ['pass'], fail: ['fail'], unknown: ['aws_ecs_task_definition.unknown'], skipped: ['none'] }))
    expect(messages(rule, [resources[1]])[0]).toMatch(/ContainerDefinitions\[1\]\.Privileged/)
  })
})

describe('ecs-task-definition-readonly-root-filesystem', () => {
  it('needs ReadonlyRootFilesystem true on every container (absent is writable)', () => {
    const resources = [
      task('pass', [container('a', { ReadonlyRootFilesystem: true }), container('b', { ReadonlyRootFilesystem: true })]),
      task('fail-one', [container('a', { ReadonlyRootFilesystem: true }), container('b')]),
      task('fail-false', [container('a', { ReadonlyRootFilesystem: false })])
    ]
    expect(judge(ruleById('ecs-task-definition-readonly-root-filesystem'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-one', 'fail-false'] }))
  })
})

describe('ecs-task-definition-host-pid-not-shared', () => {
  it('fails PidMode host only', () => {
    const resources = [task('pass-task', [], { PidMode: 'task' }), task('pass-absent', []), task('fail-host', [], { PidMode: 'host' })]
    expect(judge(ruleById('ecs-task-definition-host-pid-not-shared'), resources)).toEqual(expected({ pass: ['pass-task', 'pass-absent'], fail: ['fail-host'] }))
  })
})

describe('ecs-task-definition-host-network-non-root', () => {
  const rule = ruleById('ecs-task-definition-host-network-non-root')
  it('in host mode, needs a non-root User or Privileged on every container; other modes get no verdict', () => {
    const host = (id: string, ...containers: unknown[]) => task(id, containers, { NetworkMode: 'host' })
    const resources = [
      host('pass-user-name', container('a', { User: 'app' })),
      host('pass-uid', container('a', { User: '1000:1000' })),
      host('pass-privileged', container('a', { Privileged: true })),
      host('pass-rootless-name', container('a', { User: 'rootless' })),
      host('fail-no-user', container('a')),
      host('fail-root', container('a', { User: 'root' })),
      host('fail-root-group', container('a', { User: 'root:wheel' })),
      host('fail-uid-0', container('a', { User: '0' })),
      host('fail-one-of-two', container('a', { User: 'app' }), container('b', { User: '0:0' })),
      task('awsvpc', [container('a', { User: 'root' })], { NetworkMode: 'awsvpc' }),
      task('default-mode', [container('a')])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['pass-user-name', 'pass-uid', 'pass-privileged', 'pass-rootless-name'],
        fail: ['fail-no-user', 'fail-root', 'fail-root-group', 'fail-uid-0', 'fail-one-of-two'],
        skipped: ['awsvpc', 'default-mode']
      })
    )
  })
})

describe('ecs-task-definition-logging-enabled', () => {
  it('needs a non-empty LogDriver on every container', () => {
    const logs = { LogConfiguration: { LogDriver: 'awslogs' } }
    const resources = [
      task('pass', [container('a', logs), container('b', { LogConfiguration: { LogDriver: 'awsfirelens' } })]),
      task('fail-missing', [container('a', logs), container('b')]),
      task('fail-empty-driver', [container('a', { LogConfiguration: { LogDriver: ' ' } })])
    ]
    expect(judge(ruleById('ecs-task-definition-logging-enabled'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-missing', 'fail-empty-driver'] }))
  })
})

describe('ecs-task-definition-no-secrets-in-env', () => {
  const rule = ruleById('ecs-task-definition-no-secrets-in-env')
  const awsKey = 'AKIA' + 'ABCDEFGHIJKLMNOP'
  const env = (...pairs: Array<[string, unknown]>) => ({ Environment: pairs.map(([Name, Value]) => ({ Name, Value })) })
  const resources = [
    task('pass-plain', [container('a', env(['TABLE_NAME', 'orders'], ['DB_PASSWORD_SECRET_ARN', 'arn:aws:secretsmanager:eu-west-1:1:secret:db']))]),
    task('pass-secrets-reference', [container('a', { Secrets: [{ Name: 'DB_PASSWORD', ValueFrom: 'arn:aws:ssm:eu-west-1:1:parameter/db' }] })]),
    task('fail-name', [container('a'), container('b', env(['DB_PASSWORD', 'hunter2-hunter2']))]),
    task('fail-value', [container('a', env(['UPSTREAM', awsKey]))]),
    task('fail-aws-credential-name', [container('a', env(['aws_access_key_id', 'placeholder']))]),
    task('fail-engine-auth', [container('a', env(['ECS_ENGINE_AUTH_DATA', REDACTED]))]),
    task('fail-beside-unknown', [container('a', env(['UPSTREAM', REDACTED], ['API_TOKEN', 'x']))]),
    task('unknown-redacted-value', [container('a', env(['UPSTREAM', REDACTED], ['TABLE_NAME', 'orders']))]),
    planned(TASK, 'aws_ecs_task_definition.unknown_definitions', {}, ['ContainerDefinitions']),
    planned(TASK, 'aws_ecs_task_definition.unknown_env', { ContainerDefinitions: [container('a')] }, ['ContainerDefinitions[0].Environment'])
  ]
  it('fails secret names (whatever the value) and secret-looking values in any container', () => {
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['pass-plain', 'pass-secrets-reference'],
        fail: ['fail-name', 'fail-value', 'fail-aws-credential-name', 'fail-engine-auth', 'fail-beside-unknown'],
        unknown: ['unknown-redacted-value', 'aws_ecs_task_definition.unknown_definitions', 'aws_ecs_task_definition.unknown_env']
      })
    )
  })
  it('names the variable, never the value', () => {
    const [byName, byValue] = messages(rule, resources.slice(2, 4))
    expect(byName).toMatch(/DB_PASSWORD/)
    expect(byName).not.toMatch(/hunter2/)
    expect(byValue).toMatch(/UPSTREAM/)
    expect(byValue).not.toContain(awsKey)
  })
  it('refuses a property that is not a list path', () => {
    const check = predicateNamed('no-secrets-in-name-value-list')!.parameters.property.check
    expect(check('ContainerDefinitions[*].Environment')).toBeUndefined()
    expect(check('ContainerDefinitions[*]')).toMatch(/must be the path of a list/)
    expect(check('')).toMatch(/must be the path of a list/)
  })
})

describe('ecs-service-no-public-ip', () => {
  it('fails AssignPublicIp ENABLED only', () => {
    const net = (ip?: string) => ({ NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-1'], ...(ip ? { AssignPublicIp: ip } : {}) } } })
    const resources = [res(SERVICE, 'pass-disabled', net('DISABLED')), res(SERVICE, 'pass-default', net()), res(SERVICE, 'pass-bridge', {}), res(SERVICE, 'fail', net('ENABLED'))]
    expect(judge(ruleById('ecs-service-no-public-ip'), resources)).toEqual(expected({ pass: ['pass-disabled', 'pass-default', 'pass-bridge'], fail: ['fail'] }))
  })
})

describe('ecs-service-fargate-latest-platform', () => {
  it('judges Fargate services only; LATEST (the default) and 1.4.0 pass', () => {
    const resources = [
      res(SERVICE, 'pass-latest', { LaunchType: 'FARGATE', PlatformVersion: 'LATEST' }),
      res(SERVICE, 'pass-default', { LaunchType: 'FARGATE' }),
      res(SERVICE, 'pass-1.4.0', { LaunchType: 'FARGATE', PlatformVersion: '1.4.0' }),
      res(SERVICE, 'fail-1.3.0', { LaunchType: 'FARGATE', PlatformVersion: '1.3.0' }),
      res(SERVICE, 'ec2', { LaunchType: 'EC2' }),
      res(SERVICE, 'capacity-provider', { CapacityProviderStrategy: [{ CapacityProvider: 'FARGATE' }] }),
      planned(SERVICE, 'aws_ecs_service.unknown_launch_type', { PlatformVersion: '1.3.0' }, ['LaunchType'])
    ]
    expect(judge(ruleById('ecs-service-fargate-latest-platform'), resources)).toEqual(
      expected({ pass: ['pass-latest', 'pass-default', 'pass-1.4.0'], fail: ['fail-1.3.0'], unknown: ['aws_ecs_service.unknown_launch_type'], skipped: ['ec2', 'capacity-provider'] })
    )
  })
})

describe('ecs-cluster-container-insights-enabled', () => {
  it('needs containerInsights enabled or enhanced', () => {
    const setting = (Name: string, Value: string) => ({ ClusterSettings: [{ Name, Value }] })
    const resources = [
      res(CLUSTER, 'pass-enabled', setting('containerInsights', 'enabled')),
      res(CLUSTER, 'pass-enhanced', setting('containerInsights', 'enhanced')),
      res(CLUSTER, 'fail-disabled', setting('containerInsights', 'disabled')),
      res(CLUSTER, 'fail-other-setting', setting('somethingElse', 'enabled')),
      res(CLUSTER, 'fail-none', {})
    ]
    expect(judge(ruleById('ecs-cluster-container-insights-enabled'), resources)).toEqual(
      expected({ pass: ['pass-enabled', 'pass-enhanced'], fail: ['fail-disabled', 'fail-other-setting', 'fail-none'] })
    )
  })
})

describe('ecs-cluster-exec-logging-enabled', () => {
  it('fails an explicit Logging NONE only', () => {
    const logging = (Logging: string) => ({ Configuration: { ExecuteCommandConfiguration: { Logging } } })
    const resources = [res(CLUSTER, 'pass-default', logging('DEFAULT')), res(CLUSTER, 'pass-absent', {}), res(CLUSTER, 'fail-none', logging('NONE'))]
    expect(judge(ruleById('ecs-cluster-exec-logging-enabled'), resources)).toEqual(expected({ pass: ['pass-default', 'pass-absent'], fail: ['fail-none'] }))
  })
})

describe('eks-cluster-supported-version', () => {
  it('fails versions past the end of extended support; no version (the latest) passes', () => {
    const resources = [res(EKS, 'pass-1.32', { Version: '1.32' }), res(EKS, 'pass-absent', {}), res(EKS, 'fail-1.31', { Version: '1.31' }), res(EKS, 'fail-1.10', { Version: '1.10' })]
    expect(judge(ruleById('eks-cluster-supported-version'), resources)).toEqual(expected({ pass: ['pass-1.32', 'pass-absent'], fail: ['fail-1.31', 'fail-1.10'] }))
  })
  it('keeps the list dated: every version below 1.32, none above', () => {
    expect(VERSION_LIST_TAKEN).toBe('2026-12-03')
    expect(UNSUPPORTED_EKS_VERSIONS[0]).toBe('1.10')
    expect(UNSUPPORTED_EKS_VERSIONS[UNSUPPORTED_EKS_VERSIONS.length - 1]).toBe('1.31')
  })
})

const vpc = (config: Record<string, unknown>) => ({ ResourcesVpcConfig: { SubnetIds: ['subnet-1'], ...config } })

describe('eks-cluster-endpoint-not-public', () => {
  it('needs EndpointPublicAccess false (true by default)', () => {
    const resources = [
      res(EKS, 'pass', vpc({ EndpointPublicAccess: false })),
      res(EKS, 'fail-default', vpc({})),
      res(EKS, 'fail-restricted', vpc({ EndpointPublicAccess: true, PublicAccessCidrs: ['203.0.113.0/24'] }))
    ]
    expect(judge(ruleById('eks-cluster-endpoint-not-public'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-default', 'fail-restricted'] }))
  })
})

describe('eks-cluster-endpoint-not-open-to-internet', () => {
  it('fails a public endpoint whose CIDRs are absent (0.0.0.0/0 by default) or include 0.0.0.0/0', () => {
    const resources = [
      res(EKS, 'pass-private', vpc({ EndpointPublicAccess: false, PublicAccessCidrs: ['0.0.0.0/0'] })),
      res(EKS, 'pass-restricted', vpc({ PublicAccessCidrs: ['203.0.113.0/24'] })),
      res(EKS, 'fail-default', vpc({})),
      res(EKS, 'fail-open', vpc({ EndpointPublicAccess: true, PublicAccessCidrs: ['203.0.113.0/24', '0.0.0.0/0'] })),
      planned(EKS, 'aws_eks_cluster.unknown_cidrs', vpc({ EndpointPublicAccess: true }), ['ResourcesVpcConfig.PublicAccessCidrs'])
    ]
    expect(judge(ruleById('eks-cluster-endpoint-not-open-to-internet'), resources)).toEqual(
      expected({ pass: ['pass-private', 'pass-restricted'], fail: ['fail-default', 'fail-open'], unknown: ['aws_eks_cluster.unknown_cidrs'] })
    )
  })
})

describe('eks-cluster-private-endpoint-enabled', () => {
  it('needs EndpointPrivateAccess true (false by default)', () => {
    const resources = [res(EKS, 'pass', vpc({ EndpointPrivateAccess: true })), res(EKS, 'fail-default', vpc({})), res(EKS, 'fail', vpc({ EndpointPrivateAccess: false }))]
    expect(judge(ruleById('eks-cluster-private-endpoint-enabled'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-default', 'fail'] }))
  })
})

describe('eks-cluster-secrets-encrypted', () => {
  it('needs an EncryptionConfig whose Resources include secrets', () => {
    const resources = [
      res(EKS, 'pass', { EncryptionConfig: [{ Resources: ['secrets'], Provider: { KeyArn: 'arn:aws:kms:eu-west-1:1:key/k' } }] }),
      res(EKS, 'fail-none', {}),
      res(EKS, 'fail-other-resource', { EncryptionConfig: [{ Resources: ['configmaps'], Provider: { KeyArn: 'k' } }] })
    ]
    expect(judge(ruleById('eks-cluster-secrets-encrypted'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-none', 'fail-other-resource'] }))
  })
})

describe('eks-cluster-control-plane-logging-enabled', () => {
  it('needs all five log types', () => {
    const types = (...t: string[]) => ({ Logging: { ClusterLogging: { EnabledTypes: t.map((Type) => ({ Type })) } } })
    const resources = [
      res(EKS, 'pass', types('scheduler', 'api', 'audit', 'authenticator', 'controllerManager')),
      res(EKS, 'fail-four', types('api', 'audit', 'authenticator', 'controllerManager')),
      res(EKS, 'fail-none', {})
    ]
    expect(judge(ruleById('eks-cluster-control-plane-logging-enabled'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-four', 'fail-none'] }))
  })
})

describe('eks-nodegroup-ssh-restricted', () => {
  it('fails an SSH key without source security groups', () => {
    const resources = [
      res(NODEGROUP, 'pass-no-access', {}),
      res(NODEGROUP, 'pass-restricted', { RemoteAccess: { Ec2SshKey: 'ops', SourceSecurityGroups: ['sg-1'] } }),
      res(NODEGROUP, 'fail-open', { RemoteAccess: { Ec2SshKey: 'ops' } }),
      res(NODEGROUP, 'fail-empty-list', { RemoteAccess: { Ec2SshKey: 'ops', SourceSecurityGroups: [] } })
    ]
    expect(judge(ruleById('eks-nodegroup-ssh-restricted'), resources)).toEqual(expected({ pass: ['pass-no-access', 'pass-restricted'], fail: ['fail-open', 'fail-empty-list'] }))
  })
})

describe('ecr-repository-scan-on-push', () => {
  it('needs ScanOnPush true (false by default)', () => {
    const resources = [res(REPO, 'pass', { ImageScanningConfiguration: { ScanOnPush: true } }), res(REPO, 'fail', { ImageScanningConfiguration: { ScanOnPush: false } }), res(REPO, 'fail-absent', {})]
    expect(judge(ruleById('ecr-repository-scan-on-push'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail', 'fail-absent'] }))
  })
})

describe('ecr-repository-tag-immutability', () => {
  it('needs IMMUTABLE (or IMMUTABLE_WITH_EXCLUSION); MUTABLE by default', () => {
    const resources = [
      res(REPO, 'pass', { ImageTagMutability: 'IMMUTABLE' }),
      res(REPO, 'pass-exclusion', { ImageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' }),
      res(REPO, 'fail', { ImageTagMutability: 'MUTABLE' }),
      res(REPO, 'fail-absent', {})
    ]
    expect(judge(ruleById('ecr-repository-tag-immutability'), resources)).toEqual(expected({ pass: ['pass', 'pass-exclusion'], fail: ['fail', 'fail-absent'] }))
  })
})

describe('ecr-repository-lifecycle-policy', () => {
  it('needs a lifecycle policy text', () => {
    const resources = [res(REPO, 'pass', { LifecyclePolicy: { LifecyclePolicyText: '{"rules":[]}' } }), res(REPO, 'fail', {}), res(REPO, 'fail-empty', { LifecyclePolicy: { LifecyclePolicyText: '' } })]
    expect(judge(ruleById('ecr-repository-lifecycle-policy'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail', 'fail-empty'] }))
  })
})

describe('ecr-repository-kms-encrypted', () => {
  it('needs KMS or KMS_DSSE; AES256 by default', () => {
    const enc = (EncryptionType: string) => ({ EncryptionConfiguration: { EncryptionType } })
    const resources = [res(REPO, 'pass-kms', enc('KMS')), res(REPO, 'pass-dsse', enc('KMS_DSSE')), res(REPO, 'fail-aes', enc('AES256')), res(REPO, 'fail-absent', {})]
    expect(judge(ruleById('ecr-repository-kms-encrypted'), resources)).toEqual(expected({ pass: ['pass-kms', 'pass-dsse'], fail: ['fail-aes', 'fail-absent'] }))
  })
})

describe('batch-job-definition-not-privileged', () => {
  it('judges single-container jobs only', () => {
    const resources = [
      res(JOB, 'pass', { Type: 'container', ContainerProperties: { Image: 'i', Privileged: false } }),
      res(JOB, 'pass-default', { Type: 'container', ContainerProperties: { Image: 'i' } }),
      res(JOB, 'fail', { Type: 'container', ContainerProperties: { Image: 'i', Privileged: true } }),
      res(JOB, 'multinode', { Type: 'multinode', NodeProperties: { NumNodes: 2 } })
    ]
    expect(judge(ruleById('batch-job-definition-not-privileged'), resources)).toEqual(expected({ pass: ['pass', 'pass-default'], fail: ['fail'], skipped: ['multinode'] }))
  })
})

describe('batch-job-definition-no-secrets-in-env', () => {
  const rule = ruleById('batch-job-definition-no-secrets-in-env')
  it('fails secret names and values in the container environment, never showing values', () => {
    const env = (Name: string, Value: unknown) => ({ Type: 'container', ContainerProperties: { Image: 'i', Environment: [{ Name, Value }] } })
    const resources = [
      res(JOB, 'pass', env('BUCKET', 'input')),
      res(JOB, 'fail-name', env('DB_PASSWORD', 'hunter2-hunter2')),
      res(JOB, 'unknown', env('UPSTREAM', REDACTED)),
      res(JOB, 'multinode', { Type: 'multinode', NodeProperties: { NumNodes: 2 } })
    ]
    expect(judge(rule, resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-name'], unknown: ['unknown'], skipped: ['multinode'] }))
    expect(messages(rule, [resources[1]])[0]).not.toMatch(/hunter2/)
  })
})

describe('ecs-task-definition-distinct-roles', () => {
  const rule = ruleById('ecs-task-definition-distinct-roles')
  const withRefs = (address: string, refs: Record<string, string[]>) => ({ ...planned(TASK, address, { Family: 'f' }, ['ExecutionRoleArn', 'TaskRoleArn']), references: refs })
  it('compares known ARNs, and Terraform references when the ARNs are known only after apply', () => {
    const resources = [
      task('pass-different', [], { ExecutionRoleArn: 'arn:aws:iam::1:role/a', TaskRoleArn: 'arn:aws:iam::1:role/b' }),
      task('pass-one-role', [], { TaskRoleArn: 'arn:aws:iam::1:role/b' }),
      task('fail-same', [], { ExecutionRoleArn: 'arn:aws:iam::1:role/a', TaskRoleArn: 'arn:aws:iam::1:role/a' }),
      withRefs('aws_ecs_task_definition.pass_two_roles', { ExecutionRoleArn: ['aws_iam_role.execution'], TaskRoleArn: ['aws_iam_role.task'] }),
      withRefs('aws_ecs_task_definition.fail_one_role', { ExecutionRoleArn: ['aws_iam_role.shared'], TaskRoleArn: ['aws_iam_role.shared'] }),
      // A data source may read the very ARN the other side names.
      withRefs('aws_ecs_task_definition.unknown_data_source', { ExecutionRoleArn: ['aws_iam_role.execution'], TaskRoleArn: ['data.aws_iam_role.task'] }),
      withRefs('aws_ecs_task_definition.unknown_no_references', {})
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['pass-different', 'pass-one-role', 'aws_ecs_task_definition.pass_two_roles'],
        fail: ['fail-same', 'aws_ecs_task_definition.fail_one_role'],
        unknown: ['aws_ecs_task_definition.unknown_data_source', 'aws_ecs_task_definition.unknown_no_references']
      })
    )
  })
})

describe('ecr-repository-policy-not-public', () => {
  const rule = ruleById('ecr-repository-policy-not-public')
  it('fails an unconfined Allow to everyone, in an object or a JSON text', () => {
    const policy = (statement: Record<string, unknown>) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ecr:BatchGetImage', ...statement }] })
    const resources = [
      res(REPO, 'pass-none', {}),
      res(REPO, 'pass-account', { RepositoryPolicyText: policy({ Principal: { AWS: 'arn:aws:iam::2:root' } }) }),
      res(REPO, 'pass-org', { RepositoryPolicyText: policy({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }) }),
      res(REPO, 'pass-deny-everyone', { RepositoryPolicyText: { Statement: [{ Effect: 'Deny', Principal: '*', Action: 'ecr:*' }] } }),
      res(REPO, 'fail-star', { RepositoryPolicyText: policy({ Principal: '*' }) }),
      res(REPO, 'fail-text', { RepositoryPolicyText: JSON.stringify(policy({ Principal: { AWS: ['arn:aws:iam::2:root', '*'] } })) }),
      res(REPO, 'fail-not-principal', { RepositoryPolicyText: policy({ NotPrincipal: { AWS: 'arn:aws:iam::2:root' } }) }),
      planned(REPO, 'aws_ecr_repository.unknown', {}, ['RepositoryPolicyText'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['pass-none', 'pass-account', 'pass-org', 'pass-deny-everyone'],
        fail: ['fail-star', 'fail-text', 'fail-not-principal'],
        unknown: ['aws_ecr_repository.unknown']
      })
    )
  })
})

describe('ecs-task-definition-efs-transit-encryption', () => {
  it('needs TransitEncryption ENABLED on every EFS volume; no EFS volume, no verdict', () => {
    const efs = (TransitEncryption?: string) => ({ Name: 'v', EFSVolumeConfiguration: { FilesystemId: 'fs-1', ...(TransitEncryption ? { TransitEncryption } : {}) } })
    const resources = [
      task('pass', [], { Volumes: [efs('ENABLED'), { Name: 'h', Host: { SourcePath: '/x' } }] }),
      task('fail-absent', [], { Volumes: [efs()] }),
      task('fail-one', [], { Volumes: [efs('ENABLED'), efs('DISABLED')] }),
      task('host-only', [], { Volumes: [{ Name: 'h', Host: { SourcePath: '/x' } }] }),
      task('no-volumes', [])
    ]
    expect(judge(ruleById('ecs-task-definition-efs-transit-encryption'), resources)).toEqual(
      expected({ pass: ['pass'], fail: ['fail-absent', 'fail-one'], skipped: ['host-only', 'no-volumes'] })
    )
  })
})

describe('ecs-task-definition-logging-non-blocking', () => {
  it('needs mode non-blocking on every container that logs', () => {
    const logs = (options: Record<string, string>) => ({ LogConfiguration: { LogDriver: 'awslogs', Options: options } })
    const resources = [
      task('pass', [container('a', logs({ mode: 'non-blocking' })), container('b')]),
      task('fail-unset', [container('a', logs({}))]),
      task('fail-one', [container('a', logs({ mode: 'non-blocking' })), container('b', logs({ mode: 'blocking' }))]),
      task('no-logging', [container('a')])
    ]
    expect(judge(ruleById('ecs-task-definition-logging-non-blocking'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-unset', 'fail-one'], skipped: ['no-logging'] }))
  })
})

describe('ecs-cluster-exec-logging-encrypted', () => {
  it('needs a KMS key and an encrypted log destination where ECS Exec is configured', () => {
    const exec = (config: Record<string, unknown>) => ({ Configuration: { ExecuteCommandConfiguration: config } })
    const resources = [
      res(CLUSTER, 'pass-cloudwatch', exec({ KmsKeyId: 'k', LogConfiguration: { CloudWatchEncryptionEnabled: true } })),
      res(CLUSTER, 'pass-s3', exec({ KmsKeyId: 'k', LogConfiguration: { S3EncryptionEnabled: true } })),
      res(CLUSTER, 'fail-no-key', exec({ LogConfiguration: { CloudWatchEncryptionEnabled: true } })),
      res(CLUSTER, 'fail-no-log-encryption', exec({ KmsKeyId: 'k', Logging: 'DEFAULT' })),
      res(CLUSTER, 'no-exec', {})
    ]
    expect(judge(ruleById('ecs-cluster-exec-logging-encrypted'), resources)).toEqual(
      expected({ pass: ['pass-cloudwatch', 'pass-s3'], fail: ['fail-no-key', 'fail-no-log-encryption'], skipped: ['no-exec'] })
    )
  })
})

describe('ecs-task-set-no-public-ip', () => {
  it('fails AssignPublicIp ENABLED only', () => {
    const TASK_SET = 'AWS::ECS::TaskSet'
    const net = (ip?: string) => ({ NetworkConfiguration: { AwsVpcConfiguration: { Subnets: ['subnet-1'], ...(ip ? { AssignPublicIp: ip } : {}) } } })
    const resources = [
      res(TASK_SET, 'pass-disabled', net('DISABLED')),
      res(TASK_SET, 'pass-default', net()),
      res(TASK_SET, 'fail', net('ENABLED')),
      planned(TASK_SET, 'aws_ecs_task_set.unknown', net(), ['NetworkConfiguration.AwsVpcConfiguration.AssignPublicIp'])
    ]
    expect(judge(ruleById('ecs-task-set-no-public-ip'), resources)).toEqual(expected({ pass: ['pass-disabled', 'pass-default'], fail: ['fail'], unknown: ['aws_ecs_task_set.unknown'] }))
  })
})
