import { builtinRule } from '../declarative/builtin.js'

export const sqsQueuePolicyNoWildcardActions = builtinRule({
  id: 'sqs-queue-policy-no-wildcard-actions',
  title: 'SQS queue policy does not allow every action',
  severity: 'high',
  description: 'Checks that no Allow statement of the queue policy grants Action "*" or "sqs:*".',
  risk: 'A principal granted every queue action can also purge or delete the queue and change its policy, far more than sending or receiving needs.',
  remediation: {
    text: 'List the actions each principal needs (sqs:SendMessage, sqs:ReceiveMessage, sqs:DeleteMessage...).',
    terraform: `resource "aws_sqs_queue_policy" "this" {
  queue_url = aws_sqs_queue.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.producer.arn }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.this.arn
    }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::SQS::QueuePolicy'],
  aliases: { checkov: ['CKV_AWS_72'], prowler: [] },
  notes: 'Every Allow statement is read, whatever its principal or conditions. Checkov\'s CKV_AWS_72 fails Action "*"; "sqs:*" (every queue action, IAM matching the prefix without case) fails here too. Cloud Control cannot list or read queue policies (AWS::SQS::QueuePolicy has no list or read handler), so a live scan does not judge them: judged on Terraform and saved inventories.',
  condition: { predicate: 'policy-no-wildcard-actions', property: 'PolicyDocument', service: 'sqs' }
})
