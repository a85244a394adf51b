// A log type the domain publishes: its entry in LogPublishingOptions (a map keyed by log type) is there and not
// turned off. An entry without Enabled is on: Terraform's log_publishing_options block defaults enabled to true,
// and Cloud Control always states it.
import type { ConditionDocument } from '../declarative/builtin.js'

export function logTypeEnabled(logType: string): ConditionDocument {
  return {
    'all-of': [
      { property: `LogPublishingOptions.${logType}`, exists: true },
      { property: `LogPublishingOptions.${logType}.Enabled`, equals: true, default: true }
    ]
  }
}
