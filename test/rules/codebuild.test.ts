import { urlHasCredentials } from '../../src/rules/predicates/no-credentials-in-url.js'
import { expected, judge, messages, planned, REDACTED, res, ruleById } from './builders.js'

const PROJECT = 'AWS::CodeBuild::Project'
const REPORT_GROUP = 'AWS::CodeBuild::ReportGroup'
const variables = (...list: Array<Record<string, unknown>>) => ({ Environment: { EnvironmentVariables: list } })

describe('codebuild-project-no-secrets-in-env', () => {
  const rule = ruleById('codebuild-project-no-secrets-in-env')

  it('judges plaintext variables by name and value, and skips Secrets Manager and Parameter Store references', () => {
    const resources = [
      res(PROJECT, 'p-pass', variables({ Name: 'APP_ENV', Value: 'production' }, { Name: 'DB_PASSWORD', Value: 'ci/db', Type: 'SECRETS_MANAGER' }, { Name: 'API_TOKEN', Value: '/ci/token', Type: 'PARAMETER_STORE' })),
      res(PROJECT, 'p-pass-none', {}),
      res(PROJECT, 'p-fail-name', variables({ Name: 'GITHUB_TOKEN', Value: 'x', Type: 'PLAINTEXT' })),
      res(PROJECT, 'p-fail-value', variables({ Name: 'UPSTREAM', Value: 'AKIAIOSFODNN7EXAMPLE' })),
      // A secret-looking name fails even when its value is hidden or unknown.
      res(PROJECT, 'p-fail-hidden', variables({ Name: 'DB_PASSWORD', Value: REDACTED })),
      res(PROJECT, 'p-unknown-value', variables({ Name: 'UPSTREAM', Value: REDACTED })),
      planned(PROJECT, 'aws_codebuild_project.unknown_type', variables({ Name: 'DB_PASSWORD', Value: 'x' }), ['Environment.EnvironmentVariables[0].Type'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['p-pass', 'p-pass-none'],
        fail: ['p-fail-hidden', 'p-fail-name', 'p-fail-value'],
        unknown: ['aws_codebuild_project.unknown_type', 'p-unknown-value']
      })
    )
  })

  it('names variables in its messages, never values', () => {
    const [message] = messages(rule, [res(PROJECT, 'p', variables({ Name: 'UPSTREAM', Value: 'AKIAIOSFODNN7EXAMPLE' }))])
    expect(message).toContain('UPSTREAM')
    expect(message).not.toContain('AKIA')
  })
})

describe('codebuild-project-source-no-credentials', () => {
  const rule = ruleById('codebuild-project-source-no-credentials')

  it('finds passwords and tokens in the user part of URLs, not plain user names', () => {
    expect(urlHasCredentials('https://user:pass@bitbucket.org/a/b.git')).toBe(true)
    expect(urlHasCredentials('https://ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/a/b')).toBe(true)
    expect(urlHasCredentials('https://aB3dE5gH7jK9mN1pQ3sT5vW7xY9zA1bC3d@github.com/a/b')).toBe(true)
    expect(urlHasCredentials('https://continuous-integration-service-account@bitbucket.org/a/b.git')).toBe(false)
    expect(urlHasCredentials('https://ci-bot@bitbucket.org/a/b.git')).toBe(false)
    expect(urlHasCredentials('https://user:@host/a')).toBe(false)
    expect(urlHasCredentials('https://github.com/a/b.git')).toBe(false)
    expect(urlHasCredentials('codecommit::eu-west-1://repo')).toBe(false)
    expect(urlHasCredentials('build-bucket/source.zip')).toBe(false)
  })

  it('judges the source and every secondary source, and never shows the URL', () => {
    const resources = [
      res(PROJECT, 'p-pass', { Source: { Location: 'https://github.com/a/b.git' }, SecondarySources: [{ Location: 'https://git@github.com/a/c.git' }] }),
      res(PROJECT, 'p-pass-no-location', { Source: { Type: 'CODEPIPELINE' } }),
      res(PROJECT, 'p-fail-source', { Source: { Location: 'https://u:secret-value@bitbucket.org/a/b.git' } }),
      res(PROJECT, 'p-fail-secondary', { Source: { Location: 'https://github.com/a/b.git' }, SecondarySources: [{ Location: 'https://github.com/a/c.git' }, { Location: 'https://u:p@github.com/a/d.git' }] }),
      res(PROJECT, 'p-fail-hidden', { Source: { Location: REDACTED } }),
      planned(PROJECT, 'aws_codebuild_project.unknown', { Source: { Type: 'GITHUB' } }, ['Source.Location'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['p-pass', 'p-pass-no-location'], fail: ['p-fail-hidden', 'p-fail-secondary', 'p-fail-source'], unknown: ['aws_codebuild_project.unknown'] })
    )
    expect(messages(rule, resources).join('\n')).not.toContain('secret-value')
  })
})

