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
  aws_ssoadmin_permission_set: (v) => v.arn
}

/** The Terraform attribute equal to a Cloud Control primary identifier, or null while unknown. */
export function idFrom(values: Record<string, unknown>, ...attrs: string[]): string | null {
  for (let i = 0; i < attrs.length; i++) {
    const v = values[attrs[i]]
    if (typeof v === 'string' && v !== '') return v
  }
  return null
}
