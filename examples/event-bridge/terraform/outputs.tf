output "rule_arn" {
  description = "The EventBridge rule matching the write calls."
  value       = aws_cloudwatch_event_rule.change.arn
}

output "api_destination_arn" {
  description = "The API destination POSTing to GitHub's repository_dispatch endpoint."
  value       = aws_cloudwatch_event_api_destination.github.arn
}

output "connection_secret_arn" {
  description = "The Secrets Manager secret EventBridge created for the connection (it holds the token)."
  value       = aws_cloudwatch_event_connection.github.secret_arn
}

output "role_arn" {
  description = "The role EventBridge assumes to invoke the API destination."
  value       = aws_iam_role.invoke.arn
}

output "dead_letter_queue_url" {
  description = "Events GitHub did not accept after the retry policy; watch its depth."
  value       = aws_sqs_queue.dead_letter.url
}
