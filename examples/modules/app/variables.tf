variable "name" {
  description = "Function name, also the prefix of the role and security group"
  type        = string
}

variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

variable "table_name" {
  type = string
}

variable "api_token" {
  description = "Payment provider token"
  type        = string
  sensitive   = true
}
