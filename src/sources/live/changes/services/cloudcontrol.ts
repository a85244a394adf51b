// Cloud Control API's own events (eventSource cloudcontrolapi.amazonaws.com): CreateResource, UpdateResource and
// DeleteResource with requestParameters.typeName and, for update and delete, requestParameters.identifier
// (https://docs.aws.amazon.com/cloudcontrolapi/latest/userguide/logging-using-cloudtrail.html).
// Quirks, named:
// - CreateResource is asynchronous: its identifier arrives with the operation's later progress, not in the record,
//   so the type is re-listed.
// - Types the scan folds into a parent (security-group rules, inline IAM policies) touch the parent: a rule's
//   identifier names no group, so the group type is re-listed; an inline policy's identifier ends with its principal
//   ("<policy name>|<role name>").
import { relist, str, type EventContext, type ServiceTable, type Touch } from '../table.js'

const FOLDED: Readonly<Record<string, (identifier: string | undefined) => Touch>> = {
  'AWS::EC2::SecurityGroupIngress': () => relist('AWS::EC2::SecurityGroup'),
  'AWS::EC2::SecurityGroupEgress': () => relist('AWS::EC2::SecurityGroup'),
  'AWS::IAM::RolePolicy': (id) => principal('AWS::IAM::Role', id),
  'AWS::IAM::UserPolicy': (id) => principal('AWS::IAM::User', id),
  'AWS::IAM::GroupPolicy': (id) => principal('AWS::IAM::Group', id)
}

function principal(type: string, identifier: string | undefined): Touch {
  const name = identifier?.split('|')[1]
  return name ? { type, id: name } : relist(type)
}

function resource(ctx: EventContext, withIdentifier: boolean): Touch[] {
  const type = str(ctx.req.typeName)
  if (!type) return []
  const identifier = withIdentifier ? str(ctx.req.identifier) : undefined
  const folded = FOLDED[type]
  if (folded) return [folded(identifier)]
  return [identifier ? { type, id: identifier } : relist(type)]
}

export const cloudcontrolTable: ServiceTable = {
  service: 'Cloud Control',
  eventSource: 'cloudcontrolapi.amazonaws.com',
  entries: [
    { names: ['CreateResource'], touches: (ctx) => resource(ctx, false) },
    { names: ['UpdateResource', 'DeleteResource'], touches: (ctx) => resource(ctx, true) }
  ],
  noChange: ['CancelResourceRequest']
}