describe('codebuild-project-logging-enabled', () => {
  it('passes CloudWatch Logs (the default) or S3 logs, fails when both are disabled', () => {
    const resources = [
      res(PROJECT, 'p-pass-default', {}),
      res(PROJECT, 'p-pass-s3', { LogsConfig: { CloudWatchLogs: { Status: 'DISABLED' }, S3Logs: { Status: 'ENABLED' } } }),
      res(PROJECT, 'p-fail', { LogsConfig: { CloudWatchLogs: { Status: 'DISABLED' } } }),
      planned(PROJECT, 'aws_codebuild_project.unknown', { LogsConfig: { S3Logs: { Status: 'DISABLED' } } }, ['LogsConfig.CloudWatchLogs.Status'])
    ]
    expect(judge(ruleById('codebuild-project-logging-enabled'), resources)).toEqual(
      expected({ pass: ['p-pass-default', 'p-pass-s3'], fail: ['p-fail'], unknown: ['aws_codebuild_project.unknown'] })
    )
  })
})

describe('codebuild-project-privileged-mode-disabled', () => {
  it('fails privileged mode; absent is off', () => {
    const resources = [
      res(PROJECT, 'p-pass', { Environment: { PrivilegedMode: false } }),
      res(PROJECT, 'p-pass-absent', { Environment: {} }),
      res(PROJECT, 'p-fail', { Environment: { PrivilegedMode: true } }),
      planned(PROJECT, 'aws_codebuild_project.unknown', { Environment: {} }, ['Environment.PrivilegedMode'])
    ]
    expect(judge(ruleById('codebuild-project-privileged-mode-disabled'), resources)).toEqual(
      expected({ pass: ['p-pass', 'p-pass-absent'], fail: ['p-fail'], unknown: ['aws_codebuild_project.unknown'] })
    )
  })
})

describe('codebuild-project-artifacts-encrypted', () => {
  it('fails primary or secondary artifacts with encryption disabled, except NO_ARTIFACTS and CODEPIPELINE', () => {
    const resources = [
      res(PROJECT, 'p-pass', { Artifacts: { Type: 'S3' } }),
      res(PROJECT, 'p-pass-pipeline', { Artifacts: { Type: 'CODEPIPELINE', EncryptionDisabled: true } }),
      res(PROJECT, 'p-fail', { Artifacts: { Type: 'S3', EncryptionDisabled: true } }),
      res(PROJECT, 'p-fail-secondary', { Artifacts: { Type: 'NO_ARTIFACTS' }, SecondaryArtifacts: [{ Type: 'S3' }, { Type: 'S3', EncryptionDisabled: true }] }),
      planned(PROJECT, 'aws_codebuild_project.unknown', { Artifacts: { Type: 'S3' } }, ['Artifacts.EncryptionDisabled'])
    ]
    expect(judge(ruleById('codebuild-project-artifacts-encrypted'), resources)).toEqual(
      expected({ pass: ['p-pass', 'p-pass-pipeline'], fail: ['p-fail', 'p-fail-secondary'], unknown: ['aws_codebuild_project.unknown'] })
    )
  })
})

