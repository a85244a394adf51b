// The npm package as its users get it: `npm pack` of the repository, installed from the tarball alone and run.
// The installs are offline with an empty npm cache, so they succeed only if the package needs nothing but the
// tarball, and they happen under the system's temporary folder, outside the repository, so Node's module
// resolution cannot fall back on the repository's node_modules. Needs the bundle: run `npm run bundle` first
// (`npm run test:all` does).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { cleanEnv, ROOT, runProcess, type ProcessResult } from './helpers.js'

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string
  version: string
  dependencies?: Record<string, string>
  devDependencies: Record<string, string>
}

/** The top-level files: npm adds the first three whatever `files` says; CHANGELOG.md is listed in `files`. */
const TOP_LEVEL_FILES = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']
const PACKED_FOLDERS = ['dist/', 'bin/', 'templates/']

const scratch = mkdtempSync(join(tmpdir(), 'plumbline-pack-'))

/**
 * npm's environment: none of the npm_* variables an enclosing `npm test` sets (npm reads npm_config_* as
 * settings), no user .npmrc, and a fresh empty cache, so an install that needed any package besides the tarball
 * fails with ENOTCACHED instead of finding it cached.
 */
function npmEnv(): NodeJS.ProcessEnv {
  const env = cleanEnv()
  for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key]
  const userConfig = join(scratch, 'npmrc')
  writeFileSync(userConfig, '')
  return {
    ...env,
    npm_config_cache: join(scratch, 'npm-cache'),
    npm_config_userconfig: userConfig,
    npm_config_update_notifier: 'false'
  }
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = cleanEnv()): Promise<ProcessResult> {
  return runProcess(command, args, { cwd, env })
}

async function npm(args: string[], cwd: string): Promise<string> {
  const result = await run('npm', args, cwd, npmEnv())
  if (result.code !== 0) throw new Error(`npm ${args.join(' ')} exited ${result.code}:\n${result.stderr}`)
  return result.stdout
}

interface PackResult {
  name: string
  version: string
  filename: string
  files: { path: string }[]
  bundled: string[]
}

let packed: PackResult
let tarball: string

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run bundle` first')
  // The installs must not be able to see the repository's node_modules.
  expect(relative(ROOT, scratch).startsWith('..')).toBe(true)
  const out = join(scratch, 'tarball')
  mkdirSync(out)
  ;[packed] = JSON.parse(await npm(['pack', '--json', '--pack-destination', out], ROOT)) as PackResult[]
  tarball = join(out, packed.filename)
}, 60_000)

// Two installed copies of the bundle and the tarball: some 30 MB per run.
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('npm pack', () => {
  it('packs the scoped package at the package.json version', () => {
    expect(packed.name).toBe(manifest.name)
    expect(packed.name).toMatch(/^@[a-z0-9-]+\/[a-z0-9-]+$/)
    expect(packed.version).toBe(manifest.version)
    expect(packed.bundled).toEqual([])
    expect(existsSync(tarball)).toBe(true)
  })

  it('holds only the bundle, bin/, templates/ and the top-level files', () => {
    const paths = packed.files.map((f) => f.path)
    const strays = paths.filter((p) => !TOP_LEVEL_FILES.includes(p) && !PACKED_FOLDERS.some((folder) => p.startsWith(folder)))
    expect(strays).toEqual([])
    for (const source of ['src/', 'test/', 'node_modules/', 'scripts/', '.github/', 'bench/', 'examples/']) {
      expect(paths.filter((p) => p.startsWith(source))).toEqual([])
    }
    expect(paths).toEqual(expect.arrayContaining([...TOP_LEVEL_FILES, 'bin/plumbline.js', 'dist/cli.js', 'dist/index.js', 'templates/report.hbs']))
    expect(paths.some((p) => p.startsWith('dist/chunks/'))).toBe(true)
  })
})

describe('the package installed from the tarball alone', () => {
  let project: string

  beforeAll(async () => {
    project = join(scratch, 'project')
    mkdirSync(project)
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'plumbline-pack-test', version: '1.0.0', private: true }))
    await npm(['install', '--offline', '--no-audit', '--no-fund', tarball], project)
  }, 60_000)

  it('declares no runtime dependency and cannot reach the packages the bundle was built from', () => {
    const installed = join(project, 'node_modules', ...manifest.name.split('/'))
    const installedManifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'))
    expect(installedManifest.dependencies).toBeUndefined()
    // node_modules holds the package and nothing else (a scoped package sits in its scope's folder).
    expect(readdirSync(join(project, 'node_modules')).filter((entry) => !entry.startsWith('.'))).toEqual([manifest.name.split('/')[0]])
    const requireFromPackage = createRequire(join(installed, 'package.json'))
    const reachable = Object.keys(manifest.devDependencies).filter((dependency) => {
      try {
        requireFromPackage.resolve(`${dependency}/package.json`)
        return true
      } catch {
        return false
      }
    })
    expect(reachable).toEqual([])
  })

  it('prints the package version', async () => {
    const { code, stdout } = await run(join(project, 'node_modules/.bin/plumbline'), ['--version'], project)
    expect(code).toBe(0)
    expect(stdout).toBe(`plumbline ${manifest.version}\n`)
  })

  it('scans a plan with its .tf code, gates, and writes the SARIF, the report and the results', async () => {
    // The .tf file makes the scan run HashiCorp's HCL parser, whose WebAssembly the bundle must carry.
    const infra = join(project, 'infra')
    mkdirSync(infra)
    cpSync(join(ROOT, 'test/fixtures/plans/opentofu.json'), join(infra, 'plan.json'))
    writeFileSync(join(infra, 'main.tf'), 'resource "aws_s3_bucket" "site" {\n  bucket = "acme-site"\n}\n')
    const args = ['scan', '--plan', 'infra/plan.json', '--tf-dir', 'infra', '--out', 'out', '--fail-on', 'medium', '--gate-scope', 'all']
    const { code, stdout, stderr } = await run(join(project, 'node_modules/.bin/plumbline'), args, project)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/gate: fail \(\d+ findings? at or above medium\)/)
    expect(code).toBe(1)
    expect(readdirSync(join(project, 'out')).sort()).toEqual(['plumbline-report.html', 'plumbline-results.json', 'plumbline.sarif'])

    const results = JSON.parse(readFileSync(join(project, 'out/plumbline-results.json'), 'utf8'))
    const versioning = results.evaluations.find((e: any) => e.rule === 's3-bucket-versioning-enabled' && e.resource.address === 'aws_s3_bucket.site')
    expect(versioning?.status).toBe('fail')
    expect(versioning?.location?.file).toBe('main.tf')
    expect(results.run.tool).toEqual({ name: 'Plumbline', version: manifest.version })

    const sarif = JSON.parse(readFileSync(join(project, 'out/plumbline.sarif'), 'utf8'))
    const result = sarif.runs.flatMap((r: any) => r.results).find((r: any) => r.ruleId === 's3-bucket-versioning-enabled')
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('main.tf')
    expect(result.locations[0].physicalLocation.region.startLine).toBe(1)

    expect(readFileSync(join(project, 'out/plumbline-report.html'), 'utf8')).toContain('s3-bucket-versioning-enabled')
  })
})

describe('the package installed globally from the tarball', () => {
  it('puts a working plumbline command in the prefix', async () => {
    const prefix = join(scratch, 'global')
    await npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], scratch)
    const { code, stdout } = await run(join(prefix, 'bin/plumbline'), ['--version'], scratch)
    expect(code).toBe(0)
    expect(stdout).toBe(`plumbline ${manifest.version}\n`)
  }, 60_000)
})
