// A plan-only Config for pipeline tests: nothing published, no live scan.
import { join } from 'node:path'
import type { Config } from '../../src/config.js'

export function config(planFile: string, dir: string): Config {
  return {
    planFile,
    stateFiles: [],
    inventoryFiles: [],
    rulesDirs: [],
    awsRegion: 'us-east-1',
    failOn: 'high',
    gateScope: 'new',
    failOnDrift: false,
    failOnIncomplete: false,
    failOnUnmapped: false,
    outDir: join(dir, 'out'),
    sarifCategory: 'plumbline',
    sarifLiveCategories: 'auto',
    sarifFallbackLocation: 'README.md',
    repoRoot: dir,
    live: false,
    auth: { audience: 'sts.amazonaws.com', roleSessionName: 'plumbline', roleDurationSeconds: 3600, additionalRoleArns: [], allowedAccountIds: [], region: 'us-east-1' },
    regions: { named: ['us-east-1'], all: false, global: true },
    liveTypes: [],
    liveTypesChosen: false,
    rateLimit: 20,
    concurrency: 8,
    whoChanged: false,
    publish: { uploadSarif: false, uploadReport: false, commentOnPr: false, artifactName: 'plumbline-results', failOnPublishError: false, redactIdentifiers: false }
  }
}
