import { objectEventsRule } from './object-events-logged.js'

export const s3BucketObjectWriteEventsLogged = objectEventsRule('write')
