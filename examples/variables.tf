variable "aws_region" {
  description = "Region of every resource in this project"
  type        = string
  default     = "us-east-1"
}

variable "environment" {
  description = "Deployment stage, part of every name"
  type        = string
}

variable "vpc_cidr" {
  description = "Address range of the VPC"
  type        = string
  default     = "10.40.0.0/16"
}

variable "admin_cidr" {
  description = "Where administrators connect from"
  type        = string
}

variable "db_password" {
  description = "Master password of the orders database (set TF_VAR_db_password in CI)"
  type        = string
  sensitive   = true
}

variable "app_api_token" {
  description = "Token the API uses to call the payment provider (set TF_VAR_app_api_token in CI)"
  type        = string
  sensitive   = true
}

variable "certificate_arn" {
  description = "ACM certificate of the API's HTTPS listener"
  type        = string
  default     = "arn:aws:acm:eu-west-1:123456789012:certificate/8f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b"
}
