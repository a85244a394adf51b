terraform {
  required_version = ">= 1.3"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # aws_cloudwatch_event_connection, _api_destination and the target's retry_policy, dead_letter_config and
      # http_target are all older than 5.0.
      version = ">= 5.0"
    }
  }
}
