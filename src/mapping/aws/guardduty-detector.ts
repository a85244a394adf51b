// aws_guardduty_detector → AWS::GuardDuty::Detector, identified by its detector Id (Terraform's id).
// `enable` defaults to true in the provider, as Enable must be stated in CloudFormation: a detector written
// without it is on. finding_publishing_frequency is left out when Terraform does not know it (a computed value).
import { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, toBoolean, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

const FIELDS: readonly Field[] = [
  ['FindingPublishingFrequency', 'finding_publishing_frequency', nonEmpty],
  ['Id', 'id', nonEmpty]
]

export const guarddutyDetector: ResourceMapper = {
  tfType: 'aws_guardduty_detector',
  map(tf) {
    const b = new ResourceBuilder('AWS::GuardDuty::Detector', tf)
    b.id = idFrom(tf.values, 'id')
    b.set('Enable', toBoolean(tf.values.enable ?? true), ['enable'])
    copyFields(b, FIELDS)
    copyTags(b)
    return b
  }
}
