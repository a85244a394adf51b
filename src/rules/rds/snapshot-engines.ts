// DocumentDB and Neptune cluster snapshots come from RDS's API (Plumbline::RDS::DBClusterSnapshot) and are told apart
// by their engine; the RDS snapshot rules leave them to their own rules.
import type { ConditionDocument } from '../declarative/builtin.js'

export const DOCUMENT_OR_GRAPH_ENGINE: ConditionDocument = { property: 'Engine', in: ['docdb', 'neptune'] }
export const DOCUMENTDB_ENGINE: ConditionDocument = { property: 'Engine', equals: 'docdb' }
export const NEPTUNE_ENGINE: ConditionDocument = { property: 'Engine', equals: 'neptune' }
