// Every Terraform type mapped from data (derived.ts), one file per service or family of services.
import type { CompanionSpec, MappingSpec } from '../derived.js'
import { ANALYTICS } from './analytics.js'
import { DATABASE_COMPANIONS, DATABASES } from './databases.js'
import { EC2_NETWORK } from './ec2-network.js'
import { KMS, KMS_COMPANIONS } from './kms.js'
import { STORAGE, STORAGE_COMPANIONS } from './storage.js'

export const MAPPING_SPECS: readonly MappingSpec[] = [...EC2_NETWORK, ...KMS, ...DATABASES, ...STORAGE, ...ANALYTICS]

export const COMPANION_SPECS: readonly CompanionSpec[] = [...KMS_COMPANIONS, ...STORAGE_COMPANIONS, ...DATABASE_COMPANIONS]
