// aws_cloudwatch_log_metric_filter → AWS::Logs::MetricFilter (identified by log group and filter name) and
// aws_cloudwatch_metric_alarm → AWS::CloudWatch::Alarm (by AlarmName): what the CIS monitoring controls join, a
// filter on the trail's log group and an alarm on the filter's metric.
import { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, toBoolean, toNumber, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

const FILTER_FIELDS: readonly Field[] = [
  ['FilterName', 'name'],
  ['FilterPattern', 'pattern'],
  ['LogGroupName', 'log_group_name'],
  ['MetricTransformations', 'metric_transformation', {
    many: [
      ['MetricName', 'name'],
      ['MetricNamespace', 'namespace'],
      ['MetricValue', 'value'],
      // The provider states an unset default as "": no DefaultValue, not an empty one.
      ['DefaultValue', 'default_value', (v) => (v === '' ? undefined : toNumber(v))],
      ['Unit', 'unit', nonEmpty]
    ]
  }]
]

export const logMetricFilter: ResourceMapper = {
  tfType: 'aws_cloudwatch_log_metric_filter',
  map(tf) {
    const b = new ResourceBuilder('AWS::Logs::MetricFilter', tf)
    const group = tf.values.log_group_name
    const name = tf.values.name
    b.id = typeof group === 'string' && typeof name === 'string' ? `${group}|${name}` : null
    copyFields(b, FILTER_FIELDS)
    return b
  }
}

const ALARM_FIELDS: readonly Field[] = [
  ['AlarmName', 'alarm_name'],
  ['AlarmDescription', 'alarm_description', nonEmpty],
  ['MetricName', 'metric_name', nonEmpty],
  ['Namespace', 'namespace', nonEmpty],
  ['Statistic', 'statistic', nonEmpty],
  ['ComparisonOperator', 'comparison_operator'],
  ['Threshold', 'threshold', toNumber],
  ['EvaluationPeriods', 'evaluation_periods', toNumber],
  ['Period', 'period', toNumber],
  ['TreatMissingData', 'treat_missing_data', nonEmpty],
  ['AlarmActions', 'alarm_actions'],
  ['OKActions', 'ok_actions'],
  ['InsufficientDataActions', 'insufficient_data_actions'],
  ['Arn', 'arn']
]

export const metricAlarm: ResourceMapper = {
  tfType: 'aws_cloudwatch_metric_alarm',
  map(tf) {
    const b = new ResourceBuilder('AWS::CloudWatch::Alarm', tf)
    b.id = idFrom(tf.values, 'alarm_name', 'id')
    copyFields(b, ALARM_FIELDS)
    // The provider's default: actions_enabled true.
    b.set('ActionsEnabled', toBoolean(tf.values.actions_enabled ?? true), ['actions_enabled'])
    copyTags(b)
    return b
  }
}
