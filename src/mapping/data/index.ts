// Every Terraform type mapped from data (derived.ts), one file per service or family of services.
import type { CompanionSpec, MappingSpec } from '../derived.js'
import { EC2_NETWORK } from './ec2-network.js'
import { GOVERNANCE, IMAGE_BUILDER, MANAGEMENT, OTHER, SAGEMAKER } from './governance.js'
import { IDENTITY, IDENTITY_COMPANIONS } from './identity.js'
import { KMS, KMS_COMPANIONS } from './kms.js'
import { SECURITY } from './security.js'

export const MAPPING_SPECS: readonly MappingSpec[] = [...EC2_NETWORK, ...KMS, ...SECURITY, ...GOVERNANCE, ...MANAGEMENT, ...IMAGE_BUILDER, ...SAGEMAKER, ...OTHER, ...IDENTITY]

export const COMPANION_SPECS: readonly CompanionSpec[] = [...KMS_COMPANIONS, ...IDENTITY_COMPANIONS]
