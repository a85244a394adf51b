// EKS's quirk: Cloud Control lists managed node groups only under their cluster (handlers.list needs ClusterName).
import type { ServiceHooks } from './hooks.js'

export const eksHooks: ServiceHooks = {
  service: 'EKS',
  types: {
    // A cluster's Cloud Control identifier is its name.
    'AWS::EKS::Nodegroup': { listParent: { parentType: 'AWS::EKS::Cluster', model: (cluster) => ({ ClusterName: cluster.id }) } }
  }
}
