// Athena, AppSync and Glue rules.
import { expected, judge, planned, res, ruleById } from './builders.js'

const WORKGROUP = 'AWS::Athena::WorkGroup'
const API = 'AWS::AppSync::GraphQLApi'
const CACHE = 'AWS::AppSync::ApiCache'
const CATALOG = 'AWS::Glue::DataCatalogEncryptionSettings'
const SECURITY_CONFIGURATION = 'AWS::Glue::SecurityConfiguration'
const JOB = 'AWS::Glue::Job'
const CRAWLER = 'AWS::Glue::Crawler'

describe('athena-workgroup-encrypted', () => {
  it('requires an encryption option for query results', () => {
    const enc = (option: string) => ({ WorkGroupConfiguration: { ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: option } } } })
    const resources = [
      res(WORKGROUP, 'wg-pass-kms', enc('SSE_KMS')),
      res(WORKGROUP, 'wg-pass-cse', enc('CSE_KMS')),
      res(WORKGROUP, 'wg-fail', { WorkGroupConfiguration: { ResultConfiguration: { OutputLocation: 's3://b/' } } }),
      res(WORKGROUP, 'wg-fail-no-configuration', {}),
      planned(WORKGROUP, 'aws_athena_workgroup.unknown', {}, ['WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption'])
    ]
    expect(judge(ruleById('athena-workgroup-encrypted'), resources)).toEqual(
      expected({ pass: ['wg-pass-cse', 'wg-pass-kms'], fail: ['wg-fail', 'wg-fail-no-configuration'], unknown: ['aws_athena_workgroup.unknown'] })
    )
  })
})

describe('athena-workgroup-enforces-configuration', () => {
  it('passes enforcement on or unset (the default)', () => {
    const resources = [
      res(WORKGROUP, 'wg-pass', { WorkGroupConfiguration: { EnforceWorkGroupConfiguration: true } }),
      res(WORKGROUP, 'wg-pass-absent', {}),
      res(WORKGROUP, 'wg-fail', { WorkGroupConfiguration: { EnforceWorkGroupConfiguration: false } }),
      planned(WORKGROUP, 'aws_athena_workgroup.unknown', {}, ['WorkGroupConfiguration.EnforceWorkGroupConfiguration'])
    ]
    expect(judge(ruleById('athena-workgroup-enforces-configuration'), resources)).toEqual(
      expected({ pass: ['wg-pass', 'wg-pass-absent'], fail: ['wg-fail'], unknown: ['aws_athena_workgroup.unknown'] })
    )
  })
})

describe('athena-workgroup-metrics-enabled', () => {
  it('requires metrics published; an unset flag fails (the schema states no default)', () => {
    const resources = [
      res(WORKGROUP, 'wg-pass', { WorkGroupConfiguration: { PublishCloudWatchMetricsEnabled: true } }),
      res(WORKGROUP, 'wg-fail', { WorkGroupConfiguration: { PublishCloudWatchMetricsEnabled: false } }),
      res(WORKGROUP, 'wg-fail-absent', {}),
      planned(WORKGROUP, 'aws_athena_workgroup.unknown', {}, ['WorkGroupConfiguration.PublishCloudWatchMetricsEnabled'])
    ]
    expect(judge(ruleById('athena-workgroup-metrics-enabled'), resources)).toEqual(
      expected({ pass: ['wg-pass'], fail: ['wg-fail', 'wg-fail-absent'], unknown: ['aws_athena_workgroup.unknown'] })
    )
  })
})

