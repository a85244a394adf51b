# Plumbline's wake-up path: a successful write call to a scanned service (CloudTrail's "AWS API Call via
# CloudTrail" event on the default bus) becomes a repository_dispatch event on GitHub, which starts the workflow
# examples/workflows/on-change.yml. That run reads CloudTrail itself (LookupEvents since the last inventory), so
# this path only has to wake it: an event lost or dropped here is still read by the next run.
#
# Rules match events of their own region: apply this module in every region you scan, and in us-east-1 for IAM
# (global services' events are delivered there). examples/event-bridge/cloudformation/template.yaml is the same.

locals {
  # The rule's state is ENABLED (the default), which never matches read-only management events; readOnly: false
  # also drops the read-only calls that are delivered anyway, and errorCode must be absent: a failed call changed
  # nothing.
  event_pattern = {
    source        = var.event_sources
    "detail-type" = ["AWS API Call via CloudTrail"]
    detail = {
      readOnly  = [false]
      errorCode = [{ exists = false }]
    }
  }

  # GitHub's body for POST /repos/{owner}/{repo}/dispatches. <aws.events.event.json> is EventBridge's predefined
  # variable for the whole original event (detail included), inserted as JSON, unquoted. The event has 9 top-level
  # keys (version, id, detail-type, source, account, time, region, resources, detail); GitHub takes at most 10 in
  # client_payload.
  input_template = "{\"event_type\":\"plumbline-change\",\"client_payload\":<aws.events.event.json>}"
}

resource "aws_cloudwatch_event_rule" "change" {
  name           = var.name_prefix
  description    = "Plumbline: successful write calls to the scanned services start a changes-since scan on GitHub"
  event_bus_name = "default"
  event_pattern  = jsonencode(local.event_pattern)
  tags           = var.tags
}

# API_KEY authorization sends the header as given: Authorization: Bearer <token>. EventBridge stores the value in
# a Secrets Manager secret it creates and manages for the connection (events!connection/...); Terraform's state
# still holds the variable, so keep the state encrypted.
resource "aws_cloudwatch_event_connection" "github" {
  name               = var.name_prefix
  description        = "GitHub token for repository_dispatch on ${var.github_owner}/${var.github_repository}"
  authorization_type = "API_KEY"

  auth_parameters {
    api_key {
      key   = "Authorization"
      value = "Bearer ${var.github_token}"
    }
  }
}

resource "aws_cloudwatch_event_api_destination" "github" {
  name                             = var.name_prefix
  description                      = "GitHub repository_dispatch of ${var.github_owner}/${var.github_repository}"
  invocation_endpoint              = "https://api.github.com/repos/${var.github_owner}/${var.github_repository}/dispatches"
  http_method                      = "POST"
  invocation_rate_limit_per_second = var.invocation_rate_limit_per_second
  connection_arn                   = aws_cloudwatch_event_connection.github.arn
}

# The role EventBridge assumes to call the API destination: that one destination, nothing else.
# IAM names are account-wide and the module is applied once per region: Terraform makes the name unique.
resource "aws_iam_role" "invoke" {
  name_prefix = "${var.name_prefix}-invoke-"
  description = "EventBridge invokes Plumbline's repository_dispatch API destination"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "events.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  tags = var.tags
}

resource "aws_iam_role_policy" "invoke" {
  name = "invoke-api-destination"
  role = aws_iam_role.invoke.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "events:InvokeApiDestination"
      Resource = aws_cloudwatch_event_api_destination.github.arn
    }]
  })
}

# Events GitHub did not accept within the retry policy (a revoked token, GitHub down for an hour) land here.
resource "aws_sqs_queue" "dead_letter" {
  name                      = "${var.name_prefix}-dead-letter"
  message_retention_seconds = 1209600 # 14 days, the most SQS keeps
  sqs_managed_sse_enabled   = true
  tags                      = var.tags
}

resource "aws_sqs_queue_policy" "dead_letter" {
  queue_url = aws_sqs_queue.dead_letter.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "events.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.dead_letter.arn
      Condition = { ArnEquals = { "aws:SourceArn" = aws_cloudwatch_event_rule.change.arn } }
    }]
  })
}

resource "aws_cloudwatch_event_target" "github" {
  rule           = aws_cloudwatch_event_rule.change.name
  event_bus_name = "default"
  target_id      = "github-repository-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github.arn
  role_arn       = aws_iam_role.invoke.arn

  # The connection adds Authorization; GitHub's REST API asks for this Accept header.
  http_target {
    header_parameters = {
      Accept                 = "application/vnd.github+json"
      "X-GitHub-Api-Version" = "2022-11-28"
    }
  }

  input_transformer {
    input_template = local.input_template
  }

  retry_policy {
    maximum_event_age_in_seconds = var.maximum_event_age_in_seconds
    maximum_retry_attempts       = var.maximum_retry_attempts
  }

  dead_letter_config {
    arn = aws_sqs_queue.dead_letter.arn
  }
}