describe('codebuild-project-s3-logs-encrypted', () => {
  it('judges only projects with S3 logs enabled', () => {
    const resources = [
      res(PROJECT, 'p-pass', { LogsConfig: { S3Logs: { Status: 'ENABLED' } } }),
      res(PROJECT, 'p-fail', { LogsConfig: { S3Logs: { Status: 'ENABLED', EncryptionDisabled: true } } }),
      res(PROJECT, 'p-no-s3-logs', { LogsConfig: { S3Logs: { Status: 'DISABLED', EncryptionDisabled: true } } }),
      planned(PROJECT, 'aws_codebuild_project.unknown', { LogsConfig: { S3Logs: { Status: 'ENABLED' } } }, ['LogsConfig.S3Logs.EncryptionDisabled'])
    ]
    expect(judge(ruleById('codebuild-project-s3-logs-encrypted'), resources)).toEqual(
      expected({ pass: ['p-pass'], fail: ['p-fail'], unknown: ['aws_codebuild_project.unknown'], skipped: ['p-no-s3-logs'] })
    )
  })
})

describe('codebuild-project-not-public', () => {
  it('requires PRIVATE; absent is private', () => {
    const resources = [
      res(PROJECT, 'p-pass', { Visibility: 'PRIVATE' }),
      res(PROJECT, 'p-pass-absent', {}),
      res(PROJECT, 'p-fail', { Visibility: 'PUBLIC_READ' }),
      planned(PROJECT, 'aws_codebuild_project.unknown', {}, ['Visibility'])
    ]
    expect(judge(ruleById('codebuild-project-not-public'), resources)).toEqual(
      expected({ pass: ['p-pass', 'p-pass-absent'], fail: ['p-fail'], unknown: ['aws_codebuild_project.unknown'] })
    )
  })
})

describe('codebuild-project-kms-key', () => {
  it('requires a key other than the AWS managed alias/aws/s3', () => {
    const resources = [
      res(PROJECT, 'p-pass', { EncryptionKey: 'arn:aws:kms:eu-west-1:123456789012:key/1' }),
      res(PROJECT, 'p-fail-managed', { EncryptionKey: 'arn:aws:kms:eu-west-1:123456789012:alias/aws/s3' }),
      res(PROJECT, 'p-fail-absent', {}),
      planned(PROJECT, 'aws_codebuild_project.unknown', {}, ['EncryptionKey'])
    ]
    expect(judge(ruleById('codebuild-project-kms-key'), resources)).toEqual(
      expected({ pass: ['p-pass'], fail: ['p-fail-absent', 'p-fail-managed'], unknown: ['aws_codebuild_project.unknown'] })
    )
  })
})

describe('codebuild-report-group-export-encrypted', () => {
  it('judges only S3 exports', () => {
    const resources = [
      res(REPORT_GROUP, 'rg-pass', { ExportConfig: { ExportConfigType: 'S3', S3Destination: { Bucket: 'b' } } }),
      res(REPORT_GROUP, 'rg-fail', { ExportConfig: { ExportConfigType: 'S3', S3Destination: { Bucket: 'b', EncryptionDisabled: true } } }),
      res(REPORT_GROUP, 'rg-no-export', { ExportConfig: { ExportConfigType: 'NO_EXPORT' } }),
      planned(REPORT_GROUP, 'aws_codebuild_report_group.unknown', { ExportConfig: { ExportConfigType: 'S3' } }, ['ExportConfig.S3Destination.EncryptionDisabled'])
    ]
    expect(judge(ruleById('codebuild-report-group-export-encrypted'), resources)).toEqual(
      expected({ pass: ['rg-pass'], fail: ['rg-fail'], unknown: ['aws_codebuild_report_group.unknown'], skipped: ['rg-no-export'] })
    )
  })
})
