// aws_securityhub_account → AWS::SecurityHub::Hub, identified by the hub's ARN (arn:aws:securityhub:<region>:
// <account>:hub/default, Terraform's `arn`). Enabling Security Hub in a region is what the resource does, so the
// hub exists whatever its settings. EnableDefaultStandards is write-only in CloudFormation (never read back live).
import { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, toBoolean, type Convert, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

const orDefault = (fallback: unknown): Convert => (v) => toBoolean(v ?? fallback)

const FIELDS: readonly Field[] = [
  ['ControlFindingGenerator', 'control_finding_generator', nonEmpty],
  ['ARN', 'arn', nonEmpty]
]

export const securityhubAccount: ResourceMapper = {
  tfType: 'aws_securityhub_account',
  map(tf) {
    const b = new ResourceBuilder('AWS::SecurityHub::Hub', tf)
    b.id = idFrom(tf.values, 'arn')
    copyFields(b, FIELDS)
    // Provider defaults: both true.
    b.set('AutoEnableControls', orDefault(true)(tf.values.auto_enable_controls), ['auto_enable_controls'])
    b.set('EnableDefaultStandards', orDefault(true)(tf.values.enable_default_standards), ['enable_default_standards'])
    copyTags(b)
    return b
  }
}
