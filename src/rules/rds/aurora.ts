// Aurora instances inherit storage encryption, backups, multi-AZ and deletion protection from their cluster:
// instance-level rules skip them (applies-when: {not: AURORA_MEMBER}) and the cluster rules judge the cluster.
import type { ConditionDocument } from '../declarative/builtin.js'

/**
 * A member of an Aurora cluster. An Aurora engine decides on its own (a new cluster's identifier is often known only
 * after apply), and an engine that is not known does not make the instance a member; an open cluster identifier
 * leaves membership open.
 */
export const AURORA_MEMBER: ConditionDocument = {
  'any-of': [
    { property: 'Engine', matches: '^aurora', 'if-unknown': false },
    { property: 'DBClusterIdentifier', empty: false }
  ]
}
