terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }
}

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = local.tags
  }
}

locals {
  name = "orders-${var.environment}"
  tags = {
    Project     = "orders"
    Environment = var.environment
    ManagedBy   = "terraform"
  }
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

resource "aws_kms_key" "main" {
  description             = "${local.name} data key"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

resource "aws_cloudtrail" "main" {
  name                          = "${local.name}-trail"
  s3_bucket_name                = aws_s3_bucket.logs.id
  s3_key_prefix                 = "cloudtrail"
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.main.arn
}

module "app" {
  source = "./modules/app"

  name       = "${local.name}-api"
  vpc_id     = aws_vpc.main.id
  subnet_ids = aws_subnet.private[*].id
  api_token  = var.app_api_token
  table_name = "${local.name}-events"
}
