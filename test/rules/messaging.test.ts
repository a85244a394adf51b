// Rules for queues, topics, keys, secrets, logs, streams, Kafka, MQ, event buses, state machines and certificates:
// the edge cases the fixtures do not show (defaults, partial reads, policies as JSON text, messages), and the
// resource-policy-not-public predicate they share.
import { expected, judge, messages, planned, res, ruleById } from './builders.js'

const ACCOUNT_ROOT = 'arn:aws:iam::123456789012:root'
const allow = (principal: unknown, extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Principal: principal, Action: '*', Resource: '*', ...extra })
const policy = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements })

describe('resource-policy-not-public (shared by the queue, topic, key, secret and event bus rules)', () => {
  const rule = ruleById('sqs-queue-policy-not-public')
  const QP = 'AWS::SQS::QueuePolicy'
  it('reads statements as IAM does: lists or one object, JSON text, Deny ignored, NotPrincipal public, weak conditions confining nothing', () => {
    const resources = [
      res(QP, 'pass-deny-everyone', { PolicyDocument: policy({ Effect: 'Deny', Principal: '*', Action: 'sqs:*', Resource: '*' }) }),
      res(QP, 'pass-one-statement-object', { PolicyDocument: { Version: '2012-10-17', Statement: allow({ AWS: ACCOUNT_ROOT }) } }),
      res(QP, 'pass-json-text', { PolicyDocument: JSON.stringify(policy(allow({ AWS: ACCOUNT_ROOT }))) }),
      res(QP, 'fail-json-text', { PolicyDocument: JSON.stringify(policy(allow('*'))) }),
      res(QP, 'fail-aws-list-with-star', { PolicyDocument: policy(allow({ AWS: [ACCOUNT_ROOT, '*'] })) }),
      res(QP, 'fail-not-principal', { PolicyDocument: policy({ Effect: 'Allow', NotPrincipal: { AWS: ACCOUNT_ROOT }, Action: 'sqs:*', Resource: '*' }) }),
      res(QP, 'fail-if-exists', { PolicyDocument: policy(allow('*', { Condition: { StringEqualsIfExists: { 'aws:SourceAccount': '123456789012' } } })) }),
      res(QP, 'fail-negated', { PolicyDocument: policy(allow('*', { Condition: { StringNotEquals: { 'aws:SourceAccount': '123456789012' } } })) }),
      res(QP, 'fail-wildcard-org', { PolicyDocument: policy(allow('*', { Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } })) }),
      res(QP, 'pass-source-arn', { PolicyDocument: policy(allow('*', { Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:123456789012:t' } } })) }),
      res(QP, 'pass-no-policy', {}),
      res(QP, 'unknown-partial-read', { Queues: ['q'] }, { readProperties: ['Queues'] }),
      planned(QP, 'aws_sqs_queue_policy.unknown', { Queues: ['q'] }, ['PolicyDocument'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['pass-deny-everyone', 'pass-one-statement-object', 'pass-json-text', 'pass-source-arn', 'pass-no-policy'],
        fail: ['fail-json-text', 'fail-aws-list-with-star', 'fail-not-principal', 'fail-if-exists', 'fail-negated', 'fail-wildcard-org'],
        unknown: ['unknown-partial-read', 'aws_sqs_queue_policy.unknown']
      })
    )
  })
  it('names the policy and points at the public statement', () => {
    const open = res(QP, 'q-policy', { PolicyDocument: policy(allow({ AWS: ACCOUNT_ROOT }), allow('*')) })
    expect(messages(rule, [open])[0]).toBe('q-policy: the queue policy allows access to everyone (Principal "*" or NotPrincipal) without a confining condition')
    expect(rule.check(open, { ofType: () => [], find: () => undefined })?.path).toBe('PolicyDocument.Statement[1]')
  })
})

describe('sqs-queue-policy-not-public', () => {
  it('judges the queue policy, not the queue', () => {
    const resources = [res('AWS::SQS::Queue', 'q', {}), res('AWS::SQS::QueuePolicy', 'fail-p', { PolicyDocument: policy(allow('*')) })]
    expect(judge(ruleById('sqs-queue-policy-not-public'), resources)).toEqual(expected({ fail: ['fail-p'] }))
  })
})

describe('sqs-queue-encrypted', () => {
  it('passes SQS-managed or KMS encryption, fails neither, unknown when the managed setting is open', () => {
    const Q = 'AWS::SQS::Queue'
    const resources = [
      res(Q, 'pass-managed', { SqsManagedSseEnabled: true }),
      res(Q, 'pass-kms', { KmsMasterKeyId: 'alias/aws/sqs', SqsManagedSseEnabled: false }),
      res(Q, 'fail-none', { SqsManagedSseEnabled: false }),
      res(Q, 'fail-empty-key', { KmsMasterKeyId: '', SqsManagedSseEnabled: false }),
      planned(Q, 'aws_sqs_queue.unknown', {}, ['SqsManagedSseEnabled']),
      planned(Q, 'aws_sqs_queue.pass_known_key', { KmsMasterKeyId: 'k' }, ['SqsManagedSseEnabled'])
    ]
    expect(judge(ruleById('sqs-queue-encrypted'), resources)).toEqual(
      expected({ pass: ['pass-managed', 'pass-kms', 'aws_sqs_queue.pass_known_key'], fail: ['fail-none', 'fail-empty-key'], unknown: ['aws_sqs_queue.unknown'] })
    )
  })
})

describe('sqs-queue-cmk-encrypted', () => {
  it('fails the AWS-managed alias and SQS-managed keys', () => {
    const Q = 'AWS::SQS::Queue'
    const resources = [
      res(Q, 'pass-arn', { KmsMasterKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/k' }),
      res(Q, 'pass-own-alias', { KmsMasterKeyId: 'alias/orders' }),
      res(Q, 'fail-aws-alias', { KmsMasterKeyId: 'alias/aws/sqs' }),
      res(Q, 'fail-managed', { SqsManagedSseEnabled: true })
    ]
    expect(judge(ruleById('sqs-queue-cmk-encrypted'), resources)).toEqual(expected({ pass: ['pass-arn', 'pass-own-alias'], fail: ['fail-aws-alias', 'fail-managed'] }))
  })
})

describe('sns-topic-encrypted', () => {
  it('passes any KMS key, the AWS-managed one included', () => {
    const T = 'AWS::SNS::Topic'
    const resources = [res(T, 'pass-aws', { KmsMasterKeyId: 'alias/aws/sns' }), res(T, 'fail-none', { TopicName: 't' }), planned(T, 'aws_sns_topic.unknown', {}, ['KmsMasterKeyId'])]
    expect(judge(ruleById('sns-topic-encrypted'), resources)).toEqual(expected({ pass: ['pass-aws'], fail: ['fail-none'], unknown: ['aws_sns_topic.unknown'] }))
  })
})

describe('sns-topic-policy-not-public', () => {
  it('passes "*" confined by aws:SourceOwner, fails it unconfined', () => {
    const TP = 'AWS::SNS::TopicPolicy'
    const resources = [
      res(TP, 'pass-owner', { PolicyDocument: policy(allow('*', { Condition: { StringEquals: { 'aws:SourceOwner': '123456789012' } } })) }),
      res(TP, 'fail-open', { PolicyDocument: policy(allow({ AWS: '*' })) })
    ]
    expect(judge(ruleById('sns-topic-policy-not-public'), resources)).toEqual(expected({ pass: ['pass-owner'], fail: ['fail-open'] }))
  })
})

describe('sns-topic-delivery-status-logging', () => {
  it('passes a protocol with a success or failure role, fails entries without one', () => {
    const T = 'AWS::SNS::Topic'
    const resources = [
      res(T, 'pass-failure-only', { DeliveryStatusLogging: [{ Protocol: 'lambda', FailureFeedbackRoleArn: 'arn:aws:iam::1:role/r' }] }),
      res(T, 'fail-empty-entry', { DeliveryStatusLogging: [{ Protocol: 'sqs' }] }),
      res(T, 'fail-none', {})
    ]
    expect(judge(ruleById('sns-topic-delivery-status-logging'), resources)).toEqual(expected({ pass: ['pass-failure-only'], fail: ['fail-empty-entry', 'fail-none'] }))
  })
  it('evidences FSBP SNS.2 though no Checkov or Prowler check aliases it', () => {
    expect(ruleById('sns-topic-delivery-status-logging').frameworks['aws-fsbp']).toEqual(['SNS.2'])
  })
})

describe('kms-key-policy-not-public', () => {
  const K = 'AWS::KMS::Key'
  it('skips AWS-managed keys; kms:CallerAccount confines "*", kms:ViaService alone does not', () => {
    const viaService = policy(allow('*', { Condition: { StringEquals: { 'kms:ViaService': 'sqs.eu-west-1.amazonaws.com' } } }))
    const callerAccount = policy(allow('*', { Condition: { StringEquals: { 'kms:CallerAccount': '123456789012', 'kms:ViaService': 'sqs.eu-west-1.amazonaws.com' } } }))
    const resources = [
      res(K, 'skip-aws-managed', { KeyPolicy: viaService }, { isDefault: true }),
      res(K, 'pass-caller-account', { KeyPolicy: callerAccount }),
      res(K, 'fail-via-service-only', { KeyPolicy: viaService })
    ]
    expect(judge(ruleById('kms-key-policy-not-public'), resources)).toEqual(expected({ pass: ['pass-caller-account'], fail: ['fail-via-service-only'], skipped: ['skip-aws-managed'] }))
  })
  it('evidences FSBP KMS.5 through its Prowler alias', () => {
    expect(ruleById('kms-key-policy-not-public').frameworks['aws-fsbp']).toEqual(['KMS.5'])
  })
})

describe('kms-key-enabled', () => {
  it('takes an absent Enabled as CloudFormation\'s default (enabled)', () => {
    const K = 'AWS::KMS::Key'
    const resources = [res(K, 'pass-default', {}), res(K, 'fail-disabled', { Enabled: false }), res(K, 'skip-aws', { Enabled: false }, { isDefault: true })]
    expect(judge(ruleById('kms-key-enabled'), resources)).toEqual(expected({ pass: ['pass-default'], fail: ['fail-disabled'], skipped: ['skip-aws'] }))
  })
})

describe('logs-log-group-kms-encrypted', () => {
  it('needs a KMS key', () => {
    const L = 'AWS::Logs::LogGroup'
    expect(judge(ruleById('logs-log-group-kms-encrypted'), [res(L, 'pass', { KmsKeyId: 'arn:aws:kms:eu-west-1:1:key/k' }), res(L, 'fail', { LogGroupName: 'g' })])).toEqual(expected({ pass: ['pass'], fail: ['fail'] }))
  })
})

describe('logs-log-group-retention-one-year', () => {
  it('passes 365 days and more, or no expiry; fails less', () => {
    const L = 'AWS::Logs::LogGroup'
    const resources = [res(L, 'pass-365', { RetentionInDays: 365 }), res(L, 'pass-3653', { RetentionInDays: 3653 }), res(L, 'pass-forever', {}), res(L, 'fail-180', { RetentionInDays: 180 })]
    const rule = ruleById('logs-log-group-retention-one-year')
    expect(judge(rule, resources)).toEqual(expected({ pass: ['pass-365', 'pass-3653', 'pass-forever'], fail: ['fail-180'] }))
    expect(messages(rule, [resources[3]])[0]).toBe('Log group fail-180 keeps its logs for only 180 days')
  })
})

describe('logs-log-group-retention-set', () => {
  it('fails a group that keeps its logs forever', () => {
    const L = 'AWS::Logs::LogGroup'
    expect(judge(ruleById('logs-log-group-retention-set'), [res(L, 'pass', { RetentionInDays: 1 }), res(L, 'fail', {})])).toEqual(expected({ pass: ['pass'], fail: ['fail'] }))
  })
})

const MSK = 'AWS::MSK::Cluster'
describe('msk-cluster-in-transit-encryption', () => {
  it('takes AWS\'s defaults (TLS, in-cluster on) for what is not set', () => {
    const resources = [
      res(MSK, 'pass-defaults', {}),
      res(MSK, 'pass-in-cluster-default', { EncryptionInfo: { EncryptionInTransit: { ClientBroker: 'TLS' } } }),
      res(MSK, 'fail-plaintext', { EncryptionInfo: { EncryptionInTransit: { ClientBroker: 'PLAINTEXT' } } }),
      res(MSK, 'fail-in-cluster-off', { EncryptionInfo: { EncryptionInTransit: { InCluster: false } } })
    ]
    expect(judge(ruleById('msk-cluster-in-transit-encryption'), resources)).toEqual(expected({ pass: ['pass-defaults', 'pass-in-cluster-default'], fail: ['fail-plaintext', 'fail-in-cluster-off'] }))
  })
})

describe('msk-cluster-cmk-encrypted', () => {
  it('needs a key for the data volumes', () => {
    const resources = [res(MSK, 'pass', { EncryptionInfo: { EncryptionAtRest: { DataVolumeKMSKeyId: 'arn:aws:kms:eu-west-1:1:key/k' } } }), res(MSK, 'fail', { EncryptionInfo: {} })]
    expect(judge(ruleById('msk-cluster-cmk-encrypted'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail'] }))
  })
})

describe('msk-cluster-broker-logging-enabled', () => {
  it('passes any enabled destination', () => {
    const resources = [
      res(MSK, 'pass-firehose', { LoggingInfo: { BrokerLogs: { Firehose: { Enabled: true, DeliveryStream: 'd' } } } }),
      res(MSK, 'fail-all-off', { LoggingInfo: { BrokerLogs: { CloudWatchLogs: { Enabled: false }, S3: { Enabled: false } } } })
    ]
    expect(judge(ruleById('msk-cluster-broker-logging-enabled'), resources)).toEqual(expected({ pass: ['pass-firehose'], fail: ['fail-all-off'] }))
  })
})

describe('msk-cluster-enhanced-monitoring', () => {
  it('fails the DEFAULT level, set or not', () => {
    const resources = [res(MSK, 'pass', { EnhancedMonitoring: 'PER_TOPIC_PER_PARTITION' }), res(MSK, 'fail-set', { EnhancedMonitoring: 'DEFAULT' }), res(MSK, 'fail-absent', {})]
    expect(judge(ruleById('msk-cluster-enhanced-monitoring'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-set', 'fail-absent'] }))
  })
})

describe('msk-cluster-not-public', () => {
  it('fails service-provided public addresses only', () => {
    const access = (Type: string) => ({ BrokerNodeGroupInfo: { ConnectivityInfo: { PublicAccess: { Type } } } })
    const resources = [res(MSK, 'pass-disabled', access('DISABLED')), res(MSK, 'pass-absent', {}), res(MSK, 'fail', access('SERVICE_PROVIDED_EIPS'))]
    expect(judge(ruleById('msk-cluster-not-public'), resources)).toEqual(expected({ pass: ['pass-disabled', 'pass-absent'], fail: ['fail'] }))
  })
})

describe('msk-cluster-unauthenticated-access-disabled', () => {
  it('fails no authentication at all, or unauthenticated access next to another method', () => {
    const resources = [
      res(MSK, 'pass-scram', { ClientAuthentication: { Sasl: { Scram: { Enabled: true } } } }),
      res(MSK, 'pass-explicit-off', { ClientAuthentication: { Unauthenticated: { Enabled: false } } }),
      res(MSK, 'fail-none', {}),
      res(MSK, 'fail-on', { ClientAuthentication: { Sasl: { Iam: { Enabled: true } }, Unauthenticated: { Enabled: true } } }),
      planned(MSK, 'aws_msk_cluster.unknown', { ClientAuthentication: { Sasl: { Iam: { Enabled: true } } } }, ['ClientAuthentication.Unauthenticated.Enabled'])
    ]
    expect(judge(ruleById('msk-cluster-unauthenticated-access-disabled'), resources)).toEqual(
      expected({ pass: ['pass-scram', 'pass-explicit-off'], fail: ['fail-none', 'fail-on'], unknown: ['aws_msk_cluster.unknown'] })
    )
  })
})

describe('msk-cluster-tls-client-authentication', () => {
  it('needs a certificate authority', () => {
    const resources = [res(MSK, 'pass', { ClientAuthentication: { Tls: { CertificateAuthorityArnList: ['arn:aws:acm-pca:eu-west-1:1:certificate-authority/c'] } } }), res(MSK, 'fail-empty', { ClientAuthentication: { Tls: { CertificateAuthorityArnList: [] } } })]
    expect(judge(ruleById('msk-cluster-tls-client-authentication'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-empty'] }))
  })
})

const MQ = 'AWS::AmazonMQ::Broker'
describe('mq-broker-not-public', () => {
  it('fails a public broker', () => {
    expect(judge(ruleById('mq-broker-not-public'), [res(MQ, 'pass', { PubliclyAccessible: false }), res(MQ, 'fail', { PubliclyAccessible: true })])).toEqual(expected({ pass: ['pass'], fail: ['fail'] }))
  })
})

describe('mq-broker-logging-enabled', () => {
  it('asks ActiveMQ for audit logs too, RabbitMQ for general logs only', () => {
    const resources = [
      res(MQ, 'pass-rabbit', { EngineType: 'RABBITMQ', Logs: { General: true } }),
      res(MQ, 'pass-active', { EngineType: 'ACTIVEMQ', Logs: { General: true, Audit: true } }),
      res(MQ, 'fail-active-no-audit', { EngineType: 'ActiveMQ', Logs: { General: true } }),
      res(MQ, 'fail-rabbit-no-general', { EngineType: 'RABBITMQ', Logs: { General: false } }),
      planned(MQ, 'aws_mq_broker.unknown_engine', { Logs: { General: true } }, ['EngineType'])
    ]
    expect(judge(ruleById('mq-broker-logging-enabled'), resources)).toEqual(
      expected({ pass: ['pass-rabbit', 'pass-active'], fail: ['fail-active-no-audit', 'fail-rabbit-no-general'], unknown: ['aws_mq_broker.unknown_engine'] })
    )
  })
})

describe('mq-broker-audit-logging-enabled', () => {
  it('judges ActiveMQ brokers only', () => {
    const resources = [res(MQ, 'pass', { EngineType: 'ACTIVEMQ', Logs: { Audit: true } }), res(MQ, 'fail', { EngineType: 'ACTIVEMQ', Logs: {} }), res(MQ, 'skip-rabbit', { EngineType: 'RABBITMQ' })]
    expect(judge(ruleById('mq-broker-audit-logging-enabled'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail'], skipped: ['skip-rabbit'] }))
  })
})

describe('mq-broker-auto-minor-version-upgrade', () => {
  it('needs automatic minor upgrades', () => {
    expect(judge(ruleById('mq-broker-auto-minor-version-upgrade'), [res(MQ, 'pass', { AutoMinorVersionUpgrade: true }), res(MQ, 'fail', { AutoMinorVersionUpgrade: false })])).toEqual(expected({ pass: ['pass'], fail: ['fail'] }))
  })
})

describe('mq-broker-cmk-encrypted', () => {
  it('takes an absent setting as the AWS-owned key', () => {
    const resources = [res(MQ, 'pass', { EncryptionOptions: { UseAwsOwnedKey: false, KmsKeyId: 'k' } }), res(MQ, 'fail-absent', {})]
    expect(judge(ruleById('mq-broker-cmk-encrypted'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-absent'] }))
  })
})

describe('mq-broker-multi-az', () => {
  it('passes each engine\'s multi-AZ mode and aliases both Prowler checks', () => {
    const resources = [res(MQ, 'pass-cluster', { DeploymentMode: 'CLUSTER_MULTI_AZ' }), res(MQ, 'fail-absent', {}), res(MQ, 'fail-single', { DeploymentMode: 'SINGLE_INSTANCE' })]
    const rule = ruleById('mq-broker-multi-az')
    expect(judge(rule, resources)).toEqual(expected({ pass: ['pass-cluster'], fail: ['fail-absent', 'fail-single'] }))
    expect(rule.aliases.prowler).toEqual(['mq_broker_active_deployment_mode', 'mq_broker_cluster_deployment_mode'])
  })
})

const KS = 'AWS::Kinesis::Stream'
describe('kinesis-stream-encrypted', () => {
  it('needs KMS encryption and evidences FSBP Kinesis.1', () => {
    const rule = ruleById('kinesis-stream-encrypted')
    expect(judge(rule, [res(KS, 'pass', { StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } }), res(KS, 'fail', {})])).toEqual(expected({ pass: ['pass'], fail: ['fail'] }))
    expect(rule.frameworks['aws-fsbp']).toEqual(['Kinesis.1'])
  })
})

describe('kinesis-stream-cmk-encrypted', () => {
  it('fails the AWS-managed key', () => {
    const resources = [res(KS, 'pass', { StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/mine' } }), res(KS, 'fail-aws', { StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } })]
    expect(judge(ruleById('kinesis-stream-cmk-encrypted'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-aws'] }))
  })
})

describe('kinesis-stream-retention-7-days', () => {
  it('takes an absent retention as 24 hours', () => {
    const resources = [res(KS, 'pass', { RetentionPeriodHours: 8760 }), res(KS, 'fail-absent', {}), res(KS, 'fail-167', { RetentionPeriodHours: 167 })]
    expect(judge(ruleById('kinesis-stream-retention-7-days'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-absent', 'fail-167'] }))
  })
})

const FH = 'AWS::KinesisFirehose::DeliveryStream'
describe('firehose-stream-encrypted', () => {
  it('skips streams fed by Kinesis or MSK', () => {
    const resources = [
      res(FH, 'pass', { DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } }),
      res(FH, 'fail-direct-put', { DeliveryStreamType: 'DirectPut' }),
      res(FH, 'skip-kinesis', { DeliveryStreamType: 'KinesisStreamAsSource' }),
      res(FH, 'skip-msk', { DeliveryStreamType: 'MSKAsSource' })
    ]
    expect(judge(ruleById('firehose-stream-encrypted'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-direct-put'], skipped: ['skip-kinesis', 'skip-msk'] }))
  })
})

describe('firehose-stream-cmk-encrypted', () => {
  it('needs a customer-managed key', () => {
    const resources = [res(FH, 'pass', { DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: 'k' } }), res(FH, 'fail', { DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } })]
    expect(judge(ruleById('firehose-stream-cmk-encrypted'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail'] }))
  })
})

const SFN = 'AWS::StepFunctions::StateMachine'
describe('stepfunctions-state-machine-logging-enabled', () => {
  it('passes any level but OFF and evidences FSBP StepFunctions.1', () => {
    const rule = ruleById('stepfunctions-state-machine-logging-enabled')
    const resources = [res(SFN, 'pass-fatal', { LoggingConfiguration: { Level: 'FATAL' } }), res(SFN, 'fail-off', { LoggingConfiguration: { Level: 'OFF' } }), res(SFN, 'fail-absent', {})]
    expect(judge(rule, resources)).toEqual(expected({ pass: ['pass-fatal'], fail: ['fail-off', 'fail-absent'] }))
    expect(rule.frameworks['aws-fsbp']).toEqual(['StepFunctions.1'])
  })
})

describe('stepfunctions-state-machine-logs-execution-data', () => {
  it('needs execution data in the logs', () => {
    const resources = [res(SFN, 'pass', { LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: true } }), res(SFN, 'fail', { LoggingConfiguration: { Level: 'ALL' } })]
    expect(judge(ruleById('stepfunctions-state-machine-logs-execution-data'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail'] }))
  })
})

describe('stepfunctions-state-machine-xray-tracing', () => {
  it('needs tracing on', () => {
    expect(judge(ruleById('stepfunctions-state-machine-xray-tracing'), [res(SFN, 'pass', { TracingConfiguration: { Enabled: true } }), res(SFN, 'fail', {})])).toEqual(expected({ pass: ['pass'], fail: ['fail'] }))
  })
})

const CERT = 'AWS::CertificateManager::Certificate'
describe('acm-certificate-transparency-logging', () => {
  it('fails an opt-out, skips private CA certificates', () => {
    const resources = [res(CERT, 'pass-default', { DomainName: 'a.example.com' }), res(CERT, 'fail', { CertificateTransparencyLoggingPreference: 'DISABLED' }), res(CERT, 'skip-private', { CertificateAuthorityArn: 'arn:aws:acm-pca:eu-west-1:1:certificate-authority/c', CertificateTransparencyLoggingPreference: 'DISABLED' })]
    expect(judge(ruleById('acm-certificate-transparency-logging'), resources)).toEqual(expected({ pass: ['pass-default'], fail: ['fail'], skipped: ['skip-private'] }))
  })
})

describe('acm-certificate-secure-key-algorithm', () => {
  it('fails RSA 1024 only and evidences FSBP ACM.2', () => {
    const rule = ruleById('acm-certificate-secure-key-algorithm')
    const resources = [res(CERT, 'pass-default', {}), res(CERT, 'pass-rsa-4096', { KeyAlgorithm: 'RSA_4096' }), res(CERT, 'fail', { KeyAlgorithm: 'RSA_1024' })]
    expect(judge(rule, resources)).toEqual(expected({ pass: ['pass-default', 'pass-rsa-4096'], fail: ['fail'] }))
    expect(rule.frameworks['aws-fsbp']).toEqual(['ACM.2'])
  })
})

describe('acm-certificate-no-wildcard', () => {
  it('fails a wildcard in the domain or an alternative name, not a star elsewhere', () => {
    const resources = [
      res(CERT, 'pass', { DomainName: 'api.example.com', SubjectAlternativeNames: ['api.example.com', 'www.example.com'] }),
      res(CERT, 'fail-domain', { DomainName: '*.example.com' }),
      res(CERT, 'fail-alternative', { DomainName: 'example.com', SubjectAlternativeNames: ['*.example.com'] })
    ]
    expect(judge(ruleById('acm-certificate-no-wildcard'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-domain', 'fail-alternative'] }))
  })
})

describe('secretsmanager-secret-cmk-encrypted', () => {
  it('fails the default and the AWS-managed alias', () => {
    const S = 'AWS::SecretsManager::Secret'
    const resources = [res(S, 'pass', { KmsKeyId: 'arn:aws:kms:eu-west-1:1:key/k' }), res(S, 'fail-default', { Name: 's' }), res(S, 'fail-alias', { KmsKeyId: 'alias/aws/secretsmanager' })]
    expect(judge(ruleById('secretsmanager-secret-cmk-encrypted'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-default', 'fail-alias'] }))
  })
})

describe('secretsmanager-secret-policy-not-public', () => {
  it('reads ResourcePolicy', () => {
    const RP = 'AWS::SecretsManager::ResourcePolicy'
    const resources = [res(RP, 'pass', { ResourcePolicy: policy(allow({ AWS: ACCOUNT_ROOT })) }), res(RP, 'fail', { ResourcePolicy: JSON.stringify(policy(allow('*'))) })]
    expect(judge(ruleById('secretsmanager-secret-policy-not-public'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail'] }))
  })
})

describe('eventbridge-bus-policy-not-public', () => {
  it('reads the bus Policy; a bus without one passes', () => {
    const B = 'AWS::Events::EventBus'
    const resources = [res(B, 'pass-none', { Name: 'b' }), res(B, 'fail', { Name: 'b', Policy: policy(allow('*', { Action: 'events:PutEvents' })) })]
    expect(judge(ruleById('eventbridge-bus-policy-not-public'), resources)).toEqual(expected({ pass: ['pass-none'], fail: ['fail'] }))
  })
  it('judges a standalone statement by its principal and organisation condition', () => {
    const P = 'AWS::Events::EventBusPolicy'
    const resources = [
      res(P, 'pass-account', { StatementId: 's', Principal: '210987654321' }),
      res(P, 'pass-org', { StatementId: 's', Principal: '*', Condition: { Key: 'aws:PrincipalOrgID', Type: 'StringEquals', Value: 'o-abc' } }),
      res(P, 'fail-everyone', { StatementId: 's', Principal: '*' }),
      planned(P, 'aws_cloudwatch_event_permission.unknown', { StatementId: 's' }, ['Principal'])
    ]
    expect(judge(ruleById('eventbridge-bus-policy-not-public'), resources)).toEqual(expected({ pass: ['pass-account', 'pass-org'], fail: ['fail-everyone'], unknown: ['aws_cloudwatch_event_permission.unknown'] }))
  })
})

describe('sqs-queue-policy-no-wildcard-actions', () => {
  const rule = ruleById('sqs-queue-policy-no-wildcard-actions')
  const QP = 'AWS::SQS::QueuePolicy'
  const role = { AWS: 'arn:aws:iam::123456789012:role/producer' }
  it('fails "*" and "sqs:*" in any case on an Allow, not on a Deny nor named actions', () => {
    const resources = [
      res(QP, 'pass-named', { PolicyDocument: policy(allow(role, { Action: ['sqs:SendMessage', 'sqs:ReceiveMessage'] })) }),
      res(QP, 'pass-deny-star', { PolicyDocument: policy({ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }) }),
      res(QP, 'pass-other-service-star', { PolicyDocument: policy(allow(role, { Action: 'sns:*' })) }),
      res(QP, 'pass-no-policy', {}),
      res(QP, 'fail-star', { PolicyDocument: policy(allow(role, { Action: '*' })) }),
      res(QP, 'fail-upper-case-service', { PolicyDocument: JSON.stringify(policy(allow(role, { Action: ['SQS:*'] }))) }),
      planned(QP, 'aws_sqs_queue_policy.unknown', {}, ['PolicyDocument'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['pass-named', 'pass-deny-star', 'pass-other-service-star', 'pass-no-policy'], fail: ['fail-star', 'fail-upper-case-service'], unknown: ['aws_sqs_queue_policy.unknown'] })
    )
    expect(messages(rule, [resources[4]])[0]).toBe('fail-star: the policy allows every action (* or sqs:*)')
  })
})

describe('kms-key-not-multi-region', () => {
  it('fails multi-Region keys, skips AWS-managed ones', () => {
    const K = 'AWS::KMS::Key'
    const resources = [res(K, 'pass-absent', {}), res(K, 'fail', { MultiRegion: true }), res(K, 'skip-aws', { MultiRegion: false }, { isDefault: true })]
    expect(judge(ruleById('kms-key-not-multi-region'), resources)).toEqual(expected({ pass: ['pass-absent'], fail: ['fail'], skipped: ['skip-aws'] }))
  })
})

describe('stepfunctions-state-machine-cmk-encrypted', () => {
  it('takes an absent configuration as the AWS-owned key', () => {
    const resources = [res(SFN, 'pass', { EncryptionConfiguration: { Type: 'CUSTOMER_MANAGED_KMS_KEY', KmsKeyId: 'k' } }), res(SFN, 'fail-absent', {}), res(SFN, 'fail-owned', { EncryptionConfiguration: { Type: 'AWS_OWNED_KEY' } })]
    expect(judge(ruleById('stepfunctions-state-machine-cmk-encrypted'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-absent', 'fail-owned'] }))
  })
})

describe('logs-resource-policy-not-public', () => {
  it('reads the policy document as the JSON text CloudFormation holds', () => {
    const RP = 'AWS::Logs::ResourcePolicy'
    const resources = [
      res(RP, 'pass-service', { PolicyName: 'p', PolicyDocument: JSON.stringify(policy(allow({ Service: 'delivery.logs.amazonaws.com' }))) }),
      res(RP, 'fail-public', { PolicyName: 'p', PolicyDocument: JSON.stringify(policy(allow('*', { Action: 'logs:PutLogEvents' }))) }),
      res(RP, 'unknown-partial', { PolicyName: 'p' }, { readProperties: ['PolicyName'] })
    ]
    expect(judge(ruleById('logs-resource-policy-not-public'), resources)).toEqual(expected({ pass: ['pass-service'], fail: ['fail-public'], unknown: ['unknown-partial'] }))
  })
})

describe('sns-subscription-no-http', () => {
  it('fails http in any case, passes https and the other protocols', () => {
    const S = 'AWS::SNS::Subscription'
    const resources = [res(S, 'pass-https', { Protocol: 'https' }), res(S, 'pass-lambda', { Protocol: 'lambda' }), res(S, 'fail-http', { Protocol: 'HTTP' }), planned(S, 'aws_sns_topic_subscription.unknown', {}, ['Protocol'])]
    const rule = ruleById('sns-subscription-no-http')
    expect(judge(rule, resources)).toEqual(expected({ pass: ['pass-https', 'pass-lambda'], fail: ['fail-http'], unknown: ['aws_sns_topic_subscription.unknown'] }))
    expect(messages(rule, [resources[2]])[0]).toBe('Subscription fail-http delivers over plain HTTP')
  })
})
