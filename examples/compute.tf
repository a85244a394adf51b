resource "aws_instance" "bastion" {
  ami                         = "ami-0c38b837cd80f13bb"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.private[0].id
  vpc_security_group_ids      = [aws_security_group.bastion.id]
  associate_public_ip_address = false

  # IMDSv1 still allowed: ec2-instance-imdsv2-required fails here.
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }

  root_block_device {
    encrypted   = true
    volume_size = 20
    volume_type = "gp3"
  }

  tags = {
    Name = "${local.name}-bastion"
  }
}

# Scratch space for the bastion, created without encryption: ec2-ebs-volume-encrypted fails here
# (aws_ebs_encryption_by_default only applies from the next apply on, and the volume says encrypted = false).
resource "aws_ebs_volume" "scratch" {
  availability_zone = "${var.aws_region}a"
  size              = 100
  type              = "gp3"
  encrypted         = false

  tags = {
    Name = "${local.name}-scratch"
  }
}
