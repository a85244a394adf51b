// Every Terraform type mapped from data (derived.ts), one file per service or family of services.
import type { CompanionSpec, MappingSpec } from '../derived.js'
import { ANALYTICS } from './analytics.js'
import { API, API_COMPANIONS } from './api.js'
import { COMPUTE } from './compute.js'
import { CONTAINER_COMPANIONS, CONTAINERS } from './containers.js'
import { DATABASE_COMPANIONS, DATABASES } from './databases.js'
import { DEVTOOLS, DEVTOOLS_COMPANIONS } from './devtools.js'
import { EC2_NETWORK } from './ec2-network.js'
import { EDGE, EDGE_COMPANIONS } from './edge.js'
import { INTEGRATION, INTEGRATION_COMPANIONS } from './integration.js'
import { KMS, KMS_COMPANIONS } from './kms.js'
import { LOAD_BALANCING } from './load-balancing.js'
import { STORAGE, STORAGE_COMPANIONS } from './storage.js'

export const MAPPING_SPECS: readonly MappingSpec[] = [
  ...EC2_NETWORK,
  ...KMS,
  ...COMPUTE,
  ...LOAD_BALANCING,
  ...CONTAINERS,
  ...DATABASES,
  ...STORAGE,
  ...ANALYTICS,
  ...INTEGRATION,
  ...EDGE,
  ...API,
  ...DEVTOOLS
]

export const COMPANION_SPECS: readonly CompanionSpec[] = [
  ...KMS_COMPANIONS,
  ...CONTAINER_COMPANIONS,
  ...DATABASE_COMPANIONS,
  ...STORAGE_COMPANIONS,
  ...INTEGRATION_COMPANIONS,
  ...EDGE_COMPANIONS,
  ...API_COMPANIONS,
  ...DEVTOOLS_COMPANIONS
]