describe('appsync-api-logging-enabled', () => {
  it('requires a CloudWatch Logs role', () => {
    const resources = [
      res(API, 'api-pass', { LogConfig: { CloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/logs', FieldLogLevel: 'NONE' } }),
      res(API, 'api-fail', {}),
      planned(API, 'aws_appsync_graphql_api.unknown', {}, ['LogConfig.CloudWatchLogsRoleArn'])
    ]
    expect(judge(ruleById('appsync-api-logging-enabled'), resources)).toEqual(
      expected({ pass: ['api-pass'], fail: ['api-fail'], unknown: ['aws_appsync_graphql_api.unknown'] })
    )
  })
})

describe('appsync-api-field-level-logging', () => {
  it('passes every level that records errors; NONE and no configuration fail', () => {
    const level = (l: string) => ({ LogConfig: { FieldLogLevel: l } })
    const resources = [
      res(API, 'api-pass-error', level('ERROR')),
      res(API, 'api-pass-info', level('INFO')),
      res(API, 'api-pass-all', level('ALL')),
      res(API, 'api-fail-none', level('NONE')),
      res(API, 'api-fail-absent', {}),
      planned(API, 'aws_appsync_graphql_api.unknown', {}, ['LogConfig.FieldLogLevel'])
    ]
    expect(judge(ruleById('appsync-api-field-level-logging'), resources)).toEqual(
      expected({ pass: ['api-pass-all', 'api-pass-error', 'api-pass-info'], fail: ['api-fail-absent', 'api-fail-none'], unknown: ['aws_appsync_graphql_api.unknown'] })
    )
  })
})

describe('appsync-api-no-api-key-auth', () => {
  it('fails API_KEY as the default or an additional mode', () => {
    const resources = [
      res(API, 'api-pass', { AuthenticationType: 'AMAZON_COGNITO_USER_POOLS', AdditionalAuthenticationProviders: [{ AuthenticationType: 'AWS_IAM' }] }),
      res(API, 'api-fail-default', { AuthenticationType: 'API_KEY' }),
      res(API, 'api-fail-additional', { AuthenticationType: 'AWS_IAM', AdditionalAuthenticationProviders: [{ AuthenticationType: 'AWS_LAMBDA' }, { AuthenticationType: 'API_KEY' }] }),
      planned(API, 'aws_appsync_graphql_api.unknown', {}, ['AuthenticationType'])
    ]
    expect(judge(ruleById('appsync-api-no-api-key-auth'), resources)).toEqual(
      expected({ pass: ['api-pass'], fail: ['api-fail-additional', 'api-fail-default'], unknown: ['aws_appsync_graphql_api.unknown'] })
    )
  })
})

describe('appsync-cache-encrypted-at-rest', () => {
  it('requires encryption at rest; unset is off', () => {
    const resources = [res(CACHE, 'c-pass', { AtRestEncryptionEnabled: true }), res(CACHE, 'c-fail', {}), planned(CACHE, 'aws_appsync_api_cache.unknown', {}, ['AtRestEncryptionEnabled'])]
    expect(judge(ruleById('appsync-cache-encrypted-at-rest'), resources)).toEqual(expected({ pass: ['c-pass'], fail: ['c-fail'], unknown: ['aws_appsync_api_cache.unknown'] }))
  })
})

describe('appsync-cache-encrypted-in-transit', () => {
  it('requires encryption in transit; unset is off', () => {
    const resources = [res(CACHE, 'c-pass', { TransitEncryptionEnabled: true }), res(CACHE, 'c-fail', { TransitEncryptionEnabled: false }), planned(CACHE, 'aws_appsync_api_cache.unknown', {}, ['TransitEncryptionEnabled'])]
    expect(judge(ruleById('appsync-cache-encrypted-in-transit'), resources)).toEqual(expected({ pass: ['c-pass'], fail: ['c-fail'], unknown: ['aws_appsync_api_cache.unknown'] }))
  })
})

describe('glue-catalog-metadata-encrypted', () => {
  it('requires a KMS encryption mode; unset is DISABLED', () => {
    const mode = (m: string) => ({ DataCatalogEncryptionSettings: { EncryptionAtRest: { CatalogEncryptionMode: m } } })
    const resources = [
      res(CATALOG, 'cat-pass', mode('SSE-KMS')),
      res(CATALOG, 'cat-pass-role', mode('SSE-KMS-WITH-SERVICE-ROLE')),
      res(CATALOG, 'cat-fail', mode('DISABLED')),
      res(CATALOG, 'cat-fail-absent', {}),
      planned(CATALOG, 'aws_glue_data_catalog_encryption_settings.unknown', {}, ['DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode'])
    ]
    expect(judge(ruleById('glue-catalog-metadata-encrypted'), resources)).toEqual(
      expected({ pass: ['cat-pass', 'cat-pass-role'], fail: ['cat-fail', 'cat-fail-absent'], unknown: ['aws_glue_data_catalog_encryption_settings.unknown'] })
    )
  })
})

describe('glue-catalog-connection-passwords-encrypted', () => {
  it('requires connection passwords returned encrypted', () => {
    const ret = (v: boolean) => ({ DataCatalogEncryptionSettings: { ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: v } } })
    const resources = [res(CATALOG, 'cat-pass', ret(true)), res(CATALOG, 'cat-fail', ret(false)), res(CATALOG, 'cat-fail-absent', {}), planned(CATALOG, 'aws_glue_data_catalog_encryption_settings.unknown', {}, ['DataCatalogEncryptionSettings'])]
    expect(judge(ruleById('glue-catalog-connection-passwords-encrypted'), resources)).toEqual(
      expected({ pass: ['cat-pass'], fail: ['cat-fail', 'cat-fail-absent'], unknown: ['aws_glue_data_catalog_encryption_settings.unknown'] })
    )
  })
})

describe('glue-security-configuration-encrypted', () => {
  it('requires all three encryptions, every S3 one included', () => {
    const config = (cw: string, jb: string, s3: string[]) => ({
      EncryptionConfiguration: { CloudWatchEncryption: { CloudWatchEncryptionMode: cw }, JobBookmarksEncryption: { JobBookmarksEncryptionMode: jb }, S3Encryptions: s3.map((m) => ({ S3EncryptionMode: m })) }
    })
    const resources = [
      res(SECURITY_CONFIGURATION, 'sc-pass', config('SSE-KMS', 'CSE-KMS', ['SSE-S3'])),
      res(SECURITY_CONFIGURATION, 'sc-fail-logs', config('DISABLED', 'CSE-KMS', ['SSE-KMS'])),
      res(SECURITY_CONFIGURATION, 'sc-fail-s3', config('SSE-KMS', 'CSE-KMS', ['SSE-KMS', 'DISABLED'])),
      res(SECURITY_CONFIGURATION, 'sc-fail-no-s3', config('SSE-KMS', 'CSE-KMS', [])),
      planned(SECURITY_CONFIGURATION, 'aws_glue_security_configuration.unknown', config('SSE-KMS', 'CSE-KMS', ['SSE-KMS']), ['EncryptionConfiguration.CloudWatchEncryption.CloudWatchEncryptionMode'])
    ]
    expect(judge(ruleById('glue-security-configuration-encrypted'), resources)).toEqual(
      expected({ pass: ['sc-pass'], fail: ['sc-fail-logs', 'sc-fail-no-s3', 'sc-fail-s3'], unknown: ['aws_glue_security_configuration.unknown'] })
    )
  })
})

describe('glue-job-security-configuration', () => {
  it('reads SecurityConfiguration on jobs and CrawlerSecurityConfiguration on crawlers', () => {
    const resources = [
      res(JOB, 'job-pass', { SecurityConfiguration: 'encrypted' }),
      // A crawler's SecurityConfiguration-like name on a job is not the job's property, and the reverse.
      res(JOB, 'job-fail', { CrawlerSecurityConfiguration: 'encrypted' }),
      res(CRAWLER, 'crawler-pass', { CrawlerSecurityConfiguration: 'encrypted' }),
      res(CRAWLER, 'crawler-fail', {}),
      planned(JOB, 'aws_glue_job.unknown', {}, ['SecurityConfiguration'])
    ]
    expect(judge(ruleById('glue-job-security-configuration'), resources)).toEqual(
      expected({ pass: ['crawler-pass', 'job-pass'], fail: ['crawler-fail', 'job-fail'], unknown: ['aws_glue_job.unknown'] })
    )
  })
})
