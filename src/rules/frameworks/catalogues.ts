// The four framework catalogues, data only (no rules): what the SARIF writer needs to name a framework without
// loading the rule registry.
import type { FrameworkId } from '../../types.js'
import { frameworkLabel, type FrameworkCatalogue } from './framework.js'
import { AWS_FSBP } from './generated/aws-fsbp.js'
import { CIS_AWS_3_0 } from './generated/cis-aws-3.0.js'
import { CIS_AWS_4_0 } from './generated/cis-aws-4.0.js'
import { CIS_AWS_5_0 } from './generated/cis-aws-5.0.js'

/** In FRAMEWORK_IDS' order. */
export const CATALOGUES: readonly FrameworkCatalogue[] = [CIS_AWS_3_0, CIS_AWS_4_0, CIS_AWS_5_0, AWS_FSBP]

/** Framework id → 'CIS AWS Foundations Benchmark v5.0'. */
export const FRAMEWORK_LABELS: Readonly<Record<FrameworkId, string>> = Object.fromEntries(
  CATALOGUES.map((catalogue) => [catalogue.id, frameworkLabel(catalogue)])
) as Record<FrameworkId, string>
