output "role_arn" {
  description = "The member role's ARN (arn:aws:iam::ACCOUNT:role/ROLE_NAME, what Plumbline assumes)."
  value       = aws_iam_role.member.arn
}

output "role_name" {
  description = "The member role's name: Plumbline's member-role-name."
  value       = aws_iam_role.member.name
}

output "policy_arns" {
  description = "The managed policies attached to the role, by document (read-only, read-only-2, drift-read-only-1, ...)."
  value       = { for key, policy in aws_iam_policy.scan : key => policy.arn }
}
