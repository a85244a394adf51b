resource "aws_iam_role" "this" {
  name = "${var.name}-lambda"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "vpc_access" {
  role       = aws_iam_role.this.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"
}

resource "aws_security_group" "this" {
  name        = var.name
  description = "Outbound HTTPS from ${var.name}"
  vpc_id      = var.vpc_id

  egress {
    description = "HTTPS to the payment provider"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# python3.8 reached end of support, and PAYMENT_API_TOKEN carries a secret in plain environment variables:
# lambda-function-supported-runtime and lambda-function-no-secrets-in-env fail here.
resource "aws_lambda_function" "this" {
  function_name    = var.name
  role             = aws_iam_role.this.arn
  runtime          = "python3.8"
  handler          = "app.handler"
  filename         = "${path.module}/build/app.zip"
  source_code_hash = "kx2jJ5yV5v0bJ0m0cXq0v4b7bZ0Q6p9tq3l8yZ3dGxk="
  memory_size      = 256
  timeout          = 15
  architectures    = ["arm64"]

  environment {
    variables = {
      TABLE_NAME        = var.table_name
      PAYMENT_API_TOKEN = var.api_token
    }
  }

  vpc_config {
    subnet_ids         = var.subnet_ids
    security_group_ids = [aws_security_group.this.id]
  }

  tracing_config {
    mode = "Active"
  }
}

resource "aws_lambda_function_url" "this" {
  function_name      = aws_lambda_function.this.function_name
  authorization_type = "AWS_IAM"
}

resource "aws_lambda_permission" "events" {
  statement_id  = "AllowNightlyReconcile"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.this.function_name
  principal     = "events.amazonaws.com"
  source_arn    = "arn:aws:events:eu-west-1:123456789012:rule/orders-nightly-reconcile"
}
