// The OpenSearch / Elasticsearch domain rules: what the fixtures do not show on their own (absent blocks, the two
// cluster configuration shapes, policies as JSON text, a placement that is not known).
import { expected, judge, planned, res, ruleById } from './builders.js'

const OS = 'AWS::OpenSearchService::Domain'
const ES = 'AWS::Elasticsearch::Domain'

describe('opensearch-domain-encrypted-at-rest', () => {
  it('requires EncryptionAtRestOptions.Enabled; an absent block is unencrypted', () => {
    const resources = [
      res(OS, 'os-pass', { EncryptionAtRestOptions: { Enabled: true } }),
      res(ES, 'es-fail-absent', {}),
      res(OS, 'os-fail-false', { EncryptionAtRestOptions: { Enabled: false } }),
      planned(OS, 'aws_opensearch_domain.unknown', {}, ['EncryptionAtRestOptions.Enabled'])
    ]
    expect(judge(ruleById('opensearch-domain-encrypted-at-rest'), resources)).toEqual(
      expected({ pass: ['os-pass'], fail: ['es-fail-absent', 'os-fail-false'], unknown: ['aws_opensearch_domain.unknown'] })
    )
  })
})

describe('opensearch-domain-node-to-node-encryption', () => {
  it('requires NodeToNodeEncryptionOptions.Enabled on both types', () => {
    const resources = [
      res(ES, 'es-pass', { NodeToNodeEncryptionOptions: { Enabled: true } }),
      res(OS, 'os-fail-absent', {}),
      planned(OS, 'aws_opensearch_domain.unknown', {}, ['NodeToNodeEncryptionOptions'])
    ]
    expect(judge(ruleById('opensearch-domain-node-to-node-encryption'), resources)).toEqual(
      expected({ pass: ['es-pass'], fail: ['os-fail-absent'], unknown: ['aws_opensearch_domain.unknown'] })
    )
  })
})

