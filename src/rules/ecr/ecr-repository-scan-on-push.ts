import { builtinRule } from '../declarative/builtin.js'

export const ecrRepositoryScanOnPush = builtinRule({
  id: 'ecr-repository-scan-on-push',
  title: 'ECR repository scans images on push',
  severity: 'medium',
  description: 'Checks that the repository scans every pushed image for vulnerabilities (ImageScanningConfiguration.ScanOnPush true).',
  risk: 'Images with known vulnerabilities are stored and deployed without anyone being told.',
  remediation: {
    text: 'Turn scan on push on for the repository (or configure enhanced scanning for the registry with Amazon Inspector).',
    terraform: `resource "aws_ecr_repository" "this" {
  name = "app"
  image_scanning_configuration {
    scan_on_push = true
  }
}`
  },
  categories: ['vulnerabilities'],
  'resource-types': ['AWS::ECR::Repository'],
  aliases: { checkov: ['CKV_AWS_163'], prowler: ['ecr_repositories_scan_images_on_push_enabled'] },
  notes:
    'ScanOnPush defaults to false. A registry-level scanning configuration (aws_ecr_registry_scanning_configuration, enhanced scanning) that covers the repository is not taken into account: such repositories fail here and need a suppression that says so. Prowler\'s check (deprecated in favour of its registry check) reads the registry configuration too.',
  condition: { property: 'ImageScanningConfiguration.ScanOnPush', equals: true, default: false },
  messages: {
    pass: 'Repository {name} scans images on push',
    fail: 'Repository {name} does not scan images on push',
    unknown: 'the scan-on-push setting'
  }
})
