variable "name" {
  description = "Prefix of every name in the network"
  type        = string
}

variable "vpc_id" {
  type = string
}

variable "vpc_cidr" {
  type = string
}

variable "azs" {
  description = "Availability zones of the public subnets, one subnet each"
  type        = list(string)
}

variable "private_subnet_ids" {
  description = "Private subnets routed to the internet through the NAT gateway"
  type        = list(string)
}

variable "aws_region" {
  type = string
}
