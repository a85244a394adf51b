aws_region  = "eu-west-1"
environment = "staging"
vpc_cidr    = "10.40.0.0/16"
admin_cidr  = "0.0.0.0/0"