describe('opensearch-domain-https-required', () => {
  it('requires EnforceHTTPS; without DomainEndpointOptions HTTP is allowed', () => {
    const resources = [
      res(OS, 'os-pass', { DomainEndpointOptions: { EnforceHTTPS: true } }),
      res(OS, 'os-fail-absent', {}),
      res(ES, 'es-fail-false', { DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' } })
    ]
    expect(judge(ruleById('opensearch-domain-https-required'), resources)).toEqual(
      expected({ pass: ['os-pass'], fail: ['os-fail-absent', 'es-fail-false'] })
    )
  })
})

describe('opensearch-domain-tls-1-2', () => {
  it('accepts both TLS 1.2 policies and nothing else', () => {
    const resources = [
      res(OS, 'os-pass-2019', { DomainEndpointOptions: { TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' } }),
      res(OS, 'os-pass-pfs', { DomainEndpointOptions: { TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' } }),
      res(ES, 'es-fail-tls10', { DomainEndpointOptions: { TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' } }),
      res(ES, 'es-fail-absent', {})
    ]
    expect(judge(ruleById('opensearch-domain-tls-1-2'), resources)).toEqual(
      expected({ pass: ['os-pass-2019', 'os-pass-pfs'], fail: ['es-fail-tls10', 'es-fail-absent'] })
    )
  })
})

describe('opensearch-domain-fine-grained-access-control', () => {
  it('requires AdvancedSecurityOptions.Enabled', () => {
    const resources = [
      res(OS, 'os-pass', { AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: true } }),
      res(OS, 'os-fail-absent', {}),
      res(ES, 'es-fail-false', { AdvancedSecurityOptions: { Enabled: false } })
    ]
    expect(judge(ruleById('opensearch-domain-fine-grained-access-control'), resources)).toEqual(
      expected({ pass: ['os-pass'], fail: ['os-fail-absent', 'es-fail-false'] })
    )
  })
})

describe('opensearch-domain-kms-cmk', () => {
  it('requires encryption with a named key', () => {
    const key = 'arn:aws:kms:eu-west-1:123456789012:key/abc'
    const resources = [
      res(OS, 'os-pass', { EncryptionAtRestOptions: { Enabled: true, KmsKeyId: key } }),
      res(OS, 'os-fail-no-key', { EncryptionAtRestOptions: { Enabled: true } }),
      // A key named on a domain that is not encrypted encrypts nothing.
      res(ES, 'es-fail-disabled-with-key', { EncryptionAtRestOptions: { Enabled: false, KmsKeyId: key } }),
      planned(OS, 'aws_opensearch_domain.unknown', { EncryptionAtRestOptions: { Enabled: true } }, ['EncryptionAtRestOptions.KmsKeyId'])
    ]
    expect(judge(ruleById('opensearch-domain-kms-cmk'), resources)).toEqual(
      expected({ pass: ['os-pass'], fail: ['os-fail-no-key', 'es-fail-disabled-with-key'], unknown: ['aws_opensearch_domain.unknown'] })
    )
  })
})

const logs = (...types: string[]) => Object.fromEntries(types.map((t) => [t, { CloudWatchLogsLogGroupArn: `arn:aws:logs:eu-west-1:123456789012:log-group:${t}`, Enabled: true }]))

describe('opensearch-domain-audit-logging', () => {
  it('requires AUDIT_LOGS published; an entry without Enabled is on', () => {
    const resources = [
      res(OS, 'os-pass', { LogPublishingOptions: logs('AUDIT_LOGS') }),
      res(ES, 'es-pass-enabled-omitted', { LogPublishingOptions: { AUDIT_LOGS: { CloudWatchLogsLogGroupArn: 'arn:aws:logs:eu-west-1:123456789012:log-group:a' } } }),
      res(OS, 'os-fail-other-logs', { LogPublishingOptions: logs('ES_APPLICATION_LOGS') }),
      res(OS, 'os-fail-off', { LogPublishingOptions: { AUDIT_LOGS: { Enabled: false } } }),
      res(OS, 'os-fail-none', {})
    ]
    expect(judge(ruleById('opensearch-domain-audit-logging'), resources)).toEqual(
      expected({ pass: ['os-pass', 'es-pass-enabled-omitted'], fail: ['os-fail-other-logs', 'os-fail-off', 'os-fail-none'] })
    )
  })
})

describe('opensearch-domain-error-logging', () => {
  it('requires ES_APPLICATION_LOGS, not any log type (stricter than CKV_AWS_84)', () => {
    const resources = [
      res(OS, 'os-pass', { LogPublishingOptions: logs('ES_APPLICATION_LOGS', 'AUDIT_LOGS') }),
      res(OS, 'os-fail-slow-only', { LogPublishingOptions: logs('INDEX_SLOW_LOGS', 'SEARCH_SLOW_LOGS') })
    ]
    expect(judge(ruleById('opensearch-domain-error-logging'), resources)).toEqual(expected({ pass: ['os-pass'], fail: ['os-fail-slow-only'] }))
  })
})

describe('opensearch-domain-slow-logs', () => {
  it('requires both the search and the index slow logs', () => {
    const resources = [
      res(OS, 'os-pass', { LogPublishingOptions: logs('SEARCH_SLOW_LOGS', 'INDEX_SLOW_LOGS') }),
      res(OS, 'os-fail-search-only', { LogPublishingOptions: logs('SEARCH_SLOW_LOGS') }),
      res(ES, 'es-fail-index-only', { LogPublishingOptions: logs('INDEX_SLOW_LOGS') })
    ]
    expect(judge(ruleById('opensearch-domain-slow-logs'), resources)).toEqual(
      expected({ pass: ['os-pass'], fail: ['os-fail-search-only', 'es-fail-index-only'] })
    )
  })
})

describe('opensearch-domain-three-data-nodes', () => {
  it('reads ClusterConfig on OpenSearch and ElasticsearchClusterConfig on Elasticsearch', () => {
    const resources = [
      res(OS, 'os-pass', { ClusterConfig: { InstanceCount: 3, ZoneAwarenessEnabled: true } }),
      res(ES, 'es-pass', { ElasticsearchClusterConfig: { InstanceCount: 4, ZoneAwarenessEnabled: true } }),
      // The other type's configuration is not this domain's: it decides nothing.
      res(ES, 'es-fail-wrong-shape', { ClusterConfig: { InstanceCount: 3, ZoneAwarenessEnabled: true } }),
      res(OS, 'os-fail-default-count', { ClusterConfig: { ZoneAwarenessEnabled: true } }),
      res(OS, 'os-fail-one-zone', { ClusterConfig: { InstanceCount: 6 } })
    ]
    expect(judge(ruleById('opensearch-domain-three-data-nodes'), resources)).toEqual(
      expected({ pass: ['os-pass', 'es-pass'], fail: ['es-fail-wrong-shape', 'os-fail-default-count', 'os-fail-one-zone'] })
    )
  })
})

describe('opensearch-domain-dedicated-master-nodes', () => {
  it('requires dedicated masters, three or more', () => {
    const resources = [
      res(OS, 'os-pass', { ClusterConfig: { DedicatedMasterEnabled: true, DedicatedMasterCount: 3 } }),
      res(ES, 'es-fail-two', { ElasticsearchClusterConfig: { DedicatedMasterEnabled: true, DedicatedMasterCount: 2 } }),
      // A count without dedicated masters enabled counts nothing.
      res(OS, 'os-fail-disabled', { ClusterConfig: { DedicatedMasterEnabled: false, DedicatedMasterCount: 3 } })
    ]
    expect(judge(ruleById('opensearch-domain-dedicated-master-nodes'), resources)).toEqual(
      expected({ pass: ['os-pass'], fail: ['es-fail-two', 'os-fail-disabled'] })
    )
  })
})

describe('opensearch-domain-in-vpc', () => {
  it('requires subnets in VPCOptions', () => {
    const resources = [
      res(OS, 'os-pass', { VPCOptions: { SubnetIds: ['subnet-1'] } }),
      res(OS, 'os-fail-empty', { VPCOptions: { SubnetIds: [] } }),
      res(ES, 'es-fail-absent', {})
    ]
    expect(judge(ruleById('opensearch-domain-in-vpc'), resources)).toEqual(expected({ pass: ['os-pass'], fail: ['os-fail-empty', 'es-fail-absent'] }))
  })
})

describe('opensearch-domain-not-public', () => {
  const open = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: '*' }] }
  it('passes a VPC domain, fails an open policy on a public endpoint, reads policies given as JSON text', () => {
    const resources = [
      res(OS, 'os-pass-vpc', { VPCOptions: { SubnetIds: ['subnet-1'] }, AccessPolicies: open }),
      res(OS, 'os-pass-no-policy', {}),
      res(OS, 'os-pass-deny-only', { AccessPolicies: { Statement: [{ Effect: 'Deny', Principal: '*', Action: 'es:*', Resource: '*' }] } }),
      res(ES, 'es-fail-open-text', { AccessPolicies: JSON.stringify(open) }),
      res(OS, 'os-fail-not-principal', { AccessPolicies: { Statement: [{ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'es:*', Resource: '*' }] } }),
      res(OS, 'os-fail-org-wildcard', {
        AccessPolicies: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'es:*', Resource: '*', Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } }] }
      })
    ]
    expect(judge(ruleById('opensearch-domain-not-public'), resources)).toEqual(
      expected({ pass: ['os-pass-vpc', 'os-pass-no-policy', 'os-pass-deny-only'], fail: ['es-fail-open-text', 'os-fail-not-principal', 'os-fail-org-wildcard'] })
    )
  })

  it('is unknown when the placement is open and the policy admits everyone, and passes a confined policy whatever the placement', () => {
    const resources = [
      planned(OS, 'aws_opensearch_domain.open_unknown_vpc', { AccessPolicies: open }, ['VPCOptions.SubnetIds']),
      planned(OS, 'aws_opensearch_domain.confined_unknown_vpc', { AccessPolicies: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/app' }, Action: 'es:*', Resource: '*' }] } }, ['VPCOptions.SubnetIds']),
      planned(OS, 'aws_opensearch_domain.policy_unknown', {}, ['AccessPolicies'])
    ]
    expect(judge(ruleById('opensearch-domain-not-public'), resources)).toEqual(
      expected({ pass: ['aws_opensearch_domain.confined_unknown_vpc'], unknown: ['aws_opensearch_domain.open_unknown_vpc', 'aws_opensearch_domain.policy_unknown'] })
    )
  })
})
