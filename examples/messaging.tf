# Order events and alerts: a queue, a topic, the API's image repository and its log group.

resource "aws_sqs_queue" "order_events" {
  name                       = "${local.name}-order-events"
  message_retention_seconds  = 345600
  visibility_timeout_seconds = 60
  sqs_managed_sse_enabled    = false # turned off for a consumer that cannot decrypt: a finding
}

resource "aws_sns_topic" "alerts" {
  name = "${local.name}-alerts" # no kms_master_key_id: messages at rest with no customer key
}

resource "aws_ecr_repository" "api" {
  name                 = "${local.name}-api"
  image_tag_mutability = "MUTABLE"

  image_scanning_configuration {
    scan_on_push = false
  }
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/lambda/${local.name}-api"
  retention_in_days = 14
}
