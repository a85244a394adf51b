variable "scanning_role_arn" {
  description = "ARN of the role Plumbline assumes first (role-to-assume): the only principal this role trusts."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", var.scanning_role_arn))
    error_message = "scanning_role_arn must be an IAM role ARN, arn:aws:iam::123456789012:role/NAME."
  }
}

variable "role_name" {
  description = "Name of the member role: Plumbline's member-role-name, the same in every account."
  type        = string
  default     = "plumbline-scan"
}

variable "external_id" {
  description = "Plumbline's role-external-id. Empty: the trust policy asks for none."
  type        = string
  default     = ""
}

variable "drift_read_permissions" {
  description = "Also attach policy/plumbline-drift-read-only-N.json, for live scans given Terraform input (drift of every mapped type)."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags for the role and its policies."
  type        = map(string)
  default     = {}
}
