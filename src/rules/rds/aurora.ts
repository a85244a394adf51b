// Aurora instances inherit storage encryption, backups, multi-AZ and deletion protection from their cluster:
// instance-level rules skip them and the cluster rules judge the cluster.
import type { Resource } from '../../types.js'
import { read, UNKNOWN } from '../support/read.js'

export function isClusterMember(resource: Resource): boolean | typeof UNKNOWN {
  // An Aurora engine decides on its own: a new cluster's identifier is often known only after apply.
  const engine = read(resource, 'Engine')
  if (typeof engine === 'string' && engine.startsWith('aurora')) return true
  const cluster = read(resource, 'DBClusterIdentifier')
  if (cluster === UNKNOWN) return UNKNOWN
  return typeof cluster === 'string' && cluster !== ''
}
