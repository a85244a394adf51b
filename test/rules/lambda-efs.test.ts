import { expected, judge, messages, planned, REDACTED, res, ruleById } from './builders.js'
import { DEPRECATED_RUNTIMES, RUNTIME_LIST_TAKEN, SCHEDULED_RUNTIME_DEPRECATIONS } from '../../src/rules/lambda/runtimes.js'

const FN = 'AWS::Lambda::Function'
const PERMISSION = 'AWS::Lambda::Permission'
const URL = 'AWS::Lambda::Url'
const EFS = 'AWS::EFS::FileSystem'

describe('lambda-function-not-public', () => {
  it('fails Principal "*" unless SourceArn, SourceAccount or PrincipalOrgID confines it', () => {
    const resources = [
      res(PERMISSION, 'fail-star', { FunctionName: 'f', Action: 'lambda:InvokeFunction', Principal: '*' }),
      res(PERMISSION, 'pass-source-arn', { FunctionName: 'f', Principal: '*', SourceArn: 'arn:aws:s3:::b' }),
      res(PERMISSION, 'pass-source-account', { FunctionName: 'f', Principal: '*', SourceAccount: '123456789012' }),
      res(PERMISSION, 'pass-org', { FunctionName: 'f', Principal: '*', PrincipalOrgID: 'o-abc' }),
      res(PERMISSION, 'pass-service', { FunctionName: 'f', Principal: 's3.amazonaws.com' }),
      res(PERMISSION, 'pass-account', { FunctionName: 'f', Principal: '123456789012' }),
      planned(PERMISSION, 'aws_lambda_permission.unknown_principal', { FunctionName: 'f' }, ['Principal']),
      planned(PERMISSION, 'aws_lambda_permission.unknown_source', { FunctionName: 'f', Principal: '*' }, ['SourceArn']),
      planned(PERMISSION, 'aws_lambda_permission.pass_known_confiner', { FunctionName: 'f', Principal: '*', SourceAccount: '1' }, ['SourceArn'])
    ]
    expect(judge(ruleById('lambda-function-not-public'), resources)).toEqual(
      expected({
        fail: ['fail-star'],
        pass: ['pass-source-arn', 'pass-source-account', 'pass-org', 'pass-service', 'pass-account', 'aws_lambda_permission.pass_known_confiner'],
        unknown: ['aws_lambda_permission.unknown_principal', 'aws_lambda_permission.unknown_source']
      })
    )
  })
})

describe('lambda-function-url-auth-required', () => {
  it('fails AuthType NONE', () => {
    const resources = [
      res(URL, 'url-fail', { AuthType: 'NONE', TargetFunctionArn: 'arn:aws:lambda:eu-west-1:1:function:f' }),
      res(URL, 'url-pass', { AuthType: 'AWS_IAM', TargetFunctionArn: 'f' }),
      planned(URL, 'aws_lambda_function_url.unknown', {}, ['AuthType'])
    ]
    expect(judge(ruleById('lambda-function-url-auth-required'), resources)).toEqual(
      expected({ fail: ['url-fail'], pass: ['url-pass'], unknown: ['aws_lambda_function_url.unknown'] })
    )
  })
})

describe('lambda-function-supported-runtime', () => {
  const rule = ruleById('lambda-function-supported-runtime')
  it('fails runtimes past their deprecation date, skips container images', () => {
    const resources = [
      res(FN, 'fn-pass-node22', { Runtime: 'nodejs22.x' }),
      res(FN, 'fn-pass-python313', { Runtime: 'python3.13' }),
      res(FN, 'fn-fail-python27', { Runtime: 'python2.7' }),
      res(FN, 'fn-fail-node16', { Runtime: 'nodejs16.x' }),
      res(FN, 'fn-fail-go1', { Runtime: 'go1.x' }),
      res(FN, 'fn-image', { PackageType: 'Image' }),
      planned(FN, 'aws_lambda_function.unknown', {}, ['Runtime'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['fn-pass-node22', 'fn-pass-python313'],
        fail: ['fn-fail-python27', 'fn-fail-node16', 'fn-fail-go1'],
        unknown: ['aws_lambda_function.unknown'],
        skipped: ['fn-image']
      })
    )
    expect(messages(rule, [resources[3]])[0]).toMatch(/uses nodejs16\.x, deprecated by AWS/)
  })
  it('keeps the deprecated list on or before the date it was taken, and scheduled dates after it', () => {
    for (const [runtime, date] of Object.entries(DEPRECATED_RUNTIMES)) {
      expect(`${runtime} ${date <= RUNTIME_LIST_TAKEN}`).toBe(`${runtime} true`)
    }
    for (const [runtime, date] of Object.entries(SCHEDULED_RUNTIME_DEPRECATIONS)) {
      expect(`${runtime} ${date > RUNTIME_LIST_TAKEN}`).toBe(`${runtime} true`)
      expect(DEPRECATED_RUNTIMES[runtime]).toBeUndefined()
    }
  })
})

describe('lambda-function-no-secrets-in-env', () => {
  const rule = ruleById('lambda-function-no-secrets-in-env')
  const awsKey = 'AKIA' + 'ABCDEFGHIJKLMNOP'
  const env = (variables: Record<string, unknown>) => ({ Runtime: 'python3.13', Environment: { Variables: variables } })
  const resources = [
    res(FN, 'fn-pass-plain', env({ TABLE_NAME: 'orders', LOG_LEVEL: 'info', DB_PASSWORD_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:1:secret:db' })),
    res(FN, 'fn-pass-none', { Runtime: 'python3.13' }),
    res(FN, 'fn-fail-name', env({ DB_PASSWORD: 'hunter2-hunter2' })),
    res(FN, 'fn-fail-name-redacted', env({ API_TOKEN: REDACTED })),
    res(FN, 'fn-fail-value', env({ UPSTREAM: awsKey })),
    res(FN, 'fn-unknown-redacted-value', env({ UPSTREAM: REDACTED, TABLE_NAME: 'orders' })),
    planned(FN, 'aws_lambda_function.unknown_value', env({ QUEUE_URL: null }), ['Environment.Variables.QUEUE_URL']),
    planned(FN, 'aws_lambda_function.unknown_all', {}, ['Environment'])
  ]
  it('fails secret names (whatever the value) and secret-looking values; unknown values make it unknown', () => {
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['fn-pass-plain', 'fn-pass-none'],
        fail: ['fn-fail-name', 'fn-fail-name-redacted', 'fn-fail-value'],
        unknown: ['fn-unknown-redacted-value', 'aws_lambda_function.unknown_value', 'aws_lambda_function.unknown_all']
      })
    )
  })
  it('names the variable, never the value', () => {
    const [byName, , byValue] = messages(rule, resources.slice(2, 5))
    expect(byName).toMatch(/DB_PASSWORD/)
    expect(byName).not.toMatch(/hunter2/)
    expect(byValue).toMatch(/UPSTREAM/)
    expect(byValue).not.toContain(awsKey)
  })
})

describe('efs-file-system-encrypted', () => {
  it('requires Encrypted true', () => {
    const resources = [
      res(EFS, 'fs-pass', { Encrypted: true }),
      res(EFS, 'fs-fail', { Encrypted: false }),
      res(EFS, 'fs-fail-absent', {}),
      planned(EFS, 'aws_efs_file_system.unknown', {}, ['Encrypted'])
    ]
    expect(judge(ruleById('efs-file-system-encrypted'), resources)).toEqual(
      expected({ pass: ['fs-pass'], fail: ['fs-fail', 'fs-fail-absent'], unknown: ['aws_efs_file_system.unknown'] })
    )
  })
})
