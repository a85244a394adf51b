// Every Terraform type mapped from data (derived.ts), one file per service or family of services.
import type { CompanionSpec, MappingSpec } from '../derived.js'
import { COMPUTE } from './compute.js'
import { CONTAINER_COMPANIONS, CONTAINERS } from './containers.js'
import { EC2_NETWORK } from './ec2-network.js'
import { KMS, KMS_COMPANIONS } from './kms.js'
import { LOAD_BALANCING } from './load-balancing.js'

export const MAPPING_SPECS: readonly MappingSpec[] = [...EC2_NETWORK, ...KMS, ...COMPUTE, ...LOAD_BALANCING, ...CONTAINERS]

export const COMPANION_SPECS: readonly CompanionSpec[] = [...KMS_COMPANIONS, ...CONTAINER_COMPANIONS]
