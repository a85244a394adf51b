// Wire shapes shared by the services: XML building, the error type every handler throws, and how each
// protocol renders a success or an error (awsJson1_0, awsQuery, ec2Query, restXml for S3 and S3 Control).
import { randomUUID } from 'node:crypto'

export const NAMESPACES = {
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  ec2: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  rds: 'http://rds.amazonaws.com/doc/2014-10-31/',
  s3: 'http://s3.amazonaws.com/doc/2006-03-01/',
  s3control: 'http://awss3control.amazonaws.com/doc/2018-08-20/'
}

/** An error the service answers with: its code, HTTP status and message, as AWS sends them. */
export class ServiceError extends Error {
  /** @param {string} code @param {number} status @param {string} message @param {Record<string, string>} [extra] */
  constructor(code, status, message, extra) {
    super(message)
    this.code = code
    this.status = status
    this.extra = extra ?? {}
  }
}

export function escapeXml(value) {
  return String(value).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c])
}

/**
 * One XML element. `content` is text (escaped), an array of already-built child elements, or an object whose
 * keys become child elements (undefined values are left out; nested objects recurse).
 */
export function xml(name, content) {
  if (content === undefined || content === null) return `<${name}/>`
  if (Array.isArray(content)) return `<${name}>${content.join('')}</${name}>`
  if (typeof content === 'object') {
    const children = Object.entries(content)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => xml(k, v))
    return `<${name}>${children.join('')}</${name}>`
  }
  return `<${name}>${escapeXml(content)}</${name}>`
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** A response ready to write: status, headers, body. */
export function reply(status, contentType, body, headers = {}) {
  return { status, headers: { 'content-type': contentType, ...headers }, body }
}

export function jsonReply(value, requestId) {
  return reply(200, 'application/x-amz-json-1.0', JSON.stringify(value), { 'x-amzn-requestid': requestId })
}

/** awsQuery success: <OpResponse xmlns><OpResult>…</OpResult><ResponseMetadata><RequestId/></ResponseMetadata></OpResponse>. */
export function queryReply(service, operation, resultChildren, requestId) {
  const body =
    `${XML_DECLARATION}<${operation}Response xmlns="${NAMESPACES[service]}">` +
    xml(`${operation}Result`, resultChildren) +
    xml('ResponseMetadata', { RequestId: requestId }) +
    `</${operation}Response>`
  return reply(200, 'text/xml', body, { 'x-amzn-requestid': requestId })
}

/** ec2Query success: <OpResponse xmlns><requestId/>…members…</OpResponse>. */
export function ec2Reply(operation, members, requestId) {
  const body = `${XML_DECLARATION}<${operation}Response xmlns="${NAMESPACES.ec2}">${xml('requestId', requestId)}${members.join('')}</${operation}Response>`
  return reply(200, 'text/xml;charset=UTF-8', body)
}

export function restXmlReply(rootName, service, children, requestId) {
  const body = `${XML_DECLARATION}<${rootName} xmlns="${NAMESPACES[service]}">${children.join('')}</${rootName}>`
  return reply(200, 'application/xml', body, { 'x-amz-request-id': requestId, 'x-amz-id-2': hostId(requestId) })
}

const hostId = (requestId) => Buffer.from(requestId).toString('base64')

/** How `service` puts a ServiceError on the wire. */
export function errorReply(service, error, requestId) {
  const { code, status, message, extra } = error
  switch (service) {
    case 'cloudcontrol':
      return reply(status, 'application/x-amz-json-1.0', JSON.stringify({ __type: code, Message: message }), { 'x-amzn-requestid': requestId })
    case 'config':
      return reply(status, 'application/x-amz-json-1.1', JSON.stringify({ __type: code, message }), { 'x-amzn-requestid': requestId })
    case 'organizations':
    case 'cloudtrail':
      return reply(status, 'application/x-amz-json-1.1', JSON.stringify({ __type: code, Message: message, ...extra }), { 'x-amzn-requestid': requestId })
    case 'sts':
    case 'iam':
    case 'rds': {
      const body =
        `${XML_DECLARATION}<ErrorResponse xmlns="${NAMESPACES[service]}">` +
        xml('Error', { Type: status >= 500 ? 'Receiver' : 'Sender', Code: code, Message: message }) +
        xml('RequestId', requestId) +
        '</ErrorResponse>'
      return reply(status, 'text/xml', body, { 'x-amzn-requestid': requestId })
    }
    case 'ec2': {
      const body = `${XML_DECLARATION}<Response>${xml('Errors', [xml('Error', { Code: code, Message: message })])}${xml('RequestID', requestId)}</Response>`
      return reply(status, 'text/xml;charset=UTF-8', body)
    }
    case 's3': {
      const body = XML_DECLARATION + xml('Error', { Code: code, Message: message, ...extra, RequestId: requestId, HostId: hostId(requestId) })
      return reply(status, 'application/xml', body, { 'x-amz-request-id': requestId, 'x-amz-id-2': hostId(requestId) })
    }
    case 's3control': {
      // S3 Control wraps the error, unlike S3 (seen on the wire: moto PR getmoto/moto#9716).
      const body = XML_DECLARATION + xml('ErrorResponse', [xml('Error', { Code: code, Message: message, ...extra }), xml('RequestId', requestId), xml('HostId', hostId(requestId))])
      return reply(status, 'application/xml', body, { 'x-amz-request-id': requestId, 'x-amz-id-2': hostId(requestId) })
    }
    case 'lambda':
      // restJson1: the error type in x-amzn-ErrorType, the message in the body.
      return reply(status, 'application/json', JSON.stringify({ Type: status >= 500 ? 'Service' : 'User', message }), { 'x-amzn-requestid': requestId, 'x-amzn-errortype': code })
    default:
      return reply(status, 'application/json', JSON.stringify({ message }))
  }
}

export const newRequestId = () => randomUUID()
