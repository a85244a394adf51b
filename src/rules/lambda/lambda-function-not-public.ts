import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

function isSet(value: unknown): boolean {
  return typeof value === 'string' && value !== ''
}

export const lambdaFunctionNotPublic: RuleDefinition = {
  id: 'lambda-function-not-public',
  title: 'Lambda permission does not let everyone invoke the function',
  severity: 'critical',
  description:
    'Checks that no Lambda permission grants Principal "*" unless SourceArn, SourceAccount or PrincipalOrgID confines it.',
  risk: 'Anyone, from any AWS account, can invoke the function and reach whatever it can touch.',
  remediation: {
    text: 'Grant the permission to a specific principal, or confine "*" with source_arn, source_account or principal_org_id.',
    terraform: `resource "aws_lambda_permission" "s3" {
  statement_id   = "AllowS3Invoke"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.this.function_name
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.this.arn
  source_account = "123456789012"
}`
  },
  categories: ['internet-exposed'],
  resourceTypes: ['AWS::Lambda::Permission'],
  aliases: { checkov: ['CKV_AWS_301'], prowler: ['awslambda_function_not_publicly_accessible'] },
  notes:
    'Judges each permission (one statement of the function policy); Prowler judges the whole function policy. A service principal (s3.amazonaws.com) without SourceArn is not public in this sense and passes.',
  check(resource) {
    const principal = read(resource, 'Principal')
    if (principal === UNKNOWN) return unknownAt(resource, 'Principal', 'the principal')
    if (principal !== '*') return pass(`Permission ${nameOf(resource)} is granted to ${String(principal)}`, 'Principal')
    const confiners = ['SourceArn', 'SourceAccount', 'PrincipalOrgID'].map((p) => [p, read(resource, p)] as const)
    const confined = confiners.find(([, v]) => v !== UNKNOWN && isSet(v))
    if (confined) return pass(`Permission ${nameOf(resource)} grants "*" but only with ${confined[0]}`, confined[0])
    const undecided = confiners.find(([, v]) => v === UNKNOWN)
    if (undecided) return unknownAt(resource, undecided[0], `the ${undecided[0]} condition`)
    const fn = read(resource, 'FunctionName')
    const label = typeof fn === 'string' ? `function ${fn}` : 'the function'
    return fail(`Permission ${nameOf(resource)} lets everyone (Principal "*") invoke ${label}`, 'Principal')
  }
}
