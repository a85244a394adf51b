output "function_arn" {
  value = aws_lambda_function.this.arn
}

output "role_name" {
  value = aws_iam_role.this.name
}

output "security_group_id" {
  value = aws_security_group.this.id
}
