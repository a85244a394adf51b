// AWS Config's recorder events (eventSource config.amazonaws.com). Shapes
// (https://docs.aws.amazon.com/config/latest/developerguide/cloudtrail-log-files-for-aws-config.html):
// PutConfigurationRecorder requestParameters.configurationRecorder { name, roleARN, recordingGroup },
// DeleteConfigurationRecorder / StartConfigurationRecorder / StopConfigurationRecorder
// requestParameters.configurationRecorderName.
// Quirk, named: Cloud Control cannot read AWS::Config::ConfigurationRecorder; the scan reads it, and the recorder's
// status (Plumbline::Config::RecorderStatus), with Config's own API, both by the recorder's name (src/model/facts.ts).
import { CONFIG_RECORDER_STATUS_TYPE, CONFIG_RECORDER_TYPE } from '../../../../model/facts.js'
import { obj, touch, type ServiceTable } from '../table.js'

export const configTable: ServiceTable = {
  service: 'Config',
  eventSource: 'config.amazonaws.com',
  entries: [
    {
      names: ['PutConfigurationRecorder'],
      touches: (ctx) => {
        const name = obj(ctx.req.configurationRecorder).name
        return [touch(CONFIG_RECORDER_TYPE, name), touch(CONFIG_RECORDER_STATUS_TYPE, name)]
      }
    },
    {
      names: ['DeleteConfigurationRecorder'],
      touches: (ctx) => [touch(CONFIG_RECORDER_TYPE, ctx.req.configurationRecorderName), touch(CONFIG_RECORDER_STATUS_TYPE, ctx.req.configurationRecorderName)]
    },
    { names: ['StartConfigurationRecorder', 'StopConfigurationRecorder'], touches: (ctx) => [touch(CONFIG_RECORDER_STATUS_TYPE, ctx.req.configurationRecorderName)] }
  ],
  noChange: ['PutDeliveryChannel', 'DeleteDeliveryChannel', 'DeliverConfigSnapshot'],
  trailResourceNames: {
    [CONFIG_RECORDER_TYPE]: (id) => id
  }
}
