// Aurora instances inherit storage encryption, backups, multi-AZ and deletion protection from their cluster:
// instance-level rules skip them and the cluster rules judge the cluster.
import type { Resource } from '../../types.js'
import { read, UNKNOWN } from '../helpers.js'

export function isClusterMember(resource: Resource): boolean | typeof UNKNOWN {
  const cluster = read(resource, 'DBClusterIdentifier')
  if (cluster === UNKNOWN) return UNKNOWN
  if (typeof cluster === 'string' && cluster !== '') return true
  const engine = read(resource, 'Engine')
  return typeof engine === 'string' && engine.startsWith('aurora')
}
