// CloudWatch alarms and GuardDuty detectors. Shapes: CloudWatch
// (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/logging_cw_api_calls.html) PutMetricAlarm
// requestParameters.alarmName, DeleteAlarms / EnableAlarmActions / DisableAlarmActions requestParameters.alarmNames[];
// GuardDuty (https://docs.aws.amazon.com/guardduty/latest/ug/logging-using-cloudtrail.html) CreateDetector
// responseElements.detectorId, the others requestParameters.detectorId (the URI's path parameter).
import { list, touch, touchEach, type ServiceTable } from '../table.js'

const ALARM = 'AWS::CloudWatch::Alarm'
const DETECTOR = 'AWS::GuardDuty::Detector'

export const cloudwatchTable: ServiceTable = {
  service: 'CloudWatch',
  eventSource: 'monitoring.amazonaws.com',
  entries: [
    { names: ['PutMetricAlarm', 'PutCompositeAlarm'], touches: (ctx) => [touch(ALARM, ctx.req.alarmName)] },
    { names: ['DeleteAlarms', 'EnableAlarmActions', 'DisableAlarmActions'], touches: (ctx) => touchEach(ALARM, list(ctx.req.alarmNames)) }
  ],
  noChange: ['SetAlarmState', 'PutMetricData', 'PutDashboard', 'DeleteDashboards'],
  trailResourceNames: {
    [ALARM]: (id) => id
  }
}

export const guarddutyTable: ServiceTable = {
  service: 'GuardDuty',
  eventSource: 'guardduty.amazonaws.com',
  entries: [
    { names: ['CreateDetector'], touches: (ctx) => [touch(DETECTOR, ctx.res.detectorId)] },
    { names: ['UpdateDetector', 'DeleteDetector', 'UpdateMalwareScanSettings'], touches: (ctx) => [touch(DETECTOR, ctx.req.detectorId)] }
  ],
  noChange: ['ArchiveFindings', 'UnarchiveFindings', 'CreateSampleFindings', 'UpdateFindingsFeedback'],
  trailResourceNames: {
    [DETECTOR]: (id) => id
  }
}
