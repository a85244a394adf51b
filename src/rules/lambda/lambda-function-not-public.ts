import { builtinRule } from '../declarative/builtin.js'

export const lambdaFunctionNotPublic = builtinRule({
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
  'resource-types': ['AWS::Lambda::Permission'],
  aliases: { checkov: ['CKV_AWS_301'], prowler: ['awslambda_function_not_publicly_accessible'] },
  notes:
    'Judges each permission (one statement of the function policy); Prowler judges the whole function policy. A service principal (s3.amazonaws.com) without SourceArn is not public in this sense and passes.',
  // "*" confined by a source or organisation condition is not public; '.' asks for a known, non-empty value.
  condition: {
    'any-of': [
      { property: 'Principal', 'not-equals': '*' },
      { property: 'SourceArn', matches: '.' },
      { property: 'SourceAccount', matches: '.' },
      { property: 'PrincipalOrgID', matches: '.' }
    ]
  },
  messages: {
    pass: {
      Principal: 'Permission {name} is granted to {value}',
      SourceArn: 'Permission {name} grants "*" but only with SourceArn',
      SourceAccount: 'Permission {name} grants "*" but only with SourceAccount',
      PrincipalOrgID: 'Permission {name} grants "*" but only with PrincipalOrgID'
    },
    fail: 'Permission {name} lets everyone (Principal "*") invoke the function',
    unknown: {
      Principal: 'the principal',
      SourceArn: 'the SourceArn condition',
      SourceAccount: 'the SourceAccount condition',
      PrincipalOrgID: 'the PrincipalOrgID condition'
    }
  }
})
