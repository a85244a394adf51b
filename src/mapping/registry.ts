// What a mapper is. A resource mapper turns one Terraform resource into one CloudFormation-shaped resource; a
// companion mapper folds a Terraform resource into the resource(s) it configures (S3 versioning into the bucket,
// a security-group rule into its group, a policy attachment into the principal).
import type { TfResource } from '../types.js'
import type { ResourceBuilder } from './builder.js'

export interface ResourceMapper {
  tfType: string
  map(tf: TfResource): ResourceBuilder
}

export interface CompanionTarget {
  /** The attribute naming the parent (a name, an id, or a list of them). */
  attr: string
  /** Terraform types the parent can be. */
  parentTypes: readonly string[]
}

export interface CompanionMapper {
  tfType: string
  targets: readonly CompanionTarget[]
  /** Fold `tf` into one parent found through `target`. */
  fold(parent: ResourceBuilder, tf: TfResource, target: CompanionTarget): void
  /**
   * The companion in CloudFormation's standalone form, judged on its own, when it cannot be tied to exactly one
   * parent of the configuration (index.ts). Companions without a standalone form are reported unmapped instead.
   */
  standalone?(tf: TfResource): ResourceBuilder[]
}

/** How a parent is named by value, per parent type: the attribute its companions quote. */
export const PARENT_KEY: Readonly<Record<string, (values: Record<string, unknown>) => unknown>> = {
  aws_s3_bucket: (v) => v.bucket ?? v.id,
  aws_security_group: (v) => v.id,
  aws_default_security_group: (v) => v.id,
  aws_iam_role: (v) => v.name ?? v.id,
  aws_iam_user: (v) => v.name ?? v.id,
  aws_iam_group: (v) => v.name ?? v.id,
  aws_kms_key: (v) => v.key_id ?? v.id,
  aws_ecr_repository: (v) => v.name ?? v.id,
  aws_ami: (v) => v.id,
  aws_ami_copy: (v) => v.id,
  aws_ami_from_instance: (v) => v.id,
  aws_ecrpublic_repository: (v) => v.repository_name ?? v.id,
  aws_cloudwatch_event_bus: (v) => v.name ?? v.id,
  aws_route53_zone: (v) => v.zone_id ?? v.id,
  aws_codeartifact_domain: (v) => v.domain,
  aws_codeartifact_repository: (v) => v.repository,
  aws_sqs_queue: (v) => v.url ?? v.id,
  aws_sns_topic: (v) => v.arn ?? v.id,
  aws_cloudwatch_log_group: (v) => v.name ?? v.id,
  aws_cloudwatch_log_destination: (v) => v.name ?? v.id,
  aws_codebuild_project: (v) => v.name,
  aws_sesv2_email_identity: (v) => v.email_identity ?? v.id,
  aws_api_gateway_rest_api: (v) => v.id,
  aws_efs_file_system: (v) => v.id,
  aws_backup_vault: (v) => v.name ?? v.id,
  aws_opensearch_domain: (v) => v.domain_name ?? v.id,
  aws_elasticsearch_domain: (v) => v.domain_name ?? v.id,
  aws_redshift_cluster: (v) => v.cluster_identifier ?? v.id,
  aws_dynamodb_table: (v) => v.name ?? v.id,
  aws_ssoadmin_permission_set: (v) => v.arn,
  aws_cloudwatch_event_rule: (v) => v.name ?? v.id,
  aws_lb_target_group: (v) => v.arn ?? v.id,
  aws_alb_target_group: (v) => v.arn ?? v.id
}

/** The Terraform attribute equal to a Cloud Control primary identifier, or null while unknown. */
export function idFrom(values: Record<string, unknown>, ...attrs: string[]): string | null {
  for (let i = 0; i < attrs.length; i++) {
    const v = values[attrs[i]]
    if (typeof v === 'string' && v !== '') return v
  }
  return null
}
