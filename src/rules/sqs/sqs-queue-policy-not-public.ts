import { builtinRule } from '../declarative/builtin.js'

export const sqsQueuePolicyNotPublic = builtinRule({
  id: 'sqs-queue-policy-not-public',
  title: 'SQS queue policy does not grant access to everyone',
  severity: 'critical',
  description:
    'Checks that no Allow statement of the queue policy names Principal "*" (or uses NotPrincipal) without a condition confining it to an account, organisation, network or source.',
  risk: 'Anyone with an AWS account can send, read or delete the queue\'s messages: data leaks, and forged messages reach the consumers.',
  remediation: {
    text: 'Grant the queue to named principals, or confine "*" with aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID.',
    terraform: `resource "aws_sqs_queue_policy" "this" {
  queue_url = aws_sqs_queue.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.this.arn
      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.this.arn } }
    }]
  })
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::SQS::QueuePolicy'],
  aliases: { checkov: ['CKV_AWS_168', 'CKV_AWS_387'], prowler: ['sqs_queues_not_publicly_accessible'] },
  notes:
    'Judges the queue policy (AWS::SQS::QueuePolicy, aws_sqs_queue_policy); a policy written inline in aws_sqs_queue is not read yet. Checkov\'s CKV_AWS_168 fails any Allow to "*", and CKV_AWS_387 one without a condition (any condition passes it, here only a confining one does); a statement confined by aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID or a similar condition passes here, as in Prowler. Cloud Control cannot list or read queue policies (AWS::SQS::QueuePolicy has no list or read handler), so a live scan does not judge them: judged on Terraform and saved inventories.',
  condition: { predicate: 'resource-policy-not-public', property: 'PolicyDocument', what: 'the queue policy' }
})
