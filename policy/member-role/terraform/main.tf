# The member role Plumbline assumes in each account of an organization: the shipped read-only permissions
# (policies.tf, generated from policy/*.json), trusted by the scanning role alone. IAM is global: apply it once
# per account, with a provider configured for that account.

# Only the scanning role may assume this role, and only with the external id when one is set (Plumbline sends
# role-external-id when it assumes the role). Two documents and a choice between them rather than a dynamic
# "condition" block: Plumbline's own reading of .tf code evaluates these, not a dynamic block inside a statement.
data "aws_iam_policy_document" "trust" {
  statement {
    sid     = "PlumblineScanningRole"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = [var.scanning_role_arn]
    }
  }
}

data "aws_iam_policy_document" "trust_with_external_id" {
  statement {
    sid     = "PlumblineScanningRole"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = [var.scanning_role_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "sts:ExternalId"
      values   = [var.external_id]
    }
  }
}

resource "aws_iam_role" "member" {
  name               = var.role_name
  description        = "Plumbline's live scan, assumed from the scanning role"
  assume_role_policy = var.external_id == "" ? data.aws_iam_policy_document.trust.json : data.aws_iam_policy_document.trust_with_external_id.json
  tags               = var.tags
}

locals {
  # One managed policy per document: IAM allows 6,144 characters per managed policy, so the read-only
  # permissions come split. The drift documents only when asked for.
  policies = merge(
    local.read_only_policies,
    { for key, document in local.drift_read_only_policies : key => document if var.drift_read_permissions }
  )
}

resource "aws_iam_policy" "scan" {
  for_each = local.policies

  name        = "${var.role_name}-${each.key}"
  description = "Plumbline's live scan: policy/plumbline-${each.key}.json"
  policy      = each.value
  tags        = var.tags
}

resource "aws_iam_role_policy_attachment" "scan" {
  for_each = local.policies

  role       = aws_iam_role.member.name
  policy_arn = aws_iam_policy.scan[each.key].arn
}
