variable "github_owner" {
  description = "Owner (user or organization) of the repository whose Plumbline workflow runs on changes."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9-]+$", var.github_owner))
    error_message = "github_owner is a GitHub user or organization name: letters, digits and hyphens."
  }
}

variable "github_repository" {
  description = "Name of that repository (without the owner): the one holding .github/workflows/on-change.yml."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9._-]+$", var.github_repository))
    error_message = "github_repository is a repository name: letters, digits, '.', '_' and '-'."
  }
}

variable "github_token" {
  description = "Token that may create repository_dispatch events on that repository, and nothing more: a fine-grained personal access token or a GitHub App installation token limited to the one repository with the repository permission Contents: read and write (Metadata: read comes with it). EventBridge keeps it in a Secrets Manager secret the connection manages (name prefix events!connection/)."
  type        = string
  sensitive   = true
}

variable "event_sources" {
  description = "EventBridge sources (aws.<service>) whose successful write calls wake the workflow: the services Plumbline scans. Events are matched in the region this module is applied in; IAM, STS and CloudFront are global services whose CloudTrail events are delivered in us-east-1 only, so apply the module in us-east-1 too (once per region you scan, or forward events there)."
  type        = list(string)
  default = [
    "aws.ec2",
    "aws.s3",
    "aws.iam",
    "aws.kms",
    "aws.rds",
    "aws.lambda",
    "aws.cloudtrail",
    "aws.sns",
    "aws.sqs",
    "aws.logs",
    "aws.elasticloadbalancing",
    "aws.ecr",
    "aws.dynamodb",
    "aws.eks",
    "aws.secretsmanager",
    "aws.config",
    "aws.cloudcontrolapi",
  ]

  validation {
    condition     = length(var.event_sources) > 0 && alltrue([for source in var.event_sources : can(regex("^aws\\.[a-z0-9-]+$", source))])
    error_message = "event_sources is a non-empty list of aws.<service> sources, e.g. aws.ec2."
  }
}

variable "name_prefix" {
  description = "Prefix of the names of the rule, connection, API destination, role and queue."
  type        = string
  default     = "plumbline-change"
}

variable "invocation_rate_limit_per_second" {
  description = "Most repository_dispatch requests EventBridge sends per second (1 to 300). Every workflow run reads all changes since the last inventory, so a burst needs only one request to land; GitHub also limits how fast a token may create content."
  type        = number
  default     = 1

  validation {
    condition     = var.invocation_rate_limit_per_second >= 1 && var.invocation_rate_limit_per_second <= 300
    error_message = "invocation_rate_limit_per_second must be between 1 and 300."
  }
}

variable "maximum_event_age_in_seconds" {
  description = "How long EventBridge keeps retrying a request GitHub did not accept (60 to 86400) before the event goes to the dead-letter queue."
  type        = number
  default     = 3600
}

variable "maximum_retry_attempts" {
  description = "Retries of a request GitHub did not accept (0 to 185) before the event goes to the dead-letter queue."
  type        = number
  default     = 20
}

variable "tags" {
  description = "Tags for the resources that take them."
  type        = map(string)
  default     = {}
}
