// aws_accessanalyzer_analyzer → AWS::AccessAnalyzer::Analyzer, identified by its ARN. `type` defaults to ACCOUNT
// in the provider (an external-access analyzer of the account), as in CloudFormation.
import { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

const FIELDS: readonly Field[] = [
  ['AnalyzerName', 'analyzer_name', nonEmpty],
  ['Arn', 'arn', nonEmpty]
]

export const accessanalyzerAnalyzer: ResourceMapper = {
  tfType: 'aws_accessanalyzer_analyzer',
  map(tf) {
    const b = new ResourceBuilder('AWS::AccessAnalyzer::Analyzer', tf)
    b.id = idFrom(tf.values, 'arn')
    copyFields(b, FIELDS)
    b.set('Type', nonEmpty(tf.values.type ?? 'ACCOUNT'), ['type'])
    copyTags(b)
    return b
  }
}
