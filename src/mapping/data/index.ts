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
import { GOVERNANCE, IMAGE_BUILDER, MANAGEMENT, OTHER, SAGEMAKER } from './governance.js'
import { IDENTITY, IDENTITY_COMPANIONS } from './identity.js'
import { INTEGRATION, INTEGRATION_COMPANIONS } from './integration.js'
import { KMS, KMS_COMPANIONS } from './kms.js'
import { LOAD_BALANCING, LOAD_BALANCING_COMPANIONS } from './load-balancing.js'
import { S3_COMPANIONS } from './s3.js'
import { SECURITY } from './security.js'
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
  ...DEVTOOLS,
  ...SECURITY,
  ...GOVERNANCE,
  ...MANAGEMENT,
  ...IMAGE_BUILDER,
  ...SAGEMAKER,
  ...OTHER,
  ...IDENTITY
]

export const COMPANION_SPECS: readonly CompanionSpec[] = [
  ...KMS_COMPANIONS,
  ...CONTAINER_COMPANIONS,
  ...DATABASE_COMPANIONS,
  ...STORAGE_COMPANIONS,
  ...INTEGRATION_COMPANIONS,
  ...EDGE_COMPANIONS,
  ...API_COMPANIONS,
  ...DEVTOOLS_COMPANIONS,
  ...LOAD_BALANCING_COMPANIONS,
  ...IDENTITY_COMPANIONS,
  ...S3_COMPANIONS
]
