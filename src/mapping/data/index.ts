// Every Terraform type mapped from data (derived.ts), one file per service or family of services.
import type { MappingSpec } from '../derived.js'
import { EC2_NETWORK } from './ec2-network.js'

export const MAPPING_SPECS: readonly MappingSpec[] = [...EC2_NETWORK]
