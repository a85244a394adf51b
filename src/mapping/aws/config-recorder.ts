// aws_config_configuration_recorder → AWS::Config::ConfigurationRecorder, identified by its name (Terraform's id,
// CloudFormation's Id), and aws_config_configuration_recorder_status → Plumbline::Config::RecorderStatus (shape in
// src/model/facts.ts): is_enabled says whether the recorder records. The two are separate resources, as AWS keeps
// them: the recorder says what is recorded, the status whether recording runs.
import { CONFIG_RECORDER_STATUS_TYPE, CONFIG_RECORDER_TYPE } from '../../model/facts.js'
import { ResourceBuilder } from '../builder.js'
import { copyFields, nonEmpty, toBoolean, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

const GROUP: readonly Field[] = [
  ['AllSupported', 'all_supported', toBoolean],
  ['IncludeGlobalResourceTypes', 'include_global_resource_types', toBoolean],
  ['ResourceTypes', 'resource_types', (v) => (Array.isArray(v) && v.length === 0 ? undefined : v)],
  ['ExclusionByResourceTypes', 'exclusion_by_resource_types', { one: [['ResourceTypes', 'resource_types']] }],
  ['RecordingStrategy', 'recording_strategy', { one: [['UseOnly', 'use_only', nonEmpty]] }]
]

const FIELDS: readonly Field[] = [
  ['Name', 'name', nonEmpty],
  ['RoleARN', 'role_arn', nonEmpty],
  ['RecordingGroup', 'recording_group', { one: GROUP }],
  ['RecordingMode', 'recording_mode', { one: [['RecordingFrequency', 'recording_frequency', nonEmpty]] }]
]

export const configRecorder: ResourceMapper = {
  tfType: 'aws_config_configuration_recorder',
  map(tf) {
    const b = new ResourceBuilder(CONFIG_RECORDER_TYPE, tf)
    // The provider names the recorder "default" unless told otherwise.
    const name = tf.values.name ?? (tf.unknown.includes('name') ? undefined : 'default')
    b.id = idFrom({ name, id: tf.values.id }, 'name', 'id')
    copyFields(b, FIELDS)
    if (b.properties.Name === undefined && typeof name === 'string') b.set('Name', name, ['name'])
    // Without a recording_group block the recorder records every supported type (the provider's and AWS's default).
    const group = tf.values.recording_group
    const written = Array.isArray(group) ? group.length > 0 : group !== undefined && group !== null
    const groupUnknown = tf.unknown.some((u) => u === 'recording_group' || u.startsWith('recording_group'))
    if (!written && !groupUnknown) b.set('RecordingGroup', { AllSupported: true }, ['recording_group'])
    // A block that names no types and leaves all_supported out (.tf code; a plan states the default) records them all.
    const g = b.properties.RecordingGroup as Record<string, unknown> | undefined
    if (written && !groupUnknown && g && g.AllSupported === undefined && g.ResourceTypes === undefined && g.RecordingStrategy === undefined) g.AllSupported = true
    return b
  }
}

export const configRecorderStatus: ResourceMapper = {
  tfType: 'aws_config_configuration_recorder_status',
  map(tf) {
    const b = new ResourceBuilder(CONFIG_RECORDER_STATUS_TYPE, tf)
    b.id = idFrom(tf.values, 'name', 'id')
    b.copy('Name', 'name', nonEmpty)
    b.set('Recording', toBoolean(tf.values.is_enabled), ['is_enabled'])
    return b
  }
}
